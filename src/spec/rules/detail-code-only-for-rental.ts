/**
 * 明細判別コード is only for 17 福祉用具貸与 (第6表 No.19). On a 67 介護予防福祉用具貸与 line it is a
 * doubt (the spec names only 17, but 67 has the same need): a warning.
 */
import { defineRule, noFinding } from '../rule.js';

export const detailCodeOnlyForRental = defineRule({
  id: 'detailCodeOnlyForRental',
  description: {
    ja: '明細判別コードは「17:福祉用具貸与」の場合のみ（それ以外はNull。67は疑義ありとして警告）',
    en: 'The detail code is only used with service type 17 (on 67 a warning: the spec is in doubt)',
  },
  source:
    '第6表 No.19 明細判別コード: 「17:福祉用具貸与」以外の場合は「Null（空）」とする. 67 介護予防福祉用具貸与 has the same need (the same code and units for different items), and No.16 names 17 and 67: a 67 line is a doubt',
  kinds: ['UPPLAN', 'UPJSK'],
  reads: ['serviceCode', 'detailCode'],
  codes: ['RECORD_DETAIL_CODE_NOT_RENTAL', 'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL'],
  check(r) {
    if (r.detailCode === '' || r.serviceCode.startsWith('17')) return noFinding();
    if (r.serviceCode.startsWith('67')) return [{ code: 'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL', fieldKey: 'detailCode' }];
    return [{ code: 'RECORD_DETAIL_CODE_NOT_RENTAL', fieldKey: 'detailCode' }];
  },
});
