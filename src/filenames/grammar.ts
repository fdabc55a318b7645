/**
 * File-name grammar: ONE declarative pattern per file kind (第4.1版 §3 and the per-layout
 * "ファイル名" rules). `parseFilename` and `buildFilename` are both derived from these patterns,
 * in the manner of path-to-regexp's `match` / `compile`.
 *
 * A pattern is `PREFIX_{token}_{token}…​.EXT`. Each token names a fixed-width segment (see
 * `FILENAME_SEGMENTS`). The older convention (CSV 202208 and before, "v3") is derived from the
 * same pattern by dropping the service-type tokens, for the kinds that existed then.
 */
import { describeValue } from '../core/refuse.js';
import type { FilenameConvention } from '../spec/edition.js';
import { EDITIONS, kindExistsIn } from '../spec/editions/index.js';
import { isTimestamp14, isYyyymm } from '../spec/formats/index.js';
import type { FileKindId } from '../spec/kind.js';
import { FILE_KINDS, FILE_KIND_IDS } from '../spec/kinds/index.js';

export type { FileKindId, FilenameConvention };

export interface FilenameParts {
  /** YYYYMM segment, for the kinds that have it (UPHOSOKU: 000000 = linked to 1〜3表). */
  targetMonth?: string | undefined;
  senderOffice: string;
  /** Absent in v3 names. */
  senderServiceType?: string | undefined;
  receiverOffice: string;
  /** Absent in v3 names. */
  receiverServiceType?: string | undefined;
  /** 14 digits YYYYMMDDHHMMSS, the ファイル連番. */
  timestamp: string;
  /** UPKIHON_IMAGE only, 4 digits. */
  branch?: string | undefined;
}

export type FilenamePartKey = keyof FilenameParts;

export const FILENAME_PART_KEYS: readonly FilenamePartKey[] = Object.freeze([
  'targetMonth',
  'senderOffice',
  'senderServiceType',
  'receiverOffice',
  'receiverServiceType',
  'timestamp',
  'branch',
] as const);

export type SegmentToken =
  'targetMonth' | 'provideMonth' | 'senderOffice' | 'senderServiceType' | 'receiverOffice' | 'receiverServiceType' | 'timestamp' | 'branch';

/** The meaning of one `{token}` of a pattern. */
export interface SegmentSpec {
  readonly token: SegmentToken;
  /** The `FilenameParts` key the segment fills. */
  readonly part: FilenamePartKey;
  readonly width: number;
  /** `digits` = [0-9], `alnum` = [0-9A-Z]. */
  readonly charset: 'digits' | 'alnum';
  /** Semantic check after the shape: a real YYYYMM, a real YYYYMM or 000000, a real date-time. */
  readonly check?: 'month' | 'monthOrZero' | 'timestamp' | undefined;
  /** Shown by `describePattern`. */
  readonly label: string;
  /** Only in 第4版 and later names (the service-type segments). */
  readonly v4Only?: true | undefined;
}

export const FILENAME_SEGMENTS: Readonly<Record<SegmentToken, SegmentSpec>> = Object.freeze({
  targetMonth: { token: 'targetMonth', part: 'targetMonth', width: 6, charset: 'digits', check: 'month', label: 'YYYYMM' },
  provideMonth: { token: 'provideMonth', part: 'targetMonth', width: 6, charset: 'digits', check: 'monthOrZero', label: 'YYYYMM|000000' },
  senderOffice: { token: 'senderOffice', part: 'senderOffice', width: 10, charset: 'alnum', label: '送信元事業所番号10' },
  senderServiceType: { token: 'senderServiceType', part: 'senderServiceType', width: 2, charset: 'alnum', label: '送信元サービス種類2', v4Only: true },
  receiverOffice: { token: 'receiverOffice', part: 'receiverOffice', width: 10, charset: 'alnum', label: '送信先事業所番号10' },
  receiverServiceType: { token: 'receiverServiceType', part: 'receiverServiceType', width: 2, charset: 'alnum', label: '送信先サービス種類2', v4Only: true },
  timestamp: { token: 'timestamp', part: 'timestamp', width: 14, charset: 'digits', check: 'timestamp', label: 'YYYYMMDDHHMMSS' },
  branch: { token: 'branch', part: 'branch', width: 4, charset: 'digits', label: '枝番4' },
} satisfies Record<SegmentToken, SegmentSpec>);

export interface FilenameGrammar {
  readonly kind: FileKindId;
  /** The declaration this grammar was compiled from. */
  readonly pattern: string;
  readonly prefix: string;
  /** As written by `buildFilename`; matched case-insensitively by `parseFilename`. */
  readonly extension: string;
  /** v4 always; v3 for the kinds that existed in CSV 202208. */
  readonly conventions: readonly FilenameConvention[];
  readonly segments: { readonly v4: readonly SegmentSpec[]; readonly v3?: readonly SegmentSpec[] };
  /** A doubtful literal segment after the prefix that is read but never written (KindSpec.doubtfulLeadingSegment). */
  readonly doubtfulLeading?: string | undefined;
}

/**
 * The older convention (no service-type segments) exists for the kinds that an edition with v3
 * names had; the patterns themselves are the kinds' own (spec/kinds).
 */
const hasV3Names = (kind: FileKindId): boolean => EDITIONS.some((e) => e.filenames === 'v3' && kindExistsIn(kind, e));

const isAsciiUpperWord = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
};

const isAsciiLetters = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
};

/**
 * Compiles one declaration. A malformed pattern (unknown token, no token, a literal after a
 * token, prefix not equal to the kind, a part filled twice) throws when the module loads.
 */
export function compileFilenameGrammar(
  kind: FileKindId,
  pattern: string,
  options: { v3?: boolean; doubtfulLeading?: string | undefined } = {},
): FilenameGrammar {
  const fail = (why: string): never => {
    throw new Error(`filename grammar ${kind}: ${why} in ${JSON.stringify(pattern)}`);
  };
  const dot = pattern.lastIndexOf('.');
  if (dot < 0) fail('no extension');
  const extension = pattern.slice(dot + 1);
  if (!isAsciiLetters(extension)) fail('extension must be ASCII letters');
  const pieces = pattern.slice(0, dot).split('_');
  const literals: string[] = [];
  const v4: SegmentSpec[] = [];
  for (const piece of pieces) {
    if (piece.startsWith('{') && piece.endsWith('}')) {
      const token = piece.slice(1, -1);
      if (!Object.hasOwn(FILENAME_SEGMENTS, token)) fail(`unknown token {${token}}`);
      const spec = FILENAME_SEGMENTS[token as SegmentToken];
      if (v4.some((s) => s.part === spec.part)) fail(`part ${spec.part} appears twice`);
      v4.push(spec);
    } else {
      if (v4.length > 0) fail(`literal ${JSON.stringify(piece)} after a token`);
      if (!isAsciiUpperWord(piece)) fail(`literal ${JSON.stringify(piece)} is not [0-9A-Z]+`);
      literals.push(piece);
    }
  }
  const prefix = literals.join('_');
  if (prefix !== kind) fail(`prefix ${JSON.stringify(prefix)} is not the kind id`);
  for (const required of ['senderOffice', 'receiverOffice', 'timestamp'] as const) {
    if (!v4.some((s) => s.part === required)) fail(`no {${required}}`);
  }
  const segments: { v4: readonly SegmentSpec[]; v3?: readonly SegmentSpec[] } = { v4: Object.freeze(v4) };
  if (options.v3) segments.v3 = Object.freeze(v4.filter((s) => !s.v4Only));
  return Object.freeze({
    kind,
    pattern,
    prefix,
    extension,
    conventions: Object.freeze(options.v3 ? (['v4', 'v3'] as const) : (['v4'] as const)),
    segments: Object.freeze(segments),
    ...(options.doubtfulLeading !== undefined ? { doubtfulLeading: options.doubtfulLeading } : {}),
  });
}

export { FILE_KIND_IDS };

export const FILENAME_GRAMMARS: Readonly<Record<FileKindId, FilenameGrammar>> = Object.freeze(
  Object.fromEntries(
    FILE_KIND_IDS.map((kind) => [
      kind,
      compileFilenameGrammar(kind, FILE_KINDS[kind].filename, { v3: hasV3Names(kind), doubtfulLeading: FILE_KINDS[kind].doubtfulLeadingSegment }),
    ]),
  ) as Record<FileKindId, FilenameGrammar>,
);

/** Grammars with the longest prefix first, so UPKIHON_SUB1 wins over UPKIHON. */
export const GRAMMARS_LONGEST_PREFIX_FIRST: readonly FilenameGrammar[] = Object.freeze(
  Object.values(FILENAME_GRAMMARS).sort((a, b) => b.prefix.length - a.prefix.length),
);

/** The grammar of a kind; RangeError for anything else (programmer error). */
export function grammarOf(kind: FileKindId): FilenameGrammar {
  if (typeof kind !== 'string' || !Object.hasOwn(FILENAME_GRAMMARS, kind)) {
    throw new RangeError(`unknown file kind (got ${describeValue(kind)}); expected one of ${FILE_KIND_IDS.join(', ')}`);
  }
  return FILENAME_GRAMMARS[kind];
}

/** The segments of a kind under a convention; RangeError when the kind has no such convention. */
export function segmentsOf(grammar: FilenameGrammar, convention: FilenameConvention): readonly SegmentSpec[] {
  if (convention !== 'v4' && convention !== 'v3') {
    throw new RangeError(`unknown file-name convention (got ${describeValue(convention)}); expected 'v4' or 'v3'`);
  }
  const segments = grammar.segments[convention];
  if (segments === undefined) {
    throw new RangeError(`${grammar.kind} has no ${convention} file name (the older convention covers only the kinds of CSV 202208)`);
  }
  return segments;
}

/**
 * The human-readable pattern, e.g.
 * `UPPLAN_{YYYYMM}_{送信元事業所番号10}_{送信元サービス種類2}_{送信先事業所番号10}_{送信先サービス種類2}_{YYYYMMDDHHMMSS}.CSV`.
 *
 * @example
 * ```ts
 * import { describePattern } from 'careplan-csv';
 *
 * describePattern('UPPLAN'); // 'UPPLAN_YYYYMM_…_YYYYMMDDHHMMSS.CSV' (the v4 naming rule, for messages)
 * ```
 */
export function describePattern(kind: FileKindId, convention: FilenameConvention = 'v4'): string {
  const grammar = grammarOf(kind);
  const segments = segmentsOf(grammar, convention);
  return `${grammar.prefix}_${segments.map((s) => `{${s.label}}`).join('_')}.${grammar.extension}`;
}

// ---- segment checks shared by parse and build ----

function hasCharset(value: string, charset: SegmentSpec['charset']): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (!(digit || (charset === 'alnum' && c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** Whether the value has the segment's width and character set. */
export function hasSegmentShape(spec: SegmentSpec, value: string): boolean {
  return value.length === spec.width && hasCharset(value, spec.charset);
}

/** For a well-shaped value: the semantic problem, if any. */
export function segmentValueProblem(spec: SegmentSpec, value: string): 'month' | 'timestamp' | undefined {
  switch (spec.check) {
    case 'month':
      return isYyyymm(value) ? undefined : 'month';
    case 'monthOrZero':
      return value === '000000' || isYyyymm(value) ? undefined : 'month';
    case 'timestamp':
      return isTimestamp14(value) ? undefined : 'timestamp';
    default:
      return undefined;
  }
}
