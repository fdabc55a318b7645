/**
 * Record and file validation of decoded values, shared by parseFile, parseStream (reading) and
 * stringifyFile (writing): field checks, the table's record rules and file rules, CSV version and
 * month rules. Incremental: records are fed one by one, so a stream needs no more memory than
 * the rules' own state.
 */
import type { IssueSink } from '../core/issue.js';
import type { KindId, RecordValues, TableSpec } from '../spec/kind.js';
import type { FileFinding, FileRuleChecker } from '../spec/rule.js';
import { fieldCheck, type FieldCheck } from './field.js';
import type { FormatProblem } from '../spec/format.js';
import { CSV_VERSIONS, CURRENT_CSV_VERSION, isKnownCsvVersion } from '../spec/editions/index.js';
import { slotVerdicts, type SlotVerdicts } from '../csv/scan-bytes.js';

export interface RecordLocation {
  /** 1-based data record number. */
  readonly record: number;
  /** 1-based physical line (absent when validating objects before writing). */
  readonly line?: number | undefined;
}

export interface ValidateRecordsOptions {
  readonly file?: string | undefined;
  readonly kind: KindId;
  /** Copy the offending value into issues (personal data!). */
  readonly reportValues?: boolean | undefined;
  /** The YYYYMM of the file name, when known. */
  readonly nameMonth?: string | undefined;
}

const MAX_LISTED = 5;

/** Longest value copied into an issue (reportValues): a hostile field must not make the report huge. */
export const MAX_REPORTED_VALUE = 200;
const reportedValue = (v: string) => (v.length > MAX_REPORTED_VALUE ? `${v.slice(0, MAX_REPORTED_VALUE)}…(${v.length})` : v);

export class FileValidator {
  private readonly fileChecks: FileRuleChecker[];
  /** Where each record is (file rules point at records by index): numbers, no object per record. */
  private readonly recordNos: number[] = [];
  private readonly recordLines: (number | undefined)[] = [];
  private readonly fieldNo: (key: string | undefined) => number | undefined;
  private readonly checks: readonly FieldCheck[];
  private readonly keys: readonly string[];
  private readonly lastValue: (string | undefined)[] = [];
  private readonly lastProblem: (FormatProblem | null)[] = [];
  /** The byte scanner's verdicts next to its values (see add), for the slots buffer last seen. */
  private slotsSeen: Int32Array | undefined;
  private verdicts: SlotVerdicts | undefined;
  private index = 0;
  private firstVersion: string | undefined;
  private readonly versions = new Set<string>();
  /** The previous record's version (its check is done). */
  private lastVersion: string | undefined;
  /** Positions of the CSVバージョン, the file's month, and the month the name must equal (−1: none). */
  private readonly versionAt: number;
  private readonly monthAt: number;
  private readonly nameMonthAt: number;
  private firstMonth: string | undefined;
  private readonly months = new Set<string>();
  private mixedMonthsAt: RecordLocation | undefined;
  private monthMismatchReported = false;

  constructor(
    private readonly table: TableSpec,
    private readonly sink: IssueSink,
    private readonly options: ValidateRecordsOptions,
  ) {
    this.fileChecks = table.fileRules.map((r) => r.start());
    this.checks = table.fields.map(fieldCheck);
    this.keys = table.fields.map((f) => f.key);
    const numbers = new Map(table.fields.map((f) => [f.key, f.no]));
    this.fieldNo = (key) => (key === undefined ? undefined : numbers.get(key));
    this.versionAt = this.keys.indexOf('csvVersion');
    this.monthAt = table.singleMonthField ? this.keys.indexOf(table.singleMonthField) : -1;
    this.nameMonthAt = table.monthInName.kind === 'none' ? -1 : this.keys.indexOf(table.monthInName.fieldKey);
  }

  /** The value of field `at` (a position, −1: none) of a record, from its row when there is one. */
  private static valueAt(r: RecordValues, keys: readonly string[], at: number, values: readonly string[] | undefined): string {
    if (at < 0) return '';
    return values ? values[at]! : (r[keys[at]!] ?? '');
  }

  private location(index: number): RecordLocation | undefined {
    return index >= 0 && index < this.recordNos.length ? { record: this.recordNos[index]!, line: this.recordLines[index] } : undefined;
  }

  private at(location: RecordLocation, fieldKey?: string) {
    return { file: this.options.file, kind: this.options.kind, record: location.record, line: location.line, fieldNo: this.fieldNo(fieldKey), fieldKey };
  }

  private atRecord(record: number, line: number | undefined, fieldKey?: string) {
    return this.at({ record, line }, fieldKey);
  }

  /**
   * Checks one record. `values`, when given, holds the same values by position (the reader's
   * row): reading an array by index is much faster than looking up keys by name. `slots`, when
   * the byte scanner read the row, holds its value cache's slot number of each value (−1 when
   * empty): a field check leaves its verdict next to the value in the scanner's cache
   * (SlotVerdicts), so each distinct value of a field is checked about once per file, however far
   * apart its records are; a 10 MB send has 1.8 million fields but under 30,000 distinct values.
   */
  add(r: RecordValues, recordNo: number, line?: number, values?: readonly string[], slots?: Int32Array): void {
    const { sink, table, options } = this;
    const index = this.index++;
    if (this.fileChecks.length > 0) {
      this.recordNos.push(recordNo);
      this.recordLines.push(line);
    }
    {
      // Checked even when the sink is full, so that the summary counts what was left out.
      // Consecutive records repeat most values (one user's rows): the last value of each field
      // and its result are remembered, so a repeated value is not checked again.
      // Then the verdicts next to the values in the byte scanner's cache, for values met before.
      const { checks, keys, lastValue, lastProblem } = this;
      if (slots !== this.slotsSeen) {
        this.slotsSeen = slots;
        this.verdicts = slots ? slotVerdicts(slots) : undefined;
      }
      const sv = values ? this.verdicts : undefined;
      for (let f = 0; f < checks.length; f++) {
        const value = values ? values[f]! : (r[keys[f]!] ?? '');
        let problem: FormatProblem | null;
        if (value === lastValue[f]) problem = lastProblem[f]!;
        else {
          const check = checks[f]!;
          const slot = sv ? slots![f]! : -1;
          if (slot < 0) problem = check(value);
          else if (sv!.keys[slot] === check && sv!.values[slot] === value) problem = sv!.verdicts[slot] as FormatProblem | null;
          else {
            problem = check(value);
            // Kept only while the slot holds this value (another field of the row may have taken it).
            if (sv!.values[slot] === value) {
              sv!.keys[slot] = check;
              sv!.verdicts[slot] = problem;
            }
          }
          lastValue[f] = value;
          lastProblem[f] = problem;
        }
        if (problem) {
          const spec = table.fields[f]!;
          sink.report(problem, { file: options.file, kind: options.kind, record: recordNo, line, fieldNo: spec.no, fieldKey: spec.key }, options.reportValues ? { value: reportedValue(value) } : undefined);
        }
      }
      for (const rule of table.recordRules) for (const p of rule.check(r)) sink.report(p, this.atRecord(recordNo, line, p.fieldKey));
    }
    for (const checker of this.fileChecks) this.reportFileFindings(checker.add(r, index), { record: recordNo, line });
    const version = FileValidator.valueAt(r, this.keys, this.versionAt, values);
    if (version !== this.lastVersion) this.trackVersion(version, recordNo, line);
    this.trackMonth(r, recordNo, line, values);
  }

  /** One CSV version per file. */
  private trackVersion(v: string, recordNo: number, line: number | undefined): void {
    this.lastVersion = v;
    if (this.firstVersion !== undefined && this.versions.has(v)) return;
    const location = { record: recordNo, line };
    if (this.firstVersion === undefined) {
      this.firstVersion = v;
      this.versions.add(v);
      if (v === '') return;
      if (!isKnownCsvVersion(v)) this.sink.add('FILE_UNKNOWN_CSV_VERSION', this.at(location, 'csvVersion'), { version: v, current: CURRENT_CSV_VERSION });
      else if (v !== CURRENT_CSV_VERSION) this.sink.add('FILE_OLDER_CSV_VERSION', this.at(location, 'csvVersion'), { version: v, edition: CSV_VERSIONS[v]!.edition, current: CURRENT_CSV_VERSION });
      return;
    }
    this.versions.add(v);
    if (this.versions.size === 2) this.sink.add('FILE_MIXED_CSV_VERSIONS', this.at(location, 'csvVersion'), { versions: [...this.versions].join(', ') });
  }

  /** One service month per file; the month of the name equals every record's. */
  private trackMonth(r: RecordValues, recordNo: number, line: number | undefined, values: readonly string[] | undefined): void {
    const key = this.table.singleMonthField;
    if (key) {
      const m = FileValidator.valueAt(r, this.keys, this.monthAt, values);
      if (this.firstMonth === undefined) this.firstMonth = m;
      if (m !== this.firstMonth) {
        if (this.months.size < MAX_LISTED) this.months.add(m);
        if (!this.mixedMonthsAt) this.mixedMonthsAt = { record: recordNo, line };
      }
    }
    const nameMonth = this.options.nameMonth;
    if (nameMonth === undefined || this.table.monthInName.kind === 'none' || this.monthMismatchReported) return;
    const monthKey = this.table.monthInName.fieldKey;
    const recordMonth = FileValidator.valueAt(r, this.keys, this.nameMonthAt, values);
    if (recordMonth !== nameMonth) {
      this.monthMismatchReported = true;
      this.sink.add('FILE_MONTH_MISMATCH', this.atRecord(recordNo, line, monthKey), { nameMonth, recordMonth });
    }
  }

  private reportFileFindings(findings: readonly FileFinding[], current: RecordLocation): void {
    for (const p of findings) this.sink.report(p, this.at(this.location(p.recordIndex) ?? current, p.fieldKey));
  }

  finish(): void {
    for (const checker of this.fileChecks) if (checker.finish) this.reportFileFindings(checker.finish(), this.location(this.recordNos.length - 1) ?? { record: 0 });
    const key = this.table.singleMonthField;
    if (key && this.mixedMonthsAt) this.sink.add('FILE_MIXED_MONTHS', this.at(this.mixedMonthsAt, key), { months: [this.firstMonth, ...this.months].join(', ') });
  }
}
