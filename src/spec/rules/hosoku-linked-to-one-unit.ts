/**
 * 利用者補足情報 (UPHOSOKU): linked to 1〜3表, 対象年月 (No.63) is 000000 and 居宅サービス計画作成
 * （変更）日 (No.4) a date; linked to 6・7表, No.4 is 00000000 and No.63 the service month.
 *
 * No.63 says which link a record has, and the finding is on No.4, the field that contradicts it.
 * With a file name whose month segment No.63 contradicts, FILE_MONTH_MISMATCH reports No.63 and
 * No.4 is not judged (it may be the right one: name 000000, No.63 202505, No.4 a date).
 */
import { defineRule, noFinding } from '../rule.js';

const ZERO_MONTH = '000000';
const ZERO_DATE = '00000000';

export const linkedToOneUnit = defineRule({
  id: 'linkedToOneUnit',
  description: {
    ja: '1〜3表に紐づく場合は対象年月000000、6・7表に紐づく場合は作成（変更）日00000000',
    en: 'Linked to tables 1–3: month 000000; linked to tables 6/7: plan date 00000000',
  },
  source:
    '利用者補足情報 No.4: 6表、7表に紐づく場合は「00000000」; No.63: 1表、2表（3表）に紐づく場合は「000000」; ファイル名: ※１表、２表に紐づく場合は提供年月は「000000」とする',
  kinds: ['UPHOSOKU'],
  reads: ['targetMonth', 'planDate'],
  codes: ['RECORD_HOSOKU_LINK'],
  check(r, context) {
    const date = r.planDate;
    const link = r.targetMonth;
    if (link === '' || date === '' || (context.nameMonth !== undefined && context.nameMonth !== link)) return noFinding();
    if ((link === ZERO_MONTH) !== (date === ZERO_DATE)) return noFinding();
    return [{ code: 'RECORD_HOSOKU_LINK', fieldKey: 'planDate' }];
  },
});
