/**
 * Issue 14: the producers of issues are bounded on any bytes. The decoder, the tokenizer and the
 * stream make no issue object past the cap (they count), and a run of the same problem is one
 * issue with a count and a range. These tests assert counts and shapes on hostile inputs of about
 * 1 MiB, never times; `node scripts/hostile-inputs.mjs` measures time and memory on 10 MiB.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCp932 } from '../../src/encoding/cp932.js';
import { parseFile, setByteScannerForTests, type ParseFileOptions } from '../../src/codec/parse-file.js';
import { parseStream, type StreamEvent } from '../../src/codec/parse-stream.js';
import { sampleFile } from '../../src/sample/index.js';
import type { Issue } from '../../src/core/issue.js';

const MIB = 1024 * 1024;
const fill = (size: number, unit: readonly number[]) => Uint8Array.from({ length: size }, (_, i) => unit[i % unit.length]!);
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
/** A deterministic PRNG, so that "random bytes" are the same in every run. */
function randomBytes(size: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) >>> 24;
  }
  return out;
}
/** What Excel's "Unicode text" export gives: a BOM, then UTF-16LE rows with Japanese text. */
function utf16Export(size: number): Uint8Array {
  const row = '202407,131016,0000012345,20250401,"山田　太郎","ﾔﾏﾀﾞ ﾀﾛｳ",居宅介護支援,"訪問介護（身体介護中心）",1234\r\n';
  const body = Buffer.from(row.repeat(Math.ceil(size / (row.length * 2))), 'utf16le');
  return Uint8Array.from([0xff, 0xfe, ...body.subarray(0, size - 2)]);
}
const truncatedCount = (issues: readonly Issue[]) => Number(issues.find((i) => i.code === 'FILE_ISSUES_TRUNCATED')?.params?.count ?? 0);

describe('decodeCp932 on hostile bytes', () => {
  it('1 MiB of NUL is one issue whose count is every byte', () => {
    const r = decodeCp932(new Uint8Array(MIB));
    expect(r.text.length).toBe(MIB);
    expect(r.issues).toEqual([
      { code: 'ENCODING_CONTROL_CHARACTER', severity: 'error', offset: 0, params: { codePoint: 'U+0000', index: 0, count: MIB, endOffset: MIB } },
    ]);
  });

  it('1 MiB of 0xA0, or of a lead byte whose pairs are unmapped, is one issue', () => {
    expect(decodeCp932(new Uint8Array(MIB).fill(0xa0)).issues).toEqual([
      expect.objectContaining({
        code: 'ENCODING_INVALID_BYTES',
        offset: 0,
        params: { form: 'unused-byte', bytes: 'A0', index: 0, count: MIB, endOffset: MIB },
      }),
    ]);
    // FC FC is an unmapped pair: half as many units as bytes, each one U+FFFD.
    const fc = decodeCp932(new Uint8Array(MIB).fill(0xfc));
    expect(fc.text).toBe('\uFFFD'.repeat(MIB / 2));
    expect(fc.issues).toEqual([
      expect.objectContaining({ code: 'ENCODING_INVALID_BYTES', params: { form: 'unmapped-pair', bytes: 'FC FC', index: 0, count: MIB / 2, endOffset: MIB } }),
    ]);
  });

  it.each([
    ['a UTF-16LE export', utf16Export(MIB / 4)],
    ['random bytes', randomBytes(MIB / 4, 14)],
    ['a lone lead byte before each comma', fill(MIB / 4, [0x83, 0x2c])],
  ])('%s: at most maxIssues issues, the others counted', (_name, bytes) => {
    const all = decodeCp932(bytes);
    expect(all.issues.length).toBeGreaterThan(1000);
    const capped = decodeCp932(bytes, { maxIssues: 1000 });
    expect(capped.text).toBe(all.text);
    expect(capped.issues).toEqual(all.issues.slice(0, 1000));
    expect(capped.dropped).toBe(all.issues.length - 1000);
    expect(capped.droppedError).toBe(true);
  });
});

describe('parseFile on hostile bytes', () => {
  const parse = (bytes: Uint8Array, options: ParseFileOptions = {}) => parseFile({ bytes }, { kind: 'UPPLAN', ...options });

  it('1 MiB of NUL: a handful of issues, the encoding one with the count of bytes', () => {
    const r = parse(new Uint8Array(MIB));
    expect(r.issues.length).toBeLessThan(5);
    expect(r.issues[0]).toMatchObject({ code: 'ENCODING_CONTROL_CHARACTER', offset: 0, params: { count: MIB, endOffset: MIB } });
    expect(r.ok).toBe(false);
  });

  it.each([
    ['a UTF-16LE export', utf16Export(MIB)],
    ['random bytes', randomBytes(MIB, 7)],
    ['a lone lead byte before each comma', fill(MIB, [0x83, 0x2c])],
    ['a lone lead byte before each LF', fill(MIB, [0x83, 0x0a])],
    ['a stray quote in every field', fill(MIB, [0x61, 0x22, 0x2c])],
  ])('%s: maxIssues issues and one summary that counts the rest', (_name, bytes) => {
    const r = parse(bytes, { maxIssues: 100 });
    // (and, when more than maxRejected rows are no records, the one issue that counts them)
    expect(r.issues.filter((i) => i.code !== 'FILE_REJECTED_ROWS_TRUNCATED')).toHaveLength(101);
    expect(r.issues.at(-1)!.code).toBe('FILE_ISSUES_TRUNCATED');
    expect(truncatedCount(r.issues)).toBeGreaterThan(1000);
    expect(r.ok).toBe(false);
  });

  it('keeps the same issues and counts the same left-out ones as without a cap (random bytes, any cap)', () => {
    const bytes = randomBytes(64 * 1024, 3);
    const all = parse(bytes, { maxIssues: Number.MAX_SAFE_INTEGER }).issues;
    for (const max of [0, 1, 7, 100, 1000]) {
      const capped = parse(bytes, { maxIssues: max }).issues;
      expect(capped.slice(0, max)).toEqual(all.slice(0, max));
      expect(truncatedCount(capped)).toBe(all.length - max);
    }
  });

  it('decoding issues found late still come first and keep the cap, with and without the byte scanner', () => {
    // Canonical records, then 30,000 invalid bytes in runs of two kinds.
    const f = sampleFile('UPPLAN', { seed: 3, records: 50 });
    const bad = Uint8Array.from({ length: 30_000 }, (_, i) => (i % 3 === 0 ? 0xfd : 0xa0));
    const bytes = Uint8Array.from([...f.bytes, ...bad, 0x0d, 0x0a]);
    for (const maxIssues of [0, 3, 50, 30_000]) {
      setByteScannerForTests(true);
      const withScanner = parseFile({ name: f.name, bytes }, { maxIssues });
      setByteScannerForTests(false);
      const without = parseFile({ name: f.name, bytes }, { maxIssues });
      setByteScannerForTests(true);
      expect(withScanner).toEqual(without);
      if (maxIssues > 0) expect(withScanner.issues[0]!.code).toBe('ENCODING_INVALID_BYTES');
    }
  });

  it('1 MiB of ": one record with one field of half a million quotes', () => {
    const r = parse(new Uint8Array(MIB).fill(0x22));
    expect(codes(r.issues)).toEqual(['CSV_NO_FINAL_NEWLINE', 'RECORD_FIELD_COUNT']);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.fields).toEqual(['"'.repeat(MIB / 2 - 1)]);
  });

  it('1 MiB of commas: one record, one CSV_TOO_MANY_FIELDS with the count', () => {
    const r = parse(new Uint8Array(MIB).fill(0x2c));
    expect(r.issues.find((i) => i.code === 'CSV_TOO_MANY_FIELDS')!.params).toEqual({ count: MIB + 1, limit: 1024 });
    expect(r.issues.length).toBeLessThan(5);
  });

  it.each([
    ['CR', 0x0d, 'CSV_CR_LINE_ENDING'],
    ['LF', 0x0a, 'CSV_LF_LINE_ENDING'],
  ])('1 MiB of %s: empty lines and line ends, each one issue with the count', (_name, byte, code) => {
    const r = parse(new Uint8Array(MIB).fill(byte));
    expect(r.issues.map((i) => [i.code, i.params?.count])).toEqual([
      ['CSV_EMPTY_LINE', MIB],
      [code, MIB],
      ['FILE_EMPTY', undefined],
    ]);
  });

  it('refuses limits that are not non-negative integers', () => {
    const bytes = new Uint8Array(1);
    for (const bad of [-1, 1.5, NaN, Infinity]) {
      for (const key of ['maxIssues', 'maxRecords', 'maxBytes'] as const) expect(() => parse(bytes, { [key]: bad }), `${key} ${bad}`).toThrow(RangeError);
    }
    expect(() => parse(bytes, { maxIssues: '10' as unknown as number })).toThrow(TypeError);
  });
});

describe('parseStream on hostile bytes', () => {
  async function run(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, options: Parameters<typeof parseStream>[1] = {}) {
    const events: StreamEvent[] = [];
    for await (const e of parseStream(chunks, { kind: 'UPPLAN', ...options })) events.push(e);
    return { events, issues: events.flatMap((e) => (e.type === 'issue' ? [e.issue] : [])) };
  }
  const chunked = (bytes: Uint8Array, size: number) =>
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

  it('an endless stream of NUL stops at maxRecordBytes, with a few run issues, not one per byte', async () => {
    let produced = 0;
    const chunk = new Uint8Array(64 * 1024);
    function* endless() {
      while (produced < 64 * MIB) {
        produced += chunk.length;
        yield chunk;
      }
    }
    const { issues } = await run(endless(), { maxRecordBytes: MIB });
    expect(produced).toBeLessThanOrEqual(4 * MIB);
    expect(issues.at(-1)).toMatchObject({ code: 'FILE_RECORD_TOO_LARGE', params: { limit: MIB } });
    const runs = issues.filter((i) => i.code === 'ENCODING_CONTROL_CHARACTER');
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.length).toBeLessThan(20);
    // The runs are consecutive ranges of the stream, each with its count.
    let at = 0;
    for (const i of runs) {
      expect(i.offset).toBe(at);
      at = i.params!.endOffset as number;
      expect(at - i.offset!).toBe(i.params!.count);
    }
  });

  it('random bytes in chunks: at most maxIssues issues, then one summary', async () => {
    const { issues } = await run(chunked(randomBytes(MIB, 5), 10_000), { maxIssues: 50 });
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)!.code).toBe('FILE_ISSUES_TRUNCATED');
  });

  it('empty lines and line ends are reported once for the whole stream, with the totals', async () => {
    const { issues } = await run(chunked(new Uint8Array(MIB).fill(0x0d), 65_536));
    expect(issues.map((i) => [i.code, i.params?.count])).toEqual([
      ['CSV_EMPTY_LINE', MIB],
      ['CSV_CR_LINE_ENDING', MIB],
      ['FILE_EMPTY', undefined],
    ]);
    const f = sampleFile('DLT1KYO', { seed: 1, records: 3 });
    const lf = Uint8Array.from([...f.bytes].filter((b) => b !== 0x0d));
    const r = await run([lf.subarray(0, 10), lf.subarray(10)], { name: f.name });
    expect(r.issues.map((i) => [i.code, i.params?.count])).toEqual([['CSV_LF_LINE_ENDING', 3]]);
  });

  it('refuses limits that are not non-negative integers', async () => {
    await expect(run([], { maxIssues: -1 })).rejects.toThrow(RangeError);
    await expect(run([], { maxRecordBytes: Infinity })).rejects.toThrow(RangeError);
  });
});

describe('the cap on generated hostile inputs (property)', () => {
  it('parseFile keeps at most maxIssues + 1 issues, whatever the bytes', () => {
    const unit = fc.constantFrom([0x00], [0xa0], [0xfc], [0x83], [0x22], [0x2c], [0x0d], [0x0a], [0x41], [0xf0, 0x40], [0xed, 0x40]);
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, fc.integer({ min: 1, max: 2000 })), { maxLength: 20 }), fc.nat(30), (parts, maxIssues) => {
        const bytes = Uint8Array.from(parts.flatMap(([u, n]) => Array.from({ length: n }, () => u).flat()));
        const r = parseFile({ bytes }, { kind: 'UPPLAN', maxIssues });
        expect(r.issues.length).toBeLessThanOrEqual(maxIssues + 1);
        // A run of one unit is one or two encoding issues (an odd lead byte left over): never one per byte.
        const all = parseFile({ bytes }, { kind: 'UPPLAN', maxIssues: Number.MAX_SAFE_INTEGER });
        expect(all.issues.filter((i) => i.code.startsWith('ENCODING_')).length).toBeLessThanOrEqual(2 * parts.length + 1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('rows that are not records (parseFile rejected)', () => {
  it('a file of 300,000 short rows keeps the first maxRejected rows and counts the rest in one issue', () => {
    const bytes = fill(600_000, [0x31, 0x0a]); // "1\n" × 300,000: one field where UPPLAN has many
    const r = parseFile({ bytes }, { kind: 'UPPLAN' });
    expect(r.records).toEqual([]);
    expect(r.rejected).toHaveLength(1000);
    expect(r.rejected[999]!.record).toBe(1000);
    const truncated = r.issues.find((i) => i.code === 'FILE_REJECTED_ROWS_TRUNCATED')!;
    expect(truncated.params).toEqual({ count: 299_000, limit: 1000 });
    // Each row is still accounted for: reported (capped), or counted.
    expect(r.issues.length).toBeLessThanOrEqual(1000 + 2);
    const small = parseFile({ bytes: fill(200, [0x31, 0x0a]) }, { kind: 'UPPLAN', maxRejected: 10 });
    expect(small.rejected).toHaveLength(10);
    expect(small.issues.find((i) => i.code === 'FILE_REJECTED_ROWS_TRUNCATED')?.params).toEqual({ count: 90, limit: 10 });
    expect(
      parseFile({ bytes: fill(200, [0x31, 0x0a]) }, { kind: 'UPPLAN', maxRejected: 100 }).issues.some((i) => i.code === 'FILE_REJECTED_ROWS_TRUNCATED'),
    ).toBe(false);
  });

  it('another kind’s layout on every row (rejected without an issue per row): kept up to the cap, the rest counted', () => {
    const plan = sampleFile('UPPLAN', { seed: 1, records: 50 });
    const r = parseFile({ bytes: plan.bytes }, { kind: 'UP1KYO', maxRejected: 5 });
    expect(r.issues.map((i) => i.code)).toContain('FILE_KIND_MISMATCH');
    expect(r.rejected).toHaveLength(5);
    const n = parseFile({ bytes: plan.bytes }, { kind: 'UP1KYO' }).rejected.length;
    expect(r.issues.find((i) => i.code === 'FILE_REJECTED_ROWS_TRUNCATED')?.params).toEqual({ count: n - 5, limit: 5 });
  });
});
