/** Record rule of 利用者補足情報 (UPHOSOKU): which unit the record is linked to. */
import type { RecordRule } from '../kind.js';

/**
 * Linked to 1〜3表: 対象年月 (No.63) is 000000 and 居宅サービス計画作成（変更）日 (No.4) a date.
 * Linked to 6・7表: No.4 is 00000000 and No.63 the service month. Exactly one of the two is zero.
 */
export const linkedToOneUnit: RecordRule = {
  id: 'linkedToOneUnit',
  description: {
    ja: '1〜3表に紐づく場合は対象年月000000、6・7表に紐づく場合は作成（変更）日00000000',
    en: 'Linked to tables 1–3: month 000000; linked to tables 6/7: plan date 00000000',
  },
  codes: ['RECORD_HOSOKU_LINK'],
  check(r) {
    const month = r.targetMonth ?? '';
    const date = r.planDate ?? '';
    if (month === '' || date === '') return [];
    if ((month === '000000') !== (date === '00000000')) return [];
    return [{ code: 'RECORD_HOSOKU_LINK', fieldKey: month === '000000' ? 'planDate' : 'targetMonth' }];
  },
};
