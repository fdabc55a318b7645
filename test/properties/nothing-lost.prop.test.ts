/**
 * Nothing is lost: for any CSV text (as CP932 bytes), the fields of the records and of the rejected
 * rows, in line order, hold every character of the text except the CSV syntax itself (quotes,
 * commas, line breaks), or an issue says why they cannot (UTF-8 input, a limit).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_IDS, encodeCp932, getTable, parseFile, type IssueCode, type ParseFileResult } from '../../src/index.js';
import { anyFileArb, cp932TextArb, rowOf } from '../../src/testing/index.js';

/** Issues that explain why the content is not (all) in the result. */
const EXPLAINS: ReadonlySet<IssueCode> = new Set(['ENCODING_UTF8_INPUT', 'ENCODING_UTF8_BOM', 'FILE_TOO_MANY_RECORDS', 'FILE_TOO_LARGE', 'FILE_KIND_UNKNOWN']);

const SYNTAX = /[",\r\n]/g;
const content = (s: string) => s.replace(SYNTAX, '');

/** Asserts the property; returns the parse result, or null when an issue explains a loss. */
function accountsForEverything(kind: (typeof KIND_IDS)[number], text: string): ParseFileResult | null {
  const r = parseFile({ bytes: encodeCp932(text).bytes! }, { kind });
  if (r.issues.some((i) => EXPLAINS.has(i.code))) return null;
  const rows = [
    ...r.records.map((rec, i) => ({ line: r.lines[i]!, fields: Object.values(rec as Record<string, string>) })),
    ...r.rejected.map((row) => ({ line: row.line, fields: [...row.fields] })),
  ].sort((a, b) => a.line - b.line);
  expect(content(rows.map((row) => row.fields.join('')).join(''))).toBe(content(text));
  return r;
}

/** Cells that make rows records, header rows, rows of the wrong count or of another CSV version. */
const cell = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('202407', '202504', '202208', '202410', 'CSVバージョン', '', '"', '""', 'a"b') },
  { weight: 4, arbitrary: cp932TextArb({ maxLength: 10 }) },
);
const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
/** Like `quote`, but cells that start with a quote are left raw, so that broken quoting occurs too. */
const quoteSome = (c: string) => (c.startsWith('"') ? c : quote(c));

describe('nothing is lost (property)', () => {
  it('arbitrary text: every non-syntax character is in a record or a rejected row', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KIND_IDS), cp932TextArb({ maxLength: 400 }), (kind, text) => void accountsForEverything(kind, text)),
      { numRuns: 300 },
    );
  });

  it('CSV-like rows of any field count: every non-syntax character is in a record or a rejected row', () => {
    const row = fc.array(cell, { minLength: 1, maxLength: 75 }).map((cells) => cells.map(quoteSome).join(','));
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_IDS),
        fc.array(row, { maxLength: 8 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        (kind, rows, eol) => void accountsForEverything(kind, rows.join(eol) + (rows.length % 2 ? eol : '')),
      ),
      { numRuns: 300 },
    );
  });

  it('valid files with one row of the wrong field count and a header row: both rows are kept as rejected rows', () => {
    fc.assert(
      fc.property(anyFileArb({ minRecords: 2 }), fc.nat(), (file, pick) => {
        const rows = file.records.map((r) => rowOf(file.kind, r as Record<string, string>));
        const i = pick % rows.length;
        rows[i] = [...rows[i]!, 'extra'];
        const header = getTable(file.kind).fields.map((f) => f.key);
        const text = [header, ...rows].map((r) => r.map(quote).join(',') + '\r\n').join('');
        const r = accountsForEverything(file.kind, text);
        if (!r) return;
        expect(r.rejected.map((row) => row.record)).toEqual([1, i + 2]);
        expect(r.records).toHaveLength(file.records.length - 1);
      }),
      { numRuns: 150 },
    );
  });
});
