/**
 * A quote-aware CSV tokenizer for the spec's dialect. Tolerant on read: LF or lone CR line ends,
 * a missing final line break, quotes in odd places. It says what it saw as issues and never
 * drops a character: text after a closing quote and stray quotes stay in the field's value.
 */
import { createIssue, makeIssue, type Issue, type IssueLocation, type IssueParams, type SeverityOverrides } from '../core/issue.js';
import { ISSUE_CATALOGUE, type IssueCode } from '../core/codes.js';
import { checkLimit } from '../core/limit.js';

export interface RawRecord {
  readonly fields: string[];
  /** Which fields were enclosed in quotes. */
  readonly quoted: boolean[];
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** 1-based data record number. */
  readonly record: number;
}

export interface TokenizeOptions {
  /** Stop after this many records (the rest is reported by the caller). */
  readonly maxRecords?: number | undefined;
  /**
   * False when more text follows (streaming): a record that reaches the end of the text is then
   * not emitted, and `consumed` tells where the unfinished record starts. Default true.
   */
  readonly final?: boolean | undefined;
  /**
   * Keep at most this many issues; the rest are only counted (`dropped`), never made. A
   * non-negative integer; default: all. Every issue the tokenizer reports goes through it,
   * the summaries of line endings and empty lines included.
   */
  readonly maxIssues?: number | undefined;
  /** Per-code severity overrides, for `droppedError` (the caller's sink applies them to the issues kept). */
  readonly severity?: SeverityOverrides | undefined;
  /**
   * Report the summaries of the text read — CSV_EMPTY_LINE, CSV_LF_LINE_ENDING and
   * CSV_CR_LINE_ENDING, one each with a count — from this call's counts. Default: `final`. A
   * caller that reads in pieces (streaming) passes false on every call, adds up `emptyLines` and
   * `lineEndings`, and reports the totals once with `summaryIssues`.
   */
  readonly summaries?: boolean | undefined;
  /** Line and record numbers of the first record (streaming). Default 1 and 1. */
  readonly startLine?: number | undefined;
  readonly startRecord?: number | undefined;
}

export interface EmptyLineCounts {
  readonly count: number;
  /** Line of the first empty line (0 when none). */
  readonly firstLine: number;
}

export interface LineEndingCounts {
  readonly lf: number;
  readonly firstLfLine: number;
  readonly cr: number;
  readonly firstCrLine: number;
}

/**
 * Receives each record as it is read. `fields` and `quoted` are buffers reused for every record
 * (no allocation per record): read them in the callback, copy what you keep. Return false to stop.
 * `slots`, from the byte scanner only, says in which slot of its value cache each value was found
 * (csv/scan-bytes.ts ValueSlots): a hash of the value, for caches keyed by value.
 */
export type RecordSink = (fields: readonly string[], quoted: readonly boolean[], line: number, record: number, slots?: Int32Array) => boolean | void;

export interface ScanResult {
  readonly issues: Issue[];
  /** Issues left out by maxIssues, and whether one of them was an error. */
  readonly dropped: number;
  readonly droppedError: boolean;
  /** Records emitted. */
  readonly count: number;
  /** True when maxRecords stopped the tokenizer early. */
  readonly truncated: boolean;
  /** Characters of the text that the emitted records (and skipped empty lines) cover. */
  readonly consumed: number;
  /** The line number after the consumed text. */
  readonly nextLine: number;
  readonly lineEndings: LineEndingCounts;
  readonly emptyLines: EmptyLineCounts;
}

/**
 * Fields a record may have before the rest of it is kept as one last field (CSV_TOO_MANY_FIELDS).
 * Far above any layout (63 at most), far below what would make a hostile line costly.
 */
export const MAX_FIELDS = 1024;

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

export interface TokenizeResult extends ScanResult {
  readonly records: RawRecord[];
}

/** Reads every record into memory (see `scanRecords` for the allocation-free form). */
export function tokenize(text: string, options: TokenizeOptions = {}): TokenizeResult {
  const records: RawRecord[] = [];
  const result = scanRecords(text, options, (fields, quoted, line, record) => {
    records.push({ fields: fields.slice(), quoted: quoted.slice(), line, record });
  });
  return { ...result, records };
}

/** The tokenizer proper: calls `onRecord` for each record, in order. */
export function scanRecords(text: string, options: TokenizeOptions, onRecord: RecordSink): ScanResult {
  let count = 0;
  const quoted: boolean[] = [];
  // Reused for every record. While field i is read, fields[i] still holds the previous record's
  // value: when the text is the same (common: one user's rows repeat most fields), that string is
  // reused instead of allocating a new one, which saves most of the garbage of a large file.
  const fields: string[] = [];
  let nf = 0;
  /** text[from, to) as a string, reusing the previous record's value of this field when equal. */
  const sliceField = (from: number, to: number): string => {
    const prev = fields[nf];
    const len = to - from;
    if (prev === undefined || prev.length !== len) return text.slice(from, to);
    // Values that change between rows mostly differ at the end (dates, counts): check that first.
    if (len > 0 && prev.charCodeAt(len - 1) !== text.charCodeAt(to - 1)) return text.slice(from, to);
    if (len > 16) return text.startsWith(prev, from) ? prev : text.slice(from, to);
    for (let i = 0; i < len - 1; i++) if (prev.charCodeAt(i) !== text.charCodeAt(from + i)) return text.slice(from, to);
    return prev;
  };
  const issues: Issue[] = [];
  const maxIssues = checkLimit('scanRecords', 'maxIssues', options.maxIssues) ?? Infinity;
  const overrides = options.severity;
  let dropped = 0;
  let droppedError = false;
  /** Keeps an issue, or past the cap only counts it (no object is made). */
  const report = (code: IssueCode, location: IssueLocation, params?: IssueParams) => {
    if (issues.length < maxIssues) issues.push(createIssue(code, location, params));
    else {
      dropped++;
      if ((overrides?.[code] ?? ISSUE_CATALOGUE[code]) === 'error') droppedError = true;
    }
  };
  let emptyLines = 0;
  let firstEmptyLine = 0;
  const maxRecords = checkLimit('scanRecords', 'maxRecords', options.maxRecords) ?? Infinity;
  const final = options.final ?? true;
  const firstRecord = options.startRecord ?? 1;
  const n = text.length;
  let pos = 0;
  let line = options.startLine ?? 1;
  let consumed = 0;
  let consumedLine = line;
  let lfEnds = 0;
  let firstLfLine = 0;
  let crEnds = 0;
  let firstCrLine = 0;
  let truncated = false;
  // Next position of each special character at or after `pos` (n when none). Advanced lazily:
  // the scan is done by native indexOf, each character is looked at a bounded number of times.
  let nextQuote = -1;
  let nextLf = -1;
  const find = (ch: string, from: number) => {
    const i = text.indexOf(ch, from);
    return i === -1 ? n : i;
  };
  /** Counts LF in [from, to) using the cached LF position. */
  const lfsBefore = (from: number, to: number) => {
    let count = 0;
    if (nextLf < from) nextLf = find('\n', from);
    while (nextLf < to) {
      count++;
      nextLf = find('\n', nextLf + 1);
    }
    return count;
  };

  while (pos < n) {
    if (count >= maxRecords) {
      truncated = true;
      break;
    }
    const startLine = line;
    const startPos = pos;
    // An empty line, the common case of a hostile file (10 MB of CR): no field machinery. A CR
    // at the end of a chunk may be half of a CRLF: the general path below leaves it for later.
    const first = text.charCodeAt(pos);
    if (first === LF || (first === CR && (final || pos + 1 < n))) {
      if (emptyLines++ === 0) firstEmptyLine = line;
      if (first === LF) {
        if (lfEnds++ === 0) firstLfLine = line;
        pos++;
      } else if (text.charCodeAt(pos + 1) === LF) {
        pos += 2;
      } else {
        if (crEnds++ === 0) firstCrLine = line;
        pos++;
      }
      line++;
      consumed = pos;
      consumedLine = line;
      continue;
    }
    const issueMark = issues.length;
    const droppedMark = dropped;
    const droppedErrorMark = droppedError;
    const recordNo = firstRecord + count;
    nf = 0;
    // Past MAX_FIELDS, fields are only counted, and the text from the first of them to the end of
    // the record becomes one last field: a line of a million commas costs no million-slot arrays.
    let overflowAt = -1;
    let overflowFields = 0;
    let contentEnd = n;
    let unterminated = false;
    let atEnd = false;
    for (;;) {
      const fieldStart = pos;
      let value: string;
      let isQuoted = false;
      if (text.charCodeAt(pos) === QUOTE) {
        isQuoted = true;
        const openLine = line;
        const inside = ++pos;
        // The value is the text up to the closing quote with each "" made one ": sliced once at
        // the end, so that a field of a million doubled quotes is not a million concatenations.
        let doubled = false;
        for (;;) {
          if (nextQuote < pos) nextQuote = find('"', pos);
          const q = nextQuote;
          if (q >= n) {
            line += lfsBefore(pos, n);
            report('CSV_UNTERMINATED_QUOTE', { line: openLine, record: recordNo, fieldNo: nf + 1 });
            unterminated = true;
            pos = n;
            break;
          }
          line += lfsBefore(pos, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            doubled = true;
            pos = q + 2;
            continue;
          }
          pos = q;
          break;
        }
        // Inside the quotes every quote is half of a "" (an odd one would have closed the field).
        value = doubled ? undouble(text, inside, pos) : sliceField(inside, pos);
        if (!unterminated) pos++;
        // Anything between the closing quote and the delimiter is kept, and reported.
        if (pos < n) {
          const c = text.charCodeAt(pos);
          if (c !== COMMA && c !== CR && c !== LF) {
            const start = pos;
            while (pos < n) {
              const d = text.charCodeAt(pos);
              if (d === COMMA || d === CR || d === LF) break;
              pos++;
            }
            value += text.slice(start, pos);
            report('CSV_TEXT_AFTER_QUOTE', { line, record: recordNo, fieldNo: nf + 1 });
          }
        }
      } else {
        // Unquoted fields are short: a plain loop beats a native search per field.
        let end = pos;
        let c = 0;
        while (end < n) {
          c = text.charCodeAt(end);
          if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          end++;
        }
        if (c === QUOTE && end < n) {
          // A stray quote: keep it in the value and read on to the real end of the field.
          report('CSV_STRAY_QUOTE', { line, record: recordNo, fieldNo: nf + 1 });
          while (end < n) {
            c = text.charCodeAt(end);
            if (c === COMMA || c === LF || c === CR) break;
            end++;
          }
        }
        value = sliceField(pos, end);
        pos = end;
      }
      if (nf < MAX_FIELDS) {
        quoted[nf] = isQuoted;
        fields[nf++] = value;
      } else if (overflowFields++ === 0) overflowAt = fieldStart;
      if (pos >= n) {
        atEnd = true;
        // The text ended inside this record: no line break after the last record.
        if (!unterminated) report('CSV_NO_FINAL_NEWLINE', { line, record: recordNo });
        break;
      }
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos++;
        if (pos >= n) {
          // "a,b," at EOF: the record ends with one more empty field.
          if (nf < MAX_FIELDS) {
            quoted[nf] = false;
            fields[nf++] = '';
          } else if (overflowFields++ === 0) overflowAt = pos;
          report('CSV_NO_FINAL_NEWLINE', { line, record: recordNo });
          atEnd = true;
          break;
        }
        continue;
      }
      contentEnd = pos;
      if (c === CR) {
        if (!final && pos + 1 >= n) {
          // A CR at the end of a chunk may be the first half of CRLF.
          atEnd = true;
          break;
        }
        if (text.charCodeAt(pos + 1) === LF) {
          pos += 2;
        } else {
          pos += 1;
          if (crEnds++ === 0) firstCrLine = line;
        }
      } else {
        pos += 1;
        if (lfEnds++ === 0) firstLfLine = line;
      }
      line++;
      break;
    }
    if (atEnd && !final) {
      // Unfinished record: leave it (and what it reported) for the next chunk.
      issues.length = issueMark;
      dropped = droppedMark;
      droppedError = droppedErrorMark;
      line = startLine;
      pos = startPos;
      break;
    }
    consumed = pos;
    consumedLine = line;
    if (overflowAt >= 0) {
      report('CSV_TOO_MANY_FIELDS', { line: startLine, record: recordNo }, { count: nf + overflowFields, limit: MAX_FIELDS });
      quoted[nf] = false;
      fields[nf++] = text.slice(overflowAt, contentEnd);
    }
    fields.length = nf;
    quoted.length = nf;
    if (nf === 1 && !quoted[0] && fields[0] === '') {
      if (emptyLines++ === 0) firstEmptyLine = startLine;
      continue;
    }
    count++;
    if (onRecord(fields, quoted, startLine, recordNo) === false) {
      truncated = true;
      break;
    }
  }
  const lineEndings = { lf: lfEnds, firstLfLine, cr: crEnds, firstCrLine };
  const empty = { count: emptyLines, firstLine: firstEmptyLine };
  // One issue per kind of oddity, with a count: a file of a million empty lines is one issue.
  if (options.summaries ?? final) {
    if (emptyLines > 0) report('CSV_EMPTY_LINE', { line: firstEmptyLine }, { count: emptyLines });
    if (lfEnds > 0) report('CSV_LF_LINE_ENDING', { line: firstLfLine }, { count: lfEnds });
    if (crEnds > 0) report('CSV_CR_LINE_ENDING', { line: firstCrLine }, { count: crEnds });
  }
  return { issues, dropped, droppedError, count, truncated, consumed: truncated ? pos : consumed, nextLine: consumedLine, lineEndings, emptyLines: empty };
}

/** The summaries of a text read in pieces, from the totals of its calls (see `summaries`). */
export function summaryIssues(e: LineEndingCounts, empty: EmptyLineCounts): Issue[] {
  const out: Issue[] = [];
  if (empty.count > 0) out.push(makeIssue('CSV_EMPTY_LINE', { line: empty.firstLine }, { count: empty.count }));
  return out.concat(lineEndingIssues(e));
}

/**
 * text[from, to) with each "" made one " (inside a quoted field every quote is half of a pair).
 * A long value is copied once into code units and made a string in chunks: `replaceAll` on a
 * field of five million doubled quotes took about 0.9 s and 180 MB, this about 0.1 s and 20 MB.
 */
function undouble(text: string, from: number, to: number): string {
  if (to - from <= 1024) return text.slice(from, to).replaceAll('""', '"');
  const units = new Uint16Array(to - from);
  let j = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    units[j++] = c;
    if (c === QUOTE) i++;
  }
  let out = '';
  for (let i = 0; i < j; i += 0x2000) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + 0x2000, j)) as unknown as number[]);
  return out;
}

/** One issue per kind of non-CRLF line ending, at its first line, with the count. */
export function lineEndingIssues(e: LineEndingCounts): Issue[] {
  const out: Issue[] = [];
  if (e.lf > 0) out.push(makeIssue('CSV_LF_LINE_ENDING', { line: e.firstLfLine }, { count: e.lf }));
  if (e.cr > 0) out.push(makeIssue('CSV_CR_LINE_ENDING', { line: e.firstCrLine }, { count: e.cr }));
  return out;
}
