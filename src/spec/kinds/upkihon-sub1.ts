/** UPKIHON_SUB1 — 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール) (daily schedule). */
import { free } from '../fields.js';
import { defineKind } from '../kind.js';
import { kihonLinkFields } from './yobo-fields.js';
import { CONSULTATION_LINK } from '../links.js';

export const UPKIHON_SUB1 = defineKind({
  id: 'UPKIHON_SUB1',
  title: {
    ja: '利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール)',
    en: 'Basic user information appendix 1 (daily schedule)',
  },
  section: '別紙 CSVファイルレイアウト定義書: 利用者基本情報（別表1）１日の生活・すごし方(タイムスケジュール)',
  formName: { ja: '利用者基本情報 別表1（1日の生活）', en: 'Basic information appendix 1' },
  filename: 'UPKIHON_SUB1_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UPKIHON', keys: CONSULTATION_LINK, section: '本文 3.3' }],
  fields: [
    ...kihonLinkFields(),
    free(5, 'time', { ja: '時間', en: 'Time' }, { note: 'フリーテキスト（例: 6:00、7:30。HHMM形式ではない）' }),
    free(6, 'userLife', { ja: '本人の生活状況', en: "User's activities" }),
    free(7, 'carerLife', { ja: '介護者・家族の生活状況', en: "Carer's and family's activities" }),
  ],
  notes: [
    'Appendix 1 of UPKIHON: several rows per UPKIHON record (one per time slot), linked by 保険者番号 + 被保険者番号 + 相談日 (Nos.2, 3, 4).',
    'In principle one UPKIHON_SUB1 file per UPKIHON file, with the same office/service/timestamp file-name segments.',
    'Deleted together with its parent by DLTKIHON.',
  ],
});
