/** DLTYOBO — 介護予防サービス・支援計画書_削除 (deletion of a preventive care plan and its appendix). */
import { personKeyFields, yyyymmdd } from '../fields.js';
import { defineKind } from '../kind.js';
import { PLAN_LINK } from '../links.js';

export const DLTYOBO = defineKind({
  id: 'DLTYOBO',
  title: { ja: '介護予防サービス・支援計画書_削除', en: 'Preventive care plan deletion' },
  section: '別紙 CSVファイルレイアウト定義書: 介護予防サービス・支援計画書_削除',
  formName: { ja: '介護予防サービス・支援計画書の削除', en: 'Preventive care plan deletion' },
  filename: 'DLTYOBO_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  deletes: { kinds: ['UPYOBO', 'UPYOBO_SUB'], keys: PLAN_LINK, targetKeys: PLAN_LINK, section: '本文 3.3' },
  fields: [
    ...personKeyFields({ necessary: true }),
    yyyymmdd(
      4,
      'planDate',
      { ja: '計画作成(変更)日', en: 'Plan creation (change) date' },
      { length: 8, required: true, necessary: true, note: 'YYYYMMDD。削除する介護予防サービス・支援計画書の計画作成(変更)日' },
    ),
  ],
  notes: [
    'One record per UPYOBO record to delete, matched on 保険者番号 + 被保険者番号 + 計画作成(変更)日 (UPYOBO Nos.2, 3, 4).',
    'All four fields are marked ○ in both the 必須 and 必要 columns.',
    'Deleting a 介護予防サービス・支援計画書 also deletes its dependent 別表 (UPYOBO_SUB) (本文 3.3).',
    'Sent alone as transmission unit Y6.',
  ],
});
