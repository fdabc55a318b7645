/**
 * parseFile: bytes (and, when known, the file name) → typed records and issues. Never throws on
 * bad data: every problem is an issue with a location.
 */
import { IssueSink, hasErrors, type Issue, type SeverityOverrides } from '../core/issue.js';
import type { KindId, RecordValues, TableSpec } from '../core/table.js';
import { decodeCp932 } from '../encoding/cp932.js';
import { parseFilename, type ParsedFilename } from '../filenames/parse.js';
import type { FileKindId } from '../filenames/grammar.js';
import { tokenize, type RawRecord } from '../csv/tokenize.js';
import { TABLES, type KindRecord } from '../tables/index.js';
import { layoutFor } from '../tables/versions.js';
import { validateRecords, type RecordLocation } from '../validate/records.js';
import { looksLikeHeader } from './header.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES, DEFAULT_MAX_RECORDS } from './limits.js';

export interface FileInput {
  /** The file name (basename). Used for the kind, the month and the parties; never opened. */
  readonly name?: string;
  readonly bytes: Uint8Array;
}

export interface ParseFileOptions {
  /** The kind, when there is no (standard) file name. The name wins when both are given. */
  readonly kind?: KindId;
  /** Copy offending values into issues. Off by default: values may be personal data. */
  readonly reportValues?: boolean;
  /** Per-code severity overrides. */
  readonly severity?: SeverityOverrides;
  /** Refuse larger inputs before decoding (default 10 MiB). */
  readonly maxBytes?: number;
  /** Stop reading after this many records (default 1,000,000). */
  readonly maxRecords?: number;
  /** Keep at most this many issues, then one summary issue (default 1000). */
  readonly maxIssues?: number;
  /** Accept UTF-8 input (for migrations); it is still reported as a warning. Default: false. */
  readonly acceptUtf8?: boolean;
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
  /** CSVバージョン of the first record, or null. */
  readonly csvVersion: string | null;
  readonly issues: Issue[];
  /** The parsed file name, when a name was given. */
  readonly filename: ParsedFilename | null;
  /** Rows that are not records of the layout. */
  readonly rejected: RejectedRow[];
  /** For each record, its 1-based physical line. */
  readonly lines: number[];
}

export type ParseFileResult =
  | { [K in KindId]: ParseResultBase & { readonly kind: K; readonly records: KindRecord<K>[] } }[KindId]
  | (ParseResultBase & { readonly kind: 'UPKIHON_IMAGE' | null; readonly records: [] });

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

function looksLikeUtf8(bytes: Uint8Array): boolean {
  let nonAscii = false;
  for (let i = 0; i < Math.min(bytes.length, 1 << 16); i++) if (bytes[i]! >= 0x80) nonAscii = true;
  if (!nonAscii) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function result(
  kind: FileKindId | null,
  csvVersion: string | null,
  records: RecordValues[],
  sink: IssueSink,
  filename: ParsedFilename | null,
  rejected: RejectedRow[] = [],
  lines: number[] = [],
  file?: string,
): ParseFileResult {
  const issues = sink.finish({ file });
  return { ok: !hasErrors(issues), kind, csvVersion, records, issues, filename, rejected, lines } as ParseFileResult;
}


export function parseFile(input: FileInput, options: ParseFileOptions = {}): ParseFileResult {
  const file = input.name;
  const sink = new IssueSink(options.maxIssues ?? DEFAULT_MAX_ISSUES, options.severity);
  const bytes = input.bytes;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  let filename: ParsedFilename | null = null;
  let kind: FileKindId | null = options.kind ?? null;
  if (file !== undefined) {
    filename = parseFilename(file);
    for (const i of filename.issues) sink.push({ ...i, file });
    if (filename.kind) kind = filename.kind;
  }
  if (!(bytes instanceof Uint8Array)) throw new TypeError('parseFile: bytes must be a Uint8Array');
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
  const tableKind: KindId = kind;

  // Encoding: UTF-8 is a clear issue, never a pile of garbage records.
  let text: string;
  const utf8Bom = startsWith(bytes, UTF8_BOM);
  if (utf8Bom || looksLikeUtf8(bytes)) {
    sink.add(utf8Bom ? 'ENCODING_UTF8_BOM' : 'ENCODING_UTF8_INPUT', { file, offset: 0 }, undefined);
    if (!options.acceptUtf8) return result(kind, null, [], sink, filename, [], [], file);
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    const decoded = decodeCp932(bytes);
    for (const i of decoded.issues) sink.push({ ...i, file });
    text = decoded.text;
  }

  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  const tokens = tokenize(text, { maxRecords: maxRecords + 1 });
  for (const i of tokens.issues) sink.push({ ...i, file, kind: tableKind });
  let raws = tokens.records;
  if (raws.length > maxRecords || tokens.truncated) {
    raws = raws.slice(0, maxRecords);
    sink.add('FILE_TOO_MANY_RECORDS', { file, record: maxRecords + 1 }, { limit: maxRecords });
  }

  const rejected: RejectedRow[] = [];
  const reject = (r: RawRecord) => rejected.push({ record: r.record, line: r.line, fields: r.fields });
  if (raws.length > 0 && looksLikeHeader(raws[0]!.fields[0] ?? '')) {
    sink.add('FILE_HEADER_ROW', { file, kind: tableKind, line: raws[0]!.line, record: 1 });
    reject(raws[0]!);
    raws = raws.slice(1);
  }
  if (raws.length === 0) {
    sink.add('FILE_EMPTY', { file, kind: tableKind });
    return result(kind, null, [], sink, filename, rejected, [], file);
  }

  const csvVersion = raws[0]!.fields[0] ?? null;
  const table = layoutFor(tableKind, csvVersion);
  if (!table) {
    sink.add('FILE_UNREADABLE_CSV_VERSION', { file, kind: tableKind, record: raws[0]!.record, line: raws[0]!.line, fieldNo: 1 }, { version: csvVersion ?? '', kind: tableKind });
    for (const r of raws) reject(r);
    return result(kind, csvVersion, [], sink, filename, rejected, [], file);
  }

  const expected = table.fields.length;
  const mismatchedCount = wholeFileFieldCount(raws, expected);
  if (mismatchedCount !== null) {
    const candidates = kindsWithFieldCount(mismatchedCount);
    sink.add('FILE_KIND_MISMATCH', { file, kind: tableKind, record: raws[0]!.record, line: raws[0]!.line }, {
      kind: tableKind,
      fieldCount: mismatchedCount,
      candidates: candidates.join('/'),
    });
    for (const r of raws) reject(r);
    return result(kind, csvVersion, [], sink, filename, rejected, [], file);
  }

  const records: RecordValues[] = [];
  const locations: RecordLocation[] = [];
  const keys = table.fields.map((f) => f.key);
  let unquotedFree = 0;
  let quotedOther = 0;
  let firstUnquoted: RawRecord | undefined;
  let firstQuoted: RawRecord | undefined;
  for (const raw of raws) {
    if (raw.fields.length !== expected) {
      sink.add('RECORD_FIELD_COUNT', { file, kind: tableKind, record: raw.record, line: raw.line }, { expected, actual: raw.fields.length, kind: tableKind });
      reject(raw);
      continue;
    }
    const rec: Record<string, string> = {};
    for (let f = 0; f < expected; f++) {
      rec[keys[f]!] = raw.fields[f]!;
      const spec = table.fields[f]!;
      if (raw.quoted[f] !== spec.quoted) {
        if (spec.quoted) {
          if (raw.fields[f] !== '' && unquotedFree++ === 0) firstUnquoted = raw;
        } else if (quotedOther++ === 0) firstQuoted = raw;
      }
    }
    records.push(rec);
    locations.push({ record: raw.record, line: raw.line });
  }
  if (firstUnquoted) sink.add('CSV_UNQUOTED_FREE_TEXT', { file, kind: tableKind, record: firstUnquoted.record, line: firstUnquoted.line }, { count: unquotedFree });
  if (firstQuoted) sink.add('CSV_QUOTED_NON_FREE_FIELD', { file, kind: tableKind, record: firstQuoted.record, line: firstQuoted.line }, { count: quotedOther });

  validateRecords(table, records, locations, sink, { file, kind: tableKind, reportValues: options.reportValues, nameMonth: filename?.targetMonth });
  if (filename?.senderOffice && filename.senderOffice === filename.receiverOffice) sink.add('FILE_SAME_SENDER_RECEIVER', { file });
  return result(kind, csvVersion, records, sink, filename, rejected, locations.map((l) => l.line!), file);
}

/** When no record has the expected count and all share another count, the file is another kind. */
function wholeFileFieldCount(raws: readonly RawRecord[], expected: number): number | null {
  const count = raws[0]!.fields.length;
  if (count === expected) return null;
  for (const r of raws) if (r.fields.length !== count) return null;
  return kindsWithFieldCount(count).length > 0 ? count : null;
}

function kindsWithFieldCount(count: number): KindId[] {
  return (Object.keys(TABLES) as KindId[]).filter((k) => (TABLES[k] as TableSpec).fields.length === count);
}
