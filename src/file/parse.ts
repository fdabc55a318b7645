/**
 * parseFile: bytes (and, when known, the file name) → typed records and issues. Never throws on
 * bad data: every problem is an issue with a location.
 */
import { IssueSink, type Issue, type SeverityOverrides } from '../core/issue.js';
import type { KindId, RecordValues } from '../core/table.js';
import { cleanCp932Length, decodeCp932 } from '../encoding/cp932.js';
import { hasUtf8Bom, looksLikeUtf8 } from '../encoding/utf8.js';
import { parseFilename, type ParsedFilename } from '../filenames/parse.js';
import type { FileKindId } from '../filenames/grammar.js';
import { scanRecords, type RecordSink, type ScanResult } from '../csv/tokenize.js';
import { byteScannerEnabled, scanCanonicalBytes, type ByteScanResult } from '../csv/scan-bytes.js';
export { setByteScannerForTests } from '../csv/scan-bytes.js';
import { RecordReader } from './reader.js';
import type { KindRecord } from '../tables/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES, DEFAULT_MAX_RECORDS } from './limits.js';
import { checkLimit } from '../core/limit.js';

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
): ParseFileResult {
  const issues = sink.finish({ file });
  return { ok: sink.ok, kind, csvVersion, records, issues, filename, rejected, lines } as ParseFileResult;
}


export function parseFile(input: FileInput, options: ParseFileOptions = {}): ParseFileResult {
  const file = input.name;
  if (file !== undefined && typeof file !== 'string') throw new TypeError('parseFile: name must be a string');
  const sink = new IssueSink(checkLimit('parseFile', 'maxIssues', options.maxIssues) ?? DEFAULT_MAX_ISSUES, options.severity);
  const bytes = input.bytes;
  const maxBytes = checkLimit('parseFile', 'maxBytes', options.maxBytes) ?? DEFAULT_MAX_BYTES;
  checkLimit('parseFile', 'maxRecords', options.maxRecords);

  let filename: ParsedFilename | null = null;
  let kind: FileKindId | null = options.kind ?? null;
  if (file !== undefined) {
    filename = parseFilename(file);
    for (const i of filename.issues) sink.push(i, { file });
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

  const maxRecords = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  const records: RecordValues[] = [];
  const lines: number[] = [];
  const rejected: RejectedRow[] = [];
  const reader = new RecordReader(sink, { file, kind: tableKind, reportValues: options.reportValues, nameMonth: filename?.targetMonth, wholeFile: true }, {
    record(record, _recordNo, line) {
      records.push(record);
      lines.push(line);
    },
    rejected(fields, record, line) {
      rejected.push({ record, line, fields });
    },
  });
  const accept: RecordSink = (fields, quoted, line, recordNo) => reader.accept(fields, quoted, line, recordNo);

  // Encoding: UTF-8 is a clear issue, never a pile of garbage records.
  let scan: ScanResult | ByteScanResult;
  const utf8Bom = hasUtf8Bom(bytes);
  if (utf8Bom || looksLikeUtf8(bytes)) {
    sink.add(utf8Bom ? 'ENCODING_UTF8_BOM' : 'ENCODING_UTF8_INPUT', { file, offset: 0 }, undefined);
    if (!options.acceptUtf8) return result(kind, null, [], sink, filename, [], [], file);
    scan = scanRecords(new TextDecoder('utf-8').decode(bytes), { maxRecords, maxIssues, severity: options.severity }, accept);
  } else {
    // Canonical CP932 is read straight from the bytes; from the first record that is not, the
    // whole file is decoded and the tolerant tokenizer reads on from that record. Decoding issues
    // go before the ones already found, as if the file had been decoded first.
    const mark = sink.issues.length;
    const fast = byteScannerEnabled() ? scanCanonicalBytes(bytes, { maxRecords }, accept) : { count: 0, truncated: false, notCanonical: true, consumed: 0, nextLine: 1 };
    scan = fast;
    if (fast.notCanonical || fast.truncated) {
      // Stopped early, or at maxRecords: the rest may hold encoding issues, reported anyway.
      // The decoder keeps only what can still be kept at `mark`, and counts the rest.
      const decoded = decodeCp932(bytes, { maxIssues: Math.max(0, maxIssues - mark), severity: options.severity });
      sink.insertAt(mark, decoded.issues, { file });
      sink.skip(decoded.dropped ?? 0, decoded.droppedError ?? false);
      if (fast.notCanonical) {
        const rest = decoded.text.slice(fast.consumed === 0 ? 0 : cleanCp932Length(bytes, fast.consumed));
        const startRecord = fast.count + 1;
        scan = scanRecords(rest, { maxRecords: maxRecords - fast.count, maxIssues, severity: options.severity, startLine: fast.nextLine, startRecord }, accept);
      }
    }
  }
  if ('issues' in scan) {
    for (const i of scan.issues) sink.push(i, { file, kind: tableKind });
    sink.skip(scan.dropped, scan.droppedError);
  }
  if (scan.truncated) sink.add('FILE_TOO_MANY_RECORDS', { file, record: maxRecords + 1 }, { limit: maxRecords });
  reader.finish();
  if (filename?.senderOffice && filename.senderOffice === filename.receiverOffice) sink.add('FILE_SAME_SENDER_RECEIVER', { file });
  rejected.sort((a, b) => a.record - b.record);
  return result(kind, reader.csvVersion, records, sink, filename, rejected, lines, file);
}
