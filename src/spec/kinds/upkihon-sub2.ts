/** UPKIHON_SUB2 — 利用者基本情報（別表2）現病歴・既往歴 (present and past medical history). */
import { code, free, phone } from '../fields.js';
import { defineKind } from '../kind.js';
import { kihonLinkFields } from './yobo-fields.js';
import { CONSULTATION_LINK } from '../links.js';
import { keika, shujiiFlag } from '../codelists/yobo.js';

export const UPKIHON_SUB2 = defineKind({
  id: 'UPKIHON_SUB2',
  title: { ja: '利用者基本情報（別表2）現病歴・既往歴', en: 'Basic user information appendix 2 (medical history)' },
  section: '別紙 CSVファイルレイアウト定義書: 利用者基本情報（別表2）現病歴・既往歴',
  formName: { ja: '利用者基本情報 別表2（現病歴・既往歴）', en: 'Basic information appendix 2' },
  filename: 'UPKIHON_SUB2_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UPKIHON', keys: CONSULTATION_LINK, section: '本文 3.3' }],
  fields: [
    ...kihonLinkFields(),
    free(5, 'onsetDate', { ja: '年月日', en: 'Date (onset)' }, { note: 'フリーテキスト（例: H12年10月、R2年4月、2023/6）' }),
    free(6, 'disease', { ja: '病名', en: 'Disease' }),
    free(7, 'medicalInstitution', { ja: '医療機関・医師名', en: 'Medical institution / doctor' }),
    code(8, 'attendingPhysicianFlag', { ja: '主治医・意見作成者フラグ', en: 'Attending physician / opinion writer flag' }, { length: 1, codes: shujiiFlag }),
    phone(9, 'medicalPhone', { ja: '医療機関・医師電話番号', en: 'Medical institution / doctor telephone' }, { length: 15 }),
    code(10, 'progress', { ja: '経過', en: 'Course' }, { length: 2, codes: keika }),
    free(11, 'treatmentDetail', { ja: '治療中の内容', en: 'Treatment details' }),
  ],
  notes: [
    'Appendix 2 of UPKIHON: several rows per UPKIHON record (one per disease), linked by 保険者番号 + 被保険者番号 + 相談日 (Nos.2, 3, 4).',
    'In principle one UPKIHON_SUB2 file per UPKIHON file, with the same office/service/timestamp file-name segments.',
    'Deleted together with its parent by DLTKIHON.',
  ],
});
