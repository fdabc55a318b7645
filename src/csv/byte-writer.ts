/**
 * The canonical writer of csv/write.ts, writing CP932 bytes directly: fields joined by commas,
 * CRLF after every record, free text always quoted with inner quotes doubled, other fields quoted
 * only when they must be. One loop per record encodes and quotes at once, into one growing
 * buffer, without building a string (measured ≈ 2× faster than text + encode). A test checks its
 * bytes against encodeCp932(writeRecords(…)), which itself is checked against csv-stringify.
 */
import { cp932EncodeTable } from '../encoding/cp932.js';

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

export class CsvByteWriter {
  private buf: Uint8Array;
  private len = 0;
  private readonly enc = cp932EncodeTable();
  /** Characters MS932 cannot hold (left out of the bytes: the caller must not use them). */
  unrepresentable = 0;
  /** Control characters other than CR and LF (valid bytes, never valid text). */
  controls = 0;

  constructor(initialCapacity = 1 << 16) {
    this.buf = new Uint8Array(Math.max(64, initialCapacity));
  }

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  /** Encodes v[from..] at j, doubling quotes when `inQuotes`; returns the new end, or -1 when an unquoted field needs quotes. */
  private put(v: string, j: number, inQuotes: boolean): number {
    const { enc, buf } = this;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (!inQuotes && (c === COMMA || c === QUOTE || c === CR || c === LF)) return -1;
      const e = enc[c]!;
      if (e < 0x100) {
        if (e === 0 && c !== 0) {
          this.unrepresentable++;
          continue;
        }
        if (c < 0x20 ? c !== LF && c !== CR : c >= 0x7f && c <= 0x9f) this.controls++;
        buf[j++] = e;
        if (c === QUOTE) buf[j++] = QUOTE;
      } else {
        buf[j++] = e >> 8;
        buf[j++] = e & 0xff;
      }
    }
    return j;
  }

  /** Where the previous record's fields were written: a repeated value is copied, not encoded. */
  private lastValue: string[] = [];
  private lastStart = new Int32Array(0);
  private lastEnd = new Int32Array(0);

  /**
   * Writes one record and its CRLF; `quoted[i]` says which fields are free text. `bound`, when the
   * caller has it: 2 + Σ (2 × length + 3) over the values, the most bytes the record can take.
   */
  writeRecord(row: readonly string[], quoted: readonly boolean[], bound?: number): void {
    if (bound === undefined) {
      bound = 2;
      for (let i = 0; i < row.length; i++) bound += 2 * row[i]!.length + 3;
    }
    this.reserve(bound);
    if (this.lastStart.length < row.length) {
      this.lastStart = new Int32Array(row.length);
      this.lastEnd = new Int32Array(row.length);
    }
    const { buf, lastValue, lastStart, lastEnd } = this;
    let j = this.len;
    for (let i = 0; i < row.length; i++) {
      if (i > 0) buf[j++] = COMMA;
      const v = row[i]!;
      const start = j;
      if (v === lastValue[i]) {
        // One user's rows repeat most values: the bytes (quotes included) are those of the last row.
        const from = lastStart[i]!;
        const end = lastEnd[i]!;
        if (end - from > 16) {
          buf.copyWithin(j, from, end);
          j += end - from;
        } else for (let k = from; k < end; k++) buf[j++] = buf[k]!;
      } else {
        const plain = quoted[i] ? -1 : this.put(v, j, false);
        if (plain >= 0) j = plain;
        else {
          buf[j++] = QUOTE;
          j = this.put(v, j, true);
          buf[j++] = QUOTE;
        }
        lastValue[i] = v;
      }
      lastStart[i] = start;
      lastEnd[i] = j;
    }
    buf[j++] = CR;
    buf[j++] = LF;
    this.len = j;
  }

  /** Bytes written so far. */
  get length(): number {
    return this.len;
  }

  /** A copy of the bytes written so far, exactly sized. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
