/** 第6表/実績: サービス利用日 (No.10) falls in 対象年月 (No.5): one file holds one service month. */
import { defineRule, noFinding } from '../rule.js';
import { isYyyymm, isYyyymmdd } from '../formats/chars.js';

export const serviceDateInMonth = defineRule({
  id: 'serviceDateInMonth',
  description: { ja: 'サービス利用日は対象年月の日付', en: 'The service date lies in the service month' },
  source:
    '別紙 ファイル作成単位: 複数のサービス提供年月の情報を纏めて作成することはできない。１ファイル内は単月のサービス提供年月の情報のみとする; 第6表 No.5 対象年月, No.10 サービス利用日 (YYYYMMDD)',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['targetMonth', 'serviceDate'],
  codes: ['RECORD_SERVICE_DATE_OUTSIDE_MONTH'],
  check(r) {
    // Only real dates and months: a broken value is the field check's to report.
    if (!isYyyymm(r.targetMonth) || !isYyyymmdd(r.serviceDate) || r.serviceDate.startsWith(r.targetMonth)) return noFinding();
    return [{ code: 'RECORD_SERVICE_DATE_OUTSIDE_MONTH', fieldKey: 'serviceDate', params: { month: r.targetMonth } }];
  },
});
