/**
 * UPJSK — 第6表 実績情報 (actuals). Field list shared with UPPLAN.
 */
import { defineKind } from '../kind.js';
import { CARE_PLANNING_SERVICE_TYPE } from '../service-codes.js';
import { table6Fields } from './table6-fields.js';

export const UPJSK = defineKind({
  id: 'UPJSK',
  title: { ja: '第6表 実績情報', en: 'Service usage slip (table 6): actuals' },
  section: '別紙 CSVファイルレイアウト定義書: 第6表（サービス利用票）、実績情報',
  formName: { ja: '第6表（サービス利用票）実績', en: 'Table 6 (usage slip): actuals' },
  filename: 'UPJSK_{targetMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'provider',
  monthInName: { kind: 'target', fieldKey: 'targetMonth' },
  singleMonthField: 'targetMonth',
  notes: [
    'One record per service date × service code; same layout as UPPLAN.',
    'One service month per file; the month equals the file-name month.',
    'Sent by the service provider per service type and office number; satellites are combined in one file, and a correction resends all services of that file.',
  ],
  fields: table6Fields,
  // No.6 居宅支援事業者番号 names the receiving 居宅介護支援 office; No.24 (実績の場合はサービス事業者番号)
  // the sending provider. A 委託先 forwarding 実績 to a 地域包括支援センター breaks the second: warnings.
  nameLinks: [
    { fieldKey: 'planOfficeCode', party: 'receiver', whenServiceType: [CARE_PLANNING_SERVICE_TYPE], code: 'FILE_PLAN_OFFICE_NAME_MISMATCH' },
    { fieldKey: 'updaterCode', party: 'sender', code: 'FILE_UPDATER_NAME_MISMATCH' },
  ],
});
