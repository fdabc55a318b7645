/**
 * The byte scanner (parseFile's fast path) against the tolerant path: on canonical input it emits
 * exactly the records `decodeCp932` + `scanRecords` emit; where it stops, it says where; and
 * parseFile gives the same result, issues and their order included, with and without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanCanonicalBytes } from '../../src/csv/scan-bytes.js';
import { scanRecords } from '../../src/csv/tokenize.js';
import { decodeCp932, encodeCp932 } from '../../src/encoding/cp932.js';
import { parseFile, setByteScannerForTests, type ParseFileOptions } from '../../src/codec/parse-file.js';
import { parseStream, type StreamEvent } from '../../src/codec/parse-stream.js';
import { anyFileArb, isAlsoValidUtf8 } from '../../src/testing/index.js';
import { breakArb, breakBytes, fixtureFiles } from '../support/broken-files.js';

type Row = { fields: string[]; quoted: boolean[]; line: number; record: number };
const collect = () => {
  const rows: Row[] = [];
  const sink = (fields: readonly string[], quoted: readonly boolean[], line: number, record: number) => {
    rows.push({ fields: [...fields], quoted: [...quoted], line, record });
  };
  return { rows, sink };
};
const fast = (bytes: Uint8Array, maxRecords?: number) => {
  const { rows, sink } = collect();
  return { ...scanCanonicalBytes(bytes, { maxRecords }, sink), rows };
};
const tolerant = (bytes: Uint8Array) => {
  const { rows, sink } = collect();
  scanRecords(decodeCp932(bytes).text, {}, sink);
  return rows;
};
const sjis = (text: string) => encodeCp932(text).bytes!;

/** parseFile with the byte scanner on and off. */
function bothWays(name: string | undefined, bytes: Uint8Array, options: ParseFileOptions = {}) {
  setByteScannerForTests(true);
  const withScanner = parseFile({ name, bytes }, options);
  setByteScannerForTests(false);
  const without = parseFile({ name, bytes }, options);
  setByteScannerForTests(true);
  return { withScanner, without };
}
afterEach(() => setByteScannerForTests(true));

type Parsed = ReturnType<typeof parseFile>;
const issueKey = (i: Parsed['issues'][number]) => JSON.stringify([i.code, i.offset, i.record, i.line, i.fieldNo, i.params]);
/**
 * The scanner and the tolerant path read the same records and find the same issues; only the
 * order may differ (the tolerant path decodes the whole file before reading any record). Under an
 * issue cap the kept issues may then differ, but not their number, the summary or the verdict.
 */
function expectSameResult(a: Parsed, b: Parsed, capped: boolean): void {
  const { issues: ia, ...ra } = a;
  const { issues: ib, ...rb } = b;
  expect(ra).toEqual(rb);
  if (!capped) expect(ia.map(issueKey).sort()).toEqual(ib.map(issueKey).sort());
  else {
    expect(ia.length).toBe(ib.length);
    expect(ia.filter((i) => i.code === 'FILE_ISSUES_TRUNCATED')).toEqual(ib.filter((i) => i.code === 'FILE_ISSUES_TRUNCATED'));
  }
}

describe('byte scanner', () => {
  it('emits what the tolerant path emits, on every canonical fixture, and reads it to the end', () => {
    const canonical = fixtureFiles.filter((p) => p.includes('/valid/') || p.includes('/transmissions/'));
    expect(canonical.length).toBeGreaterThan(30);
    for (const p of canonical) {
      const bytes = new Uint8Array(readFileSync(p));
      const r = fast(bytes);
      expect(r, p).toMatchObject({ notCanonical: false, consumed: bytes.length });
      expect(r.rows, p).toEqual(tolerant(bytes));
    }
  });

  it('emits what the tolerant path emits on generated files (property)', () => {
    fc.assert(
      fc.property(anyFileArb({ maxRecords: 6 }), (file) => {
        const r = fast(file.bytes);
        expect(r).toMatchObject({ notCanonical: false, consumed: file.bytes.length });
        expect(r.rows).toEqual(tolerant(file.bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('never takes one value for another whose bytes hash the same', () => {
    // Values of up to 8 bytes are kept exactly; longer ones by their last 8 bytes and a hash of
    // the rest. "Aa" and "BB" hash the same (31-multiplier), so these pairs share length, last 8
    // bytes and hash, and land in the same slot: only the byte comparison tells them apart.
    const a = ['Aa12345678', 'BB12345678', 'AaAa12345678', 'BBBB12345678', 'AaBB12345678', 'BBAa12345678'];
    const b = [a[1], a[0], a[3], a[2], a[5], a[4]];
    const text = `${a.join(',')}\r\n${b.join(',')}\r\n"A""a12345678","B""B12345678"\r\n`;
    const r = fast(sjis(text));
    expect(r.notCanonical).toBe(false);
    expect(r.rows.map((row) => row.fields)).toEqual([a, b, ['A"a12345678', 'B"B12345678']]);
  });

  it('keeps its value cache from call to call without taking a value of one call for another', () => {
    // The cache is reused: short values are keyed by their bytes and stay valid; a long value is
    // compared with the bytes of the call that cached it, which the next call no longer has.
    const first = fast(sjis('Aa12345678,12345678\r\n'));
    const bytes = sjis('BB12345678,12345678\r\n');
    const second = fast(bytes);
    expect(first.rows[0]!.fields).toEqual(['Aa12345678', '12345678']);
    expect(second.rows[0]!.fields).toEqual(['BB12345678', '12345678']);
    // The first call's bytes changed under the cache (a reused buffer): still the right values.
    bytes.set(sjis('Aa'), 0);
    expect(fast(bytes).rows[0]!.fields).toEqual(['Aa12345678', '12345678']);
    // A sink that scans again while a scan is on gets a cache of its own.
    const inner: string[][] = [];
    scanCanonicalBytes(sjis('AaAa12345678\r\nBBBB12345678\r\n'), {}, (fields) => {
      inner.push([...fields, ...fast(sjis('BBBB12345678\r\n')).rows[0]!.fields]);
    });
    expect(inner).toEqual([
      ['AaAa12345678', 'BBBB12345678'],
      ['BBBB12345678', 'BBBB12345678'],
    ]);
  });

  it('counts the lines of quoted line breaks and unescapes doubled quotes', () => {
    const r = fast(sjis('"a\r\nb","x""y",1\r\n"a\r\nb",""\r\n3\r\n'));
    expect(r.notCanonical).toBe(false);
    expect(r.rows).toEqual([
      { fields: ['a\r\nb', 'x"y', '1'], quoted: [true, true, false], line: 1, record: 1 },
      { fields: ['a\r\nb', ''], quoted: [true, true], line: 3, record: 2 },
      { fields: ['3'], quoted: [false], line: 5, record: 3 },
    ]);
  });

  it.each([
    ['LF line end', 'a,b\r\nc,d\ne,f\r\n', 2, 2],
    ['lone CR', 'a,b\r\nc,d\re,f\r\n', 2, 2],
    ['stray quote', 'a\r\nb\r\nc"d\r\n', 3, 3],
    ['text after a closing quote', 'a\r\n"b"c\r\n', 2, 2],
    ['unterminated quote', 'a\r\n"b\r\nc\r\n', 2, 2],
    ['no final line break', 'a\r\nb', 2, 2],
    ['empty line', 'a\r\n\r\nb\r\n', 2, 2],
    ['quoted line break before the stop', '"a\r\nb"\r\nc\nd\r\n', 3, 2],
  ])('stops at the record that is not canonical: %s', (_name, text, line, record) => {
    const bytes = sjis(text);
    const r = fast(bytes);
    expect(r).toMatchObject({ notCanonical: true, nextLine: line, count: record - 1 });
    // The tolerant tokenizer reads on from `consumed` to the same records as from the start.
    expect(tolerant(bytes.subarray(r.consumed)).map((row) => row.fields)).toEqual(
      tolerant(bytes)
        .slice(record - 1)
        .map((row) => row.fields),
    );
    expect(r.rows).toEqual(tolerant(bytes).slice(0, record - 1));
  });

  it.each([
    ['外字', [0xf0, 0x40]],
    ['non-canonical pair', [0xed, 0x40]],
    ['control character', [0x01]],
    ['0x80', [0x80]],
    ['invalid byte', [0xff]],
    ['lone lead byte before a comma', [0x83]],
  ])('stops at a field that is not clean CP932: %s', (_name, bad) => {
    const bytes = Uint8Array.from([...sjis('a,b\r\nc,'), ...bad, ...sjis(',d\r\n')]);
    const r = fast(bytes);
    expect(r).toMatchObject({ notCanonical: true, consumed: 5, nextLine: 2, count: 1 });
  });

  it('stops at maxRecords like the tolerant tokenizer', () => {
    const r = fast(sjis('a\r\nb\r\nc\r\n'), 2);
    expect(r).toMatchObject({ count: 2, truncated: true, notCanonical: false, consumed: 6, nextLine: 3 });
  });

  it('streaming: leaves an unfinished record for the next call, at any cut (property)', () => {
    fc.assert(
      fc.property(anyFileArb({ maxRecords: 5 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (file, cutsAt) => {
        const cuts = [...new Set(cutsAt.map((x) => Math.floor(x * file.bytes.length)))].sort((a, b) => a - b);
        const { rows, sink } = collect();
        let pending = new Uint8Array(0);
        let line = 1;
        let record = 1;
        const pieces = [...cuts, file.bytes.length].map((c, i, all) => file.bytes.subarray(i === 0 ? 0 : all[i - 1], c));
        pieces.forEach((piece, i) => {
          const bytes = Uint8Array.from([...pending, ...piece]);
          const final = i === pieces.length - 1;
          const r = scanCanonicalBytes(bytes, { final, startLine: line, startRecord: record }, sink);
          expect(r.notCanonical).toBe(false);
          pending = bytes.slice(r.consumed);
          line = r.nextLine;
          record += r.count;
        });
        expect(pending.length).toBe(0);
        expect(rows).toEqual(tolerant(file.bytes));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a record without its line break', 'a\r\nb'],
    ['a CR whose LF may follow', 'a\r\nb\r'],
    ['an open quote', 'a\r\n"b\r\nc'],
    ['a closing quote that may be doubled', 'a\r\n"b"'],
  ])('streaming: %s is unfinished, not broken', (_name, text) => {
    const bytes = sjis(text);
    expect(fast(bytes)).toMatchObject({ notCanonical: true, consumed: 3, count: 1 });
    const { rows, sink } = collect();
    expect(scanCanonicalBytes(bytes, { final: false }, sink)).toMatchObject({ notCanonical: false, consumed: 3, nextLine: 2, count: 1 });
    expect(rows.map((r) => r.fields)).toEqual([['a']]);
  });
});

describe('parseFile with and without the byte scanner', () => {
  it('gives the same result on every fixture (valid, invalid, tolerated)', () => {
    expect(fixtureFiles.length).toBeGreaterThan(80);
    for (const p of fixtureFiles) {
      const name = p.split('/').pop()!;
      const { withScanner, without } = bothWays(name, new Uint8Array(readFileSync(p)));
      expect(withScanner, p).toEqual(without);
    }
  });

  it('gives the same result when a canonical file is broken anywhere (property)', () => {
    const breakAt = breakArb;
    fc.assert(
      fc.property(
        anyFileArb({ minRecords: 2, maxRecords: 6 }),
        fc.array(breakAt, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<ParseFileOptions>({}, { maxIssues: 2 }, { maxRecords: 2 }, { reportValues: true }),
        (file, breaks, options) => {
          const { withScanner, without } = bothWays(file.name, breakBytes(file.bytes, breaks), options);
          expectSameResult(withScanner, without, options.maxIssues !== undefined);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reports issues in the order they are met, and the cap keeps the first ones', () => {
    // A field error in record 2 (read by the scanner), then 外字 in the last record (read by the
    // tolerant path): the field error comes first; nothing is spliced in front afterwards.
    const dir = 'spec-fixtures/invalid/field-code-list';
    const name = readdirSync(dir).find((f) => f.endsWith('.CSV'))!;
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const broken = Uint8Array.from([...bytes.subarray(0, bytes.length - 2), 0xf0, 0x40, 0x0d, 0x0a]);
    const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);
    const all = codes(parseFile({ name, bytes: broken }));
    expect(all.indexOf('FIELD_UNKNOWN_CODE')).toBeGreaterThanOrEqual(0);
    expect(all.indexOf('FIELD_UNKNOWN_CODE')).toBeLessThan(all.indexOf('ENCODING_GAIJI'));
    expect(codes(parseFile({ name, bytes: broken }, { maxIssues: 1 }))).toEqual([all[0], 'FILE_ISSUES_TRUNCATED']);
    for (const maxIssues of [1, 2, 1000]) {
      const { withScanner, without } = bothWays(name, broken, { maxIssues });
      expectSameResult(withScanner, without, maxIssues < all.length);
    }
  });

  it('is not fooled by files that are also valid UTF-8 or have a BOM', () => {
    fc.assert(
      fc.property(anyFileArb({ maxRecords: 3 }), (file) => {
        const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...file.bytes]);
        const { withScanner, without } = bothWays(file.name, bom, { acceptUtf8: true });
        expectSameResult(withScanner, without, false);
        if (isAlsoValidUtf8(file.bytes)) {
          const plain = bothWays(file.name, file.bytes);
          expectSameResult(plain.withScanner, plain.without, false);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('parseStream with and without the byte scanner', () => {
  /** The events as a sorted list: the scanner may report a chunk's decoding issues after its records. */
  async function events(chunks: Uint8Array[], name: string, scanner: boolean): Promise<string[]> {
    setByteScannerForTests(scanner);
    try {
      const out: StreamEvent[] = [];
      for await (const e of parseStream(chunks, { name })) out.push(e);
      // `index` is the character index in the piece decoded at once, which depends on the path.
      return out.map((e) => JSON.stringify(e.type === 'issue' ? { ...e, issue: { ...e.issue, params: { ...e.issue.params, index: undefined } } } : e)).sort();
    } finally {
      setByteScannerForTests(true);
    }
  }

  it('yields the same records, rows and issues for broken files cut anywhere (property)', async () => {
    const breakAt = breakArb;
    await fc.assert(
      fc.asyncProperty(
        anyFileArb({ minRecords: 2, maxRecords: 5 }),
        fc.array(breakAt, { maxLength: 2 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
        async (file, breaks, sizes) => {
          const bytes = breakBytes(file.bytes, breaks);
          const chunks: Uint8Array[] = [];
          for (let at = 0, k = 0; at < bytes.length; at += sizes[k++ % sizes.length]!) chunks.push(bytes.subarray(at, at + sizes[k % sizes.length]!));
          expect(await events(chunks, file.name, true)).toEqual(await events(chunks, file.name, false));
        },
      ),
      { numRuns: 200 },
    );
  });
});
