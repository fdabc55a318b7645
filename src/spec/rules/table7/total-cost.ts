/**
 * 第7表 No.24 費用総額（保険／事業対象分）= 区分支給限度基準内単位数 (No.22) × 単位数単価 (No.23),
 * 1円未満切り捨て — or the row's units when it is outside the category limit (No.18 empty, nothing
 * over the limit). Rows beyond 30 days are outside insurance: Nos.24/26/28 are 0 or empty there.
 */
import { defineRule, noFinding } from '../../rule.js';
import { isOver30, n, priceText, readInt, readPrice, rowKindOf, yenCandidates, z } from './model.js';

const INSURED = ['totalCost', 'insuranceClaim', 'userCopay'] as const;

export const table7TotalCost = defineRule({
  id: 'table7TotalCost',
  description: {
    ja: '費用総額は区分支給限度基準内単位数×単位数単価（1円未満切り捨て）。30日超の行には保険対象分の金額がない',
    en: 'Total cost is the units within the limit × the price per unit (yen fractions dropped); rows beyond 30 days carry no insured amount',
  },
  source:
    '老企第36号: 単位数から金額に換算する際に生ずる1円未満の端数は切り捨て; MHLW 記載例33-1: 22,050×11.10 → 244,755、540×11.10 → 5,994、30日超の行は全額負担のみ; Vol.116 Q&A: 31日目以降も利用票の記載対象',
  kinds: ['UPSIKYU'],
  reads: [
    'serviceCode',
    'over30Days',
    'unitAmount',
    'benefitManagementUnits',
    'categoryLimitExcessUnits',
    'categoryLimitWithinUnits',
    'unitPrice',
    'totalCost',
    'insuranceClaim',
    'userCopay',
  ],
  codes: ['RECORD_TOTAL_COST_MISMATCH', 'RECORD_OVER30_INSURED_AMOUNT'],
  check(r) {
    const kind = rowKindOf(r.serviceCode);
    if (kind === 'total') return noFinding();
    if (isOver30(kind, r.over30Days)) {
      const insured = INSURED.find((k) => {
        const v = readInt(r[k]);
        return typeof v === 'number' && v !== 0;
      });
      return insured ? [{ code: 'RECORD_OVER30_INSURED_AMOUNT', fieldKey: insured }] : noFinding();
    }
    const price = n(readPrice(r.unitPrice));
    const cost = n(readInt(r.totalCost));
    if (price === null || cost === null) return noFinding();
    const within = readInt(r.categoryLimitWithinUnits);
    let base: number | null = null;
    if (within !== undefined) base = n(within);
    else if (readInt(r.benefitManagementUnits) === undefined && z(readInt(r.categoryLimitExcessUnits)) === 0) base = n(readInt(r.unitAmount));
    if (base === null) return noFinding();
    const expected = yenCandidates(base, price);
    if (expected.includes(cost)) return noFinding();
    return [{ code: 'RECORD_TOTAL_COST_MISMATCH', fieldKey: 'totalCost', params: { expected: expected[0]!, base, price: priceText(price) } }];
  },
});
