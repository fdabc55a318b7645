/**
 * UP1KYO — 居宅サービス計画1表 (care plan table 1, 居宅サービス計画書(1)), 28 fields.
 */
import { defineKind } from '../kind.js';
import {
  code,
  csvVersionField,
  free,
  identifierField,
  insuredNumberField,
  insurerNumberField,
  officeCode,
  postalCode,
  updaterCodeField,
  yyyymmdd,
} from '../fields.js';
import { keikakushoKubun, ninteiJokyoKubun, seikatsuEnjoSanteiRiyu, yokaigoJotaiKubun } from '../codelists/kyotaku.js';

export const UP1KYO = defineKind({
  id: 'UP1KYO',
  title: { ja: '居宅サービス計画1表', en: 'Care plan table 1' },
  section: '別紙 CSVファイルレイアウト定義書: 居宅サービス計画1表',
  formName: { ja: '第1表（居宅サービス計画書(1)）', en: 'Table 1 (care plan 1)' },
  filename: 'UP1KYO_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  notes: ['One record per user and 居宅サービス計画作成（変更）日 (No.14); No.14 links the 2表, 3表 and 利用者補足情報 records of the same plan.'],
  fields: [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymmdd(4, 'createdOn', { ja: '作成年月日', en: 'Creation date' }, { length: 8, required: true }),
    postalCode(5, 'postalCode', { ja: '利用者郵便番号', en: 'User postal code' }, { length: 8 }),
    free(6, 'address1', { ja: '利用者住所１', en: 'User address 1' }),
    free(7, 'address2', { ja: '利用者住所２', en: 'User address 2' }),
    free(
      8,
      'plannerName',
      { ja: '居宅サービス計画作成者氏名', en: 'Care plan author name' },
      {
        required: true,
        doubt: 'The layout table prints the truncated name 居宅サービス計画作成者; the full name is taken from the 1表の構成 item list.',
      },
    ),
    free(9, 'agencyName', { ja: '介護支援事業者名', en: 'Care management agency name' }, { required: true }),
    postalCode(10, 'agencyPostalCode', { ja: '介護支援事業者郵便番号', en: 'Agency postal code' }, { length: 8 }),
    free(11, 'agencyAddress1', { ja: '介護支援事業者住所１', en: 'Agency address 1' }),
    free(12, 'agencyAddress2', { ja: '介護支援事業者住所２', en: 'Agency address 2' }),
    officeCode(
      13,
      'agencyCode',
      { ja: '介護支援事業者コード', en: 'Care management agency code' },
      {
        length: 10,
        required: true,
        note: '居宅支援事業者番号',
      },
    ),
    yyyymmdd(14, 'planDate', { ja: '居宅サービス計画作成（変更）日', en: 'Care plan creation (change) date' }, { length: 8, required: true }),
    yyyymmdd(15, 'firstPlanDate', { ja: '初回居宅サービス計画作成日', en: 'First care plan creation date' }, { length: 8, required: true }),
    code(16, 'planCategory', { ja: '計画書区分', en: 'Plan category' }, { length: 2, codes: keikakushoKubun }),
    code(17, 'certificationStatus', { ja: '認定状況区分', en: 'Certification status' }, { length: 1, codes: ninteiJokyoKubun }),
    yyyymmdd(18, 'certifiedOn', { ja: '認定日', en: 'Certification date' }, { length: 8 }),
    yyyymmdd(19, 'certificationStart', { ja: '認定有効期間開始日', en: 'Certification valid from' }, { length: 8 }),
    yyyymmdd(20, 'certificationEnd', { ja: '認定有効期間終了日', en: 'Certification valid until' }, { length: 8 }),
    code(21, 'careLevel', { ja: '要介護状態区分', en: 'Care level' }, { length: 2, codes: yokaigoJotaiKubun }),
    free(22, 'assessmentResult', {
      ja: '利用者及び家族の生活に対する意向を踏まえた課題分析の結果',
      en: 'Needs analysis reflecting the wishes of the user and family',
    }),
    free(23, 'certificationBoardOpinion', {
      ja: '介護認定審査会の意見及びサービスの種類の指定',
      en: 'Certification board opinion and designated service types',
    }),
    free(24, 'overallPolicy', { ja: '総合的な援助の方針', en: 'Overall support policy' }),
    code(
      25,
      'householdSupportReason',
      { ja: '生活援助中心型の算定理由', en: 'Reason for household-support-centred home help' },
      {
        length: 1,
        codes: seikatsuEnjoSanteiRiyu,
      },
    ),
    free(26, 'otherReason', { ja: 'その他理由', en: 'Other reason' }),
    updaterCodeField(27),
    identifierField(28),
  ],
});
