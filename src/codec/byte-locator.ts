/**
 * Where a byte is, in the terms people use: its line, record and 項目No. The decoder knows only
 * byte offsets; this follows the CSV structure over the same bytes (in CP932 no trail byte is a
 * comma, quote, CR or LF, so the raw bytes can be read for them), counting as the tokenizer does:
 * a line break is CRLF, LF or a lone CR outside quotes and LF inside quotes; an empty line is no
 * record; a quote opens a quoted field only at the start of a field, and "" inside is one quote.
 */
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;

export interface ByteLocation {
  readonly line: number;
  readonly record: number;
  readonly fieldNo: number;
}

export class ByteLocator {
  private line: number;
  private record: number;
  private field = 1;
  private fieldStart = true;
  private recordStarted = false;
  private inQuote = false;
  /** In quotes, the last byte was a quote: it closes the field unless the next is one too. */
  private pendingQuote = false;
  /** Outside quotes, the last byte was a CR: an LF next is the same line break. */
  private pendingCr = false;
  private bytes: Uint8Array = new Uint8Array(0);
  private pos = 0;

  constructor(startLine: number, startRecord: number) {
    this.line = startLine;
    this.record = startRecord;
  }

  /** Starts on the next piece of the input (the bytes right after the previous piece's `end`). */
  begin(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.pos = 0;
  }

  /** The location of the byte at `offset` of the current piece (offsets must not go back). */
  at(offset: number): ByteLocation {
    this.advance(Math.min(offset, this.bytes.length));
    // A byte right after a line break starts the next record (unless that line stays empty).
    return { line: this.line, record: this.record, fieldNo: this.field };
  }

  /** Reads the piece up to `end` (the bytes after it come again with the next piece). */
  end(end: number): void {
    this.advance(end);
    this.bytes = new Uint8Array(0);
  }

  private advance(to: number): void {
    const b = this.bytes;
    for (let i = this.pos; i < to; i++) {
      const c = b[i]!;
      if (this.inQuote) {
        if (this.pendingQuote) {
          this.pendingQuote = false;
          if (c === QUOTE) continue;
          this.inQuote = false;
        } else {
          if (c === QUOTE) this.pendingQuote = true;
          else if (c === LF) this.line++;
          continue;
        }
      }
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) continue;
      }
      if (c === CR || c === LF) {
        this.line++;
        if (this.recordStarted) this.record++;
        this.recordStarted = false;
        this.field = 1;
        this.fieldStart = true;
        this.pendingCr = c === CR;
        continue;
      }
      this.recordStarted = true;
      if (c === COMMA) {
        this.field++;
        this.fieldStart = true;
      } else {
        if (c === QUOTE && this.fieldStart) this.inQuote = true;
        this.fieldStart = false;
      }
    }
    this.pos = Math.max(this.pos, to);
  }
}
