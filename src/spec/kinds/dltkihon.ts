/** DLTKIHON — 利用者基本情報_削除 (deletion of a basic user information record and its appendices). */
import { personKeyFields, yyyymmdd } from '../fields.js';
import { defineKind } from '../kind.js';
import { CONSULTATION_LINK } from '../links.js';

export const DLTKIHON = defineKind({
  id: 'DLTKIHON',
  title: { ja: '利用者基本情報_削除', en: 'Basic user information deletion' },
  section: '別紙 CSVファイルレイアウト定義書: 利用者基本情報_削除',
  formName: { ja: '利用者基本情報の削除', en: 'Basic information deletion' },
  filename: 'DLTKIHON_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  deletes: { kinds: ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2'], keys: CONSULTATION_LINK, targetKeys: CONSULTATION_LINK, section: '本文 3.3' },
  fields: [
    ...personKeyFields({ necessary: true }),
    yyyymmdd(
      4,
      'consultationDate',
      { ja: '相談日', en: 'Consultation date' },
      { length: 8, required: true, necessary: true, note: 'YYYYMMDD。削除する利用者基本情報の相談日' },
    ),
  ],
  notes: [
    'One record per UPKIHON record to delete, matched on 保険者番号 + 被保険者番号 + 相談日 (UPKIHON Nos.2, 3, 4).',
    'All four fields are marked ○ in both the 必須 and 必要 columns. Unlike the 居宅 deletion layouts, this sheet has no 使用目的 row stating that every field is required.',
    'Deleting a 利用者基本情報 also deletes its dependent 別表1 (UPKIHON_SUB1), 別表2 (UPKIHON_SUB2) and family-structure image (UPKIHON_IMAGE) (本文 3.3).',
    'Sent alone as transmission unit Y5.',
  ],
});
