/**
 * 利用者補足情報 (UPHOSOKU): linked to 1〜3表, 対象年月 (No.63) is 000000 and 居宅サービス計画作成
 * （変更）日 (No.4) a date; linked to 6・7表, No.4 is 00000000 and No.63 the service month.
 */
import { defineRule, noFinding } from '../rule.js';

export const linkedToOneUnit = defineRule({
  id: 'linkedToOneUnit',
  description: {
    ja: '1〜3表に紐づく場合は対象年月000000、6・7表に紐づく場合は作成（変更）日00000000',
    en: 'Linked to tables 1–3: month 000000; linked to tables 6/7: plan date 00000000',
  },
  source: '利用者補足情報 No.4: 6表、7表に紐づく場合は「00000000」; No.63: 1表、2表に紐づく場合は「000000」',
  kinds: ['UPHOSOKU'],
  reads: ['targetMonth', 'planDate'],
  codes: ['RECORD_HOSOKU_LINK'],
  check(r) {
    const month = r.targetMonth;
    const date = r.planDate;
    if (month === '' || date === '') return noFinding();
    if ((month === '000000') !== (date === '00000000')) return noFinding();
    return [{ code: 'RECORD_HOSOKU_LINK', fieldKey: month === '000000' ? 'planDate' : 'targetMonth' }];
  },
});
