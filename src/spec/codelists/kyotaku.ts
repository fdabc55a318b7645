/**
 * Code lists of the 居宅 layouts (利用者補足情報, 居宅サービス計画1〜3表, 第6表, 第7表).
 * Source: 別紙 CSVファイルレイアウト定義書 【コード表】(1)〜(5) and the 書式 column of the layouts.
 * Japanese labels are verbatim.
 */
import { defineCodeList } from './types.js';

/** 【コード表】(1) 計画書区分コード — UP1KYO No.16, UPYOBO No.12. */
export const keikakushoKubun = defineCodeList({
  id: 'keikakushoKubun',
  name: { ja: '計画書区分', en: 'Plan category' },
  codes: {
    '11': { ja: '初回', en: 'First plan' },
    '12': { ja: '紹介', en: 'Referral' },
    '21': { ja: '継続', en: 'Continuation' },
    '51': { ja: '初回＆紹介', en: 'First plan and referral' },
    '52': { ja: '初回＆継続', en: 'First plan and continuation' },
    '53': { ja: '紹介＆継続', en: 'Referral and continuation' },
    '54': { ja: '初回＆紹介＆継続', en: 'First plan, referral and continuation' },
  },
});

/** 【コード表】(2) 認定状況区分コード — UPHOSOKU No.16, UP1KYO No.17, UPYOBO No.13. */
export const ninteiJokyoKubun = defineCodeList({
  id: 'ninteiJokyoKubun',
  name: { ja: '認定状況区分', en: 'Certification status' },
  codes: {
    '1': { ja: '申請中', en: 'Application pending' },
    '2': { ja: '認定済', en: 'Certified' },
  },
});

/** 要支援１〜要介護５: the certified levels shared by 【コード表】(3) and the 利用者基本情報 list. */
export const CERTIFIED_CARE_LEVELS = {
  '12': { ja: '要支援１', en: 'Support level 1' },
  '13': { ja: '要支援２', en: 'Support level 2' },
  '21': { ja: '要介護１', en: 'Care level 1' },
  '22': { ja: '要介護２', en: 'Care level 2' },
  '23': { ja: '要介護３', en: 'Care level 3' },
  '24': { ja: '要介護４', en: 'Care level 4' },
  '25': { ja: '要介護５', en: 'Care level 5' },
} as const;

/** 【コード表】(3) 要介護状態区分コード — UPHOSOKU Nos.18/59, UP1KYO No.21. */
export const yokaigoJotaiKubun = defineCodeList({
  id: 'yokaigoJotaiKubun',
  name: { ja: '要介護状態区分', en: 'Care level' },
  codes: {
    '06': { ja: '事業対象者', en: 'Eligible for community support projects' },
    ...CERTIFIED_CARE_LEVELS,
  },
});

/** 【コード表】(4) 生活援助中心型の算定理由コード — UP1KYO No.25. */
export const seikatsuEnjoSanteiRiyu = defineCodeList({
  id: 'seikatsuEnjoSanteiRiyu',
  name: { ja: '生活援助中心型の算定理由', en: 'Reason for household-support-centred home help' },
  codes: {
    '1': { ja: '一人暮らし', en: 'Living alone' },
    '2': { ja: '家族等が障害、疾病等', en: 'Family members have a disability, illness, etc.' },
    '3': { ja: 'その他', en: 'Other' },
  },
});

/** 【コード表】(5) 保険対象区分コード — UP2KYO No.15. */
export const hokenTaishoKubun = defineCodeList({
  id: 'hokenTaishoKubun',
  name: { ja: '保険対象区分', en: 'Insurance coverage' },
  codes: {
    Y: { ja: '対象', en: 'Covered by insurance' },
    N: { ja: '対象外', en: 'Not covered by insurance' },
  },
});

/** 性別 (書式 column) — UPHOSOKU No.7, UPKIHON No.16. */
export const seibetsu = defineCodeList({
  id: 'seibetsu',
  name: { ja: '性別', en: 'Sex' },
  codes: {
    '1': { ja: '男性', en: 'Male' },
    '2': { ja: '女性', en: 'Female' },
  },
});

/** 曜日 (書式 column: 月曜日:1 … 日曜日:7) — UP3KYO No.7. */
export const youbi = defineCodeList({
  id: 'youbi',
  name: { ja: '曜日', en: 'Day of the week' },
  codes: {
    '1': { ja: '月曜日', en: 'Monday' },
    '2': { ja: '火曜日', en: 'Tuesday' },
    '3': { ja: '水曜日', en: 'Wednesday' },
    '4': { ja: '木曜日', en: 'Thursday' },
    '5': { ja: '金曜日', en: 'Friday' },
    '6': { ja: '土曜日', en: 'Saturday' },
    '7': { ja: '日曜日', en: 'Sunday' },
  },
});

/** 該当／非該当 (書式 column: 1：該当、0：非該当) — 第6表 No.23, 第7表 No.33, UPKIHON. */
export const gaitou10 = defineCodeList({
  id: 'gaitou10',
  name: { ja: '該当／非該当', en: 'Applicable / not applicable' },
  codes: {
    '1': { ja: '該当', en: 'Applicable' },
    '0': { ja: '非該当', en: 'Not applicable' },
  },
});
