/**
 * UPPLAN — 第6表（サービス利用票）計画（予定）. Field list shared with UPJSK.
 */
import { defineKind } from '../kind.js';
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
});
