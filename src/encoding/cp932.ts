/**
 * Strict CP932 (Microsoft's Shift_JIS, a.k.a. MS932 / Windows-31J) codec.
 *
 * Decoding uses the runtime's `TextDecoder('shift_jis')` when available (one native call for
 * clean input: Node with full ICU, every browser) and falls back to a byte walker over the
 * library's own table (src/encoding/cp932-table.ts), so no runtime needs iconv-lite or Buffer.
 * iconv-lite stays in the test suite as the oracle. The raw decoder is only trusted for
 * characters outside the "suspicious" set (controls, U+FFFD, private use, characters with
 * several byte sequences); as soon as one of those appears, a byte walker over our own table
 * recomputes the text and exact byte offsets, so the result does not depend on the backend.
 *
 * Differences between Node's ICU `TextDecoder('shift_jis')`, iconv-lite `cp932` and the
 * result of {@link decodeCp932} (checked exhaustively in test/encoding/cp932.test.ts over all
 * single bytes and all lead × trail pairs; every mapped pair agrees between the two backends):
 *
 * 1. 0x1A, 0x1C, 0x7F: ICU rotates them (0x1A→U+001C, 0x1C→U+007F, 0x7F→U+001A, IBM-943
 *    style); iconv-lite and Microsoft map them to themselves. We map them to themselves (and
 *    report each as ENCODING_CONTROL_CHARACTER).
 * 2. 0x80: ICU gives U+FFFD; iconv-lite and Windows (MultiByteToWideChar) give U+0080. We give
 *    U+0080 and report it as ENCODING_CONTROL_CHARACTER. 0xA0 and 0xFD–0xFF are invalid in
 *    all three (Windows' best-fit PUA U+F8F0–U+F8F3 is not used).
 * 3. Lead byte followed by a byte in the trail range (0x40–0x7E, 0x80–0xFC) whose pair is
 *    unmapped (e.g. 0x81AD, 0x8240, 0xEF40): ICU yields one U+FFFD for both bytes; iconv-lite
 *    yields U+FFFD and then decodes the trail byte again on its own (0x8240 → U+FFFD '@',
 *    0x81AD → U+FFFD U+FF6D). We follow ICU/Windows: the pair is one invalid unit (one U+FFFD,
 *    one ENCODING_INVALID_BYTES issue with both bytes). A lead byte followed by a byte outside
 *    the trail range (e.g. 0x83 0x20, 0x83 0x0A) is invalid alone in all three; the following
 *    byte is decoded normally, so a comma, quote, CR or LF is never swallowed.
 * 4. 0xF941–0xF9FC (last row of the user-defined area): ICU gives U+E69D–U+E757 as Microsoft
 *    does; iconv-lite 0.7 gives U+FFFD + the trail byte. We give the PUA character (computed
 *    arithmetically for the whole 外字 area 0xF040–0xF9FC → U+E000–U+E757) and report
 *    ENCODING_GAIJI.
 */
import { CP932_ROWS } from './cp932-table.js';
import { createIssue, makeIssue, type Issue, type SeverityOverrides } from '../core/issue.js';
import { ISSUE_CATALOGUE, type IssueCode } from '../core/codes.js';
import { checkLimit } from '../core/limit.js';
import { shapeOf } from '../core/shape.js';
import { describeValue } from '../core/refuse.js';

const checkText = (where: string, text: unknown): void => {
  if (typeof text !== 'string') throw new TypeError(`${where}: text must be a string (got ${describeValue(text)})`);
};

export interface DecodeOptions {
  /**
   * Keep at most this many issues; the rest are only counted (`dropped`, `droppedError`). A
   * non-negative integer; default: every issue. Runs are folded before the cap applies.
   */
  readonly maxIssues?: number | undefined;
  /** Per-code severity overrides: applied to the issues, and to `droppedError`. */
  readonly severity?: SeverityOverrides | undefined;
}

export interface DecodeResult {
  text: string;
  issues: Issue[];
  /** Issues left out by `maxIssues` (absent when none was). */
  dropped?: number;
  /** One of the issues left out was an error (absent when none was left out). */
  droppedError?: boolean;
}
export interface EncodeResult {
  bytes?: Uint8Array;
  issues: Issue[];
  /** Issues left out by `maxIssues` (absent when none was). */
  dropped?: number;
  droppedError?: boolean;
}
export interface Unrepresentable {
  index: number;
  char: string;
  codePoint: string;
}

// ---------------------------------------------------------------------------------------------
// Backend selection (once, at module load)

type RawDecode = (bytes: Uint8Array) => string;

function pickBackend(): { name: 'TextDecoder' | 'table'; decode: RawDecode | null } {
  try {
    const td = new TextDecoder('shift_jis');
    // Probe: あ (82 A0) and 表 (95 5C, trail byte 0x5C) must come out right.
    if (td.decode(Uint8Array.of(0x82, 0xa0, 0x95, 0x5c)) === 'あ表') {
      return { name: 'TextDecoder', decode: (b) => td.decode(b) };
    }
  } catch {
    // runtime without the shift_jis label (e.g. Node built with small-icu)
  }
  return { name: 'table', decode: null };
}

const backend = pickBackend();
/** Which decoder the fast path uses: the runtime's TextDecoder, or the library's own table. */
export const decoderImplementation: 'TextDecoder' | 'table' = backend.name;

// ---------------------------------------------------------------------------------------------
// Tables (built lazily on first use)

const FLAG_SLOW = 1; // control, U+FFFD, private use: run the full byte walker
const FLAG_MULTI = 2; // character with several byte sequences: check for non-canonical input

interface Tables {
  /** (lead << 8 | trail) → UTF-16 code unit, 0 = unmapped. */
  dec: Uint16Array;
  /** code unit → byte sequence (< 0x100: one byte, else lead << 8 | trail); 0 = unrepresentable (except U+0000). */
  enc: Uint16Array;
  /** code unit → FLAG_* bits for the post-decode scan. */
  flags: Uint8Array;
  /** (lead << 8 | trail) → 1 when the pair is mapped but is not its character's canonical sequence. */
  nonCanonical: Uint8Array;
  /** Lead bytes of the non-canonical pairs. */
  nonCanonicalLeads: number[];
  /** Matches any FLAG_SLOW character: one native scan of clean text (faster than a JS loop). */
  slow: RegExp;
  /** Matches any FLAG_MULTI character. */
  multi: RegExp;
}

let tables: Tables | undefined;

const isLead = (b: number): boolean => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
const isTrail = (b: number): boolean => b >= 0x40 && b <= 0xfc && b !== 0x7f;
const isPua = (u: number): boolean => u >= 0xe000 && u <= 0xf8ff;
/** NEC-selected IBM extension rows: never chosen when another sequence exists. */
const isNecSelectedIbm = (seq: number): boolean => seq >> 8 === 0xed || seq >> 8 === 0xee;

function buildTables(): Tables {
  const dec = new Uint16Array(65536);
  const enc = new Uint16Array(65536);
  const flags = new Uint8Array(65536);
  const nonCanonical = new Uint8Array(65536);

  const leads: number[] = [];
  for (let l = 0x81; l <= 0xfc; l++) if (isLead(l)) leads.push(l);
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfc; t++) if (isTrail(t)) trails.push(t);

  for (const [l, row] of CP932_ROWS) {
    for (let ti = 0; ti < trails.length; ti++) dec[(l << 8) | trails[ti]!] = row.charCodeAt(ti);
  }
  // 外字 area: U+E000 + 188 per row.
  for (let l = 0xf0; l <= 0xf9; l++) {
    for (let ti = 0; ti < trails.length; ti++) dec[(l << 8) | trails[ti]!] = 0xe000 + (l - 0xf0) * 188 + ti;
  }

  // Reverse map: ascending order gives the smallest sequence; NEC-selected IBM rows lose.
  for (const l of leads) {
    for (const t of trails) {
      const p = (l << 8) | t;
      const u = dec[p]!;
      if (u === 0 || isPua(u)) continue;
      const cur = enc[u]!;
      if (cur === 0 || (isNecSelectedIbm(cur) && !isNecSelectedIbm(p))) enc[u] = p;
    }
  }
  for (let b = 0; b < 0x80; b++) enc[b] = b;
  enc[0x80] = 0x80;
  for (let b = 0xa1; b <= 0xdf; b++) enc[b + 0xfec0] = b;

  for (const l of leads) {
    for (const t of trails) {
      const p = (l << 8) | t;
      const u = dec[p]!;
      if (u !== 0 && !isPua(u) && enc[u] !== p) {
        nonCanonical[p] = 1;
        flags[u]! |= FLAG_MULTI;
      }
    }
  }

  for (let c = 0; c < 0x20; c++) if (c !== 0x0a && c !== 0x0d) flags[c] = FLAG_SLOW;
  for (let c = 0x7f; c <= 0x9f; c++) flags[c] = FLAG_SLOW;
  flags.fill(FLAG_SLOW, 0xe000, 0xf900);
  flags[0xfffd] = FLAG_SLOW;
  let multiChars = '';
  for (let u = 0; u < 65536; u++) if (flags[u]! & FLAG_MULTI) multiChars += '\\u' + u.toString(16).padStart(4, '0');
  const slow = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffd]/;
  const nonCanonicalLeads = leads.filter((l) => trails.some((tr) => nonCanonical[(l << 8) | tr] === 1));
  return { dec, enc, flags, nonCanonical, nonCanonicalLeads, slow, multi: new RegExp(`[${multiChars}]`) };
}

function getTables(): Tables {
  return (tables ??= buildTables());
}

// ---------------------------------------------------------------------------------------------
// Helpers

const U = (cp: number): string => 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
const hexBytes = (bytes: Uint8Array, start: number, len: number): string => {
  const out: string[] = [];
  for (let i = start; i < start + len; i++) out.push(hex2(bytes[i]!));
  return out.join(' ');
};

const hexSeq = (seq: number): string => (seq < 0x100 ? hex2(seq) : hex2(seq >> 8) + ' ' + hex2(seq & 0xff));
const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

function codeUnitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 0x2000;
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return s;
}

function nonCanonicalIssue(t: Tables, bytes: Uint8Array, offset: number, index: number, count: number, overrides?: SeverityOverrides): Issue {
  const p = (bytes[offset]! << 8) | bytes[offset + 1]!;
  const u = t.dec[p]!;
  const canon = t.enc[u]!;
  return createIssue(
    'ENCODING_NON_CANONICAL_BYTES',
    { offset },
    {
      count,
      char: String.fromCharCode(u),
      codePoint: U(u),
      bytes: hexBytes(bytes, offset, 2),
      canonical: hexSeq(canon),
      index,
    },
    overrides,
  );
}

/** The codes the walker reports per unit; consecutive units with the same problem fold into one. */
type RunCode = 'ENCODING_INVALID_BYTES' | 'ENCODING_CONTROL_CHARACTER' | 'ENCODING_GAIJI';

/**
 * Full byte walker: our own table, exact offsets. Issues are made here, capped here: a run of
 * units with the same problem (same code, same bytes) is one issue, and past `maxIssues` only
 * counts are kept, so that hostile input (10 MB of NUL, a UTF-16 file) costs no issue per byte.
 */
function walk(bytes: Uint8Array, t: Tables, max: number, overrides: SeverityOverrides | undefined): DecodeResult {
  const { dec, nonCanonical } = t;
  const n = bytes.length;
  const out = new Uint16Array(n);
  const issues: Issue[] = [];
  let dropped = 0;
  let droppedError = false;
  let j = 0;
  // The open run: `key` is the unit's bytes (one byte, or lead << 8 | trail) or the control's
  // code point; it grows while the next unit has the same code and key and starts at `end`.
  let runCode: RunCode | null = null;
  let runKey = -1;
  let runStart = 0;
  let runEnd = -1;
  let runIndex = 0;
  let runCount = 0;
  /** The run's place in `issues`, or -1 when the cap left it out. */
  let runSlot = -1;
  // ENCODING_NON_CANONICAL_BYTES: one issue per call, in the place of the first occurrence.
  let ncCount = 0;
  let ncOffset = -1;
  let ncIndex = -1;
  let ncSlot = -1;

  /** A place in `issues` for the next issue, or -1 (only counted) when the cap is reached. */
  const reserve = (code: IssueCode, issue: Issue | null): number => {
    if (issues.length < max) return issues.push(issue!) - 1;
    dropped++;
    if ((overrides?.[code] ?? ISSUE_CATALOGUE[code]) === 'error') droppedError = true;
    return -1;
  };
  const closeRun = (): void => {
    if (runSlot >= 0 && runCount > 1) issues[runSlot] = runIssue(runCode!, runKey, runStart, runIndex, runCount, runEnd, t, overrides);
    runCode = null;
  };
  const problem = (code: RunCode, key: number, offset: number, len: number): void => {
    if (code === runCode && key === runKey && offset === runEnd) {
      runCount++;
      runEnd = offset + len;
      return;
    }
    closeRun();
    runCode = code;
    runKey = key;
    runStart = offset;
    runEnd = offset + len;
    runIndex = j;
    runCount = 1;
    runSlot = issues.length < max ? reserve(code, runIssue(code, key, offset, j, 1, runEnd, t, overrides)) : reserve(code, null);
  };
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b < 0x20 && b !== 0x0a && b !== 0x0d) || b === 0x7f) problem('ENCODING_CONTROL_CHARACTER', b, i, 1);
      out[j++] = b;
      i++;
    } else if (b >= 0xa1 && b <= 0xdf) {
      out[j++] = b + 0xfec0;
      i++;
    } else if (b === 0x80) {
      problem('ENCODING_CONTROL_CHARACTER', b, i, 1);
      out[j++] = 0x80;
      i++;
    } else if (isLead(b) && i + 1 < n && isTrail(bytes[i + 1]!)) {
      const p = (b << 8) | bytes[i + 1]!;
      const u = dec[p]!;
      if (u === 0) {
        problem('ENCODING_INVALID_BYTES', p, i, 2);
        out[j++] = 0xfffd;
      } else {
        if (b >= 0xf0 && b <= 0xf9) {
          problem('ENCODING_GAIJI', p, i, 2);
        } else if (nonCanonical[p] === 1) {
          if (ncCount++ === 0) {
            ncOffset = i;
            ncIndex = j;
            ncSlot = reserve('ENCODING_NON_CANONICAL_BYTES', null);
          }
        }
        out[j++] = u;
      }
      i += 2;
    } else {
      // lone/truncated lead byte, or 0xA0, 0xFD–0xFF
      problem('ENCODING_INVALID_BYTES', b, i, 1);
      out[j++] = 0xfffd;
      i++;
    }
  }
  closeRun();
  if (ncSlot >= 0) issues[ncSlot] = nonCanonicalIssue(t, bytes, ncOffset, ncIndex, ncCount, overrides);
  const result: DecodeResult = { text: codeUnitsToString(out, j), issues };
  if (dropped > 0) {
    result.dropped = dropped;
    result.droppedError = droppedError;
  }
  return result;
}

/**
 * The issue of a run of `count` units with the same problem, the first at byte `offset` and text
 * index `index`. A single unit has the params it always had; a longer run adds `count` and
 * `endOffset` (the byte just past the run: the run is bytes [offset, endOffset), text
 * [index, index + count)).
 */
function runIssue(
  code: RunCode,
  key: number,
  offset: number,
  index: number,
  count: number,
  endOffset: number,
  t: Tables,
  overrides: SeverityOverrides | undefined,
): Issue {
  const params: Record<string, string | number> =
    code === 'ENCODING_CONTROL_CHARACTER'
      ? { codePoint: U(key), index }
      : code === 'ENCODING_GAIJI'
        ? { bytes: hexSeq(key), codePoint: U(t.dec[key]!), index }
        : { form: invalidForm(key), bytes: hexSeq(key), index };
  if (count > 1) {
    params.count = count;
    params.endOffset = endOffset;
  }
  return createIssue(code, { offset }, params, overrides);
}

/**
 * What is wrong with an invalid unit, without its bytes (ENCODING_INVALID_BYTES `form`): a byte
 * Shift_JIS never uses (0xA0, 0xFD–0xFF), a lead byte without its trail byte, or a lead and trail
 * byte pair that no character has.
 */
const invalidForm = (key: number): string => (key >= 0x100 ? 'unmapped-pair' : isLead(key) ? 'lead-without-trail' : 'unused-byte');

/** Clean input that holds characters with several sequences: only look for non-canonical pairs. */
function checkNonCanonical(bytes: Uint8Array, t: Tables, overrides: SeverityOverrides | undefined): Issue | null {
  const { nonCanonical, nonCanonicalLeads } = t;
  const n = bytes.length;
  // Non-canonical pairs only start with a few lead bytes (NEC row 13, the NEC-selected IBM rows,
  // the IBM row 0xFA). Find each candidate byte with the native indexOf, then check that it
  // really is a lead byte: walk back to the nearest byte below 0x40 (never a trail byte, so a
  // character boundary) and forward again. Much faster than walking every byte.
  let found = 0;
  let first = n;
  for (const lead of nonCanonicalLeads) {
    for (let i = bytes.indexOf(lead); i !== -1 && i + 1 < n; i = bytes.indexOf(lead, i + 1)) {
      if (nonCanonical[(lead << 8) | bytes[i + 1]!] !== 1) continue;
      let j = i - 1;
      while (j >= 0 && bytes[j]! >= 0x40) j--;
      let k = j + 1;
      while (k < i) k += isLead(bytes[k]!) ? 2 : 1;
      if (k === i) {
        found++;
        if (i < first) first = i;
      }
    }
  }
  if (found === 0) return null;
  let index = 0; // UTF-16 index of the first occurrence: count characters before it
  for (let i = 0; i < first; index++) i += isLead(bytes[i]!) ? 2 : 1;
  return nonCanonicalIssue(t, bytes, first, index, found, overrides);
}

/** Scratch buffer of decodeCleanCp932, grown on demand up to CLEAN_SCRATCH_MAX units. */
let cleanUnits = new Uint16Array(256);
/** A longer value (no real field is) gets a buffer of its own, so that no module keeps 20 MB. */
const CLEAN_SCRATCH_MAX = 1 << 16;

/**
 * Decodes bytes[start, end) when they are clean CP932, that is when {@link decodeCp932} would
 * report nothing about them: no control character other than CR and LF, no invalid or unmapped
 * sequence, no 外字, no non-canonical pair. Returns null otherwise, and the caller takes the
 * tolerant path that reports each problem. With `quoted`, each `""` becomes one `"` (the bytes
 * are the inside of a quoted CSV field, whose quotes the caller has already paired).
 *
 * For the byte scanner (csv/scan-bytes.ts), which decodes each distinct field value once. The
 * start must be a character boundary: any byte below 0x40 is one (it is never a trail byte).
 */
export function decodeCleanCp932(bytes: Uint8Array, start: number, end: number, quoted: boolean): string | null {
  const { dec, nonCanonical } = getTables();
  const length = end - start;
  if (cleanUnits.length < length && length <= CLEAN_SCRATCH_MAX)
    cleanUnits = new Uint16Array(Math.min(CLEAN_SCRATCH_MAX, Math.max(length, cleanUnits.length * 2)));
  const units = cleanUnits.length >= length ? cleanUnits : new Uint16Array(length);
  let j = 0;
  for (let i = start; i < end;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b < 0x20 ? b !== 0x0a && b !== 0x0d : b === 0x7f) return null;
      if (b === 0x22 && quoted) i++;
      units[j++] = b;
      i++;
    } else if (b >= 0xa1 && b <= 0xdf) {
      units[j++] = b + 0xfec0;
      i++;
    } else {
      if (i + 1 >= end || (b >= 0xf0 && b <= 0xf9)) return null;
      const p = (b << 8) | bytes[i + 1]!;
      const u = dec[p]!;
      if (u === 0 || nonCanonical[p] === 1) return null;
      units[j++] = u;
      i += 2;
    }
  }
  return shortString(units, j);
}

/**
 * True exactly when `decodeCleanCp932(bytes, start, end, quoted) === value`, without making a
 * string: the byte scanner's cache checks that a value cached from other bytes (an earlier file or
 * stream chunk) is the value of these bytes, and so keeps long values from call to call.
 */
export function matchesCleanCp932(bytes: Uint8Array, start: number, end: number, quoted: boolean, value: string): boolean {
  const { dec, nonCanonical } = getTables();
  let j = 0;
  const n = value.length;
  for (let i = start; i < end;) {
    if (j >= n) return false;
    const b = bytes[i]!;
    let u: number;
    if (b < 0x80) {
      if (b < 0x20 ? b !== 0x0a && b !== 0x0d : b === 0x7f) return false;
      if (b === 0x22 && quoted) i++;
      u = b;
      i++;
    } else if (b >= 0xa1 && b <= 0xdf) {
      u = b + 0xfec0;
      i++;
    } else {
      if (i + 1 >= end || (b >= 0xf0 && b <= 0xf9)) return false;
      const p = (b << 8) | bytes[i + 1]!;
      u = dec[p]!;
      if (u === 0 || nonCanonical[p] === 1) return false;
      i += 2;
    }
    if (value.charCodeAt(j++) !== u) return false;
  }
  return j === n;
}

/** units[0, j) as a string: short values (most fields) without a view object per call. */
function shortString(units: Uint16Array, j: number): string {
  switch (j) {
    case 1:
      return String.fromCharCode(units[0]!);
    case 2:
      return String.fromCharCode(units[0]!, units[1]!);
    case 3:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!);
    case 4:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!, units[3]!);
    case 5:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!, units[3]!, units[4]!);
    case 6:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!, units[3]!, units[4]!, units[5]!);
    case 7:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!, units[3]!, units[4]!, units[5]!, units[6]!);
    case 8:
      return String.fromCharCode(units[0]!, units[1]!, units[2]!, units[3]!, units[4]!, units[5]!, units[6]!, units[7]!);
    default:
      return j <= 64 ? String.fromCharCode.apply(null, units.subarray(0, j) as unknown as number[]) : codeUnitsToString(units, j);
  }
}

/** UTF-16 length of the clean CP932 bytes[0, end): one unit per character (see decodeCleanCp932). */
export function cleanCp932Length(bytes: Uint8Array, end: number): number {
  let units = 0;
  for (let i = 0; i < end; units++) i += isLead(bytes[i]!) ? 2 : 1;
  return units;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Strict CP932 decode. Never throws on any bytes (only on a non-Uint8Array or a bad option).
 * Never yields a silent U+FFFD: every invalid sequence is an ENCODING_INVALID_BYTES issue with
 * its byte offset (the text keeps U+FFFD at that place). 外字 bytes (lead 0xF0–0xF9) are
 * ENCODING_GAIJI errors (text keeps the PUA char). Control characters are reported as
 * ENCODING_CONTROL_CHARACTER with byte offset. Input bytes that are not the canonical sequence of
 * their character (e.g. NEC-selected IBM rows 0xED/0xEE) give one ENCODING_NON_CANONICAL_BYTES
 * issue per call, at the first occurrence, with `count`.
 *
 * Runs: consecutive units with the same problem — the same code and the same bytes (the same
 * control character, the same invalid byte or pair, the same 外字) — are ONE issue, at the offset
 * and text index of the first unit, with params `count` (units in the run, ≥ 2) and `endOffset`
 * (the byte just past the run). So 10 MB of NUL is one issue with count 10,485,760, and every
 * U+FFFD of the text is still accounted for (Σ count). A single unit has exactly the params it
 * always had. With `maxIssues`, issues past the cap are not made, only counted.
 *
 * @example
 * ```ts
 * import { decodeCp932 } from 'careplan-csv';
 *
 * const r = decodeCp932(new Uint8Array([0x82, 0xa0, 0x85, 0x40]));
 * r.text; // 'あ\ufffd'
 * r.issues[0]?.code; // 'ENCODING_INVALID_BYTES' (offset 2)
 * ```
 */
export function decodeCp932(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`decodeCp932: bytes must be a Uint8Array (got ${describeValue(bytes)})`);
  const max = checkLimit('decodeCp932', 'maxIssues', options.maxIssues) ?? Infinity;
  const overrides = options.severity;
  const t = getTables();
  try {
    if (bytes.length === 0) return { text: '', issues: [] };
    if (!backend.decode) return walk(bytes, t, max, overrides);
    const text = backend.decode(bytes);
    if (t.slow.test(text)) return walk(bytes, t, max, overrides);
    const nc = t.multi.test(text) ? checkNonCanonical(bytes, t, overrides) : null;
    if (!nc) return { text, issues: [] };
    return max > 0 ? { text, issues: [nc] } : { text, issues: [], dropped: 1, droppedError: nc.severity === 'error' };
  } catch {
    // Defensive: the backend should never throw on non-fatal decoding; the walker cannot.
    return walk(bytes, t, max, overrides);
  }
}

/**
 * The encode table for writers that encode in their own hot loop (csv/byte-writer.ts):
 * UTF-16 code unit → byte sequence (< 0x100: one byte, else lead << 8 | trail); 0 means
 * unrepresentable, except for U+0000 itself.
 */
export function cp932EncodeTable(): Uint16Array {
  return getTables().enc;
}

/**
 * Strict encode: any character MS932 cannot hold (incl. PUA/外字, lone surrogates, U+00A5,
 * U+301C…) → ENCODING_UNREPRESENTABLE_CHAR, one per character, and NO bytes. Never writes '?'.
 * Control characters are representable (they are a validation matter, not an encoding one).
 * With `maxIssues`, only the first issues are made and the rest counted (`dropped`).
 *
 * @example
 * ```ts
 * import { encodeCp932 } from 'careplan-csv';
 *
 * encodeCp932('髙﨑').bytes; // Uint8Array [0xfb, 0xfc, 0xfa, 0xb1]
 * encodeCp932('🙂').issues[0]?.code; // 'ENCODING_UNREPRESENTABLE_CHAR' (and no bytes)
 * ```
 */
export function encodeCp932(text: string, options: { readonly maxIssues?: number } = {}): EncodeResult {
  checkText('encodeCp932', text);
  const max = checkLimit('encodeCp932', 'maxIssues', options.maxIssues) ?? Infinity;
  const { enc } = getTables();
  const n = text.length;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const v = enc[c]!;
    if (v === 0 && c !== 0) {
      const issues = findUnrepresentable(text, max).map((u) =>
        makeIssue('ENCODING_UNREPRESENTABLE_CHAR', {}, { shape: shapeOf(u.char), char: u.char, codePoint: u.codePoint, index: u.index }),
      );
      const dropped = max === Infinity ? 0 : countUnrepresentable(text) - issues.length;
      return dropped > 0 ? { issues, dropped, droppedError: true } : { issues };
    }
    len += v < 0x100 ? 1 : 2;
  }
  const out = new Uint8Array(len);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const v = enc[text.charCodeAt(i)]!;
    if (v < 0x100) {
      out[j++] = v;
    } else {
      out[j++] = v >> 8;
      out[j++] = v & 0xff;
    }
  }
  return { bytes: out, issues: [] };
}

/**
 * Every character CP932 cannot hold, by UTF-16 index; a surrogate pair is one entry. With `max`,
 * only the first `max` (`countUnrepresentable` tells how many there are).
 *
 * @example
 * ```ts
 * import { findUnrepresentable } from 'careplan-csv';
 *
 * findUnrepresentable('a🙂b'); // [{ char: '🙂', codePoint: 'U+1F642', index: 1 }]
 * ```
 */
export function findUnrepresentable(text: string, max = Infinity): Unrepresentable[] {
  checkText('findUnrepresentable', text);
  if (max !== Infinity) checkLimit('findUnrepresentable', 'max', max);
  const { enc } = getTables();
  const found: Unrepresentable[] = [];
  for (let i = 0; i < text.length && found.length < max; i++) {
    const c = text.charCodeAt(i);
    if (enc[c] !== 0 || c === 0) continue;
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    found.push({ index: i, char, codePoint: U(cp) });
    if (cp > 0xffff) i++;
  }
  return found;
}

/** How many characters CP932 cannot hold (the entries `findUnrepresentable` would give). */
export function countUnrepresentable(text: string): number {
  const { enc } = getTables();
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (enc[c] !== 0 || c === 0) continue;
    count++;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return count;
}

/**
 * True when every character of the text has a CP932 encoding.
 *
 * @example
 * ```ts
 * import { isCp932Representable } from 'careplan-csv';
 *
 * isCp932Representable('髙﨑①'); // true
 * isCp932Representable('🙂'); // false
 * ```
 */
export function isCp932Representable(text: string): boolean {
  checkText('isCp932Representable', text);
  const { enc } = getTables();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (enc[c] === 0 && c !== 0) return false;
  }
  return true;
}

/**
 * Bytes the text takes in CP932; each unrepresentable character (code point) counts 1.
 *
 * @example
 * ```ts
 * import { cp932ByteLength } from 'careplan-csv';
 *
 * cp932ByteLength('介護A'); // 5
 * ```
 */
export function cp932ByteLength(text: string): number {
  checkText('cp932ByteLength', text);
  const { enc } = getTables();
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = enc[c]!;
    if (v >= 0x100) {
      len += 2;
    } else {
      len += 1;
      if (v === 0 && c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return len;
}
