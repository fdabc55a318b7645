/** 第7表 No.28 利用者負担（保険／事業対象分）= 費用総額 (No.24) − 保険／事業費請求額 (No.26), on every row. */
import { defineRule, noFinding } from '../../rule.js';
import { n, readInt } from './model.js';

export const table7Copay = defineRule({
  id: 'table7Copay',
  description: {
    ja: '利用者負担（保険／事業対象分）は費用総額−保険／事業費請求額',
    en: 'The user co-payment is the total cost − the claim',
  },
  source: 'MHLW 記載例33-1: 244,755 − 220,279 = 24,476、5,994 − 5,394 = 600; 記載例6 (定額): 36,276 − 31,300 = 4,976',
  kinds: ['UPSIKYU'],
  reads: ['totalCost', 'insuranceClaim', 'userCopay'],
  codes: ['RECORD_COPAY_MISMATCH'],
  check(r) {
    const cost = n(readInt(r.totalCost));
    const claim = n(readInt(r.insuranceClaim));
    const copay = n(readInt(r.userCopay));
    if (cost === null || claim === null || copay === null || copay === cost - claim) return noFinding();
    return [{ code: 'RECORD_COPAY_MISMATCH', fieldKey: 'userCopay', params: { expected: cost - claim } }];
  },
});
