/** 第7表: on 種類別小計・全合計 rows 単位数 is 0, 割引後率 and 割引後単位数 are empty (No.13–15). */
import { defineRule, noFinding, type Finding } from '../rule.js';
import { isSummaryServiceCode } from '../service-codes.js';

export const summaryRowFixedFields = defineRule({
  id: 'summaryRowFixedFields',
  description: {
    ja: '種類別小計・全合計の行は単位数0、割引後率・割引後単位数はNull',
    en: 'Subtotal/total rows: units 0, discount rate and discounted units empty',
  },
  source: '第7表 No.13–15: 種類別小計及び全合計の場合は0固定 / Null（空）固定',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'units', 'discountRate', 'discountedUnits'],
  codes: ['RECORD_TOTAL_ROW_FIELD'],
  check(r) {
    if (!isSummaryServiceCode(r.serviceCode)) return noFinding();
    const out: Finding<'RECORD_TOTAL_ROW_FIELD'>[] = [];
    if (r.units !== '0' && r.units !== '') out.push({ code: 'RECORD_TOTAL_ROW_FIELD', fieldKey: 'units', params: { expected: '0' } });
    if (r.discountRate !== '') out.push({ code: 'RECORD_TOTAL_ROW_FIELD', fieldKey: 'discountRate', params: { expected: '' } });
    if (r.discountedUnits !== '') out.push({ code: 'RECORD_TOTAL_ROW_FIELD', fieldKey: 'discountedUnits', params: { expected: '' } });
    return out;
  },
});
