/**
 * The reference pipelines, measured in the same processes as the library. None of them validates
 * anything: they decode and split into string[][] (or write), which is the least a reader must do.
 *
 * - floor: a tight loop that only finds , " and LF in the bytes (the byte-scan floor);
 * - TextDecoder('shift_jis') alone (the platform's decoder: WHATWG Shift_JIS is CP932);
 * - iconv-lite + csv-parse: the common Node pipeline (and this project's test oracle);
 * - TextDecoder + uDSV, csv-simple-parser, PapaParse: the fastest JS CSV parsers we know of;
 * - csv-stringify + iconv-lite: the common writing pipeline.
 * Each parser is checked once against csv-parse (same rows, same fields) before it is timed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { parse as csvParse } from 'csv-parse/sync';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { inferSchema, initParser } from 'udsv';
import csvSimpleParse from 'csv-simple-parser';
import Papa from 'papaparse';
import { getTable, type KindId } from './lib.js';
import { csvParseOptions, csvStringifyOptions } from '../src/csv/dialect.js';
import type { Send } from './data.js';

export const REFERENCE_PACKAGES = ['iconv-lite', 'csv-parse', 'csv-stringify', 'udsv', 'csv-simple-parser', 'papaparse'] as const;

/** Installed versions, read from node_modules (some packages do not export their package.json). */
export function referenceVersions(): Record<string, string> {
  return Object.fromEntries(
    REFERENCE_PACKAGES.map((p) => {
      try {
        return [p, (JSON.parse(readFileSync(resolve('node_modules', p, 'package.json'), 'utf8')) as { version: string }).version];
      } catch {
        return [p, '?'];
      }
    }),
  );
}

/** The floor: a tight loop that only finds , " and LF in the bytes. */
export function floorScan(files: Send): number {
  let n = 0;
  for (const f of files) {
    const b = f.bytes;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === 44 || c === 34 || c === 10) n++;
    }
  }
  return n;
}

const decoder = new TextDecoder('shift_jis');
const parseOptions = csvParseOptions();

export const textDecode = (f: Send[number]): string => decoder.decode(f.bytes);

// uDSV takes its column count from a schema: inferred from each file's first row (as a user would),
// with the dialect given (comma, CRLF, double quotes, no header row).
const udsvSchema = (text: string) => inferSchema(text, { col: ',', row: '\r\n', encl: '"', esc: '"', header: () => [] }, 1);

export type RowParser = (text: string) => string[][];

export const PARSERS: Record<'csvParse' | 'udsv' | 'csvSimple' | 'papa', RowParser> = {
  csvParse: (text) => csvParse(text, parseOptions) as string[][],
  udsv: (text) => initParser(udsvSchema(text)).stringArrs(text),
  csvSimple: (text) => csvSimpleParse(text, { delimiter: ',', quote: '"', header: false, infer: false }) as string[][],
  papa: (text) =>
    Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: true })
      .data,
};

export const oracleRead = (files: Send) => files.map((f) => PARSERS.csvParse(iconv.decode(f.buffer, 'cp932')));
export const decodeAndParse = (parser: RowParser) => (files: Send) => files.map((f) => parser(textDecode(f)));

/** csv-stringify + iconv-lite, from the same records the library encodes. */
export function oracleWrite(kinds: readonly KindId[], records: readonly (readonly Record<string, string>[])[]) {
  const layouts = kinds.map((k) => getTable(k).fields);
  return () =>
    records.map((rs, i) => {
      const fields = layouts[i]!;
      const rows = rs.map((r) => fields.map((f) => r[f.key]!));
      return iconv.encode(csvStringify(rows, csvStringifyOptions(fields.map((f) => f.quoted))), 'cp932');
    });
}

/** Checks each parser against csv-parse on these files; returns the ids that disagree, with why. */
export function verifyParsers(files: Send): string[] {
  const expected = files.map((f) => PARSERS.csvParse(iconv.decode(f.buffer, 'cp932')));
  const bad: string[] = [];
  for (const [id, parser] of Object.entries(PARSERS)) {
    if (id === 'csvParse') continue;
    files.forEach((f, i) => {
      const got = parser(textDecode(f));
      const want = expected[i]!;
      // A trailing empty row (after the final CRLF) is not a record.
      const rows = got.length === want.length + 1 && got[got.length - 1]!.join('') === '' ? got.slice(0, -1) : got;
      const diff =
        rows.length !== want.length
          ? `${rows.length} rows, expected ${want.length}`
          : rows.findIndex((r, j) => r.length !== want[j]!.length || r.some((v, k) => v !== want[j]![k]));
      if (typeof diff === 'string') bad.push(`${id}: ${f.name}: ${diff}`);
      else if (diff >= 0) bad.push(`${id}: ${f.name}: row ${diff + 1} differs`);
    });
  }
  return bad;
}
