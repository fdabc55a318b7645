/** Hostile input never throws: arbitrary bytes, arbitrary text, truncated files, files cut inside a quote. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ISSUE_CATALOGUE, KIND_IDS, decodeCp932, encodeCp932, formatIssue, parseFile, type KindId, type ParseFileResult } from '../../src/index.js';
import { anyFileArb, cp932TextArb, filenamePartsArb, isAlsoValidUtf8 } from '../../src/testing/index.js';
import { buildFilename } from '../../src/filenames/index.js';

/** The result shape every call must have, whatever the input. */
function expectWellFormed(r: ParseFileResult): void {
  expect(typeof r.ok).toBe('boolean');
  expect(Array.isArray(r.issues)).toBe(true);
  expect(Array.isArray(r.records)).toBe(true);
  expect(Array.isArray(r.rejected)).toBe(true);
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
  for (const i of r.issues) {
    expect(ISSUE_CATALOGUE[i.code]).toBe(i.severity);
    expect(typeof formatIssue(i, { locale: 'en' })).toBe('string');
  }
}

const kindArb = fc.constantFrom(...KIND_IDS);
/** A name of the kind, or an arbitrary string, or none. */
const nameArb = (kind: KindId) =>
  fc.oneof(
    filenamePartsArb(kind).map((p) => buildFilename(kind, p)),
    fc.string({ maxLength: 80 }),
    fc.constant(undefined),
  );

describe('parseFile never throws (property)', () => {
  it('on arbitrary bytes, with or without a name, and gives ok false with an error when the bytes are garbage', () => {
    fc.assert(
      fc.property(
        kindArb.chain((k) => fc.tuple(fc.constant(k), nameArb(k))),
        fc.uint8Array({ maxLength: 3000 }),
        ([kind, name], bytes) => {
          const r = parseFile({ name, bytes }, { kind });
          expectWellFormed(r);
          if (bytes.length === 0) expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on bytes biased to the CSV and Shift_JIS alphabet (quotes, commas, CR, LF, lead bytes)', () => {
    const byte = fc.oneof(
      fc.constantFrom(0x22, 0x2c, 0x0d, 0x0a, 0x30, 0x32, 0x81, 0x82, 0x9f, 0xe0, 0xfc, 0x5c, 0xa0, 0xff, 0xef, 0xbb, 0xbf),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(kindArb, fc.array(byte, { maxLength: 3000 }), (kind, arr) => {
        expectWellFormed(parseFile({ bytes: Uint8Array.from(arr) }, { kind }));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary text that MS932 can hold, with delimiters and line breaks', () => {
    fc.assert(
      fc.property(kindArb, cp932TextArb({ maxLength: 2000 }), (kind, text) => {
        const r = parseFile({ bytes: encodeCp932(text).bytes! }, { kind });
        expectWellFormed(r);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary CSV-like rows (random field counts, CSV versions and values)', () => {
    const cell = fc.oneof(fc.constantFrom('202407', '202504', '202208', '202410', '', '9999', '000000', '00000000', '"'), cp932TextArb({ maxLength: 12 }));
    const row = fc
      .array(cell, { minLength: 1, maxLength: 75 })
      .map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
    fc.assert(
      fc.property(kindArb, fc.array(row, { maxLength: 6 }), fc.constantFrom('\r\n', '\n', '\r'), (kind, rows, eol) => {
        expectWellFormed(parseFile({ bytes: encodeCp932(rows.join(eol)).bytes! }, { kind }));
      }),
      { numRuns: 300 },
    );
  });

  it('on valid files truncated at any byte; a cut that splits a character or opens a quote gives ok false', () => {
    fc.assert(
      fc.property(
        anyFileArb().filter((f) => !isAlsoValidUtf8(f.bytes)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (file, at) => {
          const cut = Math.floor(at * file.bytes.length);
          const bytes = file.bytes.subarray(0, cut);
          const r = parseFile({ name: file.name, bytes });
          expectWellFormed(r);
          const decoded = decodeCp932(bytes);
          if (decoded.issues.some((i) => i.code === 'ENCODING_INVALID_BYTES')) {
            expect(r.ok).toBe(false); // the cut split a two-byte character
            return;
          }
          if (isAlsoValidUtf8(bytes)) return expect(r.issues.map((i) => i.code)).toContain('ENCODING_UTF8_INPUT');
          const quotes = decoded.text.split('"').length - 1;
          // An odd number of quotes: the cut is inside a quoted field (unless right after a quote that closes it).
          if (quotes % 2 === 1 && !decoded.text.endsWith('"')) {
            expect(r.issues.map((i) => i.code)).toContain('CSV_UNTERMINATED_QUOTE');
            expect(r.ok).toBe(false);
          }
          if (cut === 0) expect(r.issues.map((i) => i.code)).toContain('FILE_EMPTY');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on valid files cut strictly inside a quoted field: CSV_UNTERMINATED_QUOTE and ok false', () => {
    fc.assert(
      fc.property(anyFileArb({ kinds: KIND_IDS.filter((k) => k.startsWith('UP')) }), fc.nat(), (file, pick) => {
        const text = decodeCp932(file.bytes).text;
        // Positions inside a quoted field, found by walking the canonical text.
        const inside: number[] = [];
        let quoted = false;
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '"') {
            if (quoted && text[i + 1] === '"') {
              i++;
              continue;
            }
            quoted = !quoted;
            continue;
          }
          if (quoted) inside.push(i);
        }
        fc.pre(inside.length > 0);
        const prefix = text.slice(0, inside[pick % inside.length]! + 1);
        const bytes = encodeCp932(prefix).bytes!;
        fc.pre(!isAlsoValidUtf8(bytes));
        const r = parseFile({ name: file.name, bytes });
        expectWellFormed(r);
        expect(r.issues.map((i) => i.code)).toContain('CSV_UNTERMINATED_QUOTE');
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('throws a TypeError only on programmer errors: bytes that are not a Uint8Array, a name that is not a string', () => {
    expect(() => parseFile({ bytes: 'abc' as unknown as Uint8Array }, { kind: 'UPPLAN' })).toThrow(TypeError);
    expect(() => parseFile({ name: 42 as unknown as string, bytes: new Uint8Array(0) }, { kind: 'UPPLAN' })).toThrow(TypeError);
    expect(parseFile({ name: '\u0000../x', bytes: new Uint8Array(0) }, { kind: 'UPPLAN' }).ok).toBe(false);
  });
});
