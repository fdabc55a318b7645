/**
 * stringifyFile: records → canonical CP932 bytes. Validates first and produces no bytes when any
 * error exists; never writes a lossy byte.
 */
import { IssueSink, type Issue, type IssueLocation, type SeverityOverrides } from '../core/issue.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import { findUnrepresentable } from '../encoding/cp932.js';
import { CsvByteWriter } from '../csv/byte-writer.js';
import { normalizeLookalikes, substitutionIssues } from '../encoding/normalize.js';
import { getTable } from '../spec/kinds/index.js';
import { CURRENT_CSV_VERSION, isKnownCsvVersion, layoutFor } from '../spec/editions/index.js';
import { FileValidator } from '../check/file-validator.js';
import { recordFactory, rowReader } from '../check/record-shape.js';
import { DEFAULT_MAX_ISSUES } from './limits.js';

export interface StringifyFileOptions {
  /**
   * Layout to write. Default: the layout of the records' own CSVバージョン (so that 202208 records
   * read from an archive are written back unchanged), else 202407. A record without a CSVバージョン
   * is written as 202407. To move old records to 202407, use `upgrade()`.
   */
  readonly csvVersion?: string | undefined;
  /** Replace well-known look-alikes (WAVE DASH …) with their MS932 forms, reporting each. */
  readonly normalize?: boolean | undefined;
  readonly reportValues?: boolean | undefined;
  readonly severity?: SeverityOverrides | undefined;
  readonly maxIssues?: number | undefined;
  /** File name, used only to locate issues. */
  readonly file?: string | undefined;
}

export interface StringifyFileResult {
  readonly ok: boolean;
  /** CP932 bytes in canonical form; absent when any error exists. */
  readonly bytes?: Uint8Array | undefined;
  readonly issues: Issue[];
}

type InputRecord = Readonly<Record<string, string | undefined>>;

const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const cp = (ch: string) => 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

export function stringifyFile(kind: KindId, records: readonly InputRecord[], options: StringifyFileOptions = {}): StringifyFileResult {
  getTable(kind); // throws on an unknown kind (programmer error)
  const own = records[0]?.csvVersion;
  const version = options.csvVersion ?? (own && isKnownCsvVersion(own) ? own : CURRENT_CSV_VERSION);
  const table = layoutFor(kind, version);
  if (!table) throw new RangeError(`stringifyFile: CSV version ${options.csvVersion} has no ${kind} layout`);
  const file = options.file;
  const sink = new IssueSink(options.maxIssues ?? DEFAULT_MAX_ISSUES, options.severity);
  const fields = table.fields;
  const n = fields.length;
  const quoted = fields.map((f) => f.quoted);
  const readRow = rowReader(table);
  const toRecord = recordFactory(table);
  const validator = new FileValidator(table, sink, { file, kind, reportValues: options.reportValues });

  const out = new CsvByteWriter(records.length * n * 8);
  // Normalized values differ from the input: keep them to locate encoding problems afterwards.
  const written: string[][] | undefined = options.normalize ? [] : undefined;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    const row = readRow(rec) as string[];
    let present = 0;
    let changed = false;
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (typeof v === 'string') present++;
      else if (v !== undefined || j === 0) changed = true;
      if (typeof v !== 'string') row[j] = v == null ? '' : String(v);
    }
    if (row[0] === '') row[0] = version;
    reportUnknownKeys(rec, present, table, sink, { file, kind, record: i + 1 });
    if (options.normalize) changed = normalizeRow(row, sink, table, { file, kind, record: i + 1 }) || changed;
    // Rules read records by key: give them the values as written whenever they differ from the input.
    validator.add(changed || present < n ? toRecord(row) : (rec as Readonly<Record<string, string>>), i + 1, undefined, row);
    written?.push(row);
    out.writeRecord(row, quoted);
  }
  validator.finish();

  // What the reader would reject, the writer does not write: locate every such character.
  if (out.unrepresentable > 0 || out.controls > 0) locateEncodingProblems(written ?? records.map((r) => readRow(r) as unknown[]), table, sink, file, kind);
  const issues = sink.finish({ file });
  const ok = sink.ok && out.unrepresentable === 0 && out.controls === 0;
  return ok ? { ok, bytes: out.bytes(), issues } : { ok: false, issues };
}

/** Keys the layout does not have are not written: say so (nothing is dropped silently). */
function reportUnknownKeys(rec: InputRecord, present: number, table: TableSpec, sink: IssueSink, at: IssueLocation) {
  if (Object.keys(rec).length === present) return;
  const keys = new Set(table.fields.map((f) => f.key));
  for (const k of Object.keys(rec)) if (!keys.has(k)) sink.add('RECORD_UNKNOWN_KEY', at, { key: k.slice(0, 64) });
}

/** Replaces look-alikes in place; true when anything changed. */
function normalizeRow(row: string[], sink: IssueSink, table: TableSpec, at: IssueLocation): boolean {
  let changed = false;
  table.fields.forEach((f, j) => {
    const n = normalizeLookalikes(row[j]!);
    sink.pushAll(substitutionIssues(n.substitutions), { ...at, fieldNo: f.no, fieldKey: f.key });
    if (n.substitutions.length > 0) changed = true;
    row[j] = n.text;
  });
  return changed;
}

/** Slow path, only when encoding failed: say which record and field holds each bad character. */
function locateEncodingProblems(rows: readonly (readonly unknown[])[], table: TableSpec, sink: IssueSink, file: string | undefined, kind: KindId) {
  rows.forEach((row, i) =>
    table.fields.forEach((f, j) => {
      const v = String(row[j] ?? '');
      const at = { file, kind, record: i + 1, fieldNo: f.no, fieldKey: f.key };
      for (const u of findUnrepresentable(v)) sink.add('ENCODING_UNREPRESENTABLE_CHAR', at, { char: u.char, codePoint: u.codePoint, index: u.index });
      const m = CONTROL.exec(v);
      if (m) sink.add('ENCODING_CONTROL_CHARACTER', at, { codePoint: cp(m[0]), index: m.index });
    }),
  );
}
