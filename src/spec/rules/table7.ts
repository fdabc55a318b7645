/** Record rules of 第7表 (UPSIKYU): the subtotal and total rows. */
import type { RecordRule, RuleIssue } from '../kind.js';
import { TOTAL_OFFICE_CODE, TOTAL_SERVICE_CODE, isSummaryServiceCode } from './service-lines.js';

/** 全合計 (999999) rows carry サービス事業所コード ALL9, and only they do. */
export const totalRowOfficeCode: RecordRule = {
  id: 'totalRowOfficeCode',
  description: { ja: '全合計（999999）の行はサービス事業所コード9999999999', en: 'The grand-total row (999999) has office code 9999999999' },
  codes: ['RECORD_TOTAL_ROW_OFFICE'],
  check(r) {
    const isTotal = r.serviceCode === TOTAL_SERVICE_CODE;
    const hasAll9 = r.serviceOfficeCode === TOTAL_OFFICE_CODE;
    if (isTotal === hasAll9 || (r.serviceOfficeCode ?? '') === '') return [];
    return [{ code: 'RECORD_TOTAL_ROW_OFFICE', fieldKey: 'serviceOfficeCode' }];
  },
};

/** On 種類別小計・全合計 rows: 単位数 is 0, 割引後率 and 割引後単位数 are empty (No.13–15). */
export const summaryRowFixedFields: RecordRule = {
  id: 'summaryRowFixedFields',
  description: {
    ja: '種類別小計・全合計の行は単位数0、割引後率・割引後単位数はNull',
    en: 'Subtotal/total rows: units 0, discount rate and discounted units empty',
  },
  codes: ['RECORD_TOTAL_ROW_FIELD'],
  check(r) {
    if (!isSummaryServiceCode(r.serviceCode ?? '')) return [];
    const out: RuleIssue[] = [];
    if ((r.units ?? '') !== '0' && (r.units ?? '') !== '') out.push({ code: 'RECORD_TOTAL_ROW_FIELD', fieldKey: 'units', params: { expected: '0' } });
    for (const key of ['discountRate', 'discountedUnits'])
      if ((r[key] ?? '') !== '') out.push({ code: 'RECORD_TOTAL_ROW_FIELD', fieldKey: key, params: { expected: '' } });
    return out;
  },
};
