/** 第7表: 全合計 (999999) rows carry サービス事業所コード ALL9, and only they do. */
import { defineRule, noFinding } from '../rule.js';
import { TOTAL_OFFICE_CODE, TOTAL_SERVICE_CODE } from '../service-codes.js';

export const totalRowOfficeCode = defineRule({
  id: 'totalRowOfficeCode',
  description: { ja: '全合計（999999）の行はサービス事業所コード9999999999', en: 'The grand-total row (999999) has office code 9999999999' },
  source: '第7表 No.7: 全合計の場合はALL９（9999999999）とする; No.9: 全合計：ALL9（999999）',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'serviceOfficeCode'],
  codes: ['RECORD_TOTAL_ROW_OFFICE'],
  check(r) {
    const isTotal = r.serviceCode === TOTAL_SERVICE_CODE;
    const hasAll9 = r.serviceOfficeCode === TOTAL_OFFICE_CODE;
    if (isTotal === hasAll9 || r.serviceOfficeCode === '') return noFinding();
    return [{ code: 'RECORD_TOTAL_ROW_OFFICE', fieldKey: 'serviceOfficeCode' }];
  },
});
