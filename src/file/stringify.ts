/**
 * stringifyFile: records → canonical CP932 bytes. Validates first and produces no bytes when any
 * error exists; never writes a lossy byte.
 */
import { IssueSink, hasErrors, type Issue, type SeverityOverrides } from '../core/issue.js';
import type { KindId, RecordValues } from '../core/table.js';
import { encodeCp932, findUnrepresentable } from '../encoding/cp932.js';
import { normalizeLookalikes } from '../encoding/normalize.js';
import { writeRecord } from '../csv/write.js';
import { DIALECT } from '../csv/dialect.js';
import { getTable } from '../tables/index.js';
import { CURRENT_CSV_VERSION, isKnownCsvVersion, layoutFor } from '../tables/versions.js';
import { validateRecords } from '../validate/records.js';
import { DEFAULT_MAX_ISSUES } from './limits.js';

export interface StringifyFileOptions {
  /**
   * Layout to write. Default: the layout of the records' own CSVバージョン (so that 202208 records
   * read from an archive are written back unchanged), else 202407. A record without a CSVバージョン
   * is written as 202407. To move old records to 202407, use `upgrade()`.
   */
  readonly csvVersion?: string;
  /** Replace well-known look-alikes (WAVE DASH …) with their MS932 forms, reporting each. */
  readonly normalize?: boolean;
  readonly reportValues?: boolean;
  readonly severity?: SeverityOverrides;
  readonly maxIssues?: number;
  /** File name, used only to locate issues. */
  readonly file?: string;
}

export interface StringifyFileResult {
  readonly ok: boolean;
  /** CP932 bytes in canonical form; absent when any error exists. */
  readonly bytes?: Uint8Array;
  readonly issues: Issue[];
}

const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function stringifyFile(kind: KindId, records: readonly Readonly<Record<string, string | undefined>>[], options: StringifyFileOptions = {}): StringifyFileResult {
  getTable(kind); // throws on an unknown kind (programmer error)
  const own = records[0]?.csvVersion;
  const version = options.csvVersion ?? (own && isKnownCsvVersion(own) ? own : CURRENT_CSV_VERSION);
  const table = layoutFor(kind, version);
  if (!table) throw new RangeError(`stringifyFile: CSV version ${options.csvVersion} has no ${kind} layout`);
  const file = options.file;
  const sink = new IssueSink(options.maxIssues ?? DEFAULT_MAX_ISSUES, options.severity);
  const keys = new Set(table.fields.map((f) => f.key));
  const quoted = table.fields.map((f) => f.quoted);

  const rows: string[][] = [];
  const values: RecordValues[] = [];
  records.forEach((rec, i) => {
    for (const k of Object.keys(rec)) if (!keys.has(k)) sink.add('RECORD_UNKNOWN_KEY', { file, kind, record: i + 1 }, { key: k.slice(0, 64) });
    const row = table.fields.map((f) => {
      const raw = rec[f.key];
      const v = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
      if (f.key === 'csvVersion' && v === '') return version;
      if (!options.normalize) return v;
      const n = normalizeLookalikes(v);
      for (const s of n.substitutions)
        sink.add('ENCODING_CHAR_NORMALIZED', { file, kind, record: i + 1, fieldNo: f.no, fieldKey: f.key }, { from: cp(s.from), to: cp(s.to), index: s.index });
      return n.text;
    });
    rows.push(row);
    const obj: Record<string, string> = {};
    table.fields.forEach((f, j) => (obj[f.key] = row[j]!));
    values.push(obj);
  });
  validateRecords(
    table,
    values,
    values.map((_, i) => ({ record: i + 1 })),
    sink,
    { file, kind, reportValues: options.reportValues },
  );

  let text = '';
  for (const row of rows) text += writeRecord(row, quoted) + DIALECT.recordTerminator;
  const encoded = encodeCp932(text);
  if (encoded.issues.length > 0) locateEncodingProblems(rows, table.fields, sink, file, kind);
  const issues = sink.finish({ file });
  const ok = !hasErrors(issues) && encoded.bytes !== undefined;
  return ok ? { ok, bytes: encoded.bytes, issues } : { ok: false, issues };
}

const cp = (ch: string) => 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** Slow path, only when encoding failed: say which record and field holds each bad character. */
function locateEncodingProblems(rows: string[][], fields: readonly { no: number; key: string; quoted: boolean }[], sink: IssueSink, file: string | undefined, kind: KindId) {
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const f = fields[j]!;
      const at = { file, kind, record: i + 1, fieldNo: f.no, fieldKey: f.key };
      for (const u of findUnrepresentable(v)) sink.add('ENCODING_UNREPRESENTABLE_CHAR', at, { char: u.char, codePoint: u.codePoint, index: u.index });
      const m = CONTROL.exec(v);
      if (m) sink.add('ENCODING_CONTROL_CHARACTER', at, { codePoint: cp(m[0]), index: m.index });
    }),
  );
}
