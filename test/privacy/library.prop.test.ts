/**
 * The privacy rule, for the library: no issue param, message (ja/en) or result field carries a value
 * read from a file, wherever in the file the value is (any field of any kind, the CSVバージョン and
 * the months included, garbage rows, rows shifted by a field, bytes the decoder reports), unless
 * the caller asks for values (`reportValues`). Also for the writer (stringifyFile), whose input is
 * a file too when `convert` reads JSON.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { parseStream, type StreamEvent } from '../../src/codec/parse-stream.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { validateBundle } from '../../src/bundle/index.js';
import { formatIssue } from '../../src/report/format.js';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';
import { KIND_IDS } from '../../src/spec/kinds/index.js';
import { CSV_VERSIONS } from '../../src/spec/editions/index.js';
import type { Issue } from '../../src/core/issue.js';
import { decodeCp932, encodeCp932 } from '../../src/encoding/cp932.js';
import { fieldsOf, leaks, personalValues, placement, plant, rowsOf, writeRows } from './support.js';

/** Everything a report can take from an issue: its params and its messages in both languages. */
const issueTexts = (issues: readonly Issue[]): string =>
  issues.map((i) => `${JSON.stringify(i)}\n${formatIssue(i)}\n${formatIssue(i, { locale: 'en' })}`).join('\n');

const RUNS = Number(process.env.PRIVACY_RUNS ?? 12);

describe('no value read from a file in any issue or message (parseFile)', () => {
  it.each(KIND_IDS)('%s: values anywhere, garbage rows, shifted rows', (kind) => {
    const file = sampleFile(kind, { seed: 3 });
    const { rows } = rowsOf(file);
    const fieldCount = fieldsOf(kind).length;
    fc.assert(
      fc.property(personalValues(40), fc.array(placement(rows.length, fieldCount), { minLength: 1, maxLength: 6 }), (pool, placements) => {
        const planted = plant(kind, rows, placements, pool);
        const bytes = writeRows(kind, planted.rows);
        const parsed = parseFile({ name: file.name, bytes });
        expect(leaks(issueTexts(parsed.issues), planted.values)).toEqual([]);
        expect(parsed.csvVersion === null || Object.hasOwn(CSV_VERSIONS, parsed.csvVersion)).toBe(true);
        // Read without the name (the kind option): the same.
        const byKind = parseFile({ bytes }, { kind });
        expect(leaks(issueTexts(byKind.issues), planted.values)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });

  it('the CSVバージョン and the months are shapes; with reportValues the value is there (the test can see a leak)', () => {
    const file = sampleFile('UPPLAN', { seed: 3 });
    const { rows } = rowsOf(file);
    const fields = fieldsOf('UPPLAN');
    const month = fields.findIndex((f) => f.key === 'targetMonth');
    rows[0]![0] = '9123456789';
    rows[1]![0] = '19520221';
    rows[1]![month] = '19520221';
    rows[2]![month] = '0312345678';
    const bytes = writeRows('UPPLAN', rows);
    const parsed = parseFile({ name: file.name, bytes });
    const text = issueTexts(parsed.issues);
    expect(leaks(text, ['9123456789', '19520221', '0312345678'])).toEqual([]);
    expect(parsed.csvVersion).toBeNull();
    const byCode = (code: string) => parsed.issues.find((i) => i.code === code)!;
    expect(byCode('FILE_UNKNOWN_CSV_VERSION').params).toEqual({ shape: 'digit:10', current: '202407' });
    expect(formatIssue(byCode('FILE_UNKNOWN_CSV_VERSION'))).toContain('CSVバージョン欄に数字10桁があります（YYYYMMのはず。現行は202407）');
    expect(formatIssue(byCode('FILE_UNKNOWN_CSV_VERSION'), { locale: 'en' })).toContain('holds 10 digits where YYYYMM was expected');
    expect(byCode('FILE_MIXED_CSV_VERSIONS').params).toEqual({ first: 'digit:10', found: 'digit:8' });
    expect(byCode('FILE_MONTH_MISMATCH').params).toMatchObject({ shape: 'digit:8' });
    expect(formatIssue(byCode('FILE_MONTH_MISMATCH'))).toMatch(/ファイル名の年月\d{6}とレコードの年月（数字8桁）が違います/);
    expect(byCode('FILE_MIXED_MONTHS').params).toEqual({ count: 2 });
    const shown = parseFile({ name: file.name, bytes }, { reportValues: true });
    const withValues = JSON.stringify(shown.issues);
    for (const v of ['9123456789', '19520221', '0312345678']) expect(withValues).toContain(v);
  });

  it('decoder issues keep offsets and the form of the bytes, never the bytes or the character', () => {
    const file = sampleFile('UP1KYO', { seed: 3 });
    const text = decodeCp932(file.bytes).text;
    // 外字 F0 40, the NEC-selected pair ED 40 (纊), an invalid byte A0 and an unmapped pair 81 AD
    const cut = text.indexOf(',') + 1;
    const head = encodeText(text.slice(0, cut));
    const tail = encodeText(text.slice(cut));
    const bytes = new Uint8Array([...head, 0xf0, 0x40, 0xed, 0x40, 0xa0, 0x81, 0xad, ...tail]);
    const parsed = parseFile({ name: file.name, bytes });
    const codes = parsed.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['ENCODING_GAIJI', 'ENCODING_NON_CANONICAL_BYTES', 'ENCODING_INVALID_BYTES']));
    const all = issueTexts(parsed.issues);
    for (const content of ['F0 40', 'ED 40', '纊', 'U+7E8A', 'U+E000', 'A0', '81 AD']) expect(all, content).not.toContain(content);
    const shown = JSON.stringify(parseFile({ name: file.name, bytes }, { reportValues: true }).issues);
    for (const content of ['F0 40', 'ED 40', '纊']) expect(shown).toContain(content);
  });

  it('parseStream: the same rule, whatever the chunking', async () => {
    const file = sampleFile('UPKIHON', { seed: 3 });
    const { rows } = rowsOf(file);
    rows[0]![0] = '鷲鶴鷺鴎鵜鶯鷹';
    rows[1]!.splice(3, 0, '090-7123-4567');
    rows[1]!.pop();
    const bytes = writeRows('UPKIHON', rows);
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 300), bytes.subarray(300)];
    const issues: Issue[] = [];
    for await (const e of parseStream(chunks, { name: file.name }) as AsyncIterable<StreamEvent>) if (e.type === 'issue') issues.push(e.issue);
    expect(issues.length).toBeGreaterThan(0);
    expect(leaks(issueTexts(issues), ['鷲鶴鷺鴎鵜鶯鷹', '090-7123-4567'])).toEqual([]);
  });
});

const encodeText = (s: string): number[] => [...encodeCp932(s).bytes!];

describe('no value in the issues of a send (validateBundle)', () => {
  it.each(['K1', 'K2', 'K3', 'K5', 'Y2', 'Y5'])('%s: values anywhere in every file', (unit) => {
    const files = sampleTransmission(unit, { seed: 5 });
    fc.assert(
      fc.property(personalValues(60), fc.nat(1000), (pool, salt) => {
        const planted: string[] = [];
        const out = files.map((f, n) => {
          if (f.name.startsWith('UPKIHON_IMAGE')) return f;
          const { kind, rows } = rowsOf(f);
          const count = fieldsOf(kind).length;
          const p = plant(
            kind,
            rows,
            [
              { how: 'field', record: salt % rows.length, field: (salt + n) % count },
              { how: 'field', record: 0, field: 0 },
              { how: 'shift', record: (salt + 1) % rows.length, field: (salt * 7 + n) % count },
            ],
            pool.slice(n * 4),
          );
          planted.push(...p.values);
          return { name: f.name, bytes: writeRows(kind, p.rows) };
        });
        const result = validateBundle(out);
        const issues = [...result.issues, ...result.files.flatMap((f) => f.issues)];
        expect(leaks(issueTexts(issues), planted)).toEqual([]);
        for (const f of result.files) expect(f.csvVersion === null || Object.hasOwn(CSV_VERSIONS, f.csvVersion)).toBe(true);
      }),
      { numRuns: Math.max(2, Math.floor(RUNS / 3)), seed: 14 },
    );
  });
});

describe('no value in the writer’s issues (stringifyFile)', () => {
  it.each(KIND_IDS)('%s: values, unencodable characters and controls in any field', (kind) => {
    const file = sampleFile(kind, { seed: 3 });
    const p = parseFile(file);
    const fields = fieldsOf(kind);
    fc.assert(
      fc.property(personalValues(8), fc.nat(fields.length * 4), (pool, at) => {
        const records = (p.records as Record<string, string>[]).map((r) => ({ ...r }));
        const values = pool.map((v, i) => (i % 3 === 0 ? `𠮷${v}` : i % 3 === 1 ? `${v}\u0007` : v));
        records.forEach((r, i) => {
          r[fields[(at + i) % fields.length]!.key] = values[i % values.length]!;
          r[fields[(at + 2 * i + 1) % fields.length]!.key] = values[(i + 1) % values.length]!;
        });
        const result = stringifyFile(kind, records);
        expect(leaks(issueTexts(result.issues), [...pool, '𠮷', 'U+20BB7'])).toEqual([]);
      }),
      { numRuns: Math.max(2, Math.floor(RUNS / 3)), seed: 14 },
    );
  });
});
