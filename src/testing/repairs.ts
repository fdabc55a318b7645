/**
 * Record and file rules are opaque functions, so generated records are made to satisfy them by ONE
 * small repair per rule id (and broken on purpose by one small `violate`). A test asserts that
 * every rule id of every table has an entry here, so a new rule cannot be forgotten.
 */
import type { TableSpec } from '../spec/kind.js';
import { runFileRule, type FileFinding, type FileRule, type RecordRule } from '../spec/rule.js';

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
  /** Needs at least one record. `recordIndex` is 0-based. */
  violate(records: MutableRecord[]): { records: MutableRecord[]; recordIndex: number; fieldKey: string };
}

export type RuleKit = RecordRuleKit | FileRuleKit;

/** A fixed real date used where a repair needs one. */
const SOME_DATE = '20240401';
const ALL9_OFFICE = '9999999999';
const TOTAL_CODE = '999999';

const rest = (code: string | undefined) => (code && code.length === 6 ? code.slice(2) : '1001');

const record = (repair: RecordRuleKit['repair'], violate: RecordRuleKit['violate']): RecordRuleKit => ({ scope: 'record', repair, violate });

/** One entry per rule id. */
export const RULE_KIT: Readonly<Record<string, RuleKit>> = {
  // UPHOSOKU: 000000 month ⇔ a real plan date; a real month ⇔ plan date 00000000.
  linkedToOneUnit: record(
    (r) => {
      if (r.targetMonth === '000000' && r.planDate === '00000000') return { ...r, planDate: SOME_DATE };
      if (r.targetMonth !== '000000' && r.targetMonth !== '' && r.planDate !== '00000000') return { ...r, planDate: '00000000' };
      return r;
    },
    (r) =>
      r.targetMonth === '000000'
        ? { record: { ...r, planDate: '00000000' }, fieldKey: 'planDate' }
        : { record: { ...r, planDate: SOME_DATE }, fieldKey: 'targetMonth' },
  ),
  // 17/67 rental lines need a TAIS code or a notification code.
  rentalNeedsTaisOrNotificationCode: record(
    (r) => ({ ...r, taisCode: '01234-567890' }),
    (r) => ({ record: { ...r, serviceCode: '17' + (/^\d{4}$/.test(rest(r.serviceCode)) ? rest(r.serviceCode) : '1001'), taisCode: '', notificationCode: '' }, fieldKey: 'taisCode' }),
  ),
  // 明細判別コード only on 17 lines.
  detailCodeOnlyForRental: record(
    (r) => ({ ...r, detailCode: '' }),
    (r) => ({ record: { ...r, serviceCode: (r.serviceCode ?? '').startsWith('17') ? '11' + rest(r.serviceCode) : r.serviceCode!, detailCode: '01' }, fieldKey: 'detailCode' }),
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
    (r) => ({ record: { ...r, serviceCode: (r.serviceCode ?? '11').slice(0, 2) + 'AAAA', units: '1' }, fieldKey: 'units' }),
  ),
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
    const failing = table.recordRules.filter((rule) => rule !== except && rule.check(r).length > 0);
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
export function ruleIssues(table: TableSpec, records: readonly MutableRecord[]): { ruleId: string; code: string; recordIndex: number; fieldKey?: string | undefined }[] {
  const out: { ruleId: string; code: string; recordIndex: number; fieldKey?: string | undefined }[] = [];
  records.forEach((r, i) => {
    for (const rule of table.recordRules) for (const p of rule.check(r)) out.push({ ruleId: rule.id, code: p.code, recordIndex: i, fieldKey: p.fieldKey });
  });
  for (const rule of table.fileRules) for (const p of runFileRule(rule, records)) out.push({ ruleId: rule.id, code: p.code, recordIndex: p.recordIndex, fieldKey: p.fieldKey });
  return out;
}
