/**
 * UPHOSOKU — 利用者補足情報 (supplementary user information), 63 fields.
 * Attached to the 1・2・3表 unit (file-name month 000000) or to the 6・7表 unit (service month).
 */
import { defineKind } from '../kind.js';
import { MONTH_LINK, PLAN_LINK } from '../links.js';
import {
  code,
  csvVersionField,
  free,
  identifierField,
  insuredNumberField,
  insurerNumberField,
  officeCode,
  phone,
  postalCode,
  serviceType,
  text,
  updaterCodeField,
  yyyymm,
  yyyymmdd,
} from '../fields.js';
import { ninteiJokyoKubun, seibetsu, yokaigoJotaiKubun } from '../codelists/kyotaku.js';

const REQUIRED_RUN_DOUBT = 'The 必須 ○ of Nos.1–8 are printed as a packed run, so which rows they belong to is inferred (by analogy with UPKIHON).';

type Slot = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
const FULL_WIDTH_DIGITS = ['', '１', '２', '３', '４', '５', '６', '７', '８', '９'] as const;

/** One of the nine サービス種類別限度額 slots (Nos.20–55, four fields each). */
function limitSlot<N extends Slot>(n: N) {
  const first = 20 + (n - 1) * 4;
  const fw = FULL_WIDTH_DIGITS[n];
  const order = '１枠から順番に設定する（サービス種類別限度額管理が必要な場合）';
  return [
    serviceType(
      first,
      `limitServiceType${n}` as `limitServiceType${N}`,
      { ja: `${fw}サービス種類コード`, en: `Limit slot ${n}: service type` },
      {
        length: 2,
        note: `${order}。短期入所療養介護の場合は22（介護老人保健施設）を設定`,
      },
    ),
    text(
      first + 1,
      `limitAmount${n}` as `limitAmount${N}`,
      { ja: `${fw}支給限度基準額`, en: `Limit slot ${n}: benefit limit` },
      {
        length: 7,
        note: order,
      },
    ),
    text(
      first + 2,
      `limitTotalUnits${n}` as `limitTotalUnits${N}`,
      { ja: `${fw}合計単位数`, en: `Limit slot ${n}: total units` },
      {
        length: 7,
        note: order,
      },
    ),
    text(
      first + 3,
      `limitExcessUnits${n}` as `limitExcessUnits${N}`,
      { ja: `${fw}限度超単位数`, en: `Limit slot ${n}: units over the limit` },
      {
        length: 7,
        note: order,
      },
    ),
  ] as const;
}

export const UPHOSOKU = defineKind({
  id: 'UPHOSOKU',
  title: { ja: '利用者補足情報', en: 'Supplementary user information' },
  section: '別紙 CSVファイルレイアウト定義書: 利用者補足情報',
  formName: { ja: '利用者補足情報', en: 'User supplement' },
  filename: 'UPHOSOKU_{provideMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [
    { kind: 'UP1KYO', keys: PLAN_LINK, section: '本文 2.3' },
    { kind: 'UPPLAN', keys: MONTH_LINK, section: '本文 2.3 / 3.3' },
  ],
  monthInName: { kind: 'provide', fieldKey: 'targetMonth' },
  notes: [
    'One record per user, attached either to the 1・2・3表 unit (file-name month and No.63 = 000000, No.4 = the plan date) or to the 6・7表 unit (file-name month and No.63 = the service month, No.4 = 00000000).',
    'Nos.20–55 are nine slots of per-service-type limit management (type, limit, total units, units over the limit), filled from slot 1 in order.',
    'Which of Nos.5–8 are 必須 is inferred from a packed run of ○ marks; a missing value there is reported as a warning only.',
  ],
  fields: [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymmdd(
      4,
      'planDate',
      { ja: '居宅サービス計画作成（変更）日', en: 'Care plan creation (change) date' },
      {
        length: 8,
        required: true,
        specialValues: ['00000000'],
        note: '第1表の居宅サービス計画作成（変更）日。6表、7表に紐づく場合は「00000000」',
      },
    ),
    free(5, 'nameKana', { ja: '利用者氏名フリガナ', en: 'User name (kana)' }, { required: 'doubt', doubt: REQUIRED_RUN_DOUBT }),
    free(6, 'name', { ja: '利用者氏名', en: 'User name' }, { required: 'doubt', doubt: REQUIRED_RUN_DOUBT }),
    code(7, 'sex', { ja: '利用者性別', en: 'User sex' }, { length: 1, codes: seibetsu, required: 'doubt', doubt: REQUIRED_RUN_DOUBT }),
    yyyymmdd(
      8,
      'birthDate',
      { ja: '利用者生年月日', en: 'User date of birth' },
      {
        length: 8,
        required: 'doubt',
        personal: true,
        doubt: REQUIRED_RUN_DOUBT,
      },
    ),
    postalCode(9, 'postalCode', { ja: '利用者郵便番号', en: 'User postal code' }, { length: 8 }),
    free(10, 'address1', { ja: '利用者住所１', en: 'User address 1' }),
    free(11, 'address2', { ja: '利用者住所２', en: 'User address 2' }),
    phone(12, 'phone', { ja: '利用者電話番号', en: 'User telephone number' }, { length: 15 }),
    yyyymmdd(13, 'certifiedOn', { ja: '認定日', en: 'Certification date' }, { length: 8 }),
    yyyymmdd(14, 'limitStartDate', { ja: '限度額適用開始年月日', en: 'Benefit limit start date' }, { length: 8 }),
    yyyymmdd(15, 'limitEndDate', { ja: '限度額適用終了年月日', en: 'Benefit limit end date' }, { length: 8 }),
    code(16, 'certificationStatus', { ja: '認定状況区分', en: 'Certification status' }, { length: 1, codes: ninteiJokyoKubun }),
    yyyymmdd(17, 'careLevelChangedOn', { ja: '要介護状態変更日', en: 'Care level change date' }, { length: 8 }),
    code(18, 'careLevel', { ja: '要介護状態区分', en: 'Care level' }, { length: 2, codes: yokaigoJotaiKubun }),
    text(19, 'benefitLimit', { ja: '区分支給限度基準額', en: 'Category benefit limit' }, { length: 7 }),
    ...limitSlot(1),
    ...limitSlot(2),
    ...limitSlot(3),
    ...limitSlot(4),
    ...limitSlot(5),
    ...limitSlot(6),
    ...limitSlot(7),
    ...limitSlot(8),
    ...limitSlot(9),
    text(56, 'totalExcessUnits', { ja: '合計限度超単位数', en: 'Total units over the limits' }, { length: 7 }),
    text(57, 'shortStayDaysBeforeMonth', { ja: '入所前月迄利用日数', en: 'Short-stay days up to the previous month' }, { length: 5 }),
    text(58, 'shortStayCumulativeDays', { ja: '入所累積利用日数', en: 'Cumulative short-stay days' }, { length: 5 }),
    code(
      59,
      'previousCareLevel',
      { ja: '前回要介護状態区分', en: 'Previous care level' },
      {
        length: 2,
        codes: yokaigoJotaiKubun,
        note: '月途中で区分変更があった場合に第6表で使用',
      },
    ),
    officeCode(60, 'consentReceiverCode', { ja: '同意書受付業者', en: 'Consent form receiving office' }, { length: 10, note: '居宅支援事業者番号' }),
    updaterCodeField(61),
    identifierField(62),
    yyyymm(
      63,
      'targetMonth',
      { ja: '対象年月', en: 'Target month' },
      {
        length: 6,
        required: true,
        specialValues: ['000000'],
        note: '1表、2表（3表）に紐づく場合は「000000」',
        doubt: 'The ○ is printed on the line of No.62 and assigned to No.63; the 000000 note names only 1表/2表 but presumably covers 3表 too.',
      },
    ),
  ],
});
