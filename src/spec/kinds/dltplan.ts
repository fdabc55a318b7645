/** DLTPLAN — 第6表（サービス利用票）計画_削除 (deletion of a month's 第6表 plan and its 第7表). */
import { monthDeletionFields } from './deletion-fields.js';
import { defineKind } from '../kind.js';
import { MONTH_LINK } from '../links.js';

export const DLTPLAN = defineKind({
  id: 'DLTPLAN',
  title: { ja: '第6表（サービス利用票）計画_削除', en: 'Table 6 plan deletion' },
  section: '別紙 CSVファイルレイアウト定義書: 第6表（サービス利用票）、実績情報_削除【計画の場合】',
  formName: { ja: '第6表の削除', en: 'Table 6 deletion' },
  filename: 'DLTPLAN_{targetMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  deletes: { kinds: ['UPPLAN', 'UPSIKYU'], keys: MONTH_LINK, targetKeys: MONTH_LINK, section: '本文 2.3 / 3.3' },
  fields: [...monthDeletionFields()],
  monthInName: { kind: 'target', fieldKey: 'targetMonth' },
  singleMonthField: 'targetMonth',
  notes: [
    'One record per user and service month to delete, matched on 保険者番号 + 被保険者番号 + 削除対象年月 (UPPLAN/UPSIKYU Nos.2, 3, 5).',
    'All fields are required (項目は全て必須項目とする). One service month per file; it equals the YYYYMM segment of the file name.',
    'Deleting a 第6表 plan also deletes its dependent 第7表 (UPSIKYU) (本文 2.3, 5.1.1.4).',
    'Used by both 居宅介護支援 (unit K4) and 介護予防支援等 (unit Y7).',
  ],
});
