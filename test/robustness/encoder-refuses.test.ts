/**
 * Issue 14: the encoder refuses, never guesses. Programmer errors (no array, a record that is not
 * a plain object, a value that is not a string, a bad limit) throw; a file its own reader would
 * refuse (too large, empty) is an issue and no bytes; a hostile value costs no issue per character.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringifyFile } from '../../src/codec/stringify.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { encodeCp932, countUnrepresentable, findUnrepresentable } from '../../src/encoding/cp932.js';
import { normalizeLookalikes } from '../../src/encoding/normalize.js';
import { sampleRecords } from '../../src/sample/index.js';
import { anyFileArb, isAlsoValidUtf8 } from '../../src/testing/index.js';

const [record] = sampleRecords('DLTPLAN', { seed: 1, records: 1 });
const dlt = record as Record<string, string>;

describe('stringifyFile refuses what it would have to guess at', () => {
  it('throws a TypeError when records is not an array (one record instead of an array gave ok and 0 bytes)', () => {
    for (const bad of [dlt, 'x', null, undefined, 42, new Set([dlt]), { 0: dlt, length: 1 }]) {
      expect(() => stringifyFile('DLTPLAN', bad as never), String(bad)).toThrow(TypeError);
    }
  });

  it('throws a TypeError naming the record when a record is not a plain object', () => {
    class Plan {
      csvVersion = '202407';
    }
    for (const bad of [null, undefined, 'x', 7, [dlt.csvVersion], new Map(), new Plan(), new Date(0)]) {
      expect(() => stringifyFile('DLTPLAN', [dlt, bad as never]), String(bad)).toThrow(/record 2 is not a plain object/);
    }
    // A record without a prototype is a plain object.
    expect(stringifyFile('DLTPLAN', [Object.assign(Object.create(null), dlt)]).ok).toBe(true);
  });

  it('throws a TypeError naming the record and key, never the value, for a value that is not a string', () => {
    for (const bad of [202505, 0, true, { y: 2025 }, ['2025'], 12n, Symbol('x'), () => '202505']) {
      let error: unknown;
      try {
        stringifyFile('DLTPLAN', [dlt, { ...dlt, targetMonth: bad as never }]);
      } catch (e) {
        error = e;
      }
      expect(error, String(typeof bad)).toBeInstanceOf(TypeError);
      expect((error as Error).message).toContain('record 2, targetMonth');
      expect((error as Error).message).not.toContain('2025');
    }
  });

  it('writes undefined and null as empty fields, as before', () => {
    const a = stringifyFile('DLTPLAN', [{ ...dlt, insurerNumber: undefined }]);
    const b = stringifyFile('DLTPLAN', [{ ...dlt, insurerNumber: null as never }]);
    expect(b).toEqual(a);
    expect(a.issues.map((i) => i.code)).toContain('FIELD_REQUIRED');
  });

  it('throws a RangeError for limits that are not non-negative integers, and a TypeError for an unknown kind', () => {
    for (const bad of [-1, 0.5, NaN, Infinity]) {
      expect(() => stringifyFile('DLTPLAN', [dlt], { maxBytes: bad })).toThrow(RangeError);
      expect(() => stringifyFile('DLTPLAN', [dlt], { maxIssues: bad })).toThrow(RangeError);
    }
    expect(() => stringifyFile('DLTPLAN', [dlt], { maxBytes: '10' as never })).toThrow(TypeError);
    expect(() => stringifyFile('NOPE' as never, [dlt])).toThrow(TypeError);
  });
});

describe('stringifyFile writes nothing its reader would refuse', () => {
  it('over maxBytes: FILE_TOO_LARGE first, no bytes; at exactly maxBytes the bytes, which parseFile reads (property)', () => {
    fc.assert(
      fc.property(
        anyFileArb({ maxRecords: 4 }).filter((f) => !isAlsoValidUtf8(f.bytes)),
        (file) => {
          const size = file.bytes.length;
          const exact = stringifyFile(file.kind, file.records as never, { maxBytes: size });
          expect(exact.ok).toBe(true);
          expect(parseFile(file, { maxBytes: size }).ok).toBe(true);
          const over = stringifyFile(file.kind, file.records as never, { maxBytes: size - 1 });
          expect(over).toEqual({
            ok: false,
            issues: [expect.objectContaining({ code: 'FILE_TOO_LARGE', severity: 'error', params: { size, limit: size - 1 } })],
          });
          expect(parseFile(file, { maxBytes: size - 1 }).issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("applies the reader's default of 10 MiB", () => {
    // Valid records, one more than fit in 10 MiB.
    const one = stringifyFile('DLTPLAN', [dlt]).bytes!.length;
    const records = Array.from({ length: Math.floor((10 * 1024 * 1024) / one) + 1 }, () => dlt);
    const r = stringifyFile('DLTPLAN', records);
    expect(r.bytes).toBeUndefined();
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'FILE_TOO_LARGE', params: { limit: 10 * 1024 * 1024 } });
    expect(Number(r.issues[0]!.params!.size)).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('the refusal is kept even when maxIssues keeps nothing else', () => {
    const r = stringifyFile('DLTPLAN', [{ ...dlt, targetMonth: 'x' }], { maxBytes: 10, maxIssues: 0 });
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE', 'FILE_ISSUES_TRUNCATED']);
    expect(r.ok).toBe(false);
  });

  it('no records: FILE_EMPTY and no bytes, as parseFile reports an empty file; with FILE_EMPTY allowed, the empty file', () => {
    expect(stringifyFile('DLTPLAN', [])).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'FILE_EMPTY', severity: 'error' })] });
    expect(stringifyFile('DLTPLAN', [], { maxIssues: 0 }).issues.map((i) => i.code)).toEqual(['FILE_EMPTY']);
    expect(parseFile({ bytes: new Uint8Array(0) }, { kind: 'DLTPLAN' }).issues.map((i) => i.code)).toEqual(['FILE_EMPTY']);
    const severity = { FILE_EMPTY: 'warning' } as const;
    const allowed = stringifyFile('DLTPLAN', [], { severity });
    expect(allowed).toEqual({ ok: true, bytes: new Uint8Array(0), issues: [expect.objectContaining({ code: 'FILE_EMPTY', severity: 'warning' })] });
    expect(parseFile({ bytes: allowed.bytes! }, { kind: 'DLTPLAN', severity }).ok).toBe(true);
  });
});

describe('the encoder on hostile values', () => {
  const waves = '〜'.repeat(200_000);

  it('findUnrepresentable takes a limit; countUnrepresentable counts a surrogate pair once', () => {
    expect(findUnrepresentable(waves, 3)).toHaveLength(3);
    expect(countUnrepresentable(waves)).toBe(200_000);
    expect(countUnrepresentable('a😀\uD800b\uDC00')).toBe(findUnrepresentable('a😀\uD800b\uDC00').length);
  });

  it('encodeCp932 with maxIssues makes that many issues and counts the rest', () => {
    const r = encodeCp932(waves, { maxIssues: 10 });
    expect(r).toMatchObject({ dropped: 199_990, droppedError: true });
    expect(r.issues).toHaveLength(10);
    expect(r.bytes).toBeUndefined();
    expect(() => encodeCp932(42 as never)).toThrow(TypeError);
  });

  it('stringifyFile locates unrepresentable characters only while the cap has room', () => {
    const key = Object.keys(dlt).at(-1)!;
    const r = stringifyFile('DLTPLAN', [{ ...dlt, [key]: waves }], { maxIssues: 20 });
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(21);
    // Every character is counted: the ones located plus the ones left out.
    const located = r.issues.filter((i) => i.code === 'ENCODING_UNREPRESENTABLE_CHAR').length;
    expect(located).toBeGreaterThan(0);
    expect(r.issues.at(-1)!.code).toBe('FILE_ISSUES_TRUNCATED');
    expect(Number(r.issues.at(-1)!.params!.count) + located).toBeGreaterThanOrEqual(200_000);
  });

  it('normalizeLookalikes lists at most maxSubstitutions and says how many more it made', () => {
    const r = normalizeLookalikes(waves, 5);
    expect(r.text).toBe('～'.repeat(200_000));
    expect(r.substitutions).toHaveLength(5);
    expect(r.dropped).toBe(199_995);
    expect(normalizeLookalikes('a〜b')).toEqual({ text: 'a～b', substitutions: [{ index: 1, from: '〜', to: '～' }] });
  });
});
