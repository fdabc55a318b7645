/**
 * 第7表 種類別小計 rows equal the sum of their lines: {CD}AAAA the 区分支給対象 lines (or every regular
 * line), {CD}AAAA + {CD}EEEE every regular line, {CD}ZZZZ the 30日超 lines (with or without those of
 * services outside the limit); 給付管理単位数 of AAAA the sum of the lines' 給付管理単位数.
 */
import { defineRule, type FileFinding } from '../../rule.js';
import { groupsOf, n, perUser, sumOf, T7_ROW_READS, type T7Row } from './model.js';

type Out = FileFinding<'FILE_SUBTOTAL_MISMATCH'>;
const mismatch = (row: T7Row, fieldKey: 'unitAmount' | 'benefitManagementUnits', expected: number): Out => ({
  code: 'FILE_SUBTOTAL_MISMATCH',
  recordIndex: row.index,
  fieldKey,
  params: { code: row.code, expected },
});
const amountOf = (r: T7Row) => r.amount;

export const table7Subtotals = defineRule({
  id: 'table7Subtotals',
  description: {
    ja: '種類別小計（AAAA／EEEE／ZZZZ）は明細行の合計',
    en: 'Subtotal rows (AAAA/EEEE/ZZZZ) are the sums of their lines',
  },
  source:
    '第7表 No.9: 区分支給対象種類別小計 CD+AAAA、区分支給対象外種類別小計 CD+EEEE、30日超過分種類別小計 CD+ZZZZ; MHLW 記載例33-1: 短期入所生活介護合計22,050 = 22,650 − 600、30日超合計725 = 755 − 30',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['FILE_SUBTOTAL_MISMATCH'],
  start: () =>
    perUser((rows) => {
      const out: Out[] = [];
      for (const g of groupsOf(rows)) {
        const [aaaa] = g.aaaa;
        const [eeee] = g.eeee;
        const [zzzz] = g.zzzz;
        const sumK = sumOf(g.limited, amountOf);
        const sumR = sumOf(g.regular, amountOf);
        const sumX = sumOf(g.unlimited, amountOf);
        let aaaaOk = false;
        if (aaaa && sumK !== null && sumR !== null) {
          const v = n(aaaa.amount);
          if (v !== null) {
            aaaaOk = v === sumK || v === sumR;
            if (!aaaaOk) out.push(mismatch(aaaa, 'unitAmount', g.inferred ? sumK : sumR));
          }
          // 給付管理単位数 of AAAA = Σ of the lines' 給付管理単位数, when the lines carry it.
          const bm = n(aaaa.bm);
          const sumBm = sumOf(g.limited, (r) => r.bm);
          if (bm !== null && g.inferred && sumBm !== null && bm !== sumBm) out.push(mismatch(aaaa, 'benefitManagementUnits', sumBm));
        }
        if (eeee && sumR !== null && sumX !== null) {
          const v = n(eeee.amount);
          if (v !== null) {
            if (aaaa) {
              // Judged only when AAAA itself is right, so that one wrong number gives one finding.
              const a = n(aaaa.amount);
              if (aaaaOk && a !== null && a + v !== sumR) out.push(mismatch(eeee, 'unitAmount', sumR - a));
            } else if (v !== sumX && v !== sumR) out.push(mismatch(eeee, 'unitAmount', g.inferred ? sumX : sumR));
          }
        }
        if (zzzz) {
          const v = n(zzzz.amount);
          const sumO = sumOf(g.over30, amountOf);
          const sumOK = sumOf(g.over30Limited, amountOf);
          if (v !== null && sumO !== null && sumOK !== null && v !== sumO && v !== sumOK) out.push(mismatch(zzzz, 'unitAmount', sumOK));
        }
      }
      return out;
    }),
});
