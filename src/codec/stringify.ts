/**
 * stringifyFile: records → canonical CP932 bytes. Validates first and produces no bytes when any
 * error exists; never writes a lossy byte, and never a file its own reader would refuse.
 */
import {
  IssueSink,
  severityOverridesFor,
  createIssue,
  makeIssue,
  type Issue,
  type IssueLocation,
  type SeverityOverrides,
  type Profile,
} from '../core/issue.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import type { KindRecord } from '../spec/kinds/index.js';
import { countUnrepresentable, findUnrepresentable } from '../encoding/cp932.js';
import { checkLimit } from '../core/limit.js';
import { shapeOf } from '../core/shape.js';
import { ISSUE_CATALOGUE } from '../core/codes.js';
import { CsvByteWriter } from '../csv/byte-writer.js';
import { normalizeLookalikes, substitutionIssues } from '../encoding/normalize.js';
import { checkKind } from '../spec/kinds/index.js';
import { checkBoolean, checkOptions, checkString, describeValue } from '../core/refuse.js';
import { CSV_VERSIONS, CURRENT_CSV_VERSION, isKnownCsvVersion, layoutFor } from '../spec/editions/index.js';
import { FileValidator } from '../check/file-validator.js';
import { recordFactory, rowFiller, rowReader } from '../check/record-shape.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES } from './limits.js';

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
  /** 'strict' turns the warnings the spec states without doubt into errors (vendor tests); default 'default'. */
  readonly profile?: Profile | undefined;
  /** Keep at most this many issues, then one summary issue (default 1000). */
  readonly maxIssues?: number | undefined;
  /**
   * Refuse to give back more bytes than this: FILE_TOO_LARGE, as `parseFile` with the same
   * `maxBytes` would refuse the file (default 10 MiB, the reader's default).
   */
  readonly maxBytes?: number | undefined;
  /** File name, used only to locate issues. */
  readonly file?: string | undefined;
}

/**
 * What `stringifyFile` gives back: `ok: true` with the bytes, or `ok: false` with none. Checking
 * `ok` narrows the type: `if (r.ok) r.bytes` is a `Uint8Array`.
 */
export type StringifyFileResult =
  | {
      /** No error: `bytes` is there. */
      readonly ok: true;
      /** CP932 bytes in canonical form. */
      readonly bytes: Uint8Array;
      /** Warnings and infos (never an error). */
      readonly issues: Issue[];
    }
  | {
      /** At least one error: nothing was written. */
      readonly ok: false;
      readonly bytes?: undefined;
      readonly issues: Issue[];
    };

/**
 * A record to write, for kind `K`: the kind's own field keys (a misspelt key fails to compile in
 * an object literal), each a string or absent (`undefined` or `null`: an empty field).
 */
export type StringifyRecord<K extends KindId = KindId> = { readonly [F in keyof KindRecord<K>]?: string | null | undefined };

type InputRecord = Readonly<Record<string, string | null | undefined>>;

const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const cp = (ch: string) => 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Writes records of one kind as canonical CP932 bytes (see the README, "Encode"). Never throws on
 * bad data: every problem is an issue, and when any is an error, no bytes are given back.
 *
 * What it refuses, and how ("refuse, don't guess"):
 * - Programmer errors throw: an unknown kind or CSV version (TypeError/RangeError), `records`
 *   that is not an array, a record that is not a plain object (an array, a Map, a class
 *   instance, null…), a limit that is not a non-negative integer (RangeError), and a value that
 *   is neither a string nor absent. A number, boolean, object or array is a TypeError naming the
 *   record and key: writing `3` as "3" or an object as "[object Object]" would be a guess at
 *   what the caller meant, and the values a reader gives back are always strings. Absent values
 *   (`undefined`, or `null`, which JSON input has instead) are empty fields.
 * - Records whose CSVバージョン names an edition that did not have the kind (202208 介護予防
 *   records) are FILE_UNREADABLE_CSV_VERSION, as `parseFile` reports such a file; the same
 *   version given as `options.csvVersion` is a RangeError.
 * - Files its reader would refuse are not written. Output over `maxBytes` (default 10 MiB, the
 *   reader's default) is FILE_TOO_LARGE, always an error. No record at all is FILE_EMPTY, as
 *   `parseFile` reports an empty file: an error unless `severity` makes it a warning or info,
 *   and then the empty file (0 bytes) is written, which `parseFile` with the same `severity`
 *   accepts. A refusal comes first and is never left out by `maxIssues`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { buildFilename, stringifyFile, type FilenameParts, type KindRecord } from 'careplan-csv';
 *
 * declare const records: KindRecord<'UPJSK'>[], parts: FilenameParts;
 * const out = stringifyFile('UPJSK', records);
 * if (out.ok) writeFileSync(buildFilename('UPJSK', parts), out.bytes); // out.bytes: Uint8Array
 * else console.error(out.issues);
 * ```
 */
export function stringifyFile<K extends KindId>(kind: K, input: readonly StringifyRecord<K>[], options: StringifyFileOptions = {}): StringifyFileResult {
  const records = input as readonly InputRecord[];
  checkKind('stringifyFile', 'kind', kind); // an unknown kind is a programmer error
  if (!Array.isArray(records)) throw new TypeError(`stringifyFile: records must be an array of records (got ${describe(records)})`);
  checkOptions('stringifyFile', options);
  checkBoolean('stringifyFile', 'normalize', options.normalize);
  checkBoolean('stringifyFile', 'reportValues', options.reportValues);
  checkString('stringifyFile', 'file', options.file);
  if (options.csvVersion !== undefined && !(typeof options.csvVersion === 'string' && isKnownCsvVersion(options.csvVersion))) {
    throw new RangeError(
      `stringifyFile: csvVersion is not a CSV version of the spec (got ${describe(options.csvVersion)}); expected one of ${Object.keys(CSV_VERSIONS).join(', ')}`,
    );
  }
  const maxIssues = checkLimit('stringifyFile', 'maxIssues', options.maxIssues) ?? DEFAULT_MAX_ISSUES;
  const maxBytes = checkLimit('stringifyFile', 'maxBytes', options.maxBytes) ?? DEFAULT_MAX_BYTES;
  for (let i = 0; i < records.length; i++) {
    if (!isPlainObject(records[i])) throw new TypeError(`stringifyFile: record ${i + 1} is not a plain object (got ${describe(records[i])})`);
  }
  const own: unknown = records[0]?.csvVersion;
  const version = options.csvVersion ?? (typeof own === 'string' && isKnownCsvVersion(own) ? own : CURRENT_CSV_VERSION);
  const table = layoutFor(kind, version);
  const file = options.file;
  if (!table) {
    // A version asked for by the caller is a programmer error; one the records carry is data.
    if (options.csvVersion !== undefined) throw new RangeError(`stringifyFile: CSV version ${version} has no ${kind} layout (the kind came later)`);
    const at = { file, kind, record: 1, fieldNo: 1, fieldKey: 'csvVersion' };
    return { ok: false, issues: [makeIssue('FILE_UNREADABLE_CSV_VERSION', at, { version, kind })] };
  }
  const sink = new IssueSink(maxIssues, severityOverridesFor(options, 'stringifyFile'));
  const fields = table.fields;
  const n = fields.length;
  const quoted = fields.map((f) => f.quoted);
  const readRow = rowReader(table);
  const fillRow = rowFiller(table);
  const toRecord = recordFactory(table);
  const validator = new FileValidator(table, sink, { file, kind, reportValues: options.reportValues });

  const out = new CsvByteWriter(records.length * n * 8);
  // Normalized values differ from the input: keep them to locate encoding problems afterwards.
  const written: string[][] | undefined = options.normalize ? [] : undefined;
  // One row buffer for every record, unless the rows are kept (normalize).
  const buffer: unknown[] = new Array<unknown>(n).fill('');
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    let row: string[];
    if (written) row = readRow(rec) as string[];
    else {
      fillRow(rec, buffer);
      row = buffer as string[];
    }
    let present = 0;
    let changed = false;
    // The writer's bound on the bytes of the record: 2 per character (quotes doubled), 3 per field.
    let bound = 2 + 3 * n;
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (typeof v === 'string') {
        present++;
        bound += 2 * v.length;
        continue;
      }
      if (v != null) throw new TypeError(`stringifyFile: record ${i + 1}, ${fields[j]!.key}: values must be strings (got ${describe(v)})`);
      if (v !== undefined || j === 0) changed = true;
      row[j] = '';
    }
    if (row[0] === '') {
      row[0] = version;
      bound += 2 * version.length;
    }
    reportUnknownKeys(rec, present, table, sink, { file, kind, record: i + 1 });
    if (options.normalize) changed = normalizeRow(row, sink, table, { file, kind, record: i + 1 }, maxIssues) || changed;
    // Rules read records by key: give them the values as written whenever they differ from the input.
    validator.add(changed || present < n ? toRecord(row) : (rec as Readonly<Record<string, string>>), i + 1, undefined, row);
    written?.push(row);
    out.writeRecord(row, quoted, options.normalize ? undefined : bound);
  }
  validator.finish();

  // What the reader would reject, the writer does not write: locate every such character.
  if (out.unrepresentable > 0 || out.controls > 0)
    locateEncodingProblems(written ?? records.map((r) => readRow(r) as unknown[]), table, sink, file, kind, maxIssues, options.reportValues === true);
  // Nor a file the reader refuses as a whole: too large, or (unless the caller's severity allows it) empty.
  let refusal: Issue | undefined;
  if (out.length > maxBytes) refusal = makeIssue('FILE_TOO_LARGE', { file, kind }, { size: out.length, limit: maxBytes });
  else if (records.length === 0) {
    const empty = createIssue('FILE_EMPTY', { file, kind }, undefined, sink.overrides);
    if (empty.severity === 'error') refusal = empty;
    else sink.push(empty);
  }
  const issues = sink.finish({ file });
  if (refusal) return { ok: false, issues: [refusal, ...issues] };
  const ok = sink.ok && out.unrepresentable === 0 && out.controls === 0;
  return ok ? { ok: true, bytes: out.bytes(), issues } : { ok: false, issues };
}

const isPlainObject = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  // Object.prototype of this realm or another one, or none (Object.create(null)).
  return proto === null || Object.getPrototypeOf(proto) === null;
};

/** What a value is, for a TypeError message (never the value itself: it may be personal data). */
const describe = describeValue;

/** Keys the layout does not have are not written: say so (nothing is dropped silently). */
function reportUnknownKeys(rec: InputRecord, present: number, table: TableSpec, sink: IssueSink, at: IssueLocation) {
  if (Object.keys(rec).length === present) return;
  const keys = new Set(table.fields.map((f) => f.key));
  for (const k of Object.keys(rec)) if (!keys.has(k)) sink.add('RECORD_UNKNOWN_KEY', at, { key: k.slice(0, 64) });
}

/** Replaces look-alikes in place; true when anything changed. */
function normalizeRow(row: string[], sink: IssueSink, table: TableSpec, at: IssueLocation, maxIssues: number): boolean {
  let changed = false;
  table.fields.forEach((f, j) => {
    // Only as many substitutions as the sink can still keep are listed; the others are counted.
    const n = normalizeLookalikes(row[j]!, Math.max(0, maxIssues - sink.issues.length));
    sink.pushAll(substitutionIssues(n.substitutions), { ...at, fieldNo: f.no, fieldKey: f.key });
    if (n.dropped) sink.skip(n.dropped, (sink.overrides?.ENCODING_CHAR_NORMALIZED ?? ISSUE_CATALOGUE.ENCODING_CHAR_NORMALIZED) === 'error');
    if (n.text !== row[j]) changed = true;
    row[j] = n.text;
  });
  return changed;
}

/** Slow path, only when encoding failed: say which record and field holds each bad character (its class and index, not the character unless `reportValues`). */
function locateEncodingProblems(
  rows: readonly (readonly unknown[])[],
  table: TableSpec,
  sink: IssueSink,
  file: string | undefined,
  kind: KindId,
  maxIssues: number,
  reportValues: boolean,
) {
  rows.forEach((row, i) =>
    table.fields.forEach((f, j) => {
      const v = String(row[j] ?? '');
      const at = { file, kind, record: i + 1, fieldNo: f.no, fieldKey: f.key };
      // Only as many as the sink can still keep are located; the others are counted.
      const found = findUnrepresentable(v, Math.max(0, maxIssues - sink.issues.length));
      // The character is part of a value (often of a name: 𠮷, a 外字): its class and place only,
      // the character itself with reportValues.
      for (const u of found)
        sink.add('ENCODING_UNREPRESENTABLE_CHAR', at, {
          shape: shapeOf(u.char),
          index: u.index,
          ...(reportValues ? { value: `${u.char} (${u.codePoint})` } : {}),
        });
      const rest = sink.full ? countUnrepresentable(v) - found.length : 0;
      if (rest > 0) sink.skip(rest, true);
      const m = CONTROL.exec(v);
      if (m) sink.add('ENCODING_CONTROL_CHARACTER', at, { codePoint: cp(m[0]), index: m.index });
    }),
  );
}
