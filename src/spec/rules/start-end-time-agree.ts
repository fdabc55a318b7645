/** サービス開始/終了時刻: both HHMM, or both 9999 (時間表示の無いサービス) (第6表 No.12/13). */
import { defineRule, noFinding } from '../rule.js';

export const startAndEndTimeAgree = defineRule({
  id: 'startAndEndTimeAgree',
  description: { ja: 'サービス開始時刻と終了時刻は、両方HHMMか両方9999', en: 'Start and end time are both HHMM or both 9999' },
  source: '第6表 No.12/13: 時間表示有りのサービス：HHMM。時間表示の無いサービス：9999',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['startTime', 'endTime'],
  codes: ['RECORD_TIME_PAIR'],
  check(r) {
    if (r.startTime === '' || r.endTime === '' || (r.startTime === '9999') === (r.endTime === '9999')) return noFinding();
    return [{ code: 'RECORD_TIME_PAIR', fieldKey: 'endTime' }];
  },
});
