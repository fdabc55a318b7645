/**
 * UPSIKYU — 第7表（サービス利用票別表） (service usage slip appendix), 37 fields.
 */
import { defineKind } from '../kind.js';
import { MONTH_LINK } from '../links.js';
import {
  code,
  csvVersionField,
  decimal,
  digits,
  free,
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

const TAIS_NO19_DOUBT = 'The note refers to "サービスコード(No.19)"; サービスコード is No.9 here, so No.9 is assumed.';
const SUMMARY_ROW_REQUIRED_DOUBT =
  '必須 ○ without exception, but the layout spells out the 種類別小計/全合計 rows only for Nos.7, 9 and 13–15 (0 固定 / Null（空） 固定), a subtotal has no natural 回数, and the printed 合計 rows leave the cell blank: empty on a summary row is a warning.';
const REMARK_34_35_DOUBT =
  'Three remark lines are printed for Nos.34–37; the 9999999999 note is assigned to No.34 and none to No.35, but the reverse is possible.';

export const UPSIKYU = defineKind({
  id: 'UPSIKYU',
  title: { ja: '第7表（サービス利用票別表）', en: 'Service usage slip appendix (table 7)' },
  section: '別紙 CSVファイルレイアウト定義書: 第7表（サービス利用票別表）',
  formName: { ja: '第7表（サービス利用票別表）', en: 'Table 7 (usage slip appendix)' },
  filename: 'UPSIKYU_{targetMonth}_{senderOffice}_{senderServiceType}_{receiverOffice}_{receiverServiceType}_{timestamp}.CSV',
  sender: 'planner',
  parents: [{ kind: 'UPPLAN', keys: MONTH_LINK, section: '本文 2.3 / 3.3' }],
  monthInName: { kind: 'target', fieldKey: 'targetMonth' },
  singleMonthField: 'targetMonth',
  notes: [
    'One record per row of the printed 別表: service office × service code.',
    'Subtotal rows per service type use the pseudo service codes {CD}AAAA (区分支給対象, mandatory when a type has several rows), {CD}EEEE (区分支給対象外, optional) and {CD}ZZZZ (30日超過分, optional); one grand-total row uses 999999 with office code 9999999999 (mandatory).',
    'On subtotal and total rows 単位数 (No.13) is 0 and 割引後率/割引後単位数 (Nos.14–15) are empty.',
    'One service month per file; the month equals the file-name month.',
  ],
  fields: [
    csvVersionField(),
    insurerNumberField(),
    insuredNumberField(),
    yyyymmdd(
      4,
      'createdOn',
      { ja: '作成年月日', en: 'Creation date' },
      {
        length: 8,
        required: true,
        note: '第7表を作成した年月日',
      },
    ),
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
    free(6, 'serviceOfficeName', { ja: 'サービス事業所名', en: 'Service office name' }),
    officeCode(
      7,
      'serviceOfficeCode',
      { ja: 'サービス事業所コード', en: 'Service office code' },
      {
        length: 10,
        required: true,
        note: '全合計の場合はALL9（9999999999）',
      },
    ),
    digits(
      8,
      'satelliteBranch',
      { ja: 'サテライト枝番', en: 'Satellite branch number' },
      {
        length: 2,
        note: 'サテライトを識別する枝番。サテライトでない場合はNull（空）',
      },
    ),
    serviceCode(
      9,
      'serviceCode',
      { ja: 'サービスコード', en: 'Service code' },
      {
        length: 6,
        required: true,
        note: '種類別小計はCD+AAAA（区分支給対象、複数行の場合必須）／CD+EEEE（区分支給対象外、任意）／CD+ZZZZ（30日超過分、任意）、全合計は999999（必須）',
      },
    ),
    taisCode(
      10,
      'taisCode',
      { ja: 'TAISコード', en: 'TAIS code' },
      {
        length: 12,
        note: 'サービス種類17/67（福祉用具貸与）の場合はNo.10またはNo.11のどちらかを入力',
        doubt: TAIS_NO19_DOUBT,
      },
    ),
    taisCode(
      11,
      'notificationCode',
      { ja: '福祉用具届出コード', en: 'Welfare equipment notification code' },
      {
        length: 12,
        note: 'TAISコード未取得商品のコード。サービス種類17/67の場合はNo.10またはNo.11のどちらかを入力',
        doubt: TAIS_NO19_DOUBT,
      },
    ),
    free(12, 'equipmentName', { ja: '用具名称（機種名）', en: 'Equipment name (model)' }),
    integer(
      13,
      'units',
      { ja: '単位数', en: 'Units' },
      {
        length: 6,
        required: true,
        note: '種類別小計及び全合計は0固定。共生型の減算は月初日のみ設定し他の日は0',
      },
    ),
    integer(
      14,
      'discountRate',
      { ja: '割引後率', en: 'Discounted rate' },
      {
        length: 5,
        note: '種類別小計及び全合計はNull（空）固定',
      },
    ),
    integer(
      15,
      'discountedUnits',
      { ja: '割引後単位数', en: 'Discounted units' },
      {
        length: 6,
        note: '種類別小計及び全合計はNull（空）固定',
      },
    ),
    integer(16, 'count', { ja: '回数／日数', en: 'Count / days' }, { length: 3, required: true, summaryRowDoubt: SUMMARY_ROW_REQUIRED_DOUBT }),
    integer(
      17,
      'unitAmount',
      { ja: 'サービス単位金額', en: 'Service unit amount' },
      {
        length: 5,
        tolerateLength: 6,
        doubt: 'The 項目長 is read as 5 from a shifted column run; 6 would match the neighbouring fields, so up to 6 digits is only a warning.',
      },
    ),
    integer(
      18,
      'benefitManagementUnits',
      { ja: '給付管理単位数', en: 'Benefit management units' },
      {
        length: 6,
        note: '区分支給限度外のサービスはNull（空）固定（大規模型通所系・小多機・看多機の同一建物減算が無い場合は出力側の仕様で選択可）',
      },
    ),
    integer(19, 'typeLimitExcessUnits', { ja: '種類支給限度基準超単位数', en: 'Units over the service-type limit' }, { length: 6 }),
    integer(20, 'typeLimitWithinUnits', { ja: '種類支給限度基準内単位数', en: 'Units within the service-type limit' }, { length: 6 }),
    integer(21, 'categoryLimitExcessUnits', { ja: '区分支給限度基準超単位数', en: 'Units over the category limit' }, { length: 6 }),
    integer(22, 'categoryLimitWithinUnits', { ja: '区分支給限度基準内単位数', en: 'Units within the category limit' }, { length: 6 }),
    decimal(23, 'unitPrice', { ja: '単位数単価', en: 'Price per unit' }, { length: 6, note: '99.99形式' }),
    integer(24, 'totalCost', { ja: '費用総額保険／事業対象分', en: 'Total cost (insurance / project covered)' }, { length: 6 }),
    integer(25, 'benefitRate', { ja: '給付率', en: 'Benefit rate' }, { length: 6 }),
    integer(26, 'insuranceClaim', { ja: '保険／事業費請求額', en: 'Insurance / project claim amount' }, { length: 6 }),
    integer(27, 'fixedCopayUnitPrice', { ja: '定額利用者負担単価金額', en: 'Fixed user co-payment unit price' }, { length: 6 }),
    integer(28, 'userCopay', { ja: '利用者負担保険／事業対象分', en: 'User co-payment (insurance / project covered)' }, { length: 6 }),
    integer(29, 'userFullCost', { ja: '利用者負担（全額負担分）', en: 'User payment (full cost)' }, { length: 6 }),
    integer(
      30,
      'daysBeforeMonth',
      { ja: '前月までの利用日数', en: 'Days used up to the previous month' },
      {
        length: 2,
        tolerateLength: 5,
        doubt: '第4.1版 prints 項目長 2, although 第3.2版 had changed it to 5; up to 5 digits is only a warning.',
      },
    ),
    integer(31, 'plannedDaysThisMonth', { ja: '当月の計画利用日数', en: 'Planned days this month' }, { length: 2 }),
    integer(32, 'cumulativeDays', { ja: '累積利用日数', en: 'Cumulative days used' }, { length: 5 }),
    code(
      33,
      'over30Days',
      { ja: '３０日超区分', en: 'Over 30 days' },
      { length: 1, codes: gaitou10, required: true, summaryRowDoubt: SUMMARY_ROW_REQUIRED_DOUBT },
    ),
    officeCode(
      34,
      'fixedOfficeCode',
      { ja: '事業所コード', en: 'Office code (fixed)' },
      {
        length: 10,
        note: '9999999999を固定でセット',
        doubt: REMARK_34_35_DOUBT,
      },
    ),
    text(35, 'inputterCode', { ja: '入力者コード', en: 'Inputter code' }, { length: 10, doubt: REMARK_34_35_DOUBT }),
    updaterCodeField(36, '居宅介護支援事業者番号'),
    identifierField(37),
  ],
});
