/**
 * Record rules shared by 第6表 (UPPLAN/UPJSK) and 第7表 (UPSIKYU): the service line of one service code.
 */
import type { RecordRule, RuleIssue } from '../kind.js';
import { isOutOfScopeServiceType } from '../codelists/service-types.js';

const RENTAL_TYPES = new Set(['17', '67']);
const SUBTOTAL_SUFFIXES = new Set(['AAAA', 'EEEE', 'ZZZZ']);
export const TOTAL_SERVICE_CODE = '999999';
export const TOTAL_OFFICE_CODE = '9999999999';

/** 種類別小計 (CD+AAAA/EEEE/ZZZZ) or 全合計 (999999) rows of 第7表. */
export const isSummaryServiceCode = (code: string): boolean =>
  code === TOTAL_SERVICE_CODE || (code.length === 6 && SUBTOTAL_SUFFIXES.has(code.slice(2)));

const none: readonly RuleIssue[] = [];

/** 17/67 福祉用具貸与 needs a TAISコード or a 福祉用具届出コード (第6表 No.16/17, 第7表 No.10/11). */
export const rentalNeedsTaisOrNotificationCode: RecordRule = {
  id: 'rentalNeedsTaisOrNotificationCode',
  description: {
    ja: 'サービス種類17・67（福祉用具貸与）はTAISコードか福祉用具届出コードのどちらかを入力する',
    en: 'Service types 17/67 (equipment rental) need a TAIS code or a notification code',
  },
  codes: ['RECORD_RENTAL_NEEDS_TAIS'],
  check(r) {
    const code = r.serviceCode ?? '';
    if (!RENTAL_TYPES.has(code.slice(0, 2)) || isSummaryServiceCode(code)) return none;
    if ((r.taisCode ?? '') !== '' || (r.notificationCode ?? '') !== '') return none;
    return [{ code: 'RECORD_RENTAL_NEEDS_TAIS', fieldKey: 'taisCode', params: { serviceType: code.slice(0, 2) } }];
  },
};

/** 明細判別コード is only for 17 福祉用具貸与 (第6表 No.19). */
export const detailCodeOnlyForRental: RecordRule = {
  id: 'detailCodeOnlyForRental',
  description: { ja: '明細判別コードは「17:福祉用具貸与」の場合のみ（それ以外はNull）', en: 'The detail code is only used with service type 17' },
  codes: ['RECORD_DETAIL_CODE_NOT_RENTAL'],
  check(r) {
    if ((r.detailCode ?? '') === '' || (r.serviceCode ?? '').startsWith('17')) return none;
    return [{ code: 'RECORD_DETAIL_CODE_NOT_RENTAL', fieldKey: 'detailCode' }];
  },
};

/** サービス開始/終了時刻: both HHMM, or both 9999 (時間表示の無いサービス). */
export const startAndEndTimeAgree: RecordRule = {
  id: 'startAndEndTimeAgree',
  description: { ja: 'サービス開始時刻と終了時刻は、両方HHMMか両方9999', en: 'Start and end time are both HHMM or both 9999' },
  codes: ['RECORD_TIME_PAIR'],
  check(r) {
    const start = r.startTime ?? '';
    const end = r.endTime ?? '';
    if (start === '' || end === '' || (start === '9999') === (end === '9999')) return none;
    return [{ code: 'RECORD_TIME_PAIR', fieldKey: 'endTime' }];
  },
};

/** サービス種類 outside the spec's 連携対象 (本文 1.3/1.4): such records are not to be generated. */
export const serviceTypeInScope: RecordRule = {
  id: 'serviceTypeInScope',
  description: { ja: '連携対象外のサービス種類のレコードは生成しない', en: 'No records for service types outside the linkage scope' },
  codes: ['RECORD_SERVICE_TYPE_OUT_OF_SCOPE'],
  check(r) {
    const type = (r.serviceCode ?? '').slice(0, 2);
    return isOutOfScopeServiceType(type) ? [{ code: 'RECORD_SERVICE_TYPE_OUT_OF_SCOPE', fieldKey: 'serviceCode', params: { serviceType: type } }] : none;
  },
};
