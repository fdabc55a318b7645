/** 17/67 福祉用具貸与 needs a TAISコード or a 福祉用具届出コード (第6表 No.16/17, 第7表 No.10/11). */
import { defineRule, noFinding } from '../rule.js';
import { isRentalServiceType, isSummaryServiceCode, serviceTypeOf } from '../service-codes.js';

export const rentalNeedsTaisOrNotificationCode = defineRule({
  id: 'rentalNeedsTaisOrNotificationCode',
  description: {
    ja: 'サービス種類17・67（福祉用具貸与）はTAISコードか福祉用具届出コードのどちらかを入力する',
    en: 'Service types 17/67 (equipment rental) need a TAIS code or a notification code',
  },
  source: '第6表 No.16/17, 第7表 No.10/11: 17 福祉用具貸与・67 介護予防福祉用具貸与は本項目または福祉用具届出コードのどちらかを入力すること',
  kinds: ['UPPLAN', 'UPJSK', 'UPSIKYU'],
  reads: ['serviceCode', 'taisCode', 'notificationCode'],
  codes: ['RECORD_RENTAL_NEEDS_TAIS'],
  check(r) {
    const type = serviceTypeOf(r.serviceCode);
    if (!isRentalServiceType(type) || isSummaryServiceCode(r.serviceCode)) return noFinding();
    if (r.taisCode !== '' || r.notificationCode !== '') return noFinding();
    return [{ code: 'RECORD_RENTAL_NEEDS_TAIS', fieldKey: 'taisCode', params: { serviceType: type } }];
  },
});
