/**
 * 第7表 No.29 利用者負担（全額負担分）= the units over the limits (Nos.19 + 21) × 単位数単価, 1円未満
 * 切り捨て; on a row beyond 30 days, its units × 単位数単価.
 */
import { defineRule, noFinding, type Finding } from '../../rule.js';
import { isOver30, n, priceText, readInt, readPrice, rowKindOf, yenCandidates, z } from './model.js';

export const table7FullCost = defineRule({
  id: 'table7FullCost',
  description: {
    ja: '利用者負担（全額負担分）は限度を超える単位数（30日超の行はその単位数）×単位数単価（1円未満切り捨て）',
    en: "The user's full-cost payment is the units over the limits (a row beyond 30 days: its units) × the price per unit",
  },
  source: 'MHLW 記載例33-1: 30日超合計725×11.10 → 8,047、30日超の加算18×11.10 → 199; 記載例6: 区分超505×10.35 → 5,226; 老企第36号: 1円未満切り捨て',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'over30Days', 'unitAmount', 'benefitManagementUnits', 'typeLimitExcessUnits', 'categoryLimitExcessUnits', 'unitPrice', 'userFullCost'],
  codes: ['RECORD_FULL_COST_MISMATCH'],
  check(r) {
    const kind = rowKindOf(r.serviceCode);
    const price = n(readPrice(r.unitPrice));
    if (kind === 'total' || price === null) return noFinding();
    const fullField = readInt(r.userFullCost);
    const full = z(fullField);
    if (full === null) return noFinding();
    const amount = readInt(r.unitAmount);
    const finding = (base: number, accepted: readonly number[]): readonly Finding<'RECORD_FULL_COST_MISMATCH'>[] =>
      accepted.includes(full)
        ? noFinding()
        : [
            {
              code: 'RECORD_FULL_COST_MISMATCH',
              fieldKey: 'userFullCost',
              params: { expected: yenCandidates(base, price)[0]!, base, price: priceText(price) },
            },
          ];
    if (isOver30(kind, r.over30Days)) {
      // A 30日超 line without No.29 has its full cost on the ZZZZ row.
      if (kind === 'line' && fullField === undefined) return noFinding();
      const units = n(amount);
      if (units === null) return noFinding();
      const over = z(readInt(r.categoryLimitExcessUnits));
      return finding(units, [...yenCandidates(units, price), ...(over !== null && over > 0 ? yenCandidates(over, price) : [])]);
    }
    const bm = readInt(r.benefitManagementUnits);
    if (bm !== undefined && bm !== amount) return noFinding(); // 大規模型通所系・同一建物: the excess is in other units
    const typeOver = z(readInt(r.typeLimitExcessUnits));
    const catOver = z(readInt(r.categoryLimitExcessUnits));
    if (typeOver === null || catOver === null) return noFinding();
    const accepted = [...yenCandidates(typeOver + catOver, price)];
    if (typeOver > 0 && catOver > 0) accepted.push(yenCandidates(typeOver, price)[0]! + yenCandidates(catOver, price)[0]!);
    return finding(typeOver + catOver, accepted);
  },
});
