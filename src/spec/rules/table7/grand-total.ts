/**
 * 第7表 全合計 (999999): its 区分支給限度基準を超える/基準内単位数 (Nos.21–22), 費用総額 (No.24),
 * 請求額 (No.26), 利用者負担 (Nos.28–29) are the sums of the accounting rows of the user's groups.
 * Which rows those are is certain when nothing is outside the limit (the two readings of the model
 * coincide); otherwise a mismatch with both readings is a doubtful finding. The grand total never
 * re-derives yen from units: it adds what the rows say.
 */
import { defineRule, type FileFinding } from '../../rule.js';
import { accountingRows, groupsOf, lacksSubtotal, n, perUser, readingsCoincide, sumOf, T7_ROW_READS, type Num, type T7Group, type T7Row } from './model.js';

type Code = 'FILE_GRAND_TOTAL_MISMATCH' | 'FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL';

const FIELDS: readonly { key: string; pick: (r: T7Row) => Num; limited: boolean }[] = [
  { key: 'categoryLimitExcessUnits', pick: (r) => r.catOver, limited: true },
  { key: 'categoryLimitWithinUnits', pick: (r) => r.catWithin, limited: true },
  { key: 'totalCost', pick: (r) => r.cost, limited: false },
  { key: 'insuranceClaim', pick: (r) => r.claim, limited: false },
  { key: 'userCopay', pick: (r) => r.copay, limited: false },
  { key: 'userFullCost', pick: (r) => r.full, limited: false },
];

/** Σ over every group of the rows a reading picks; null when a value is unreadable. */
function total(groups: readonly T7Group[], reading: 'A' | 'B', part: 'limited' | 'all', pick: (r: T7Row) => Num): number | null {
  let sum = 0;
  for (const g of groups) {
    const s = sumOf(accountingRows(g, reading)[part], pick);
    if (s === null) return null;
    sum += s;
  }
  return sum;
}

const ALL_READINGS = [
  ['A', 'all'],
  ['B', 'all'],
] as const;
const LIMITED_READINGS = [['A', 'limited'], ...ALL_READINGS, ['B', 'limited']] as const;

export const table7GrandTotal = defineRule({
  id: 'table7GrandTotal',
  description: {
    ja: '全合計（999999）の単位数・金額は種類別小計（または明細行）の合計',
    en: 'The units and yen of the grand total (999999) are the sums of the subtotal (or line) rows',
  },
  source:
    '第7表 No.9: 全合計：ALL9（999999） 固定（必須出力）; MHLW 記載例33-1 (the 合計 row); No.18: 区分支給限度外のサービスの場合はNull（空） (which rows are outside the limit is inferred)',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['FILE_GRAND_TOTAL_MISMATCH', 'FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL'],
  start: () =>
    perUser((rows) => {
      const grand = rows.find((r) => r.kind === 'total');
      if (!grand) return [];
      const groups = groupsOf(rows);
      // A missing subtotal is reported by table7SubtotalRows; without it the yen stand on no row.
      if (groups.some(lacksSubtotal)) return [];
      const certain = groups.every(readingsCoincide);
      const out: FileFinding<Code>[] = [];
      for (const f of FIELDS) {
        const written = f.pick(grand);
        const value = n(written);
        if (value === null) continue;
        // The readings in turn, the one MHLW 記載例33-1 prints first (reading A; for Nos.21–22 its
        // 区分対象 part): a valid file usually matches it, and the others are not summed.
        const readings: readonly (readonly ['A' | 'B', 'limited' | 'all'])[] = f.limited ? LIMITED_READINGS : ALL_READINGS;
        const sums: number[] = [];
        let matched = false;
        for (const [reading, part] of readings) {
          const sum = total(groups, reading, part, f.pick);
          if (sum === null) continue;
          if (sum === value) {
            matched = true;
            break;
          }
          sums.push(sum);
        }
        if (matched || sums.length === 0) continue;
        const expected = sums[0]!;
        out.push({
          code: certain ? 'FILE_GRAND_TOTAL_MISMATCH' : 'FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL',
          recordIndex: grand.index,
          fieldKey: f.key,
          params: { expected },
        });
      }
      return out;
    }),
});
