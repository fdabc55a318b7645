/** サービス種類 outside the spec's 連携対象 (本文 1.3/1.4): such records are not to be generated. */
import { isOutOfScopeServiceType } from '../codelists/service-types.js';
import { defineRule, noFinding } from '../rule.js';
import { serviceTypeOf } from '../service-codes.js';

export const serviceTypeInScope = defineRule({
  id: 'serviceTypeInScope',
  description: { ja: '連携対象外のサービス種類のレコードは生成しない', en: 'No records for service types outside the linkage scope' },
  source: '本文 1.3/1.4, 2.6/3.6: 第6表、第7表に連携対象外のサービス種類が含まれる場合は、そのサービスのレコードは生成しない',
  kinds: ['UPPLAN', 'UPJSK', 'UPSIKYU'],
  reads: ['serviceCode'],
  codes: ['RECORD_SERVICE_TYPE_OUT_OF_SCOPE'],
  check(r) {
    const type = serviceTypeOf(r.serviceCode);
    return isOutOfScopeServiceType(type) ? [{ code: 'RECORD_SERVICE_TYPE_OUT_OF_SCOPE', fieldKey: 'serviceCode', params: { serviceType: type } }] : noFinding();
  },
});
