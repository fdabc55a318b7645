import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as csvParse } from 'csv-parse/sync';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { MAX_FIELDS, scanRecords, summaryIssues, tokenize } from '../../src/csv/tokenize.js';
import { writeRecords } from '../../src/csv/write.js';
import { csvParseOptions, csvStringifyOptions } from '../../src/csv/dialect.js';

const codes = (text: string) => tokenize(text).issues.map((i) => i.code);

describe('tokenize', () => {
  it(`keeps a record of more than ${MAX_FIELDS} fields as ${MAX_FIELDS} fields and the rest of its text, and says so`, () => {
    const wide = Array.from({ length: 3000 }, (_, i) => (i === 2000 ? '"x,""y"""' : String(i)));
    const r = tokenize(`a,b\r\n${wide.join(',')}\r\nc\r\n${wide.join(',')}`);
    expect(r.records.map((x) => x.fields.length)).toEqual([2, MAX_FIELDS + 1, 1, MAX_FIELDS + 1]);
    for (const x of [r.records[1]!, r.records[3]!]) {
      expect(x.fields.slice(0, MAX_FIELDS)).toEqual(wide.slice(0, MAX_FIELDS));
      // The rest exactly as written: commas and quotes included.
      expect(x.fields[MAX_FIELDS]).toBe(wide.slice(MAX_FIELDS).join(','));
      expect(x.quoted[MAX_FIELDS]).toBe(false);
    }
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 3, 4]);
    expect(r.issues.filter((i) => i.code === 'CSV_TOO_MANY_FIELDS')).toEqual([
      expect.objectContaining({ record: 2, line: 2, params: { count: 3000, limit: MAX_FIELDS } }),
      expect.objectContaining({ record: 4, line: 4, params: { count: 3000, limit: MAX_FIELDS } }),
    ]);
  });

  it(`reads exactly ${MAX_FIELDS} fields as they are`, () => {
    const r = tokenize(`${Array.from({ length: MAX_FIELDS }, () => '1').join(',')}\r\n`);
    expect(r.records[0]!.fields).toHaveLength(MAX_FIELDS);
    expect(r.issues).toEqual([]);
  });

  it('reads canonical records with quoted free text holding commas, quotes and CRLF', () => {
    const r = tokenize('202407,"a,""b""\r\nc",\r\n1,"",x\r\n');
    expect(r.records.map((x) => x.fields)).toEqual([
      ['202407', 'a,"b"\r\nc', ''],
      ['1', '', 'x'],
    ]);
    expect(r.records.map((x) => x.quoted)).toEqual([
      [false, true, false],
      [false, true, false],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('gives the physical line and the data record of each record (they differ after a quoted newline)', () => {
    const r = tokenize('a,"x\r\ny\r\nz"\r\nb,c\r\n');
    expect(r.records.map((x) => [x.line, x.record])).toEqual([
      [1, 1],
      [4, 2],
    ]);
  });

  it('accepts LF line ends and says so once, with the count', () => {
    const r = tokenize('a,b\nc,d\n');
    expect(r.records).toHaveLength(2);
    expect(r.issues).toMatchObject([{ code: 'CSV_LF_LINE_ENDING', line: 1, params: { count: 2 } }]);
  });

  it('reports a missing final line break', () => {
    expect(codes('a,b\r\nc,d')).toEqual(['CSV_NO_FINAL_NEWLINE']);
    expect(codes('a,b,')).toEqual(['CSV_NO_FINAL_NEWLINE']);
    expect(tokenize('a,b,').records[0]!.fields).toEqual(['a', 'b', '']);
  });

  it('skips empty lines with a warning', () => {
    const r = tokenize('a\r\n\r\nb\r\n');
    expect(r.records.map((x) => x.fields[0])).toEqual(['a', 'b']);
    expect(r.issues).toMatchObject([{ code: 'CSV_EMPTY_LINE', line: 2 }]);
  });

  it('keeps the text of an unterminated quoted field and reports where the quote opened', () => {
    const r = tokenize('a\r\nb,"open\r\nmore');
    expect(r.records[1]!.fields).toEqual(['b', 'open\r\nmore']);
    expect(r.issues[0]).toMatchObject({ code: 'CSV_UNTERMINATED_QUOTE', line: 2, record: 2, fieldNo: 2 });
  });

  it('keeps stray quotes and text after a closing quote in the value', () => {
    const r = tokenize('ab"c,"x"y\r\n');
    expect(r.records[0]!.fields).toEqual(['ab"c', 'xy']);
    expect(r.issues.map((i) => [i.code, i.fieldNo])).toEqual([
      ['CSV_STRAY_QUOTE', 1],
      ['CSV_TEXT_AFTER_QUOTE', 2],
    ]);
  });

  it('stops at maxRecords and says it was truncated', () => {
    const r = tokenize('1\r\n2\r\n3\r\n', { maxRecords: 2 });
    expect(r.records).toHaveLength(2);
    expect(r.truncated).toBe(true);
  });
});

// csv-parse is the oracle: on well-formed input both must give the same fields.
const fieldArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', ',', '"', '""', '\r\n', '\n', 'あ,い', '①"Ⅲ"', ' '),
  fc.stringMatching(/^[0-9A-Z]{0,10}$/),
);
const rowsArb = fc.array(fc.array(fieldArb, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe('tokenizer against the csv-parse oracle', () => {
  it('gives the same fields as csv-parse for rows written by our writer', () => {
    fc.assert(
      fc.property(rowsArb, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (rows, quoted) => {
        const text = writeRecords(rows, quoted);
        const ours = tokenize(text).records.map((r) => r.fields);
        const oracle = csvParse(text, csvParseOptions()) as string[][];
        // csv-parse drops rows that are a single empty field; so does our tokenizer (an empty line).
        expect(ours).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same bytes as csv-stringify with the dialect options', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
        const quoted = Array.from({ length: width }, (_, i) => i % 2 === 1);
        const oracle = csvStringify(padded, csvStringifyOptions(quoted));
        expect(writeRecords(padded, quoted)).toBe(oracle);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with csv-parse on adversarial text whenever csv-parse accepts it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', 'あ'), maxLength: 40 }), (text) => {
        let oracle: string[][];
        try {
          oracle = csvParse(text, csvParseOptions()) as string[][];
        } catch {
          return; // malformed for csv-parse; our tokenizer reports issues instead (tested above)
        }
        const ours = tokenize(text);
        if (ours.issues.some((i) => i.severity === 'error')) return;
        expect(ours.records.map((r) => r.fields)).toEqual(oracle);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenize: the issue cap and the summaries', () => {
  const dirty = 'a"b,c\n\n"x"y,z\r\r\n"open';

  it('keeps the first maxIssues issues, summaries included, and counts the rest (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '""', '\r', '\n', '\r\n', 'x"y'), maxLength: 50 }), fc.nat(6), (text, max) => {
        const all = tokenize(text);
        const capped = tokenize(text, { maxIssues: max });
        expect(capped.records).toEqual(all.records);
        expect(capped.issues).toEqual(all.issues.slice(0, max));
        expect(capped.dropped).toBe(Math.max(0, all.issues.length - max));
        expect(capped.droppedError).toBe(all.issues.slice(max).some((i) => i.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('tells droppedError by the severity overrides', () => {
    const codesOf = tokenize(dirty).issues.map((i) => i.code);
    expect(codesOf).toEqual([
      'CSV_STRAY_QUOTE',
      'CSV_TEXT_AFTER_QUOTE',
      'CSV_UNTERMINATED_QUOTE',
      'CSV_EMPTY_LINE',
      'CSV_LF_LINE_ENDING',
      'CSV_CR_LINE_ENDING',
    ]);
    const severity = { CSV_UNTERMINATED_QUOTE: 'warning' } as const;
    expect(tokenize(dirty, { maxIssues: 2 }).droppedError).toBe(true);
    expect(tokenize(dirty, { maxIssues: 2, severity })).toMatchObject({ dropped: 4, droppedError: false });
  });

  it('an unfinished record takes back what it counted as well as what it kept (streaming)', () => {
    const r = tokenize('a\r\nb"c,"d"e', { final: false, maxIssues: 0 });
    expect(r.records.map((x) => x.fields)).toEqual([['a']]);
    expect(r).toMatchObject({ issues: [], dropped: 0, droppedError: false, consumed: 3 });
  });

  it('reports the summaries once, from the totals, when the text is read in pieces (summaries: false)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n'), maxLength: 60 }),
        fc.array(fc.nat(60), { maxLength: 4 }),
        (text, cutsAt) => {
          const whole = tokenize(text);
          const cuts = [...new Set(cutsAt.filter((c) => c < text.length))].sort((a, b) => a - b);
          const records: string[][] = [];
          const issues: unknown[] = [];
          const lf = { lf: 0, firstLfLine: 0, cr: 0, firstCrLine: 0 };
          const empty = { count: 0, firstLine: 0 };
          let rest = '';
          let line = 1;
          let record = 1;
          [...cuts, text.length].forEach((cut, i, all) => {
            const final = i === all.length - 1;
            rest += text.slice(i === 0 ? 0 : all[i - 1], cut);
            const r = scanRecords(rest, { final, summaries: false, startLine: line, startRecord: record }, (f) => void records.push([...f]));
            rest = rest.slice(r.consumed);
            line = r.nextLine;
            record += r.count;
            issues.push(...r.issues);
            lf.lf += r.lineEndings.lf;
            lf.cr += r.lineEndings.cr;
            if (!lf.firstLfLine) lf.firstLfLine = r.lineEndings.firstLfLine;
            if (!lf.firstCrLine) lf.firstCrLine = r.lineEndings.firstCrLine;
            if (!empty.firstLine) empty.firstLine = r.emptyLines.firstLine;
            empty.count += r.emptyLines.count;
          });
          expect(records).toEqual(whole.records.map((r) => r.fields));
          const summaryCodes = ['CSV_EMPTY_LINE', 'CSV_LF_LINE_ENDING', 'CSV_CR_LINE_ENDING'];
          expect(issues.filter((i) => summaryCodes.includes((i as { code: string }).code))).toEqual([]);
          expect(summaryIssues(lf, empty)).toEqual(whole.issues.filter((i) => summaryCodes.includes(i.code)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a quoted field of millions of doubled quotes as one value, without a concatenation per quote', () => {
    const n = 3_000_000;
    const r = tokenize('"' + '""'.repeat(n) + '",x\r\n');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.fields[0]!.length).toBe(n);
    expect(r.records[0]!.fields[0]).toBe('"'.repeat(n));
    expect(r.records[0]!.fields[1]).toBe('x');
    // Unterminated, with text and line breaks between the pairs.
    const open = tokenize('"' + 'a""b\r\n'.repeat(1000));
    expect(open.records[0]!.fields[0]).toBe('a"b\r\n'.repeat(1000));
    expect(open.issues.map((i) => i.code)).toEqual(['CSV_UNTERMINATED_QUOTE']);
  });

  it('refuses limits that are not non-negative integers', () => {
    for (const bad of [-1, 0.5, NaN, Infinity]) {
      expect(() => tokenize('a', { maxIssues: bad }), String(bad)).toThrow(RangeError);
      expect(() => tokenize('a', { maxRecords: bad }), String(bad)).toThrow(RangeError);
    }
    expect(() => tokenize('a', { maxIssues: '1' as unknown as number })).toThrow(TypeError);
  });
});

import { stringifyFile } from '../../src/codec/stringify.js';
import { encodeCp932 } from '../../src/encoding/cp932.js';
import { TABLES } from '../../src/spec/kinds/index.js';

describe('the byte writer of stringifyFile', () => {
  it('writes exactly the CP932 bytes of the text writer (which csv-stringify checks above)', () => {
    const fields = TABLES.UP2KYO.fields;
    const textArb = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', 'あ', '①', '髙', ' '), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.record({ issue: textArb, serviceKind: textArb, frequency: textArb }), { minLength: 1, maxLength: 5 }), (parts) => {
        const records = parts.map((p, i) => ({
          ...Object.fromEntries(fields.map((f) => [f.key, ''])),
          csvVersion: '202407',
          insurerNumber: '131016',
          insuredNumber: '0000012345',
          createdOn: '20250301',
          planDate: '20250301',
          issueNo: String(i + 1),
          goalNo: '1',
          supportNo: '1',
          ...p,
        }));
        const rows = records.map((r) => fields.map((f) => (r as Record<string, string>)[f.key]!));
        const expected = encodeCp932(
          writeRecords(
            rows,
            fields.map((f) => f.quoted),
          ),
        ).bytes!;
        expect(stringifyFile('UP2KYO', records).bytes).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
