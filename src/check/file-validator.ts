/**
 * Record and file validation of decoded values, shared by parseFile, parseStream (reading) and
 * stringifyFile (writing): field checks, the table's record rules and file rules, CSV version and
 * month rules. Incremental: records are fed one by one, so a stream needs no more memory than
 * the rules' own state.
 */
import type { IssueSink } from '../core/issue.js';
import type { KindId, NameLink, RecordValues, TableSpec } from '../spec/kind.js';
import type { FileFinding, FileRuleChecker, RuleContext } from '../spec/rule.js';
import { fieldCheck, type FieldCheck } from './field.js';
import type { FormatProblem } from '../spec/format.js';
import { CSV_VERSIONS, CURRENT_CSV_VERSION, csvVersionsFor, isKnownCsvVersion } from '../spec/editions/index.js';
import { isYyyymm } from '../spec/formats/index.js';
import { isImageFileName } from '../spec/formats/identifiers.js';
import { isSummaryServiceCode } from '../spec/service-codes.js';
import { parseFilename, type ParsedFilename } from '../filenames/parse.js';
import { shapeOf } from '../core/shape.js';
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
  /** The parsed file name, when the file has a standard one (its parties are checked against the content). */
  readonly filename?: ParsedFilename | null | undefined;
}

/** The parts of a 家族構成 image name that must equal the UPKIHON file's own (No.62 ■命名規則). */
const IMAGE_NAME_PARTS = ['senderOffice', 'senderServiceType', 'receiverOffice', 'receiverServiceType', 'timestamp'] as const;
const REQUIRED_DOUBTFUL: FormatProblem = { code: 'FIELD_REQUIRED_DOUBTFUL' };

const MAX_LISTED = 5;

/** Longest value copied into an issue (reportValues): a hostile field must not make the report huge. */
export const MAX_REPORTED_VALUE = 200;
export const reportedValue = (v: string) => (v.length > MAX_REPORTED_VALUE ? `${v.slice(0, MAX_REPORTED_VALUE)}…(${v.length})` : v);

/**
 * A CSVバージョン as an issue param: the version itself when it is one of the spec's (an edition's
 * version is no personal data), else only the shape of the value (`digit:10`): a shifted file puts
 * anything into field 1.
 */
export const versionParam = (v: string): string => (isKnownCsvVersion(v) ? v : shapeOf(v));

/** A name link applies when the name has the party's service type in its list, or no types (v3). */
function linkApplies(link: NameLink, name: ParsedFilename): boolean {
  if (!link.whenServiceType) return true;
  const type = link.party === 'sender' ? name.senderServiceType : name.receiverServiceType;
  return type === undefined || link.whenServiceType.includes(type);
}

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
  /** With reportValues only: the first months that differ from the first record's. */
  private readonly months = new Set<string>();
  /** Records whose month differs from the first record's. */
  private otherMonths = 0;
  private mixedMonthsAt: RecordLocation | undefined;
  private monthMismatchReported = false;
  private readonly context: RuleContext;
  /** Per field: an empty value on a 第7表 summary row is only doubtful (FieldSpec.summaryRowDoubt). */
  private readonly summaryDoubt: readonly boolean[];
  /** The field that carries the service month, for the CSV version check (undefined once checked). */
  private versionMonthKey: string | undefined;
  /** Name links still to check (each reported once per file). */
  private nameLinks: NameLink[];
  private readonly imageFields: readonly string[];

  constructor(
    private readonly table: TableSpec,
    private readonly sink: IssueSink,
    private readonly options: ValidateRecordsOptions,
  ) {
    this.context = { nameMonth: options.nameMonth };
    this.fileChecks = table.fileRules.map((r) => r.start(this.context));
    this.checks = table.fields.map(fieldCheck);
    this.summaryDoubt = table.fields.map((f) => f.summaryRowDoubt !== undefined);
    this.versionMonthKey = table.singleMonthField ?? (table.monthInName.kind === 'provide' ? table.monthInName.fieldKey : undefined);
    const name = options.filename;
    // The content is compared with the name's parties only when the name is sound: a broken name
    // (an error, or a sender that is its receiver, both reported already) names nobody.
    const sound = name?.ok === true && name.senderOffice !== undefined && name.receiverOffice !== undefined && name.senderOffice !== name.receiverOffice;
    this.nameLinks = sound ? (table.nameLinks ?? []).filter((l) => linkApplies(l, name)) : [];
    this.imageFields = sound && name.timestamp !== undefined ? table.fields.filter((f) => f.format === 'imageFileName').map((f) => f.key) : [];
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

  private checkOf(key: string): FieldCheck {
    return this.checks[this.keys.indexOf(key)] ?? (() => null);
  }

  /** `{ value }` with reportValues, else nothing. */
  private value(v: string): { value?: string } {
    return this.options.reportValues ? { value: reportedValue(v) } : {};
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
          // 第7表 Nos.16/33: empty on a 種類別小計/全合計 row is a doubt, not an error.
          if (problem.code === 'FIELD_REQUIRED' && this.summaryDoubt[f] && isSummaryServiceCode(r.serviceCode ?? '')) problem = REQUIRED_DOUBTFUL;
          sink.report(
            problem,
            { file: options.file, kind: options.kind, record: recordNo, line, fieldNo: spec.no, fieldKey: spec.key },
            options.reportValues ? { value: reportedValue(value) } : undefined,
          );
        }
      }
      for (const rule of table.recordRules) for (const p of rule.check(r, this.context)) sink.report(p, this.atRecord(recordNo, line, p.fieldKey));
    }
    for (const checker of this.fileChecks) this.reportFileFindings(checker.add(r, index), { record: recordNo, line });
    const version = FileValidator.valueAt(r, this.keys, this.versionAt, values);
    if (version !== this.lastVersion) this.trackVersion(version, recordNo, line);
    this.trackMonth(r, recordNo, line, values);
    if (this.versionMonthKey !== undefined) this.checkVersionMonth(r, recordNo, line);
    if (this.nameLinks.length > 0) this.checkNameLinks(r, recordNo, line);
    for (const key of this.imageFields) this.checkImageName(r[key] ?? '', key, recordNo, line);
  }

  /**
   * The CSV version applies from a service month on (【CSVバージョン履歴】 適用開始年月): checked once,
   * on the first record with a real service month (UPHOSOKU linked to 1〜3表 has none).
   */
  private checkVersionMonth(r: RecordValues, recordNo: number, line: number | undefined): void {
    const month = r[this.versionMonthKey!] ?? '';
    if (!isYyyymm(month)) return;
    this.versionMonthKey = undefined;
    const version = r.csvVersion ?? '';
    if (!isKnownCsvVersion(version)) return;
    const expected = csvVersionsFor(month);
    if (expected.length === 0 || expected.includes(version)) return;
    const at = this.atRecord(recordNo, line, 'csvVersion');
    this.sink.add('FILE_CSV_VERSION_MONTH_MISMATCH', at, { version, month, expected: expected.join('/') });
  }

  /** 第6表 Nos.6/24 against the parties of the file name: the first record that differs, once per link. */
  private checkNameLinks(r: RecordValues, recordNo: number, line: number | undefined): void {
    const name = this.options.filename!;
    for (let i = 0; i < this.nameLinks.length;) {
      const link = this.nameLinks[i]!;
      const value = r[link.fieldKey] ?? '';
      const office = link.party === 'sender' ? name.senderOffice : name.receiverOffice;
      // A value that is no office number is the field check's to report.
      if (value === '' || value === office || this.checkOf(link.fieldKey)(value) !== null) {
        i++;
        continue;
      }
      const at = this.atRecord(recordNo, line, link.fieldKey);
      const values = this.options.reportValues ? { value: reportedValue(value) } : undefined;
      if (link.code === 'FILE_PLAN_OFFICE_NAME_MISMATCH') this.sink.report({ code: link.code, params: { role: link.party } }, at, values);
      else this.sink.report({ code: link.code }, at, values);
      this.nameLinks.splice(i, 1);
    }
  }

  /** A 家族構成 image name carries the same parties and ファイル連番 as this UPKIHON file (No.62). */
  private checkImageName(value: string, key: string, recordNo: number, line: number | undefined): void {
    if (value === '' || !isImageFileName(value)) return;
    const image = parseFilename(value);
    const own = this.options.filename!;
    const segment = IMAGE_NAME_PARTS.find((p) => image[p] !== own[p]);
    if (segment === undefined) return;
    this.sink.report(
      { code: 'FILE_IMAGE_NAME_SEGMENTS', params: { segment } },
      this.atRecord(recordNo, line, key),
      this.options.reportValues ? { value: reportedValue(value) } : undefined,
    );
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
      if (!isKnownCsvVersion(v))
        this.sink.add('FILE_UNKNOWN_CSV_VERSION', this.at(location, 'csvVersion'), { shape: shapeOf(v), current: CURRENT_CSV_VERSION, ...this.value(v) });
      else if (v !== CURRENT_CSV_VERSION)
        this.sink.add('FILE_OLDER_CSV_VERSION', this.at(location, 'csvVersion'), {
          version: v,
          edition: CSV_VERSIONS[v]!.edition,
          current: CURRENT_CSV_VERSION,
        });
      return;
    }
    this.versions.add(v);
    if (this.versions.size === 2) {
      const first = this.firstVersion;
      const values = this.options.reportValues ? { values: `${reportedValue(first)}, ${reportedValue(v)}` } : {};
      this.sink.add('FILE_MIXED_CSV_VERSIONS', this.at(location, 'csvVersion'), { first: versionParam(first), found: versionParam(v), ...values });
    }
  }

  /** One service month per file; the month of the name equals every record's. */
  private trackMonth(r: RecordValues, recordNo: number, line: number | undefined, values: readonly string[] | undefined): void {
    const key = this.table.singleMonthField;
    if (key) {
      const m = FileValidator.valueAt(r, this.keys, this.monthAt, values);
      if (this.firstMonth === undefined) this.firstMonth = m;
      if (m !== this.firstMonth) {
        this.otherMonths++;
        if (this.options.reportValues && this.months.size < MAX_LISTED) this.months.add(m);
        if (!this.mixedMonthsAt) this.mixedMonthsAt = { record: recordNo, line };
      }
    }
    const nameMonth = this.options.nameMonth;
    if (nameMonth === undefined || this.table.monthInName.kind === 'none' || this.monthMismatchReported) return;
    const monthKey = this.table.monthInName.fieldKey;
    const recordMonth = FileValidator.valueAt(r, this.keys, this.nameMonthAt, values);
    if (recordMonth !== nameMonth) {
      this.monthMismatchReported = true;
      this.sink.add('FILE_MONTH_MISMATCH', this.atRecord(recordNo, line, monthKey), { nameMonth, shape: shapeOf(recordMonth), ...this.value(recordMonth) });
    }
  }

  private reportFileFindings(findings: readonly FileFinding[], current: RecordLocation): void {
    for (const p of findings) this.sink.report(p, this.at(this.location(p.recordIndex) ?? current, p.fieldKey));
  }

  finish(): void {
    for (const checker of this.fileChecks)
      if (checker.finish) this.reportFileFindings(checker.finish(), this.location(this.recordNos.length - 1) ?? { record: 0 });
    const key = this.table.singleMonthField;
    if (key && this.mixedMonthsAt) {
      const values = this.options.reportValues ? { values: [this.firstMonth ?? '', ...this.months].map(reportedValue).join(', ') } : {};
      this.sink.add('FILE_MIXED_MONTHS', this.at(this.mixedMonthsAt, key), { count: this.otherMonths, ...values });
    }
  }
}
