/** 第7表 No.17 サービス単位/金額 of a line = 単位数 (No.13), or 割引後単位数 (No.15) when set, × 回数 (No.16). */
import { defineRule, noFinding } from '../../rule.js';
import { n, readInt, rowKindOf } from './model.js';

export const table7UnitAmount = defineRule({
  id: 'table7UnitAmount',
  description: {
    ja: '明細行のサービス単位/金額は単位数（割引後単位数）×回数',
    en: "A line's service units/amount is its units (discounted units) × count",
  },
  source:
    '第7表 No.13–17 (the 別表 columns 単位数・割引後単位数・回数・サービス単位/金額); MHLW 記載例33-1: 755×30=22,650、−30×20=−600、18×30=540; 記載例6: 401×5=2,005',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'units', 'discountedUnits', 'count', 'unitAmount'],
  codes: ['RECORD_UNIT_AMOUNT_MISMATCH'],
  check(r) {
    if (rowKindOf(r.serviceCode) !== 'line') return noFinding();
    const amount = n(readInt(r.unitAmount));
    const discounted = readInt(r.discountedUnits);
    const factorField = discounted !== undefined ? 'discountedUnits' : 'units';
    const factor = n(discounted !== undefined ? discounted : readInt(r.units));
    const count = n(readInt(r.count));
    if (amount === null || factor === null || count === null) return noFinding();
    const expected = factor * count;
    if (amount === expected) return noFinding();
    return [{ code: 'RECORD_UNIT_AMOUNT_MISMATCH', fieldKey: 'unitAmount', params: { expected, factor, factorField, count } }];
  },
});
