/**
 * parseFile: bytes (and, when known, the file name) → typed records and issues. Never throws on
 * bad data: every problem is an issue with a location.
 */
import { IssueSink, severityOverridesFor, type Issue, type SeverityOverrides, type Profile } from '../core/issue.js';
import type { KindId, RecordValues } from '../spec/kind.js';
import { parseFilename, type ParsedFilename } from '../filenames/parse.js';
import type { FileKindId } from '../filenames/grammar.js';
export { setByteScannerForTests } from '../csv/scan-bytes.js';
import { ReadPipeline } from './read-pipeline.js';
import type { RecordCollector } from '../check/collector.js';
import type { KindRecord } from '../spec/kinds/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES, DEFAULT_MAX_RECORDS, DEFAULT_MAX_REJECTED } from './limits.js';
import { checkLimit } from '../core/limit.js';
import { checkBoolean, checkOptions, checkString, describeValue } from '../core/refuse.js';
import { checkFileKind } from '../spec/kinds/index.js';
import { isKnownCsvVersion } from '../spec/editions/index.js';

export interface FileInput {
  /** The file name (basename). Used for the kind, the month and the parties; never opened. */
  readonly name?: string | undefined;
  readonly bytes: Uint8Array;
}

/** The options `parseFile` and `parseStream` share. */
export interface ReadingOptions {
  /** The kind, when there is no (standard) file name. The name wins when both are given. */
  readonly kind?: KindId | undefined;
  /** Copy offending values into issues. Off by default: values may be personal data. */
  readonly reportValues?: boolean | undefined;
  /** Per-code severity overrides. */
  readonly severity?: SeverityOverrides | undefined;
  /** 'strict' turns the warnings the spec states without doubt into errors (vendor tests); default 'default'. */
  readonly profile?: Profile | undefined;
  /** Keep at most this many issues, then one summary issue (default 1000). */
  readonly maxIssues?: number | undefined;
  /** Accept UTF-8 input (for migrations); it is still reported as a warning. Default: false. */
  readonly acceptUtf8?: boolean | undefined;
}

export interface ParseFileOptions extends ReadingOptions {
  /** Refuse larger inputs before decoding (default 10 MiB). */
  readonly maxBytes?: number | undefined;
  /** Stop reading after this many records (default 1,000,000). */
  readonly maxRecords?: number | undefined;
  /**
   * Keep at most this many rows that are not records in `rejected` (default 1000); the rest are
   * counted in one FILE_REJECTED_ROWS_TRUNCATED issue. Each row is already reported (or the file
   * is: FILE_KIND_MISMATCH, FILE_UNREADABLE_CSV_VERSION); this bounds the memory of the result.
   */
  readonly maxRejected?: number | undefined;
}

/** A row that could not be mapped to the layout (wrong field count, header row). Kept, not lost. */
export interface RejectedRow {
  readonly record: number;
  readonly line: number;
  readonly fields: readonly string[];
}

interface ParseResultBase {
  /** No error-severity issue. */
  readonly ok: boolean;
  /**
   * The CSVバージョン of the first record when it is one of the spec's versions (`CSV_VERSIONS`),
   * else null. Never the raw value: a shifted file puts personal data into field 1 (the raw value
   * is `records[0].csvVersion`, or the first field of a rejected row).
   */
  readonly csvVersion: string | null;
  readonly issues: Issue[];
  /** The parsed file name, when a name was given. */
  readonly filename: ParsedFilename | null;
  /** Rows that are not records of the layout: the first `maxRejected` (see FILE_REJECTED_ROWS_TRUNCATED). */
  readonly rejected: RejectedRow[];
  /** For each record, its 1-based physical line. */
  readonly lines: number[];
  /**
   * How many records were read: `records.length`, except on the check path
   * (`validateBundle(files, { records: false })`), where `records` and `lines` are empty and
   * this is the only trace of them.
   */
  readonly recordCount: number;
}

export type ParseFileResult =
  | { [K in KindId]: ParseResultBase & { readonly kind: K; readonly records: KindRecord<K>[] } }[KindId]
  | (ParseResultBase & { readonly kind: 'UPKIHON_IMAGE' | null; readonly records: [] });

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

function result(
  kind: FileKindId | null,
  csvVersion: string | null,
  records: RecordValues[],
  sink: IssueSink,
  filename: ParsedFilename | null,
  rejected: RejectedRow[] = [],
  lines: number[] = [],
  file?: string,
  recordCount = records.length,
): ParseFileResult {
  const issues = sink.finish({ file });
  return { ok: sink.ok, kind, csvVersion, records, issues, filename, rejected, lines, recordCount } as ParseFileResult;
}

/**
 * Reads one file: bytes (and, when known, its file name) → typed records and issues. Never throws
 * on bad data: every problem is an issue with its location (line, record, 項目No., byte offset).
 * The file name gives the kind, the month and the parties (`options.kind` when there is no
 * standard name); the bytes must be Shift_JIS (CP932) unless `acceptUtf8`.
 *
 * Checking `kind` narrows `records` to that kind's record type. Issues carry no values unless
 * `reportValues` (values may be personal data).
 *
 * @param input - `{ name, bytes }`: the base name (never opened as a path) and the file's bytes.
 * @param options - kind, limits (`maxBytes` 10 MiB, `maxRecords`, `maxIssues` 1000), severity overrides or `profile: 'strict'`, `acceptUtf8`.
 * @returns `ok` (no error), `kind`, `csvVersion`, `records`, `issues`, the parsed `filename`, the `rejected` rows and each record's `lines`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseFile, formatIssue } from 'careplan-csv';
 *
 * const name = 'UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV';
 * const result = parseFile({ name, bytes: readFileSync(name) });
 * if (result.kind === 'UPJSK') for (const r of result.records) console.log(r.serviceCode);
 * for (const issue of result.issues) console.log(formatIssue(issue)); // 'UPJSK_…CSV:3 項目3「被保険者番号」: …'
 * ```
 */
export function parseFile(input: FileInput, options: ParseFileOptions = {}): ParseFileResult {
  if (typeof input !== 'object' || input === null) throw new TypeError(`parseFile: input must be an object { name?, bytes } (got ${describeValue(input)})`);
  const file = checkString('parseFile', 'name', input.name);
  return parseFileNamed(input, file === undefined ? null : parseFilename(file), options);
}

/**
 * parseFile with the file name already parsed (validateBundle parses each name once). The name is
 * `filename`'s source; `filename` is null when the input has no name. With `records` false (the
 * check path), the records are read and checked but not kept: `records` and `lines` are empty,
 * `recordCount` counts them, and the issues are exactly those of the record path.
 * @internal
 */
export function parseFileNamed(
  input: FileInput,
  filename: ParsedFilename | null,
  options: ParseFileOptions = {},
  collectors?: readonly RecordCollector[],
  records = true,
): ParseFileResult {
  const file = input.name;
  checkOptions('parseFile', options);
  const maxIssues = checkLimit('parseFile', 'maxIssues', options.maxIssues) ?? DEFAULT_MAX_ISSUES;
  const maxBytes = checkLimit('parseFile', 'maxBytes', options.maxBytes) ?? DEFAULT_MAX_BYTES;
  const maxRecords = checkLimit('parseFile', 'maxRecords', options.maxRecords) ?? DEFAULT_MAX_RECORDS;
  const maxRejected = checkLimit('parseFile', 'maxRejected', options.maxRejected) ?? DEFAULT_MAX_REJECTED;
  const sink = new IssueSink(maxIssues, severityOverridesFor(options, 'parseFile'));
  const bytes = input.bytes;
  checkBoolean('parseFile', 'reportValues', options.reportValues);
  checkBoolean('parseFile', 'acceptUtf8', options.acceptUtf8);

  let kind: FileKindId | null = options.kind === undefined ? null : checkFileKind('parseFile', 'kind', options.kind);
  if (filename) {
    for (const i of filename.issues) sink.push(i, { file });
    if (filename.kind) kind = filename.kind;
  }
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`parseFile: bytes must be a Uint8Array (got ${describeValue(bytes)})`);
  if (bytes.length > maxBytes) {
    sink.add('FILE_TOO_LARGE', { file }, { size: bytes.length, limit: maxBytes });
    return result(kind, null, [], sink, filename, [], [], file);
  }
  if (kind === 'UPKIHON_IMAGE') {
    if (!startsWith(bytes, [0xff, 0xd8, 0xff])) sink.add('FILE_NOT_JPEG', { file });
    return result(kind, null, [], sink, filename, [], [], file);
  }
  if (kind === null) {
    sink.add('FILE_KIND_UNKNOWN', { file });
    return result(null, null, [], sink, filename, [], [], file);
  }

  const kept: RecordValues[] = [];
  const lines: number[] = [];
  const rejected: RejectedRow[] = [];
  let notKept = 0;
  let count = 0;
  const pipeline = new ReadPipeline(
    sink,
    {
      file,
      kind,
      reportValues: options.reportValues,
      filename,
      acceptUtf8: options.acceptUtf8,
      maxRecords,
      maxIssues,
      severity: sink.overrides,
      collectors,
      records,
    },
    {
      record: records
        ? (record, _recordNo, line) => {
            kept.push(record);
            lines.push(line);
          }
        : () => {
            count++;
          },
      rejected(fields, record, line) {
        if (rejected.length < maxRejected) rejected.push({ record, line, fields });
        else notKept++;
      },
    },
  );
  pipeline.push(bytes, true);
  if (!pipeline.reading) return result(kind, null, [], sink, filename, [], [], file);
  pipeline.finish();
  rejected.sort((a, b) => a.record - b.record);
  // Never left out by maxIssues: rows went unkept.
  if (notKept > 0) sink.addAlways('FILE_REJECTED_ROWS_TRUNCATED', { file, kind }, { count: notKept, limit: maxRejected });
  const version = pipeline.csvVersion;
  return result(
    kind,
    version !== null && isKnownCsvVersion(version) ? version : null,
    kept,
    sink,
    filename,
    rejected,
    lines,
    file,
    records ? kept.length : count,
  );
}
