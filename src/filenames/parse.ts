/**
 * parseFilename: recognise a file name by the grammars of grammar.ts. Never throws, for any
 * string. The name is treated as a plain string, never as a path; hostile names are reported.
 *
 * No regular expression runs over the name: the length is checked first (255), then single
 * linear scans, then fixed-width segment checks.
 */
import { makeIssue, type Issue, type IssueParams } from '../core/issue.js';
import {
  GRAMMARS_LONGEST_PREFIX_FIRST,
  describePattern,
  hasSegmentShape,
  segmentValueProblem,
  type FileKindId,
  type FilenameConvention,
  type FilenameGrammar,
  type FilenameParts,
  type SegmentSpec,
} from './grammar.js';

export interface ParsedFilename extends Partial<FilenameParts> {
  /** No error-severity issue. */
  ok: boolean;
  /** Set whenever the prefix is recognised, even if the rest is broken. */
  kind?: FileKindId | undefined;
  /** Set when the whole name matched a grammar (possibly with an invalid month or timestamp). */
  convention?: FilenameConvention | undefined;
  /** The text after the last `.` as written, without the dot. */
  extension?: string | undefined;
  issues: Issue[];
}

/** Longest accepted file name, in UTF-16 code units. */
export const FILENAME_MAX_LENGTH = 255;

/** Longest segment value echoed in issue params. */
const MAX_ECHO = 20;

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const isControl = (c: number): boolean =>
  c <= 0x1f ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x2028 ||
  c === 0x2029 ||
  // bidi embeddings/overrides/isolates: they can disguise an extension (…‮VSC.exe)
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/** The full-width forms the spec's PDF invites: digits, Latin letters, low line, full stop. */
const isFullwidthLookalike = (c: number): boolean =>
  (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff3f || c === 0xff0e;

const COMBINING_LOW_LINE = 0x0332;

/** Path separators, `..` segments and control characters. */
function unsafeIssues(name: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const reason = c === 0x2f || c === 0x5c ? 'separator' : isControl(c) ? 'control' : undefined;
    if (reason !== undefined && !seen.has(c)) {
      seen.add(c);
      issues.push(makeIssue('FILENAME_UNSAFE_CHARACTER', {}, { reason, codePoint: hex(c), position: i + 1 }));
    }
  }
  // `..` as a path segment (between separators, or the whole name)
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : -1;
    if (c === 0x2f || c === 0x5c || c === -1) {
      if (i - start === 2 && name.charCodeAt(start) === 0x2e && name.charCodeAt(start + 1) === 0x2e) {
        issues.push(makeIssue('FILENAME_UNSAFE_CHARACTER', {}, { reason: 'parent-segment', codePoint: hex(0x2e), position: start + 1 }));
        break;
      }
      start = i + 1;
    }
  }
  return issues;
}

/** Maps the listed full-width forms to ASCII (what NFKC does to them, and nothing else). */
function foldFullwidth(name: string, issues: Issue[]): string {
  let first = -1;
  let count = 0;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isFullwidthLookalike(c)) {
      if (first < 0) first = i;
      count++;
      out += String.fromCharCode(c - 0xfee0);
    } else {
      out += name[i];
    }
  }
  if (count === 0) return name;
  issues.push(makeIssue('FILENAME_FULLWIDTH_CHARACTER', {}, { codePoint: hex(name.charCodeAt(first)), position: first + 1, count }));
  return out;
}

/** Replaces U+0332 COMBINING LOW LINE (an underscore copied from the PDF) by `_`. */
function foldLookalikeUnderscore(name: string, issues: Issue[]): string {
  let first = -1;
  let count = 0;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === COMBINING_LOW_LINE) {
      if (first < 0) first = i;
      count++;
      // `_` + U+0332 is one underscore; a space + U+0332 is an underlined gap, also one
      if (out.endsWith(' ')) out = `${out.slice(0, -1)}_`;
      else if (!out.endsWith('_')) out += '_';
    } else {
      out += name[i];
    }
  }
  if (count === 0) return name;
  issues.push(makeIssue('FILENAME_LOOKALIKE_UNDERSCORE', {}, { codePoint: hex(COMBINING_LOW_LINE), position: first + 1, count }));
  return out;
}

const asciiUpper = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : s[i];
  }
  return out;
};

function findGrammar(stem: string): FilenameGrammar | undefined {
  for (const g of GRAMMARS_LONGEST_PREFIX_FIRST) {
    if (stem.startsWith(g.prefix) && (stem.length === g.prefix.length || stem.charCodeAt(g.prefix.length) === 0x5f)) return g;
  }
  return undefined;
}

interface Structure {
  kind?: FileKindId | undefined;
  convention?: FilenameConvention | undefined;
  parts?: Partial<FilenameParts> | undefined;
}

function unknownPattern(kind: FileKindId, convention: FilenameConvention, extra: Record<string, string> = {}): Issue {
  const params: Record<string, string> = { expected: describePattern(kind, convention), ...extra };
  return makeIssue('FILENAME_UNKNOWN_PATTERN', {}, params as IssueParams);
}

/** Matches a (folded) name against the grammars. */
function parseStructure(s: string, issues: Issue[]): Structure {
  const dot = s.lastIndexOf('.');
  const stem = dot >= 0 ? s.slice(0, dot) : s;
  const ext = dot >= 0 ? s.slice(dot + 1) : undefined;
  const grammar = findGrammar(stem);
  if (grammar === undefined) {
    issues.push(makeIssue('FILENAME_UNKNOWN_PATTERN'));
    return {};
  }
  const kind = grammar.kind;
  const extOk = ext !== undefined && asciiUpper(ext) === asciiUpper(grammar.extension);
  if (extOk && grammar.extension === 'CSV' && ext !== 'CSV') {
    issues.push(makeIssue('FILENAME_LOWERCASE_EXTENSION', {}, { extension: ext.slice(0, MAX_ECHO) }));
  }
  let values = stem.length === grammar.prefix.length ? [] : stem.slice(grammar.prefix.length + 1).split('_');
  let convention: FilenameConvention | undefined;
  let segments: readonly SegmentSpec[] | undefined;
  const match = () => {
    for (const c of grammar.conventions) {
      const candidate = grammar.segments[c];
      if (candidate !== undefined && candidate.length === values.length) {
        convention = c;
        segments = candidate;
      }
    }
  };
  match();
  // UPKIHON_000000_…: the 本文 3.4 example's extra segment, read with a warning (a doubt).
  if (
    convention === undefined &&
    grammar.doubtfulLeading !== undefined &&
    values[0] === grammar.doubtfulLeading &&
    values.length === grammar.segments.v4.length + 1
  ) {
    values = values.slice(1);
    match();
    if (convention === 'v4') issues.push(makeIssue('FILENAME_UPKIHON_MONTH_SEGMENT'));
    else convention = segments = undefined;
  }
  if (convention === undefined || segments === undefined) {
    issues.push(unknownPattern(kind, 'v4'));
    return { kind };
  }
  for (let i = 0; i < segments.length; i++) {
    const spec = segments[i]!;
    const value = values[i]!;
    if (!hasSegmentShape(spec, value)) {
      const extra: Record<string, string> = { segment: spec.part };
      if (value.length <= MAX_ECHO) extra.value = value;
      issues.push(unknownPattern(kind, convention, extra));
      return { kind };
    }
  }
  if (!extOk) {
    const extra: Record<string, string> = { segment: 'extension' };
    if (ext !== undefined && ext.length <= MAX_ECHO) extra.value = ext;
    issues.push(unknownPattern(kind, convention, extra));
    return { kind };
  }
  const parts: Partial<Record<keyof FilenameParts, string>> = {};
  for (let i = 0; i < segments.length; i++) {
    const spec = segments[i]!;
    const value = values[i]!;
    parts[spec.part] = value;
    const problem = segmentValueProblem(spec, value);
    if (problem === 'month') issues.push(makeIssue('FILENAME_INVALID_MONTH', {}, { month: value }));
    else if (problem === 'timestamp') issues.push(makeIssue('FILENAME_INVALID_TIMESTAMP', {}, { timestamp: value }));
  }
  if (convention === 'v3') issues.push(makeIssue('FILENAME_LEGACY_CONVENTION', {}, { convention: 'v3' }));
  return { kind, convention, parts };
}

const finish = (result: Omit<ParsedFilename, 'ok'>): ParsedFilename => ({
  ok: !result.issues.some((i) => i.severity === 'error'),
  ...result,
});

/**
 * Recognises a file name of the spec: its kind, convention and segments. Problems are issues;
 * `ok` is false when any has error severity. Never throws.
 *
 * @example
 * ```ts
 * import { parseFilename } from 'careplan-csv';
 *
 * const p = parseFilename('UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV');
 * p.kind; // 'UPPLAN'
 * p.targetMonth; // '202505'
 * p.timestamp; // '20250425170000'
 * ```
 */
export function parseFilename(name: string): ParsedFilename {
  if (typeof name !== 'string') return finish({ issues: [makeIssue('FILENAME_UNKNOWN_PATTERN')] });
  if (name.length > FILENAME_MAX_LENGTH) {
    return finish({ issues: [makeIssue('FILENAME_TOO_LONG', {}, { length: name.length, max: FILENAME_MAX_LENGTH })] });
  }
  const unsafe = unsafeIssues(name);
  if (unsafe.length > 0) return finish({ issues: unsafe });

  const issues: Issue[] = [];
  const folded = foldLookalikeUnderscore(foldFullwidth(name, issues), issues);
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1) : undefined;
  const { kind, convention, parts } = parseStructure(folded, issues);

  const result: Omit<ParsedFilename, 'ok' | 'issues'> = {};
  if (kind !== undefined) result.kind = kind;
  if (convention !== undefined) result.convention = convention;
  if (extension !== undefined) result.extension = extension;
  if (parts !== undefined) Object.assign(result, parts);
  return finish({ ...result, issues });
}
