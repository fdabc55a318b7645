/**
 * 第7表 Nos.18–22 on one row: 種類支給限度基準を超える + 基準内 = 給付管理単位数 (or the row's units),
 * and 区分支給限度基準を超える + 基準内 = 種類支給限度基準内単位数 when set, else the same.
 */
import { defineRule, noFinding, type Finding } from '../../rule.js';
import { n, readInt, rowKindOf, isOver30, z } from './model.js';

export const table7LimitSplit = defineRule({
  id: 'table7LimitSplit',
  description: {
    ja: '支給限度基準を超える単位数と基準内単位数の合計は、限度の対象となる単位数',
    en: 'Units over and within a limit add up to the units counted against it',
  },
  source:
    '第7表 Nos.18–22 (給付管理単位数 → 種類支給限度基準を超える/基準内単位数 → 区分支給限度基準を超える/基準内単位数); MHLW 記載例6: 区分超505 + 区分内3,505 = 4,010',
  kinds: ['UPSIKYU'],
  reads: [
    'serviceCode',
    'over30Days',
    'unitAmount',
    'benefitManagementUnits',
    'typeLimitExcessUnits',
    'typeLimitWithinUnits',
    'categoryLimitExcessUnits',
    'categoryLimitWithinUnits',
  ],
  codes: ['RECORD_LIMIT_SPLIT_MISMATCH'],
  check(r) {
    const kind = rowKindOf(r.serviceCode);
    if (kind === 'total' || isOver30(kind, r.over30Days)) return noFinding();
    const amount = readInt(r.unitAmount);
    const bm = readInt(r.benefitManagementUnits);
    const m = n(bm !== undefined ? bm : amount);
    const typeOver = readInt(r.typeLimitExcessUnits);
    const typeWithin = readInt(r.typeLimitWithinUnits);
    const catOver = readInt(r.categoryLimitExcessUnits);
    const catWithin = readInt(r.categoryLimitWithinUnits);
    const out: Finding<'RECORD_LIMIT_SPLIT_MISMATCH'>[] = [];
    if ((typeOver !== undefined || typeWithin !== undefined) && m !== null) {
      const over = z(typeOver);
      const within = n(typeWithin);
      if (over !== null && within !== null && over + within !== m)
        out.push({ code: 'RECORD_LIMIT_SPLIT_MISMATCH', fieldKey: 'typeLimitWithinUnits', params: { expected: m, part: 'type' } });
    }
    // 大規模型通所系・同一建物 (給付管理単位数 ≠ サービス単位): how 区分内 is restated is not known.
    const bmDiffers = bm !== undefined && bm !== amount;
    if ((catOver !== undefined || catWithin !== undefined) && !bmDiffers) {
      const base = typeWithin !== undefined ? n(typeWithin) : m;
      const over = z(catOver);
      const within = n(catWithin);
      if (base !== null && over !== null && within !== null && over + within !== base)
        out.push({ code: 'RECORD_LIMIT_SPLIT_MISMATCH', fieldKey: 'categoryLimitWithinUnits', params: { expected: base, part: 'category' } });
    }
    return out;
  },
});
