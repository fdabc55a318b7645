/**
 * A quote-aware CSV tokenizer for the spec's dialect. Tolerant on read: LF or lone CR line ends,
 * a missing final line break, quotes in odd places. It says what it saw as issues and never
 * drops a character: text after a closing quote and stray quotes stay in the field's value.
 */
import { makeIssue, type Issue } from '../core/issue.js';

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
  readonly maxRecords?: number;
  /**
   * False when more text follows (streaming): a record that reaches the end of the text is then
   * not emitted, and `consumed` tells where the unfinished record starts. Default true.
   */
  readonly final?: boolean;
  /** Line and record numbers of the first record (streaming). Default 1 and 1. */
  readonly startLine?: number;
  readonly startRecord?: number;
}

export interface LineEndingCounts {
  readonly lf: number;
  readonly firstLfLine: number;
  readonly cr: number;
  readonly firstCrLine: number;
}

export interface TokenizeResult {
  readonly records: RawRecord[];
  readonly issues: Issue[];
  /** True when maxRecords stopped the tokenizer early. */
  readonly truncated: boolean;
  /** Characters of the text that the emitted records (and skipped empty lines) cover. */
  readonly consumed: number;
  /** The line number after the consumed text. */
  readonly nextLine: number;
  readonly lineEndings: LineEndingCounts;
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Counts LF in text[from, to). */
function countLf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function tokenize(text: string, options: TokenizeOptions = {}): TokenizeResult {
  const records: RawRecord[] = [];
  const issues: Issue[] = [];
  const maxRecords = options.maxRecords ?? Infinity;
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

  while (pos < n) {
    if (records.length >= maxRecords) {
      truncated = true;
      break;
    }
    const startLine = line;
    const startPos = pos;
    const issueMark = issues.length;
    const recordNo = firstRecord + records.length;
    const fields: string[] = [];
    const quoted: boolean[] = [];
    let ended = false;
    let unterminated = false;
    let atEnd = false;
    while (!ended) {
      let value: string;
      let isQuoted = false;
      if (text.charCodeAt(pos) === QUOTE) {
        isQuoted = true;
        const openLine = line;
        pos++;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q === -1) {
            parts += text.slice(pos);
            line += countLf(text, pos, n);
            issues.push(makeIssue('CSV_UNTERMINATED_QUOTE', { line: openLine, record: recordNo, fieldNo: fields.length + 1 }));
            unterminated = true;
            pos = n;
            break;
          }
          line += countLf(text, pos, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(pos, q + 1);
            pos = q + 2;
            continue;
          }
          parts += text.slice(pos, q);
          pos = q + 1;
          break;
        }
        value = parts;
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
            issues.push(makeIssue('CSV_TEXT_AFTER_QUOTE', { line, record: recordNo, fieldNo: fields.length + 1 }));
          }
        }
      } else {
        const start = pos;
        let stray = false;
        while (pos < n) {
          const c = text.charCodeAt(pos);
          if (c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) stray = true;
          pos++;
        }
        value = text.slice(start, pos);
        if (stray) issues.push(makeIssue('CSV_STRAY_QUOTE', { line, record: recordNo, fieldNo: fields.length + 1 }));
      }
      fields.push(value);
      quoted.push(isQuoted);
      if (pos >= n) {
        ended = true;
        atEnd = true;
        // The text ended inside this record: no line break after the last record.
        if (!unterminated) issues.push(makeIssue('CSV_NO_FINAL_NEWLINE', { line, record: recordNo }));
        break;
      }
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos++;
        if (pos >= n) {
          // "a,b," at EOF: the record ends with one more empty field.
          fields.push('');
          quoted.push(false);
          issues.push(makeIssue('CSV_NO_FINAL_NEWLINE', { line, record: recordNo }));
          ended = true;
          atEnd = true;
        }
        continue;
      }
      if (c === CR) {
        if (!final && pos + 1 >= n) {
          // A CR at the end of a chunk may be the first half of CRLF.
          atEnd = true;
          ended = true;
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
      ended = true;
    }
    if (fields.length === 1 && !quoted[0] && fields[0] === '') {
      issues.push(makeIssue('CSV_EMPTY_LINE', { line: startLine }));
      continue;
    }
    records.push({ fields, quoted, line: startLine, record: recordNo });
  }
  const lineEndings = { lf: lfEnds, firstLfLine, cr: crEnds, firstCrLine };
  if (final) issues.push(...lineEndingIssues(lineEndings));
  return { records, issues, truncated, consumed: truncated ? pos : consumed, nextLine: consumedLine, lineEndings };
}

/** One issue per kind of non-CRLF line ending, at its first line, with the count. */
export function lineEndingIssues(e: LineEndingCounts): Issue[] {
  const out: Issue[] = [];
  if (e.lf > 0) out.push(makeIssue('CSV_LF_LINE_ENDING', { line: e.firstLfLine }, { count: e.lf }));
  if (e.cr > 0) out.push(makeIssue('CSV_CR_LINE_ENDING', { line: e.firstCrLine }, { count: e.cr }));
  return out;
}
