/** 第7表 No.15 割引後単位数 = 単位数 (No.13) × 割引後率 (No.14) %, rounded half up (四捨五入). */
import { defineRule, noFinding } from '../../rule.js';
import { n, readInt, roundHalfUpCandidates, rowKindOf } from './model.js';

export const table7DiscountedUnits = defineRule({
  id: 'table7DiscountedUnits',
  description: {
    ja: '割引後単位数は単位数×割引後率（小数点以下四捨五入）',
    en: 'Discounted units are units × discount rate, rounded half up',
  },
  source: '記載要領 第7表: …た割引後の単位数、（小数点以下四捨五入）を記載する; 老企第36号: 割合を乗ずる計算を行う度に小数点以下の端数処理（四捨五入）',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'units', 'discountRate', 'discountedUnits'],
  codes: ['RECORD_DISCOUNTED_UNITS_MISMATCH'],
  check(r) {
    if (rowKindOf(r.serviceCode) !== 'line') return noFinding();
    const units = n(readInt(r.units));
    const rate = n(readInt(r.discountRate));
    const discounted = n(readInt(r.discountedUnits));
    if (units === null || rate === null || discounted === null) return noFinding();
    // 割引後率 is read as the rate applied (95 for 5% off) or, less likely, as the discount itself.
    const applied = roundHalfUpCandidates(units * rate);
    const asDiscount = roundHalfUpCandidates(units * (100 - rate));
    if (applied.includes(discounted) || asDiscount.includes(discounted)) return noFinding();
    return [{ code: 'RECORD_DISCOUNTED_UNITS_MISMATCH', fieldKey: 'discountedUnits', params: { expected: applied[0]!, units, rate } }];
  },
});
