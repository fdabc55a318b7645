/** 明細判別コード is only for 17 福祉用具貸与 (第6表 No.19). */
import { defineRule, noFinding } from '../rule.js';

export const detailCodeOnlyForRental = defineRule({
  id: 'detailCodeOnlyForRental',
  description: { ja: '明細判別コードは「17:福祉用具貸与」の場合のみ（それ以外はNull）', en: 'The detail code is only used with service type 17' },
  source: '第6表 No.19: 「17:福祉用具貸与」以外の場合は「Null（空）」とする',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['serviceCode', 'detailCode'],
  codes: ['RECORD_DETAIL_CODE_NOT_RENTAL'],
  check(r) {
    if (r.detailCode === '' || r.serviceCode.startsWith('17')) return noFinding();
    return [{ code: 'RECORD_DETAIL_CODE_NOT_RENTAL', fieldKey: 'detailCode' }];
  },
});
