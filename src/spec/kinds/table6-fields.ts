/**
 * 第6表（サービス利用票）、実績情報 — the one field list (25 fields) shared by UPPLAN (計画・予定)
 * and UPJSK (実績). The spec prints a single layout for both.
 */
import {
  code,
  csvVersionField,
  dayFlags31,
  digits,
  free,
  hhmm,
  identifierField,
  insuredNumberField,
  insurerNumberField,
  integer,
  officeCode,
  serviceCode,
  taisCode,
  text,
  updaterCodeField,
  yyyymm,
  yyyymmdd,
} from '../fields.js';
import { gaitou10 } from '../codelists/kyotaku.js';

const REQUIRED_RUN_DOUBT = 'The 必須 ○ of Nos.1–9 are a packed run of 7 marks; Nos.6 and 8 are taken as required and No.7 not, but {1–7} is also possible.';
const TAIS_DASH_DOUBT = 'The example shows a full-width dash (00001－000010); a half-width "-" is assumed for the 12 characters.';

export const table6Fields = [
  csvVersionField(),
  {
    ...insurerNumberField(),
    note: '住所地特例のサービスの場合はサービス提供事業所が取り込んだ後に手動で修正',
  },
  insuredNumberField(),
  yyyymmdd(4, 'createdOn', { ja: '作成年月日', en: 'Creation date' }, { length: 8, required: true }),
  yyyymm(
    5,
    'targetMonth',
    { ja: '対象年月', en: 'Service month' },
    {
      length: 6,
      required: true,
      note: 'サービス提供年月。ファイル名の対象年月と一致し、1ファイル1か月',
    },
  ),
  officeCode(
    6,
    'planOfficeCode',
    { ja: 'プラン担当業者コード', en: 'Care plan office code' },
    {
      length: 10,
      required: 'doubt',
      note: '居宅支援事業者番号',
      doubt: REQUIRED_RUN_DOUBT,
    },
  ),
  free(7, 'planManagerName', { ja: 'プラン担当者名', en: 'Care manager name' }, { doubt: REQUIRED_RUN_DOUBT }),
  integer(
    8,
    'units',
    { ja: '単位数', en: 'Units' },
    {
      length: 6,
      required: 'doubt',
      note: '割引後単位数を記載。率加減算で計算できない場合（実績）は0。共生型の減算は月初日のみ設定し他の日は0',
      doubt: `${REQUIRED_RUN_DOUBT} The note's "利用者基本情報のNo18" means 利用者補足情報 No.19.`,
    },
  ),
  text(9, 'shortStayDaysBeforeMonth', { ja: '前月までの短期入所利用日数', en: 'Short-stay days up to the previous month' }, { length: 5 }),
  yyyymmdd(
    10,
    'serviceDate',
    { ja: 'サービス利用日', en: 'Service date' },
    {
      length: 8,
      required: true,
      note: '福祉用具貸与も必ず入力。包括請求サービスは実際の利用（予定）日',
    },
  ),
  dayFlags31(
    11,
    'proratedDays',
    { ja: '日割対象日', en: 'Pro-rated days' },
    {
      length: 31,
      note: '31桁、日割請求可能日を"1"。日割り以外はNull（空）。月単位の加算は取込側で1回分として取込',
      doubt: 'The sentence on monthly additions sits between the notes of Nos.11 and 12; it may be a general import note.',
    },
  ),
  hhmm(
    12,
    'startTime',
    { ja: 'サービス開始時刻', en: 'Service start time' },
    {
      length: 4,
      required: true,
      specialValues: ['9999'],
      note: '時間表示の無いサービスは9999。予定（居宅支援事業者）／実績（サービス事業所）の時刻。加算は基本サービスと同じ時間',
    },
  ),
  hhmm(
    13,
    'endTime',
    { ja: 'サービス終了時刻', en: 'Service end time' },
    {
      length: 4,
      required: true,
      specialValues: ['9999'],
      note: 'サービス開始時刻と同様（時間表示の無いサービスは9999）',
    },
  ),
  integer(
    14,
    'serviceCount',
    { ja: 'サービス回数', en: 'Service count' },
    {
      length: 2,
      required: true,
      note: '1日に複数回算定可能なサービスの回数',
    },
  ),
  serviceCode(
    15,
    'serviceCode',
    { ja: 'サービスコード', en: 'Service code' },
    {
      length: 6,
      required: true,
      note: '最新版の介護給付費単位数等サービスコード表を参照',
    },
  ),
  taisCode(
    16,
    'taisCode',
    { ja: 'TAISコード', en: 'TAIS code' },
    {
      length: 12,
      note: 'サービス種類17/67（福祉用具貸与）の場合はNo.16またはNo.17のどちらかを入力',
      doubt: TAIS_DASH_DOUBT,
    },
  ),
  taisCode(
    17,
    'notificationCode',
    { ja: '福祉用具届出コード', en: 'Welfare equipment notification code' },
    {
      length: 12,
      note: 'TAISコード未取得商品のコード。サービス種類17/67の場合はNo.16またはNo.17のどちらかを入力',
    },
  ),
  free(18, 'equipmentName', { ja: '用具名称（機種名）', en: 'Equipment name (model)' }),
  digits(
    19,
    'detailCode',
    { ja: '明細判別コード', en: 'Detail discriminator' },
    {
      length: 2,
      note: '福祉用具貸与で同一サービスコード・同一単位数の明細を1からの連番で区別。それ以外はNull（空）',
      doubt: 'The 項目長 of this row is missing from the OCR; 2 is assumed (1 is also possible).',
    },
  ),
  officeCode(
    20,
    'serviceOfficeCode',
    { ja: 'サービス事業者コード', en: 'Service provider code' },
    {
      length: 10,
      required: true,
      note: '予定（居宅支援事業者から）は予定の、実績（サービス事業所から）は実績の事業者コード',
    },
  ),
  free(
    21,
    'serviceOfficeName',
    { ja: 'サービス事業所名', en: 'Service office name' },
    {
      note: '予定の場合は予定の、実績の場合は実績の事業者名',
    },
  ),
  digits(
    22,
    'satelliteBranch',
    { ja: 'サテライト枝番', en: 'Satellite branch number' },
    {
      length: 2,
      note: 'サテライトの固有番号、なければ1からの連番。サテライトでない場合はNull（空）',
    },
  ),
  code(23, 'over30Days', { ja: '３０日超区分', en: 'Over 30 days' }, { length: 1, codes: gaitou10, required: true }),
  updaterCodeField(24, '予定の場合は居宅介護支援事業者番号、実績の場合はサービス事業者番号'),
  identifierField(25),
] as const;
