/**
 * Record and file validation of decoded values, shared by parseFile (reading) and stringifyFile
 * (writing): field checks, the table's record rules and file rules, CSV version and month rules.
 */
import type { IssueSink } from '../core/issue.js';
import type { KindId, RecordValues, TableSpec } from '../core/table.js';
import { checkFieldValue } from './field.js';
import { CSV_VERSIONS, CURRENT_CSV_VERSION, isKnownCsvVersion } from '../tables/versions.js';

export interface RecordLocation {
  /** 1-based data record number. */
  readonly record: number;
  /** 1-based physical line (absent when validating objects before writing). */
  readonly line?: number;
}

export interface ValidateRecordsOptions {
  readonly file?: string;
  readonly kind: KindId;
  /** Copy the offending value into issues (personal data!). */
  readonly reportValues?: boolean;
  /** The YYYYMM of the file name, when known. */
  readonly nameMonth?: string;
}

const fieldNoOf = (table: TableSpec, key: string | undefined) => (key === undefined ? undefined : table.fields.find((f) => f.key === key)?.no);

export function validateRecords(
  table: TableSpec,
  records: readonly RecordValues[],
  locations: readonly RecordLocation[],
  sink: IssueSink,
  options: ValidateRecordsOptions,
): void {
  const { file, kind } = options;
  const fields = table.fields;
  const loc = (i: number) => ({ file, kind, record: locations[i]!.record, line: locations[i]!.line });
  for (let i = 0; i < records.length; i++) {
    if (sink.full) break;
    const r = records[i]!;
    for (let f = 0; f < fields.length; f++) {
      const spec = fields[f]!;
      const value = r[spec.key] ?? '';
      const problem = checkFieldValue(spec, value);
      if (problem) {
        const params = options.reportValues ? { ...problem.params, value } : problem.params;
        sink.add(problem.code, { ...loc(i), fieldNo: spec.no, fieldKey: spec.key }, params);
      }
    }
    for (const rule of table.recordRules) {
      for (const p of rule.check(r)) sink.add(p.code, { ...loc(i), fieldNo: fieldNoOf(table, p.fieldKey), fieldKey: p.fieldKey }, p.params);
    }
  }
  for (const rule of table.fileRules) {
    for (const p of rule.check(records)) sink.add(p.code, { ...loc(p.recordIndex), fieldNo: fieldNoOf(table, p.fieldKey), fieldKey: p.fieldKey }, p.params);
  }
  checkCsvVersions(table, records, loc, sink);
  checkMonths(table, records, loc, sink, options.nameMonth);
}

type Locate = (i: number) => { file?: string; kind: KindId; record: number; line?: number };

/** One CSV version per file, and a version the spec defines. */
function checkCsvVersions(table: TableSpec, records: readonly RecordValues[], loc: Locate, sink: IssueSink): void {
  const first = records[0]?.csvVersion;
  if (first === undefined) return;
  const fieldNo = table.fields.find((f) => f.key === 'csvVersion')?.no;
  const at = (i: number) => ({ ...loc(i), fieldNo, fieldKey: 'csvVersion' });
  const seen = new Set<string>([first]);
  let mixedAt = -1;
  for (let i = 1; i < records.length; i++) {
    const v = records[i]!.csvVersion ?? '';
    if (!seen.has(v)) {
      seen.add(v);
      if (mixedAt === -1) mixedAt = i;
    }
  }
  if (mixedAt !== -1) sink.add('FILE_MIXED_CSV_VERSIONS', at(mixedAt), { versions: [...seen].slice(0, 5).join(', ') });
  if (first === '') return;
  if (!isKnownCsvVersion(first)) sink.add('FILE_UNKNOWN_CSV_VERSION', at(0), { version: first });
  else if (first !== CURRENT_CSV_VERSION) sink.add('FILE_OLDER_CSV_VERSION', at(0), { version: first, edition: CSV_VERSIONS[first]!.edition });
}

/** One service month per file, and the month in the name equals every record's month. */
function checkMonths(table: TableSpec, records: readonly RecordValues[], loc: Locate, sink: IssueSink, nameMonth: string | undefined): void {
  const key = table.singleMonthField;
  if (key) {
    const first = records[0]?.[key];
    const i = first === undefined ? -1 : records.findIndex((r) => r[key] !== first);
    if (i > 0) {
      const months = [...new Set(records.map((r) => r[key] ?? ''))].slice(0, 5).join(', ');
      sink.add('FILE_MIXED_MONTHS', { ...loc(i), fieldNo: table.fields.find((f) => f.key === key)?.no, fieldKey: key }, { months });
    }
  }
  if (nameMonth === undefined || table.monthInName.kind === 'none') return;
  const monthKey = table.monthInName.fieldKey;
  const i = records.findIndex((r) => (r[monthKey] ?? '') !== nameMonth);
  if (i >= 0)
    sink.add(
      'FILE_MONTH_MISMATCH',
      { ...loc(i), fieldNo: table.fields.find((f) => f.key === monthKey)?.no, fieldKey: monthKey },
      { nameMonth, recordMonth: records[i]![monthKey] ?? '' },
    );
}
