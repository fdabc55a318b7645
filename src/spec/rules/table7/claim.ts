/**
 * 第7表 No.26 保険／事業費請求額 = 費用総額 (No.24) × 給付率 (No.25) %, 1円未満切り捨て — except in a
 * group with 定額利用者負担 (No.27), where the claim is the cost less the fixed co-payments.
 */
import { defineRule, type FileFinding } from '../../rule.js';
import { groupsOf, n, perUser, rateCandidates, T7_ROW_READS } from './model.js';

export const table7Claim = defineRule({
  id: 'table7Claim',
  description: {
    ja: '保険／事業費請求額は費用総額×給付率（1円未満切り捨て）。定額利用者負担のサービスを除く',
    en: 'The claim is the total cost × the benefit rate (yen fractions dropped), except for services with a fixed co-payment',
  },
  source:
    '介護給付費明細書 記載要領: 単価を乗じた結果（小数点以下切り捨て）…給付率…を乗じた結果（小数点以下切り捨て）; MHLW 記載例33-1: 244,755×90% → 220,279、5,994×90% → 5,394; 記載例6: 定額の請求額は費用総額−利用者負担',
  kinds: ['UPSIKYU'],
  reads: T7_ROW_READS,
  codes: ['RECORD_CLAIM_MISMATCH'],
  start: () =>
    perUser((rows) => {
      const out: FileFinding<'RECORD_CLAIM_MISMATCH'>[] = [];
      for (const g of groupsOf(rows)) {
        if (g.fixedCopay) continue;
        for (const r of g.rows) {
          if (r.over30) continue;
          const cost = n(r.cost);
          const rate = n(r.rate);
          const claim = n(r.claim);
          if (cost === null || rate === null || claim === null) continue;
          const expected = rateCandidates(cost, rate);
          if (!expected.includes(claim))
            out.push({ code: 'RECORD_CLAIM_MISMATCH', recordIndex: r.index, fieldKey: 'insuranceClaim', params: { expected: expected[0]!, rate } });
        }
      }
      return out;
    }),
});
