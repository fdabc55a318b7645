/** 第6表/実績: 日割対象日 (No.11) flags only days the service month has (positions past its last day are 0). */
import { defineRule, noFinding } from '../rule.js';
import { daysInMonth, isYyyymm, numberAt } from '../formats/chars.js';

const DAYS = 31;

export const proratedDaysInMonth = defineRule({
  id: 'proratedDaysInMonth',
  description: { ja: '日割対象日の"1"はその月にある日だけ', en: 'Pro-rated days flag only days the month has' },
  source:
    '第6表 No.11: 日割対象日は31桁で日割請求可能日については"1"を設定する (a day the month does not have is no 日割請求可能日; the field stays 31 characters)',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['targetMonth', 'proratedDays'],
  codes: ['RECORD_PRORATED_DAY_NOT_IN_MONTH'],
  check(r) {
    const flags = r.proratedDays;
    if (flags.length !== DAYS || !isYyyymm(r.targetMonth)) return noFinding();
    const last = daysInMonth(numberAt(r.targetMonth, 0, 4), numberAt(r.targetMonth, 4, 6));
    for (let d = last; d < DAYS; d++)
      if (flags.charCodeAt(d) === 49 /* 1 */) return [{ code: 'RECORD_PRORATED_DAY_NOT_IN_MONTH', fieldKey: 'proratedDays', params: { lastDay: last } }];
    return noFinding();
  },
});
