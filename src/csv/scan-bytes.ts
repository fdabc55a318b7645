/**
 * The fast path for canonical files: tokenizes CP932 bytes directly, without decoding the whole
 * file first, and decodes each distinct field value once.
 *
 * Why: decoding 10 MB to text and then tokenizing the text cost about 95 ms in `npm run bench`,
 * most of it spent making strings that a file repeats thousands of times (a 10 MB transmission
 * has 1.8 million fields but fewer than 30,000 distinct values). Here each field's bytes are
 * summed up while the delimiters are found, and a small cache of recent values hands back the
 * string already made. The cache is exact: a value of up to 8 bytes is keyed by its bytes
 * themselves, a longer one is compared byte by byte, so a hash collision can never swap a value.
 *
 * It reads only the canonical dialect: CRLF after every record, quotes only around whole fields,
 * clean CP932 (see `decodeCleanCp932`). At the first record with anything else it stops and says
 * where; the caller then reads the rest with the tolerant tokenizer (`scanRecords`), which reports
 * each oddity. The records it emits are exactly those `scanRecords` emits for the same input: a
 * differential property test (test/csv/scan-bytes.test.ts) holds it to that.
 */
import { decodeCleanCp932, matchesCleanCp932 } from '../encoding/cp932.js';
import { MAX_FIELDS, type RecordSink } from './tokenize.js';

export interface ByteScanOptions {
  /** Stop after this many records. */
  readonly maxRecords?: number | undefined;
  /**
   * False when more bytes follow (streaming): a record that reaches the end of the bytes is then
   * left for the next call (see `consumed`), not taken for a broken one. Default true.
   */
  readonly final?: boolean | undefined;
  /** Line and record numbers of the first record (streaming). Default 1 and 1. */
  readonly startLine?: number | undefined;
  readonly startRecord?: number | undefined;
}

export interface ByteScanResult {
  /** Records emitted. */
  readonly count: number;
  /** True when maxRecords (or the sink) stopped the scan; the rest was not read. */
  readonly truncated: boolean;
  /**
   * True when the scan stopped at a record outside the canonical dialect. That record starts at
   * byte `consumed`, on line `nextLine`; the tolerant tokenizer should read on from there.
   */
  readonly notCanonical: boolean;
  /** Bytes that the emitted records cover. */
  readonly consumed: number;
  /** The line number after the consumed bytes. */
  readonly nextLine: number;
}

let enabled = true;
/** False only while tests compare results with and without the byte scanner. */
export const byteScannerEnabled = (): boolean => enabled;
/**
 * Turns the byte scanner on (true) or off, so that tests can compare parseFile's and
 * parseStream's results with and without it. Not part of the public API.
 * @internal
 */
export function setByteScannerForTests(on: boolean): void {
  enabled = on;
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Slots of the value cache: a power of two. Distinct values beyond it only cost a decode. */
const SLOTS = 4096;
/** Int32 entries per slot: length, low, high, hash, start, lines, generation, (spare): one cache line. */
const SLOT_INTS = 8;

/**
 * The value cache, direct-mapped: SLOTS slots of (length, low, high, hash, start, lines,
 * generation) and the decoded value. Reused from call to call (it is 128 KiB: allocating it per
 * call, that is per file and per stream chunk, cost more than small files take to scan).
 *
 * A value of up to 8 bytes is keyed by its bytes themselves (`low`, `high`), so its slot stays
 * valid for any later call: the same bytes are the same value whatever file they come from. A
 * longer value is compared with the bytes at `start`, which belong to the call that cached it:
 * `generation` says which call that was, and a slot of another call is a miss.
 */
interface ValueCache extends SlotVerdicts {
  readonly slots: Int32Array;
  readonly values: string[];
  /** The slot numbers of the current record's fields (see ValueSlots). */
  readonly ids: Int32Array;

  generation: number;
  busy: boolean;
}

/**
 * Verdicts kept next to the values of the cache, one per slot: a check that judged the value of a
 * slot may leave its verdict there, and finds it again as long as the slot holds that value.
 * `keys[slot]` says whose verdict it is (e.g. the check function, undefined: none): it is cleared
 * whenever the slot takes another value. So `keys[s] === key && values[s] === value` means that
 * `verdicts[s]` is key's verdict on value (keep one only while `values[s] === value`).
 */
export interface SlotVerdicts {
  readonly values: readonly string[];
  readonly keys: unknown[];
  readonly verdicts: unknown[];
}

/** The caches by their buffer of slot numbers (what a record sink is handed). */
const cachesBySlots = new WeakMap<Int32Array, ValueCache>();

/** The verdicts next to the values of the scan whose record sink was handed `slots`. */
export const slotVerdicts = (slots: Int32Array): SlotVerdicts | undefined => cachesBySlots.get(slots);

const newCache = (): ValueCache => {
  const slots = new Int32Array(SLOTS * SLOT_INTS);
  for (let i = 0; i < SLOTS; i++) slots[i * SLOT_INTS] = -1;
  const cache: ValueCache = {
    slots,
    values: new Array<string>(SLOTS).fill(''),
    keys: new Array<unknown>(SLOTS).fill(undefined),
    verdicts: new Array<unknown>(SLOTS).fill(null),
    ids: new Int32Array(MAX_FIELDS + 2),
    generation: 0,
    busy: false,
  };
  cachesBySlots.set(cache.ids, cache);
  return cache;
};

let shared: ValueCache | undefined;

/**
 * The shared cache, or a fresh one when it is in use: a record sink may itself scan (a nested
 * call); parseStream's interleaved streams never do, since each call returns before the next.
 */
function takeCache(): ValueCache {
  shared ??= newCache();
  const cache = shared.busy ? newCache() : shared;
  cache.busy = true;
  if (++cache.generation === 0x7fffffff) {
    // Once in two billion calls: forget the generations (long values become misses).
    for (let i = 0; i < SLOTS; i++) cache.slots[i * SLOT_INTS + 6] = 0;
    cache.generation = 1;
  }
  return cache;
}

/**
 * The slot numbers of a record's fields, as handed to the record sink by the byte scanner (a
 * buffer reused for every record): the slot of the value cache each value was found in, or −1
 * for an empty value. Two fields with the same slot number may still hold different values (a
 * slot is reused): a slot number is a hash of the value, for a cache keyed by value (the field
 * checks' verdicts, check/file-validator.ts), never an identity.
 *
 * Its entries QUOTED_MASK and QUOTED_MASK + 1 say which of the record's first 64 fields were
 * quoted (bit i of the first: field i < 32; of the second: field 32 + i), so that a reader can
 * compare the quoting with its layout's in two steps instead of field by field.
 */
export type ValueSlots = Int32Array;

/** Where the quoting of the first 64 fields is in the slot numbers' buffer (see ValueSlots). */
export const QUOTED_MASK = MAX_FIELDS;

/** The range of the slot numbers: [0, VALUE_SLOTS). */
export const VALUE_SLOTS = SLOTS;

/** bytes[a, a + count) and bytes[b, b + count) are the same (true when count ≤ 0). */
function sameBytes(bytes: Uint8Array, a: number, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}

export function scanCanonicalBytes(bytes: Uint8Array, options: ByteScanOptions, onRecord: RecordSink): ByteScanResult {
  const cache = takeCache();
  try {
    return scan(bytes, options, onRecord, cache);
  } finally {
    cache.busy = false;
  }
}

/** Decodes bytes[start, end) into the slot at `at` (a cache miss); null when it is not clean. */
function decodeInto(
  bytes: Uint8Array,
  cache: ValueCache,
  at: number,
  start: number,
  end: number,
  low: number,
  high: number,
  hash: number,
  quoted: boolean,
): string | null {
  const value = decodeCleanCp932(bytes, start, end, quoted);
  if (value === null) return null;
  let lines = 0;
  if (quoted) for (let i = start; i < end; i++) if (bytes[i] === LF) lines++;
  const slots = cache.slots;
  slots[at] = end - start;
  slots[at + 1] = low;
  slots[at + 2] = high;
  slots[at + 3] = hash;
  slots[at + 4] = start;
  slots[at + 5] = lines;
  slots[at + 6] = cache.generation;
  cache.values[at >> 3] = value;
  cache.keys[at >> 3] = undefined; // the verdicts were the former value's
  return value;
}

/** The scan of `count` records ends before the record that starts at `start` on line `startLine`. */
const ended = (count: number, start: number, startLine: number, truncated: boolean, notCanonical: boolean): ByteScanResult => ({
  count,
  truncated,
  notCanonical,
  consumed: start,
  nextLine: startLine,
});

// The scan is one function with no closure: a variable that a closure captures lives in memory,
// not in a register, in the hot loop.
function scan(bytes: Uint8Array, options: ByteScanOptions, onRecord: RecordSink, cache: ValueCache): ByteScanResult {
  const n = bytes.length;
  const maxRecords = options.maxRecords ?? Infinity;
  const final = options.final ?? true;
  const firstRecord = options.startRecord ?? 1;
  // A field's last 8 bytes are gathered while the delimiters are found: `low` and `high` hold them
  // exactly, `hash` (computed after) the bytes before those. So a value of up to 8 bytes (most fields:
  // codes, dates, numbers) is found without reading its bytes again; a longer one compares only
  // its first length − 8 bytes with the slot's.
  const { slots, values: slotValue, generation, ids } = cache;

  const fields: string[] = [];
  const quoted: boolean[] = [];
  let pos = 0;
  let line = options.startLine ?? 1;
  let count = 0;
  while (pos < n) {
    if (count >= maxRecords) return ended(count, pos, line, true, false);
    const recordStart = pos;
    const recordLine = line;
    let nf = 0;
    let quoted0 = 0;
    let quoted1 = 0;
    for (;;) {
      // A record wider than any layout: the tolerant tokenizer caps and reports it.
      if (nf === MAX_FIELDS) return ended(count, recordStart, recordLine, false, true);
      let low = 0;
      let high = 0;
      let hash = 0;
      let start: number;
      let end: number;
      const isQuoted = bytes[pos] === QUOTE;
      if (isQuoted) {
        if (nf < 32) quoted0 |= 1 << nf;
        else if (nf < 64) quoted1 |= 1 << (nf - 32);
        start = ++pos;
        let c = 0;
        for (;;) {
          while (pos < n && (c = bytes[pos]!) !== QUOTE) {
            high = (high << 8) | (low >>> 24);
            low = (low << 8) | c;
            pos++;
          }
          if (pos >= n) return ended(count, recordStart, recordLine, false, final); // unterminated quote
          if (bytes[pos + 1] !== QUOTE) break;
          // A doubled quote: both bytes count, like any other.
          for (let q = 0; q < 2; q++) {
            high = (high << 8) | (low >>> 24);
            low = (low << 8) | QUOTE;
          }
          pos += 2;
        }
        end = pos++;
      } else {
        start = pos;
        // The four delimiters are all below 0x2D; digits, letters and CP932's lead and trail bytes
        // are above it: one comparison per byte, as in the floor loop.
        let c = 0;
        for (;;) {
          while (pos < n && (c = bytes[pos]!) > 0x2c) {
            high = (high << 8) | (low >>> 24);
            low = (low << 8) | c;
            pos++;
          }
          if (pos >= n || c === COMMA || c === CR || c === LF) break;
          if (c === QUOTE) return ended(count, recordStart, recordLine, false, true); // stray quote
          high = (high << 8) | (low >>> 24);
          low = (low << 8) | c;
          pos++;
        }
        end = pos;
      }
      let value: string | null = '';
      let id = -1;
      const length = end - start;
      if (length > 0) {
        // The bytes before the last 8, hashed apart: in the loops above, the hash would lengthen
        // the chain of dependent operations per byte.
        for (let i = start, stop = end - 8; i < stop; i++) hash = (Math.imul(hash, 31) + bytes[i]!) | 0;
        const mixed = Math.imul(low ^ Math.imul(high ^ length, 0x9e3779b1) ^ hash, 0x85ebca6b);
        const at = ((mixed ^ (mixed >>> 16)) & (SLOTS - 1)) << 3;
        value = null;
        if (slots[at] === length && slots[at + 1] === low && slots[at + 2] === high && slots[at + 3] === hash) {
          // Same length and last 8 bytes: the bytes before those too, if cached by this call.
          if (length <= 8 || (slots[at + 6] === generation && sameBytes(bytes, slots[at + 4]!, start, length - 8))) value = slotValue[at >> 3]!;
          else if (slots[at + 6] !== generation && matchesCleanCp932(bytes, start, end, isQuoted, slotValue[at >> 3]!)) {
            // Cached by an earlier call (another file, or the previous chunk of a stream): the value
            // is checked against these bytes, and the slot points at them from now on.
            value = slotValue[at >> 3]!;
            slots[at + 4] = start;
            slots[at + 6] = generation;
          }
        }
        value ??= decodeInto(bytes, cache, at, start, end, low, high, hash, isQuoted);
        if (value === null) return ended(count, recordStart, recordLine, false, true);
        line += slots[at + 5]!;
        id = at >> 3;
      }
      ids[nf] = id;
      fields[nf] = value;
      quoted[nf++] = isQuoted;
      if (pos >= n) return ended(count, recordStart, recordLine, false, final); // no line break after the last record
      const c = bytes[pos];
      if (c === COMMA) {
        pos++;
        continue;
      }
      if (c === CR && bytes[pos + 1] === LF) {
        pos += 2;
        line++;
        break;
      }
      if (c === CR && pos + 1 >= n) return ended(count, recordStart, recordLine, false, final); // LF may follow
      return ended(count, recordStart, recordLine, false, true); // LF or CR alone, or text after a closing quote
    }
    if (fields.length !== nf) {
      fields.length = nf;
      quoted.length = nf;
    }
    // An empty line: the tolerant tokenizer counts and reports those.
    if (nf === 1 && !quoted[0] && fields[0] === '') return ended(count, recordStart, recordLine, false, true);
    count++;
    ids[QUOTED_MASK] = quoted0;
    ids[QUOTED_MASK + 1] = quoted1;
    if (onRecord(fields, quoted, recordLine, firstRecord + count - 1, ids) === false) return ended(count, pos, line, true, false);
  }
  return ended(count, pos, line, false, false);
}
