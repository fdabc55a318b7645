/** DLT1KYO — 居宅サービス計画1表_削除 (deletion of a care plan table 1 and its dependants). */
import { csvVersionField, insuredNumberField, insurerNumberField, yyyymmdd } from '../fields.js';
import { defineKind } from '../kind.js';
import { PLAN_LINK } from '../links.js';

export const DLT1KYO = defineKind({
  id: 'DLT1KYO',
  title: { ja: '居宅サービス計画1表_削除', en: 'Care plan table 1 deletion' },
  section: '別紙 CSVファイルレイアウト定義書: 居宅サービス計画1表_削除',
  formName: { ja: '第1表の削除', en: 'Table 1 deletion' },
  filename: 'DLT1KYO_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  deletes: { kinds: ['UP1KYO', 'UP2KYO', 'UP3KYO'], keys: PLAN_LINK, targetKeys: PLAN_LINK, section: '本文 2.3' },
  fields: [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymmdd(
      4,
      'planDate',
      { ja: '居宅サービス計画作成（変更）日', en: 'Care plan creation (change) date' },
      { length: 8, required: true, note: 'YYYYMMDD。削除する居宅計画書の居宅サービス計画作成（変更）日' },
    ),
  ],
  notes: [
    'One record per care plan to delete, matched on 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日 (UP1KYO Nos.2, 3, 14).',
    'All fields are required (項目は全て必須項目とする).',
    'Deleting a 第1表 also deletes its dependent 第2表 and 第3表 (本文 2.3, 第4版); the layout sheet itself still mentions only 第2表.',
    'Sent alone as transmission unit K3. Sending a delete before an update is not needed: an updated plan is simply resent.',
  ],
});
