/**
 * Record and file rules are opaque functions, so generated records are made to satisfy them by ONE
 * small repair per rule id (and broken on purpose by one small `violate`). A test asserts that
 * every rule id of every table has an entry here, so a new rule cannot be forgotten.
 */
import type { TableSpec } from '../spec/kind.js';
import { checkRecordRule, runFileRule, type FileFinding, type FileRule, type RecordRule } from '../spec/rule.js';
import { daysInMonth, isYyyymm, isYyyymmdd, numberAt, pad } from '../spec/formats/chars.js';
import { isRentalServiceType, serviceTypeOf } from '../spec/service-codes.js';
import { buildFilename, type FilenameParts } from '../filenames/index.js';
import { benefitLimitAgainstTable } from '../spec/rules/hosoku-benefit-limit.js';
import { typeLimitSlotArithmetic } from '../spec/rules/hosoku-type-limit-slots.js';
import { table7DiscountedUnits } from '../spec/rules/table7/discounted-units.js';
import { table7LimitSplit } from '../spec/rules/table7/limit-split.js';
import { table7TotalCost } from '../spec/rules/table7/total-cost.js';
import { table7PriceAndRate } from '../spec/rules/table7/unit-price.js';
import { rowKindOf } from '../spec/rules/table7/model.js';

/** A record under construction: one string per field key. */
export type MutableRecord = Record<string, string>;

export interface RecordRuleKit {
  readonly scope: 'record';
  /** Returns a record that satisfies the rule, changing as little as possible. */
  repair(record: MutableRecord): MutableRecord;
  /** Returns a record that breaks the rule, and the field the issue is expected at. */
  violate(record: MutableRecord): { record: MutableRecord; fieldKey: string };
}

export interface FileRuleKit {
  readonly scope: 'file';
  /** Returns records that satisfy the rule; `issues` are what the rule reported. */
  repair(records: MutableRecord[], issues: readonly FileFinding[]): MutableRecord[];
  /**
   * Needs at least one record. `recordIndex` is 0-based. `name`: the parts of the file's name, when
   * the broken records go into a named file (a value that names the file must agree with it).
   */
  violate(records: MutableRecord[], name?: Partial<FilenameParts>): { records: MutableRecord[]; recordIndex: number; fieldKey: string };
}

export type RuleKit = RecordRuleKit | FileRuleKit;

/** A fixed real date used where a repair needs one. */
const SOME_DATE = '20240401';
const ALL9_OFFICE = '9999999999';
const TOTAL_CODE = '999999';

const rest = (code: string | undefined) => (code && code.length === 6 ? code.slice(2) : '1001');

const record = (repair: RecordRuleKit['repair'], violate: RecordRuleKit['violate']): RecordRuleKit => ({ scope: 'record', repair, violate });

/** The YYYYMM after a real YYYYMM. */
const nextMonth = (m: string) => {
  const y = numberAt(m, 0, 4);
  const mo = numberAt(m, 4, 6);
  return mo === 12 ? `${y + 1}01` : `${y}${pad(mo + 1, 2)}`;
};
const lastDayOf = (m: string) => daysInMonth(numberAt(m, 0, 4), numberAt(m, 4, 6));

const SLOTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const slotKeys = (n: number) => [`limitServiceType${n}`, `limitAmount${n}`, `limitTotalUnits${n}`, `limitExcessUnits${n}`] as const;

const YOBO_ISSUE_ITEMS = ['overallIssue', 'goalProposal', 'userFamilyIntent', 'goal'] as const;
const YOBO_SUPPORT_PLAN_ITEMS = ['supportPoints', 'selfCareInformal', 'insuredServices'] as const;
/** Every 別表 row its own 課題 (numbered 1, 2, … per plan) with 支援計画NO and 利用サービスNO 1. */
const numberEveryRow = (records: readonly MutableRecord[]): MutableRecord[] => {
  const next = new Map<string, number>();
  return records.map((r) => {
    const plan = `${r.insurerNumber}|${r.insuredNumber}|${r.planDate}`;
    const n = (next.get(plan) ?? 0) + 1;
    next.set(plan, n);
    return { ...r, issueNo: String(n), supportPlanNo: '1', serviceNo: '1' };
  });
};

// ---------------------------------------------------------------------------------------------
// 第7表 accounting (issue 13). Repairs empty the number a finding is about (an empty amount is
// never judged), or insert the summary row a user or group lacks (its amounts empty); so they
// only ever remove numbers and converge. Violations write a small consistent line and break one
// number of it, leaving its other amounts empty so that they add nothing to the summaries.

/** Fits an integer field of `width` characters (a minus sign counts). */
const fits = (v: number, width: number) => Number.isSafeInteger(v) && String(v).length <= width;
const LINE_CODE = '111111';
/** The record as a line of 第7表 (a 全合計 row becomes an ordinary line). */
const asLine = (r: MutableRecord): MutableRecord => {
  const code = r.serviceCode ?? '';
  return { ...r, serviceCode: rowKindOf(code) === 'line' && /^[0-9A-Z]{6}$/.test(code) ? code : LINE_CODE };
};
/** Nos.18–29 (and 割引後) of a 第7表 row emptied. */
const NO_AMOUNTS = {
  discountRate: '',
  discountedUnits: '',
  benefitManagementUnits: '',
  typeLimitExcessUnits: '',
  typeLimitWithinUnits: '',
  categoryLimitExcessUnits: '',
  categoryLimitWithinUnits: '',
  unitPrice: '',
  totalCost: '',
  benefitRate: '',
  insuranceClaim: '',
  fixedCopayUnitPrice: '',
  userCopay: '',
  userFullCost: '',
} as const;
/** A 第7表 row with units × count = amount and no other amount, on a regular (not 30日超) line. */
const plainLine = (r: MutableRecord, units: number, count: number): MutableRecord => ({
  ...asLine(r),
  ...NO_AMOUNTS,
  units: String(units),
  count: String(count),
  unitAmount: String(units * count),
  over30Days: '0',
});

/** A summary row (AAAA/EEEE/999999) after `template`'s row: the template's keys, every amount empty. */
function summaryRow(template: MutableRecord, serviceCode: string, total: boolean): MutableRecord {
  return {
    ...template,
    ...NO_AMOUNTS,
    serviceCode,
    ...(total ? { serviceOfficeCode: ALL9_OFFICE, satelliteBranch: '' } : {}),
    taisCode: '',
    notificationCode: '',
    units: '0',
    count: '0',
    unitAmount: '',
    over30Days: '0',
  };
}

/** Empties one field of each record a finding is about. */
const emptyFound = (records: MutableRecord[], issues: readonly FileFinding[]): MutableRecord[] => {
  const out = records.map((r) => ({ ...r }));
  for (const { recordIndex, fieldKey } of issues) if (fieldKey) out[recordIndex]![fieldKey] = '';
  return out;
};

/** Applies an insertion (or an edit) per finding, from the last record backwards (indexes stay valid). */
function editAt(records: MutableRecord[], issues: readonly FileFinding[], edit: (records: MutableRecord[], issue: FileFinding) => void): MutableRecord[] {
  const out = records.map((r) => ({ ...r }));
  const seen = new Set<number>();
  for (const issue of [...issues].sort((a, b) => b.recordIndex - a.recordIndex)) {
    if (seen.has(issue.recordIndex)) continue;
    seen.add(issue.recordIndex);
    edit(out, issue);
  }
  return out;
}

/** A 被保険者番号 no record carries. */
function freshInsured(records: readonly MutableRecord[]): string {
  const used = new Set(records.map((r) => r.insuredNumber));
  let n = 1;
  while (used.has(`99999${String(n).padStart(5, '0')}`)) n++;
  return `99999${String(n).padStart(5, '0')}`;
}

/**
 * A summary row written twice: the second one becomes an empty 訪問介護 line of the same user (the
 * file keeps its records and its users, so that its links to other files stay).
 */
const toEmptyLine = (out: MutableRecord[], issue: FileFinding) => {
  const r = out[issue.recordIndex]!;
  out[issue.recordIndex] = {
    ...r,
    ...NO_AMOUNTS,
    serviceCode: LINE_CODE,
    serviceOfficeCode: r.serviceOfficeCode === ALL9_OFFICE ? '1371200202' : (r.serviceOfficeCode ?? ''),
    units: '0',
    count: '0',
    unitAmount: '0',
    over30Days: '0',
  };
};

/** A file kit whose violation appends a small user of its own (fresh 被保険者番号) to the records. */
function appendUser(
  records: MutableRecord[],
  rows: (template: MutableRecord) => MutableRecord[],
  at: number,
  fieldKey: string,
): { records: MutableRecord[]; recordIndex: number; fieldKey: string } {
  const template: MutableRecord = {
    ...records[records.length - 1]!,
    insuredNumber: freshInsured(records),
    satelliteBranch: '',
    serviceOfficeCode: '1371200202',
  };
  const added = rows(template);
  return { records: [...records, ...added], recordIndex: records.length + at, fieldKey };
}
const grand = (t: MutableRecord, v: MutableRecord = {}): MutableRecord => ({ ...summaryRow(t, TOTAL_CODE, true), ...v });
/** Two 訪問介護 lines of the appended user. */
const line1 = (t: MutableRecord, units: number) => plainLine({ ...t, serviceCode: '111111' }, units, 1);
const line2 = (t: MutableRecord, units: number) => plainLine({ ...t, serviceCode: '111211' }, units, 1);

/** One entry per rule id. */
export const RULE_KIT: Readonly<Record<string, RuleKit>> = {
  // UPHOSOKU: 000000 month ⇔ a real plan date; a real month ⇔ plan date 00000000.
  linkedToOneUnit: record(
    (r) => {
      if (r.targetMonth === '000000' && r.planDate === '00000000') return { ...r, planDate: SOME_DATE };
      if (r.targetMonth !== '000000' && r.targetMonth !== '' && r.planDate !== '00000000') return { ...r, planDate: '00000000' };
      return r;
    },
    // The finding is on No.4 either way: the month (and the file name's month) tells the link.
    (r) =>
      r.targetMonth === '000000'
        ? { record: { ...r, planDate: '00000000' }, fieldKey: 'planDate' }
        : { record: { ...r, planDate: SOME_DATE }, fieldKey: 'planDate' },
  ),
  // 17/67 rental lines need a TAIS code or a notification code (an error when the line names a product).
  rentalNeedsTaisOrNotificationCode: record(
    (r) => ({ ...r, taisCode: '01234-567890' }),
    (r) => ({
      record: {
        ...r,
        serviceCode: '17' + (/^\d{4}$/.test(rest(r.serviceCode)) ? rest(r.serviceCode) : '1001'),
        taisCode: '',
        notificationCode: '',
        equipmentName: '車いす',
      },
      fieldKey: 'taisCode',
    }),
  ),
  // 明細判別コード only on 17 lines (on 67 a warning).
  detailCodeOnlyForRental: record(
    (r) => ({ ...r, detailCode: '' }),
    (r) => ({
      record: { ...r, serviceCode: /^(17|67)/.test(r.serviceCode ?? '') ? '11' + rest(r.serviceCode) : r.serviceCode!, detailCode: '01' },
      fieldKey: 'detailCode',
    }),
  ),
  // Start and end time: both 9999 or both HHMM.
  startAndEndTimeAgree: record(
    (r) => (r.startTime === '9999' ? { ...r, endTime: '9999' } : { ...r, endTime: r.startTime ?? '' }),
    (r) => ({ record: { ...r, startTime: '9999', endTime: '1200' }, fieldKey: 'endTime' }),
  ),
  // No lines of out-of-scope service types (33 特定施設 is one).
  serviceTypeInScope: record(
    (r) => ({ ...r, serviceCode: '11' + rest(r.serviceCode) }),
    (r) => ({ record: { ...r, serviceCode: '33' + rest(r.serviceCode) }, fieldKey: 'serviceCode' }),
  ),
  // The 999999 total line, and only it, has office code ALL9.
  totalRowOfficeCode: record(
    (r) => ({ ...r, serviceOfficeCode: r.serviceCode === TOTAL_CODE ? ALL9_OFFICE : '9999999990' }),
    (r) => ({ record: { ...r, serviceOfficeCode: r.serviceCode === TOTAL_CODE ? '1234567890' : ALL9_OFFICE }, fieldKey: 'serviceOfficeCode' }),
  ),
  // Subtotal/total lines: units 0, no discount.
  summaryRowFixedFields: record(
    (r) => ({ ...r, units: '0', discountRate: '', discountedUnits: '' }),
    // The 全合計 row stays one (a user without it would break another rule); other rows become a
    // subtotal whose amounts are empty, so that no sum changes.
    (r) =>
      r.serviceCode === TOTAL_CODE
        ? { record: { ...r, units: '1', discountRate: '', discountedUnits: '' }, fieldKey: 'units' }
        : { record: { ...r, ...NO_AMOUNTS, unitAmount: '', serviceCode: (r.serviceCode ?? '11').slice(0, 2) + 'AAAA', units: '1' }, fieldKey: 'units' },
  ),
  // 第6表: サービス利用日 in 対象年月.
  serviceDateInMonth: record(
    (r) => {
      if (!isYyyymm(r.targetMonth ?? '') || !isYyyymmdd(r.serviceDate ?? '')) return r;
      return { ...r, serviceDate: r.targetMonth! + pad(Math.min(numberAt(r.serviceDate!, 6, 8), lastDayOf(r.targetMonth!)), 2) };
    },
    (r) => {
      const month = isYyyymm(r.targetMonth ?? '') ? r.targetMonth! : '202601';
      return { record: { ...r, targetMonth: month, serviceDate: `${nextMonth(month)}01` }, fieldKey: 'serviceDate' };
    },
  ),
  // 第6表: 日割対象日 only on days the month has (a month of 31 days cannot be broken: the days are 31).
  proratedDaysInMonth: record(
    (r) => {
      const flags = r.proratedDays ?? '';
      if (flags.length !== 31 || !isYyyymm(r.targetMonth ?? '')) return r;
      const last = lastDayOf(r.targetMonth!);
      return { ...r, proratedDays: flags.slice(0, last) + '0'.repeat(31 - last) };
    },
    (r) => {
      const month = isYyyymm(r.targetMonth ?? '') ? r.targetMonth! : '202602';
      return { record: { ...r, targetMonth: month, proratedDays: '0'.repeat(30) + '1' }, fieldKey: 'proratedDays' };
    },
  ),
  // 利用者補足情報: slots in use complete, from slot 1 without gaps, 短期入所療養介護 as 22.
  typeLimitSlots: record(
    (r) => {
      const used = SLOTS.map((n) => slotKeys(n).map((k) => r[k] ?? '')).filter(([type, amount]) => type !== '' && amount !== '');
      const out: MutableRecord = { ...r };
      SLOTS.forEach((n, i) => {
        const values = used[i] ?? ['', '', '', ''];
        slotKeys(n).forEach((k, j) => (out[k] = j === 0 && (values[0] === '23' || values[0] === '2A') ? '22' : values[j]!));
      });
      return out;
    },
    (r) => ({
      record: { ...r, limitServiceType1: '', limitAmount1: '', limitTotalUnits1: '', limitExcessUnits1: '', limitServiceType2: '11', limitAmount2: '16765' },
      fieldKey: 'limitServiceType1',
    }),
  ),
  // 利用者基本情報: 相談方法 03 and 利用者の現況 02 need their detail.
  dependentFieldsFilled: record(
    (r) => ({
      ...r,
      ...(r.consultationMethod === '03' && r.consultationMethodOther === '' ? { consultationMethodOther: '自宅への訪問' } : {}),
      ...(r.userStatus === '02' && r.userStatusDetail === '' ? { userStatusDetail: '入院中' } : {}),
    }),
    (r) => ({ record: { ...r, consultationMethod: '03', consultationMethodOther: '' }, fieldKey: 'consultationMethodOther' }),
  ),
  // 第6表: 明細判別コード 1, 2, … per service code and units; a lone 2 breaks it.
  detailCodesNumbered: {
    scope: 'file',
    repair: (records) => records.map((r) => (isRentalServiceType(serviceTypeOf(r.serviceCode ?? '')) ? { ...r, detailCode: '' } : r)),
    violate(records) {
      const line = { ...records[0]!, serviceCode: '179999', units: '9999', taisCode: '01234-567890', detailCode: '2' };
      return { records: [...records, line], recordIndex: records.length, fieldKey: 'detailCode' };
    },
  },
  // 別表: every row its own 課題; a 支援計画NO 3 after 1 breaks the numbering.
  yoboSubNumbering: {
    scope: 'file',
    repair: numberEveryRow,
    violate(records) {
      const first = records[0]!;
      const line: MutableRecord = { ...first, supportPlanNo: '3', serviceNo: '1', ...Object.fromEntries(YOBO_ISSUE_ITEMS.map((k) => [k, ''])) };
      return { records: [...records, line], recordIndex: records.length, fieldKey: 'supportPlanNo' };
    },
  },
  // 別表: the 課題 and 支援計画 items only on the first row of each; a repeated 総合的課題 breaks it.
  yoboSubContinuationRows: {
    scope: 'file',
    repair(records, issues) {
      const out = records.map((r) => ({ ...r }));
      for (const { recordIndex, params } of issues) {
        const items = (params as { part?: string } | undefined)?.part === 'issue' ? YOBO_ISSUE_ITEMS : YOBO_SUPPORT_PLAN_ITEMS;
        for (const k of items) out[recordIndex]![k] = '';
      }
      return out;
    },
    violate(records) {
      const first = records[0]!;
      const line: MutableRecord = { ...first, overallIssue: '同じ課題', ...Object.fromEntries(YOBO_SUPPORT_PLAN_ITEMS.map((k) => [k, ''])) };
      return { records: [...records, line], recordIndex: records.length, fieldKey: 'overallIssue' };
    },
  },
  // 利用者基本情報: one 家族構成 image per record; the same name on a second record breaks it.
  familyImageNamesDistinct: {
    scope: 'file',
    repair(records, issues) {
      const out = records.map((r) => ({ ...r }));
      for (const { recordIndex } of issues) out[recordIndex]!.familyImageFileName = '';
      return out;
    },
    violate(records, name) {
      const parts = {
        senderOffice: '1371200101',
        senderServiceType: '46',
        receiverOffice: '1371200303',
        receiverServiceType: 'A2',
        timestamp: '20260420093000',
        ...name,
      };
      const image = buildFilename('UPKIHON_IMAGE', { ...parts, branch: '0001' } as FilenameParts);
      const first = { ...records[0]!, familyImageFileName: image };
      return { records: [first, ...records.slice(1), { ...first }], recordIndex: records.length, fieldKey: 'familyImageFileName' };
    },
  },
  // 第2表: (課題NO, 援助目標NO, 援助内容NO) unique per plan; a fresh 援助内容NO always separates two rows.
  planItemNumbersUnique: {
    scope: 'file',
    repair(records, issues) {
      const used = new Set(records.map((r) => Number(r.supportNo ?? '')));
      let next = 1;
      const out = records.map((r) => ({ ...r }));
      for (const { recordIndex } of issues) {
        while (used.has(next)) next++;
        used.add(next);
        out[recordIndex]!.supportNo = String(next);
      }
      return out;
    },
    violate(records) {
      const first = { ...records[0]!, issueNo: '99', goalNo: '99', supportNo: '99' };
      return { records: [first, ...records.slice(1), { ...first }], recordIndex: records.length, fieldKey: 'supportNo' };
    },
  },

  // 第7表 No.17 = units × count on a line.
  table7UnitAmount: record(
    (r) => {
      const factor = Number((r.discountedUnits ?? '') !== '' ? r.discountedUnits : r.units);
      const v = factor * Number(r.count);
      return { ...r, unitAmount: fits(v, 5) ? String(v) : '' };
    },
    (r) => ({ record: { ...plainLine(r, 2, 3), unitAmount: '7' }, fieldKey: 'unitAmount' }),
  ),
  // 割引後単位数 = units × rate, rounded half up.
  table7DiscountedUnits: record(
    (r) => {
      const found = checkRecordRule(table7DiscountedUnits, r as never)[0];
      const v = found?.params.expected;
      return { ...r, discountedUnits: v !== undefined && fits(v, 6) ? String(v) : '' };
    },
    (r) => ({ record: { ...plainLine(r, 100, 1), discountRate: '90', discountedUnits: '80', unitAmount: '80' }, fieldKey: 'discountedUnits' }),
  ),
  // Over + within = the units counted against a limit: the pair that disagrees is emptied.
  table7LimitSplit: record(
    (r) => {
      const out = { ...r };
      for (const f of checkRecordRule(table7LimitSplit, r as never))
        if (f.params.part === 'type') Object.assign(out, { typeLimitExcessUnits: '', typeLimitWithinUnits: '' });
        else Object.assign(out, { categoryLimitExcessUnits: '', categoryLimitWithinUnits: '' });
      return out;
    },
    (r) => ({
      record: { ...plainLine(r, 10, 1), benefitManagementUnits: '10', categoryLimitExcessUnits: '1', categoryLimitWithinUnits: '2' },
      fieldKey: 'categoryLimitWithinUnits',
    }),
  ),
  // 費用総額 = within × price; nothing insured beyond 30 days.
  table7TotalCost: record(
    (r) => {
      const [f] = checkRecordRule(table7TotalCost, r as never);
      if (!f) return r;
      return f.code === 'RECORD_TOTAL_COST_MISMATCH' ? { ...r, totalCost: '' } : { ...r, totalCost: '', insuranceClaim: '', userCopay: '' };
    },
    (r) => ({ record: { ...plainLine(r, 100, 1), categoryLimitWithinUnits: '100', unitPrice: '10.00', totalCost: '999' }, fieldKey: 'totalCost' }),
  ),
  // 利用者負担 = 費用総額 − 請求額.
  table7Copay: record(
    (r) => {
      const v = Number(r.totalCost) - Number(r.insuranceClaim);
      return { ...r, userCopay: fits(v, 6) ? String(v) : '' };
    },
    (r) => ({ record: { ...plainLine(r, 1, 1), totalCost: '100', insuranceClaim: '90', userCopay: '11' }, fieldKey: 'userCopay' }),
  ),
  // 全額負担 = over × price: without a price nothing is judged.
  table7FullCost: record(
    (r) => ({ ...r, unitPrice: '' }),
    (r) => ({ record: { ...plainLine(r, 10, 1), over30Days: '1', unitPrice: '10.00', userFullCost: '1' }, fieldKey: 'userFullCost' }),
  ),
  // 単位数単価 10.00–11.40 (of the type's column); 給付率 0–100.
  table7PriceAndRate: record(
    (r) => {
      const out = { ...r };
      for (const f of checkRecordRule(table7PriceAndRate, r as never)) out[f.fieldKey!] = '';
      return out;
    },
    (r) => ({ record: { ...plainLine(r, 1, 1), unitPrice: '9.80', totalCost: '9' }, fieldKey: 'unitPrice' }),
  ),
  // 請求額 = 費用総額 × 給付率 (not for 定額 groups).
  table7Claim: {
    scope: 'file',
    repair: emptyFound,
    violate: (records) =>
      appendUser(
        records,
        (t) => [
          {
            ...line1(t, 100),
            benefitManagementUnits: '100',
            categoryLimitWithinUnits: '100',
            unitPrice: '10.00',
            totalCost: '1000',
            benefitRate: '90',
            insuranceClaim: '901',
            userCopay: '99',
          },
          grand(t),
        ],
        0,
        'insuranceClaim',
      ),
  },
  // Subtotals are the sums of their lines.
  table7Subtotals: {
    scope: 'file',
    repair: emptyFound,
    violate: (records) =>
      appendUser(records, (t) => [line1(t, 10), line2(t, 20), { ...summaryRow(t, '11AAAA', false), unitAmount: '31' }, grand(t)], 2, 'unitAmount'),
  },
  // A type with several lines has its AAAA; no subtotal twice.
  table7SubtotalRows: {
    scope: 'file',
    repair: (records, issues) =>
      editAt(records, issues, (out, issue) => {
        if (issue.code === 'FILE_SUBTOTAL_DUPLICATE') toEmptyLine(out, issue);
        else out.splice(issue.recordIndex + 1, 0, summaryRow(out[issue.recordIndex]!, `${(out[issue.recordIndex]!.serviceCode ?? '').slice(0, 2)}AAAA`, false));
      }),
    violate: (records) => appendUser(records, (t) => [line1(t, 10), line2(t, 20), grand(t)], 1, 'serviceCode'),
  },
  // One 999999 per user.
  table7GrandTotalRow: {
    scope: 'file',
    repair: (records, issues) =>
      editAt(records, issues, (out, issue) => {
        if (issue.code === 'FILE_GRAND_TOTAL_DUPLICATE') toEmptyLine(out, issue);
        else out.splice(issue.recordIndex + 1, 0, summaryRow(out[issue.recordIndex]!, TOTAL_CODE, true));
      }),
    violate: (records) => appendUser(records, (t) => [line1(t, 10)], 0, 'serviceCode'),
  },
  // The 999999 amounts are the sums of the accounting rows.
  table7GrandTotal: {
    scope: 'file',
    repair: emptyFound,
    violate: (records) => appendUser(records, (t) => [line1(t, 10), grand(t, { totalCost: '5' })], 1, 'totalCost'),
  },
  // Lines outside the category limit are costed (on an EEEE row here).
  table7OutsideLimitCosted: {
    scope: 'file',
    repair: (records, issues) =>
      editAt(records, issues, (out, issue) => {
        const line = out[issue.recordIndex]!;
        out.splice(issue.recordIndex + 1, 0, summaryRow(line, `${(line.serviceCode ?? '').slice(0, 2)}EEEE`, false));
      }),
    violate: (records) =>
      appendUser(
        records,
        (t) => [
          { ...line1(t, 10), benefitManagementUnits: '10' },
          plainLine({ ...t, serviceCode: '116275' }, 3, 1),
          {
            ...summaryRow(t, '11AAAA', false),
            unitAmount: '10',
            benefitManagementUnits: '10',
            categoryLimitWithinUnits: '10',
            unitPrice: '10.00',
            totalCost: '100',
          },
          grand(t),
        ],
        1,
        'totalCost',
      ),
  },
  // A user's rows come together: repaired by gathering each user's rows where the user first
  // appears; broken by moving the first user's last row after a user appended behind it.
  table7UserRowsTogether: {
    scope: 'file',
    repair: (records) => {
      const byUser = new Map<string, MutableRecord[]>();
      for (const r of records) {
        const key = `${r.insurerNumber ?? ''}\u0000${r.insuredNumber ?? ''}`;
        const rows = byUser.get(key);
        if (rows) rows.push({ ...r });
        else byUser.set(key, [{ ...r }]);
      }
      return [...byUser.values()].flat();
    },
    violate: (records) => {
      const appended = appendUser(records, (t) => [line1(t, 10), grand(t)], 0, 'insuredNumber').records;
      const firstUser = (r: MutableRecord) => r.insurerNumber === records[0]!.insurerNumber && r.insuredNumber === records[0]!.insuredNumber;
      let last = appended.length - 1;
      while (last > 0 && !firstUser(appended[last]!)) last--;
      const out = [...appended.slice(0, last), ...appended.slice(last + 1), appended[last]!];
      return { records: out, recordIndex: out.length - 1, fieldKey: 'insuredNumber' };
    },
  },
  // 利用者補足情報 No.19 not below the national limit of the care level.
  benefitLimitAgainstTable: record(
    (r) => (checkRecordRule(benefitLimitAgainstTable, r as never).length > 0 ? { ...r, benefitLimit: '' } : r),
    (r) => ({ record: { ...r, careLevel: '23', benefitLimit: '1000', limitStartDate: '20250401' }, fieldKey: 'benefitLimit' }),
  ),
  // Type-limit slots: over = max(0, total − limit); No.56 their sum.
  typeLimitSlotArithmetic: record(
    (r) => {
      const out = { ...r };
      for (const f of checkRecordRule(typeLimitSlotArithmetic, r as never)) out[f.params.slot === 0 ? 'totalExcessUnits' : `limitAmount${f.params.slot}`] = '';
      return out;
    },
    (r) => ({
      record: { ...r, limitServiceType1: '15', limitAmount1: '100', limitTotalUnits1: '150', limitExcessUnits1: '40', totalExcessUnits: '' },
      fieldKey: 'limitExcessUnits1',
    }),
  ),
};

function kitFor(id: string, scope: RuleKit['scope']): RuleKit {
  const kit = RULE_KIT[id];
  if (!kit) throw new Error(`careplan-csv/testing: no repair for rule "${id}"; add one to src/testing/repairs.ts`);
  if (kit.scope !== scope) throw new Error(`careplan-csv/testing: the kit of rule "${id}" is for ${kit.scope} rules, not ${scope} rules`);
  return kit;
}

const MAX_ROUNDS = 8;

/**
 * Applies the repair of every failing record rule until all pass (rules may interact).
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { repairRecord } from 'careplan-csv/testing';
 *
 * declare const rec: Record<string, string>;
 * const fixed = repairRecord(getKind('UPJSK'), rec); // every record rule holds again
 * ```
 */
export function repairRecord(table: TableSpec, input: MutableRecord, except?: RecordRule): MutableRecord {
  let r = input;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const failing = table.recordRules.filter((rule) => rule !== except && checkRecordRule(rule, r).length > 0);
    if (failing.length === 0) return r;
    for (const rule of failing) r = (kitFor(rule.id, 'record') as RecordRuleKit).repair(r);
  }
  throw new Error(`careplan-csv/testing: the repairs of ${table.id} did not converge`);
}

/**
 * Repairs every record, then every failing file rule, until all rules pass.
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { repairRecords } from 'careplan-csv/testing';
 *
 * declare const recs: Record<string, string>[];
 * const fixed = repairRecords(getKind('UP2KYO'), recs); // file rules too (no duplicate plan items …)
 * ```
 */
export function repairRecords(table: TableSpec, input: readonly MutableRecord[], except?: FileRule): MutableRecord[] {
  let records = input.map((r) => repairRecord(table, r));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let clean = true;
    for (const rule of table.fileRules) {
      if (rule === except) continue;
      const issues = runFileRule(rule, records);
      if (issues.length === 0) continue;
      clean = false;
      records = (kitFor(rule.id, 'file') as FileRuleKit).repair(records, issues).map((r) => repairRecord(table, r));
    }
    if (clean) return records;
  }
  throw new Error(`careplan-csv/testing: the file repairs of ${table.id} did not converge`);
}

/**
 * Every rule issue the table's record and file rules raise on these records.
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { ruleIssues } from 'careplan-csv/testing';
 *
 * declare const recs: Record<string, string>[];
 * ruleIssues(getKind('UPJSK'), recs); // [{ ruleId, code, recordIndex, fieldKey }]
 * ```
 */
export function ruleIssues(
  table: TableSpec,
  records: readonly MutableRecord[],
): { ruleId: string; code: string; recordIndex: number; fieldKey?: string | undefined }[] {
  const out: { ruleId: string; code: string; recordIndex: number; fieldKey?: string | undefined }[] = [];
  records.forEach((r, i) => {
    for (const rule of table.recordRules)
      for (const p of checkRecordRule(rule, r)) out.push({ ruleId: rule.id, code: p.code, recordIndex: i, fieldKey: p.fieldKey });
  });
  for (const rule of table.fileRules)
    for (const p of runFileRule(rule, records)) out.push({ ruleId: rule.id, code: p.code, recordIndex: p.recordIndex, fieldKey: p.fieldKey });
  return out;
}
