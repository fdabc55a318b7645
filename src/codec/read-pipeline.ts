/**
 * The one read path of parseFile and parseStream: bytes → (UTF-8 probe) → byte scanner while the
 * records are canonical → from the first record that is not, decode and the tolerant tokenizer →
 * records (RecordReader: layout, field and record checks) → issues. parseFile pushes the whole
 * file as one chunk; parseStream pushes chunks as they come. A difference between the two can
 * only come from chunking.
 *
 * Issues arrive in the order they are met: the issues of records read by the byte scanner, then,
 * for each piece the tolerant path decodes, its decoding issues, then the issues of its records.
 */
import type { Issue, IssueSink, SeverityOverrides } from '../core/issue.js';
import type { KindId } from '../spec/kind.js';
import type { ParsedFilename } from '../filenames/parse.js';
import type { RecordCollector } from '../check/collector.js';
import { decodeCp932 } from '../encoding/cp932.js';
import { hasUtf8Bom, looksLikeUtf8, UTF8_PROBE_BYTES } from '../encoding/utf8.js';
import { byteScannerEnabled, scanCanonicalBytes } from '../csv/scan-bytes.js';
import { scanRecords, summaryIssues, type RecordSink } from '../csv/tokenize.js';
import { RecordReader, type ReaderEvents } from './record-reader.js';
import { ByteLocator } from './byte-locator.js';

export interface ReadOptions {
  readonly file?: string | undefined;
  readonly kind: KindId;
  readonly reportValues?: boolean | undefined;
  /** The parsed file name, when there is one (its month and parties are checked against the content). */
  readonly filename?: ParsedFilename | null | undefined;
  readonly acceptUtf8?: boolean | undefined;
  /** Stop reading records after this many (the rest is still decoded, for its encoding issues). */
  readonly maxRecords: number;
  /** Cap of the decoder's and the tokenizer's own issues per call (the sink caps the whole). */
  readonly maxIssues: number;
  readonly severity?: SeverityOverrides | undefined;
  /** Collectors of rules across files, fed every record. */
  readonly collectors?: readonly RecordCollector[] | undefined;
  /** False: the check path, no record object per row (see ReaderOptions.records). */
  readonly records?: boolean | undefined;
}

/** `skip`: past maxRecords, CP932 is only decoded (for its issues); `done`: the rest is ignored. */
type Phase = 'probe' | 'canonical' | 'tolerant' | 'utf8' | 'skip' | 'done' | 'stopped';

/** A limit as the scanners take it: absent when there is none. */
const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined);

const isLead = (b: number) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);

/** Length of the prefix of `bytes` that ends on a Shift_JIS character boundary. */
export function sjisBoundary(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) i += isLead(bytes[i]!) ? 2 : 1;
  return i > n ? n - 1 : n;
}

/** The chunks as one array (the chunk itself when there is only one non-empty one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
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

const LF = 0x0a;
const EOF_MARK = 0x1a;

/** How many 0x1A bytes end `bytes`. */
function eofRunLength(bytes: Uint8Array): number {
  let n = 0;
  while (n < bytes.length && bytes[bytes.length - 1 - n] === EOF_MARK) n++;
  return n;
}

export class ReadPipeline {
  private phase: Phase = 'probe';
  /** Bytes not yet read: the probe, or an unfinished record. */
  private pending: Uint8Array = new Uint8Array(0);
  /** 0x1A bytes at the end of what was pushed so far, held back until it is known whether the input ends there. */
  private eofMarks: Uint8Array = new Uint8Array(0);
  /** Decoded text not yet tokenized (an unfinished record), tolerant and UTF-8 phases. */
  private text = '';
  /** Offset in the whole input of `pending[0]`. */
  private byteBase = 0;
  private line = 1;
  private recordNo = 1;
  private readonly endings = { lf: 0, firstLfLine: 0, cr: 0, firstCrLine: 0 };
  private readonly empty = { count: 0, firstLine: 0 };
  private readonly reader: RecordReader;
  private readonly accept: RecordSink;
  private utf8: TextDecoder | undefined;
  /** Line, record and 項目No. of the bytes the tolerant path decodes (for its encoding issues). */
  private locator: ByteLocator | undefined;

  constructor(
    private readonly sink: IssueSink,
    private readonly options: ReadOptions,
    events: ReaderEvents,
  ) {
    const { file, kind, reportValues, filename, collectors, records } = options;
    this.reader = new RecordReader(sink, { file, kind, reportValues, nameMonth: filename?.targetMonth, filename, collectors, records }, events);
    this.accept = (fields, quoted, line, recordNo, slots) => this.reader.accept(fields, quoted, line, recordNo, slots);
  }

  /** The CSVバージョン of the first record, once read. */
  get csvVersion(): string | null {
    return this.reader.csvVersion;
  }

  /** Bytes and characters held back, waiting for the end of a record (or of the probe). */
  get unread(): number {
    return this.pending.length + this.eofMarks.length + this.text.length;
  }

  /** Where the next record starts (the unfinished one, while bytes are held). */
  get nextRecord(): number {
    return this.recordNo;
  }
  get nextLine(): number {
    return this.line;
  }

  /** True once the probe is done (the held bytes are then an unfinished record). */
  get probed(): boolean {
    return this.phase !== 'probe';
  }

  /** False once reading has stopped for good (UTF-8 refused). */
  get reading(): boolean {
    return this.phase !== 'stopped';
  }

  /** Reads the next bytes of the input; `final` with the last ones. */
  push(chunk: Uint8Array, final: boolean): void {
    const atRecordStart = this.pending.length === 0 && this.text === '';
    let bytes = this.pending.length > 0 || this.eofMarks.length > 0 ? concatBytes([this.pending, this.eofMarks, chunk]) : chunk;
    this.pending = new Uint8Array(0);
    this.eofMarks = new Uint8Array(0);
    // A run of 0x1A (the DOS end-of-file mark some Windows software appends) at the very end of the
    // input, on a line of its own, is not read: it is held back until the input ends, then dropped
    // with one CSV_EOF_MARKER. Anywhere else it is a control character like any other.
    const run = eofRunLength(bytes);
    const start = bytes.length - run;
    let marks: { readonly offset: number; readonly count: number } | undefined;
    if (run > 0 && !final) {
      this.eofMarks = bytes.slice(start);
      bytes = bytes.subarray(0, start);
    } else if (run > 0 && (start > 0 ? bytes[start - 1] === LF : atRecordStart)) {
      marks = { offset: this.byteBase + start, count: run };
      bytes = bytes.subarray(0, start);
    }
    this.read(bytes, final);
    // Reported once the records before it are read: its line is the one after them.
    if (marks) this.sink.add('CSV_EOF_MARKER', { file: this.options.file, offset: marks.offset, line: this.line }, { count: marks.count });
  }

  private read(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk;
    if (this.phase === 'probe') {
      if (!final && bytes.length < UTF8_PROBE_BYTES) {
        this.pending = bytes;
        return;
      }
      this.phase = this.probe(bytes, final);
    }
    if (this.phase === 'canonical') {
      const remaining = this.options.maxRecords - (this.recordNo - 1);
      const r = scanCanonicalBytes(bytes, { final, startLine: this.line, startRecord: this.recordNo, maxRecords: finite(remaining) }, this.accept);
      this.line = r.nextLine;
      this.recordNo += r.count;
      this.byteBase += r.consumed;
      bytes = bytes.subarray(r.consumed);
      if (r.truncated) this.stopAtMaxRecords();
      else if (r.notCanonical) this.phase = 'tolerant';
      else {
        this.pending = bytes.slice();
        return;
      }
    }
    if (this.phase === 'tolerant' || this.phase === 'skip') this.decodeAndScan(bytes, final);
    else if (this.phase === 'utf8') this.scanText(this.utf8!.decode(bytes, { stream: !final }), final);
  }

  /** After the final push: the summaries of the whole file, and the reader's end-of-file checks. */
  finish(): void {
    if (this.phase === 'stopped') return;
    const at = { file: this.options.file, kind: this.options.kind };
    for (const i of summaryIssues(this.endings, this.empty)) this.sink.push(i, at);
    this.reader.finish();
    const name = this.options.filename;
    if (name?.senderOffice && name.senderOffice === name.receiverOffice) this.sink.add('FILE_SAME_SENDER_RECEIVER', { file: this.options.file });
  }

  /** UTF-8 or CP932? Decided on the first UTF8_PROBE_BYTES (or the whole input, when shorter). */
  private probe(bytes: Uint8Array, final: boolean): Phase {
    const bom = hasUtf8Bom(bytes);
    if (bom || looksLikeUtf8(bytes.subarray(0, UTF8_PROBE_BYTES), !final || bytes.length > UTF8_PROBE_BYTES)) {
      this.sink.add(bom ? 'ENCODING_UTF8_BOM' : 'ENCODING_UTF8_INPUT', { file: this.options.file, offset: 0 });
      if (!this.options.acceptUtf8) return 'stopped';
      this.utf8 = new TextDecoder('utf-8');
      return 'utf8';
    }
    return byteScannerEnabled() ? 'canonical' : 'tolerant';
  }

  private stopAtMaxRecords(): void {
    const { file, maxRecords } = this.options;
    this.sink.addAlways('FILE_TOO_MANY_RECORDS', { file, record: maxRecords + 1 }, { limit: maxRecords });
    // The rest is not read as records, but CP932 is still decoded: its encoding issues are reported.
    this.phase = this.phase === 'utf8' ? 'done' : 'skip';
    this.text = '';
  }

  /** Decodes up to a character boundary (all of it when final) and tokenizes what was decoded. */
  private decodeAndScan(bytes: Uint8Array, final: boolean): void {
    const cut = final ? bytes.length : sjisBoundary(bytes);
    this.pending = bytes.slice(cut);
    const { file, kind, severity } = this.options;
    // Only as many issues as the sink can still keep are made; the rest are counted.
    const decoded = decodeCp932(bytes.subarray(0, cut), { maxIssues: this.cap, severity });
    // The first piece decoded starts at a record boundary (the byte scanner reads whole records).
    this.locator ??= new ByteLocator(this.line, this.recordNo);
    this.locator.begin(bytes);
    for (const issue of decoded.issues) {
      const where = issue.offset === undefined ? undefined : this.locator.at(issue.offset);
      this.sink.push(this.shifted(issue), where ? { file, kind, line: where.line, record: where.record, fieldNo: where.fieldNo } : { file });
    }
    this.locator.end(cut);
    this.sink.skip(decoded.dropped ?? 0, decoded.droppedError ?? false);
    this.byteBase += cut;
    if (this.phase === 'tolerant') this.scanText(decoded.text, final);
  }

  /** The cap for the decoder and the tokenizer: what the sink can still keep (none when unlimited). */
  private get cap(): number | undefined {
    return finite(Math.min(this.options.maxIssues, this.sink.room));
  }

  /**
   * A decoding issue with its offsets in the whole input. Its `index` (a character index in the
   * piece decoded at once) depends on the chunking, so it is left out; so are the bytes and the
   * character (content), unless the caller asked for values.
   */
  private shifted<I extends Issue>(issue: I): I {
    const { index: _index, endOffset, bytes, char, codePoint, canonical, ...params } = (issue.params ?? {}) as Record<string, string | number>;
    if (typeof endOffset === 'number') params.endOffset = endOffset + this.byteBase;
    // The bytes and characters are the file's content (a 外字 or an NEC-selected kanji is often part
    // of a name): only with reportValues, as `value`. A control character's code point is kept: it
    // names one of a closed set of non-printing characters, which is the whole diagnosis.
    if (issue.code === 'ENCODING_CONTROL_CHARACTER') {
      if (codePoint !== undefined) params.codePoint = codePoint;
    } else if (this.options.reportValues) {
      const shown = [char, codePoint, bytes, canonical === undefined ? undefined : `→ ${canonical}`].filter((v) => v !== undefined).join(' ');
      if (shown !== '') params.value = shown;
    }
    return { ...issue, params, ...(issue.offset === undefined ? {} : { offset: issue.offset + this.byteBase }) };
  }

  /** Tokenizes the held text plus `more`; keeps an unfinished last record for the next call. */
  private scanText(more: string, final: boolean): void {
    const text = this.text + more;
    const { maxRecords, severity, file, kind } = this.options;
    const remaining = maxRecords - (this.recordNo - 1);
    const t = scanRecords(
      text,
      { final, startLine: this.line, startRecord: this.recordNo, maxRecords: finite(remaining), maxIssues: this.cap, severity, summaries: false },
      this.accept,
    );
    this.text = text.slice(t.consumed);
    this.line = t.nextLine;
    this.recordNo += t.count;
    this.endings.lf += t.lineEndings.lf;
    this.endings.cr += t.lineEndings.cr;
    if (!this.endings.firstLfLine && t.lineEndings.lf) this.endings.firstLfLine = t.lineEndings.firstLfLine;
    if (!this.endings.firstCrLine && t.lineEndings.cr) this.endings.firstCrLine = t.lineEndings.firstCrLine;
    if (!this.empty.firstLine && t.emptyLines.count) this.empty.firstLine = t.emptyLines.firstLine;
    this.empty.count += t.emptyLines.count;
    for (const i of t.issues) this.sink.push(i, { file, kind });
    this.sink.skip(t.dropped, t.droppedError);
    if (t.truncated) this.stopAtMaxRecords();
  }
}
