/**
 * 17/67 福祉用具貸与 needs a TAISコード or a 福祉用具届出コード (第6表 No.16/17, 第7表 No.10/11). A line
 * with neither code nor 用具名称 may be a 加算/減算 line, which has no product: a doubt, a warning.
 */
import { defineRule, noFinding } from '../rule.js';
import { isRentalServiceType, isSummaryServiceCode, serviceTypeOf } from '../service-codes.js';

export const rentalNeedsTaisOrNotificationCode = defineRule({
  id: 'rentalNeedsTaisOrNotificationCode',
  description: {
    ja: 'サービス種類17・67（福祉用具貸与）はTAISコードか福祉用具届出コードのどちらかを入力する（用具名称のない加算・減算の行は疑義ありとして警告）',
    en: 'Service types 17/67 (equipment rental) need a TAIS code or a notification code (a line without a product name may be a 加算/減算 line: a warning)',
  },
  source:
    '第6表 No.16/17, 第7表 No.10/11: ※サービスコードの値が以下の場合は、本項目または福祉用具届出コードのどちらかを入力すること 17 福祉用具貸与 67 介護予防福祉用具貸与. The 加算 (特別地域・中山間地域等) and 減算 codes of 17/67 name no product, and only the service-code master could tell them: without 用具名称 (第6表 No.18, 第7表 No.12) the row is a doubt',
  kinds: ['UPPLAN', 'UPJSK', 'UPSIKYU'],
  reads: ['serviceCode', 'taisCode', 'notificationCode', 'equipmentName'],
  codes: ['RECORD_RENTAL_NEEDS_TAIS', 'RECORD_RENTAL_CODE_DOUBTFUL'],
  check(r) {
    const type = serviceTypeOf(r.serviceCode);
    if (!isRentalServiceType(type) || isSummaryServiceCode(r.serviceCode)) return noFinding();
    if (r.taisCode !== '' || r.notificationCode !== '') return noFinding();
    return [{ code: r.equipmentName !== '' ? 'RECORD_RENTAL_NEEDS_TAIS' : 'RECORD_RENTAL_CODE_DOUBTFUL', fieldKey: 'taisCode', params: { serviceType: type } }];
  },
});
