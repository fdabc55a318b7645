/**
 * The canonical writer: fields joined by commas, CRLF after every record, free text always quoted
 * with inner quotes doubled. A non-free value that holds a delimiter, quote or line break is quoted
 * too, so the output always reads back to the same values.
 */
import { DIALECT } from './dialect.js';

const NEEDS_QUOTES = /[",\r\n]/;

export function quoteField(value: string): string {
  return '"' + (value.includes('"') ? value.replace(/"/g, '""') : value) + '"';
}

/** Writes one record (without its terminator). `quoted[i]` says which fields are free text. */
export function writeRecord(values: readonly string[], quoted: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += DIALECT.delimiter;
    const v = values[i] ?? '';
    out += quoted[i] || NEEDS_QUOTES.test(v) ? quoteField(v) : v;
  }
  return out;
}

export function writeRecords(rows: readonly (readonly string[])[], quoted: readonly boolean[]): string {
  let out = '';
  for (const row of rows) out += writeRecord(row, quoted) + DIALECT.recordTerminator;
  return out;
}
