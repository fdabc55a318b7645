/**
 * Code lists used only by the 介護予防支援等 layouts (利用者基本情報 and its 別表, 介護予防サービス・支援計画書).
 * Japanese labels are verbatim from the 書式、選択肢など column of the spec (第4.1版).
 */
import { defineCodeList } from './types.js';
import { CERTIFIED_CARE_LEVELS } from './kyotaku.js';

/** 計画種類 (UPKIHON No.5, UPYOBO No.5). */
export const keikakuShurui = defineCodeList({
  id: 'keikakuShurui',
  name: { ja: '計画種類', en: 'Plan kind' },
  codes: {
    '1': { ja: '介護予防支援', en: 'Preventive care support' },
    '2': { ja: '介護予防ケアマネジメント', en: 'Preventive care management' },
  },
});

/** 委託の有無 (UPKIHON No.6, UPYOBO No.6). */
export const itakuUmu = defineCodeList({
  id: 'itakuUmu',
  name: { ja: '委託の有無', en: 'Outsourcing' },
  codes: {
    '1': { ja: '自前', en: 'In-house' },
    '2': { ja: '委託', en: 'Outsourced' },
  },
});

/** 相談方法 (UPKIHON No.8). */
export const soudanHouhou = defineCodeList({
  id: 'soudanHouhou',
  name: { ja: '相談方法', en: 'Consultation method' },
  codes: {
    '01': { ja: '来所', en: 'Visit to the office' },
    '02': { ja: '電話', en: 'Telephone' },
    '03': { ja: 'その他', en: 'Other' },
  },
});

/** 相談回数 (UPKIHON No.10). */
export const soudanKaisu = defineCodeList({
  id: 'soudanKaisu',
  name: { ja: '相談回数', en: 'Consultation count' },
  codes: {
    '01': { ja: '初回', en: 'First' },
    '02': { ja: '再来', en: 'Repeat' },
  },
});

/** 利用者の現況 (UPKIHON No.12). */
export const riyoshaGenkyo = defineCodeList({
  id: 'riyoshaGenkyo',
  name: { ja: '利用者の現況', en: 'Current situation of the user' },
  codes: {
    '01': { ja: '在宅', en: 'At home' },
    '02': { ja: '入院又は入所中', en: 'In hospital or in a facility' },
  },
});

/** 障害高齢者の日常生活自立度 (UPKIHON No.21). */
export const shogaiKoreishaJiritsudo = defineCodeList({
  id: 'shogaiKoreishaJiritsudo',
  name: { ja: '障害高齢者の日常生活自立度', en: 'Daily-life independence of elderly people with disabilities' },
  codes: {
    '01': { ja: '自立', en: 'Independent' },
    '11': { ja: 'J1', en: 'Rank J1' },
    '12': { ja: 'J2', en: 'Rank J2' },
    '21': { ja: 'A1', en: 'Rank A1' },
    '22': { ja: 'A2', en: 'Rank A2' },
    '31': { ja: 'B1', en: 'Rank B1' },
    '32': { ja: 'B2', en: 'Rank B2' },
    '41': { ja: 'C1', en: 'Rank C1' },
    '42': { ja: 'C2', en: 'Rank C2' },
  },
});

/** 認知症高齢者の日常生活自立度 (UPKIHON No.22). */
export const ninchishoKoreishaJiritsudo = defineCodeList({
  id: 'ninchishoKoreishaJiritsudo',
  name: { ja: '認知症高齢者の日常生活自立度', en: 'Daily-life independence of elderly people with dementia' },
  codes: {
    '01': { ja: '自立', en: 'Independent' },
    '02': { ja: 'Ⅰ', en: 'Rank I' },
    '03': { ja: 'Ⅱａ', en: 'Rank IIa' },
    '04': { ja: 'Ⅱｂ', en: 'Rank IIb' },
    '05': { ja: 'Ⅲａ', en: 'Rank IIIa' },
    '06': { ja: 'Ⅲｂ', en: 'Rank IIIb' },
    '07': { ja: 'Ⅳ', en: 'Rank IV' },
    '08': { ja: 'Ｍ', en: 'Rank M' },
  },
});

/**
 * 要介護状態区分 as printed in 利用者基本情報 (UPKIHON Nos.23, 26).
 * Differs from 【コード表】(3): 01 非該当 instead of 06 事業対象者.
 */
export const yokaigoJotaiKubunKihon = defineCodeList({
  id: 'yokaigoJotaiKubunKihon',
  name: { ja: '要介護状態区分（利用者基本情報）', en: 'Care level (basic user information)' },
  codes: {
    '01': { ja: '非該当', en: 'Not certified' },
    ...CERTIFIED_CARE_LEVELS,
  },
});

/** 基本チェックリスト記入結果 (UPKIHON No.27). */
export const checklistKekka = defineCodeList({
  id: 'checklistKekka',
  name: { ja: '基本チェックリスト記入結果', en: 'Basic checklist result' },
  codes: {
    '1': { ja: '事業対象者の該当あり', en: 'Eligible for the community support programme' },
    '2': { ja: '事業対象者の該当なし', en: 'Not eligible for the community support programme' },
  },
});

/** 居住形態 (UPKIHON No.34). */
export const kyojuKeitai = defineCodeList({
  id: 'kyojuKeitai',
  name: { ja: '居住形態', en: 'Housing type' },
  codes: {
    '01': { ja: '自宅', en: 'Own home' },
    '02': { ja: '借家', en: 'Rented home' },
    '03': { ja: '一戸建て', en: 'Detached house' },
    '04': { ja: '集合住宅', en: 'Multi-unit housing' },
    '05': { ja: '自宅・一戸建て', en: 'Own detached house' },
    '06': { ja: '自宅・集合住宅', en: 'Own flat in multi-unit housing' },
    '07': { ja: '借家・一戸建て', en: 'Rented detached house' },
    '08': { ja: '借家・集合住宅', en: 'Rented flat in multi-unit housing' },
  },
});

/** 有／無 (UPKIHON No.36, UPYOBO Nos.26/30/34/38). */
export const umu12 = defineCodeList({
  id: 'umu12',
  name: { ja: '有／無', en: 'Yes/No' },
  codes: {
    '1': { ja: '有', en: 'Yes' },
    '2': { ja: '無', en: 'No' },
  },
});

/** 要支援状態区分 as printed in 介護予防サービス・支援計画書 (UPYOBO No.14). Differs from 【コード表】(3). */
export const yoshienJotaiKubun = defineCodeList({
  id: 'yoshienJotaiKubun',
  name: { ja: '要支援状態区分（介護予防サービス・支援計画書）', en: 'Support level (preventive care plan)' },
  codes: {
    '1': { ja: '要支援１', en: 'Support level 1' },
    '2': { ja: '要支援２', en: 'Support level 2' },
    '3': { ja: '地域支援事業', en: 'Community support programme' },
  },
});

/** 要／否 (UPYOBO Nos.49–54). */
export const yohi12 = defineCodeList({
  id: 'yohi12',
  name: { ja: '要／否', en: 'Needed/Not needed' },
  codes: {
    '1': { ja: '要', en: 'Needed' },
    '2': { ja: '否', en: 'Not needed' },
  },
});

/** 主治医・意見作成者フラグ (UPKIHON_SUB2 No.8). */
export const shujiiFlag = defineCodeList({
  id: 'shujiiFlag',
  name: { ja: '主治医・意見作成者フラグ', en: 'Attending physician / opinion writer flag' },
  codes: {
    '1': { ja: '主治医', en: 'Attending physician' },
    '2': { ja: 'それ以外', en: 'Other' },
  },
});

/** 経過 (UPKIHON_SUB2 No.10). */
export const keika = defineCodeList({
  id: 'keika',
  name: { ja: '経過', en: 'Course' },
  codes: {
    '01': { ja: '治療中', en: 'Under treatment' },
    '02': { ja: '経過観察中', en: 'Under observation' },
    '03': { ja: 'その他', en: 'Other' },
  },
});
