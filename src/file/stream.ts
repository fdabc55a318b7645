/**
 * parseStream: records and issues as they come, for migrations over large archives. Memory is
 * bounded by the longest record (plus one input chunk), not by the file.
 */
import { IssueSink, type Issue, type SeverityOverrides } from '../core/issue.js';
import type { KindId, RecordValues } from '../core/table.js';
import { decodeCp932 } from '../encoding/cp932.js';
import { scanRecords, summaryIssues, type RecordSink } from '../csv/tokenize.js';
import { byteScannerEnabled, scanCanonicalBytes } from '../csv/scan-bytes.js';
import { RecordReader } from './reader.js';
import { parseFilename } from '../filenames/parse.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES } from './limits.js';
import { hasUtf8Bom, looksLikeUtf8, UTF8_PROBE_BYTES } from '../encoding/utf8.js';
import { checkLimit } from '../core/limit.js';

/** A decoding issue of one chunk, with its run's `endOffset` moved to the stream's offsets. */
const shiftEnd = (issue: Issue, base: number): Issue =>
  typeof issue.params?.endOffset === 'number' ? { ...issue, params: { ...issue.params, endOffset: issue.params.endOffset + base } } : issue;

export interface ParseStreamOptions {
  /** The file name; gives the kind and the month when it is standard. */
  readonly name?: string;
  /** The kind, when there is no standard name. */
  readonly kind?: KindId;
  readonly reportValues?: boolean;
  readonly severity?: SeverityOverrides;
  /** Keep at most this many issues, then one summary (default 1000). */
  readonly maxIssues?: number;
  /**
   * Stop with FILE_RECORD_TOO_LARGE when one record grows past this many bytes without ending
   * (default 10 MiB, the per-send limit: no real record comes near it). Bounds the memory.
   */
  readonly maxRecordBytes?: number;
}

export type StreamEvent =
  | { readonly type: 'record'; readonly record: RecordValues; readonly recordNo: number; readonly line: number }
  | { readonly type: 'rejected'; readonly fields: readonly string[]; readonly recordNo: number; readonly line: number }
  | { readonly type: 'issue'; readonly issue: Issue };

/** What parseStream reads: a web ReadableStream, a Node readable (async iterable) or chunks. */
export type ParseStreamSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;
type Source = ParseStreamSource;

const isLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);

/** Length of the prefix of `bytes` that ends on a Shift_JIS character boundary. */
export function sjisBoundary(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) i += isLead(bytes[i]!) ? 2 : 1;
  return i > n ? n - 1 : n;
}

async function* chunksOf(source: Source): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  yield* source as AsyncIterable<Uint8Array>;
}

/** The chunks as one array (the chunk itself when there is only one). */
function concatAll(chunks: readonly Uint8Array[]): Uint8Array {
  const nonEmpty = chunks.filter((c) => c.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Uint8Array(0);
  const out = new Uint8Array(nonEmpty.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of nonEmpty) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}


export async function* parseStream(source: Source, options: ParseStreamOptions = {}): AsyncGenerator<StreamEvent> {
  const file = options.name;
  const maxIssues = checkLimit('parseStream', 'maxIssues', options.maxIssues) ?? DEFAULT_MAX_ISSUES;
  const maxRecordBytes = checkLimit('parseStream', 'maxRecordBytes', options.maxRecordBytes) ?? DEFAULT_MAX_BYTES;
  const sink = new IssueSink(maxIssues, options.severity);
  const filename = file !== undefined ? parseFilename(file) : undefined;
  if (filename) for (const i of filename.issues) sink.push(i, { file });
  const nameKind = filename?.kind;
  const kind = nameKind && nameKind !== 'UPKIHON_IMAGE' ? nameKind : options.kind;
  const drain = function* () {
    for (const issue of sink.drain()) yield { type: 'issue' as const, issue };
  };
  if (!kind) {
    sink.add('FILE_KIND_UNKNOWN', { file });
    yield* drain();
    return;
  }

  let pendingBytes: Uint8Array = new Uint8Array(0);
  let byteBase = 0;
  let text = '';
  let line = 1;
  let recordNo = 1;
  /** The first bytes are held until they tell UTF-8 from CP932. */
  let probing = true;
  const endings = { lf: 0, firstLfLine: 0, cr: 0, firstCrLine: 0 };
  const empty = { count: 0, firstLine: 0 };
  let ready: StreamEvent[] = [];
  const reader = new RecordReader(sink, { file, kind, reportValues: options.reportValues, nameMonth: filename?.targetMonth }, {
    record(record, recordNo, line) {
      for (const issue of sink.drain()) ready.push({ type: 'issue', issue });
      ready.push({ type: 'record', record, recordNo, line });
    },
    rejected(fields, recordNo, line) {
      for (const issue of sink.drain()) ready.push({ type: 'issue', issue });
      ready.push({ type: 'rejected', fields, recordNo, line });
    },
  });
  const accept: RecordSink = (fields, quoted, l, n) => reader.accept(fields, quoted, l, n);
  /** Still reading canonical records straight from the bytes (csv/scan-bytes.ts). */
  let canonical = byteScannerEnabled();
  const flush = function* () {
    const out = ready;
    ready = [];
    yield* out;
    yield* drain();
  };

  const step = function* (chunk: Uint8Array, final: boolean): Generator<StreamEvent> {
    let bytes = concatAll([pendingBytes, chunk]);
    if (probing) {
      // UTF-8 or CP932? Wait for the first UTF8_PROBE_BYTES (or the end), then guess as parseFile does.
      if (!final && bytes.length < UTF8_PROBE_BYTES) {
        pendingBytes = bytes;
        return true;
      }
      probing = false;
      const bom = hasUtf8Bom(bytes);
      if (bom || looksLikeUtf8(bytes.subarray(0, UTF8_PROBE_BYTES), !final || bytes.length > UTF8_PROBE_BYTES)) {
        sink.add(bom ? 'ENCODING_UTF8_BOM' : 'ENCODING_UTF8_INPUT', { file, offset: 0 });
        yield* drain();
        return false;
      }
    }
    if (canonical) {
      // The byte scanner reads while the records are canonical; the first one that is not, and
      // everything after it, goes to the tolerant path below.
      const r = scanCanonicalBytes(bytes, { final, startLine: line, startRecord: recordNo }, accept);
      line = r.nextLine;
      recordNo += r.count;
      byteBase += r.consumed;
      if (!r.notCanonical) {
        pendingBytes = bytes.slice(r.consumed);
        yield* flush();
        return true;
      }
      canonical = false;
      bytes = bytes.subarray(r.consumed);
    }
    const cut = final ? bytes.length : sjisBoundary(bytes);
    pendingBytes = bytes.slice(cut);
    const decoded = decodeCp932(bytes.subarray(0, cut), { maxIssues, severity: options.severity });
    for (const i of decoded.issues) sink.push(shiftEnd(i, byteBase), { file, offset: i.offset === undefined ? undefined : i.offset + byteBase });
    sink.skip(decoded.dropped ?? 0, decoded.droppedError ?? false);
    byteBase += cut;
    text += decoded.text;
    // Empty lines and line ends are counted over the whole stream and reported once, at the end.
    const t = scanRecords(text, { final, summaries: false, startLine: line, startRecord: recordNo, maxIssues, severity: options.severity }, accept);
    text = text.slice(t.consumed);
    line = t.nextLine;
    recordNo += t.count;
    endings.lf += t.lineEndings.lf;
    endings.cr += t.lineEndings.cr;
    if (!endings.firstLfLine && t.lineEndings.lf) endings.firstLfLine = t.lineEndings.firstLfLine;
    if (!endings.firstCrLine && t.lineEndings.cr) endings.firstCrLine = t.lineEndings.firstCrLine;
    if (!empty.firstLine && t.emptyLines.count) empty.firstLine = t.emptyLines.firstLine;
    empty.count += t.emptyLines.count;
    for (const i of t.issues) sink.push(i, { file, kind });
    sink.skip(t.dropped, t.droppedError);
    yield* flush();
    return true;
  };

  // Chunks are held until they add up to as much as the text still unread: a record that spans
  // many chunks is then scanned again only each time its bytes double, so an endless line costs
  // linear time, not quadratic.
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  for await (const chunk of chunksOf(source)) {
    held.push(chunk);
    heldBytes += chunk.length;
    const unread = pendingBytes.length + text.length;
    if (!probing && unread + heldBytes > maxRecordBytes && unread > 0) {
      // After the UTF-8 probe, the unread text is one unfinished record: it will not end in time.
      sink.add('FILE_RECORD_TOO_LARGE', { file, kind, record: recordNo, line }, { limit: maxRecordBytes });
      sink.finish({ file });
      yield* flush();
      return;
    }
    if (heldBytes < unread) continue;
    const go = yield* step(concatAll(held.splice(0)), false);
    heldBytes = 0;
    if (go === false) return;
  }
  if ((yield* step(concatAll(held), true)) === false) return;
  for (const i of summaryIssues(endings, empty)) sink.push(i, { file, kind });
  reader.finish();
  sink.finish({ file });
  yield* flush();
}
