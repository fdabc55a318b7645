/**
 * The canonical writer: fields joined by commas, CRLF after every record, free text always quoted
 * with inner quotes doubled. A non-free value that holds a delimiter, quote or line break is quoted
 * too, so the output always reads back to the same values. csv-stringify, configured by
 * dialect.ts, is the oracle this writer is tested against (it is about 10× slower here).
 */
import { DIALECT } from './dialect.js';

/** True when the value holds a comma, a double quote, CR or LF (a short loop beats a regex here). */
function needsQuotes(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 44 || c === 34 || c === 13 || c === 10) return true;
  }
  return false;
}

export function quoteField(value: string): string {
  return '"' + (value.indexOf('"') === -1 ? value : value.replace(/"/g, '""')) + '"';
}

/** Writes one record (without its terminator). `quoted[i]` says which fields are free text. */
export function writeRecord(values: readonly string[], quoted: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += DIALECT.delimiter;
    const v = values[i] ?? '';
    out += quoted[i] || needsQuotes(v) ? quoteField(v) : v;
  }
  return out;
}

export function writeRecords(rows: readonly (readonly string[])[], quoted: readonly boolean[]): string {
  let out = '';
  for (const row of rows) out += writeRecord(row, quoted) + DIALECT.recordTerminator;
  return out;
}
