/**
 * UPPLAN — 第6表（サービス利用票）計画（予定）. Field list shared with UPJSK.
 */
import { defineKind } from '../kind.js';
import { CARE_PLANNING_SERVICE_TYPE } from '../service-codes.js';
import { table6Fields } from './table6-fields.js';

export const UPPLAN = defineKind({
  id: 'UPPLAN',
  title: { ja: '第6表（サービス利用票）計画（予定）', en: 'Service usage slip (table 6): plan' },
  section: '別紙 CSVファイルレイアウト定義書: 第6表（サービス利用票）、実績情報',
  formName: { ja: '第6表（サービス利用票）予定', en: 'Table 6 (usage slip): plan' },
  filename: 'UPPLAN_{targetMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  monthInName: { kind: 'target', fieldKey: 'targetMonth' },
  singleMonthField: 'targetMonth',
  notes: [
    'One record per service date × service code (× provider / 明細判別コード); same layout as UPJSK.',
    'One service month per file; the month equals the file-name month.',
    'Sent by the care management office; lists the services of every provider involved, as shown to the user, not only those of the receiver.',
  ],
  fields: table6Fields,
  // No.6 居宅支援事業者番号 and No.24 (予定の場合は居宅介護支援事業者番号) name the sending 居宅介護支援
  // office; when a 地域包括支援センター (46) sends, 委託 makes the link unclear, so it is not checked.
  nameLinks: [
    { fieldKey: 'planOfficeCode', party: 'sender', whenServiceType: [CARE_PLANNING_SERVICE_TYPE], code: 'FILE_PLAN_OFFICE_NAME_MISMATCH' },
    { fieldKey: 'updaterCode', party: 'sender', whenServiceType: [CARE_PLANNING_SERVICE_TYPE], code: 'FILE_UPDATER_NAME_MISMATCH' },
  ],
});
