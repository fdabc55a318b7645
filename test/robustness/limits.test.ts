/** maxBytes, maxIssues and maxRecords. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_IDS, parseFile } from '../../src/index.js';
import { anyFileArb, encodeRows, fileArb, isAlsoValidUtf8, rowOf } from '../../src/testing/index.js';

describe('maxBytes', () => {
  it('refuses a larger input before decoding: bytes that are not CP932 at all give FILE_TOO_LARGE and nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KIND_IDS), fc.integer({ min: 0, max: 4096 }), fc.integer({ min: 1, max: 64 }), (kind, maxBytes, over) => {
        // 0xFF is invalid in CP932 and in UTF-8: decoding it would report ENCODING_INVALID_BYTES.
        const bytes = new Uint8Array(maxBytes + over).fill(0xff);
        const r = parseFile({ bytes }, { kind, maxBytes });
        expect(r.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
        expect(r.issues[0]!.params).toEqual({ size: maxBytes + over, limit: maxBytes });
        expect(r.ok).toBe(false);
        expect(r.records).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reads an input of exactly maxBytes', () => {
    fc.assert(
      fc.property(
        anyFileArb().filter((f) => !isAlsoValidUtf8(f.bytes)),
        (file) => {
          const r = parseFile(file, { maxBytes: file.bytes.length });
          expect(r.issues).toEqual([]);
          expect(r.records).toEqual(file.records);
          const smaller = parseFile(file, { maxBytes: file.bytes.length - 1 });
          expect(smaller.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('maxIssues', () => {
  it('keeps the first maxIssues issues and adds exactly one FILE_ISSUES_TRUNCATED that counts at least one dropped issue', () => {
    // Many broken records: every record has a bad date in a required field.
    const broken = fileArb('UP1KYO', { minRecords: 5, maxRecords: 30 }).map((f) => ({
      ...f,
      bytes: encodeRows(
        'UP1KYO',
        f.records.map((r) => rowOf('UP1KYO', { ...r, createdOn: '20240230', insuredNumber: 'x', agencyCode: '1' })),
      ),
    }));
    fc.assert(
      fc.property(broken, fc.integer({ min: 0, max: 120 }), (file, maxIssues) => {
        const all = parseFile(file, { maxIssues: Number.MAX_SAFE_INTEGER }).issues;
        const capped = parseFile(file, { maxIssues });
        const truncated = capped.issues.filter((i) => i.code === 'FILE_ISSUES_TRUNCATED');
        if (all.length <= maxIssues) {
          expect(capped.issues).toEqual(all);
          return;
        }
        expect(capped.issues).toHaveLength(maxIssues + 1);
        expect(capped.issues.slice(0, maxIssues)).toEqual(all.slice(0, maxIssues));
        expect(truncated).toHaveLength(1);
        expect(capped.issues.at(-1)!.code).toBe('FILE_ISSUES_TRUNCATED');
        const count = Number(truncated[0]!.params!.count);
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(all.length - maxIssues);
        // ok reflects every issue, the dropped ones included.
        expect(capped.ok).toBe(!all.some((i) => i.severity === 'error'));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps ok false when the only error was left out by maxIssues', () => {
    const r = parseFile({ bytes: Uint8Array.of(0xff) }, { kind: 'DLT1KYO', maxIssues: 0 });
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_ISSUES_TRUNCATED']);
    expect(r.ok).toBe(false);
  });

  it('caps the issues of arbitrary garbage too', () => {
    // FD FE FD FE…: every byte is invalid and differs from the one before, so no run folds them.
    const r = parseFile({ bytes: Uint8Array.from({ length: 50_000 }, (_, i) => (i % 2 ? 0xfe : 0xfd)) }, { kind: 'UPPLAN', maxIssues: 10 });
    expect(r.issues).toHaveLength(11);
    expect(r.issues.at(-1)!.code).toBe('FILE_ISSUES_TRUNCATED');
  });
});

describe('maxRecords', () => {
  it('stops after maxRecords records with one FILE_TOO_MANY_RECORDS; a file within the limit is read whole', () => {
    fc.assert(
      fc.property(
        anyFileArb({ minRecords: 1, maxRecords: 8 }).filter((f) => !isAlsoValidUtf8(f.bytes)),
        fc.integer({ min: 1, max: 10 }),
        (file, maxRecords) => {
          const r = parseFile(file, { maxRecords });
          const tooMany = r.issues.filter((i) => i.code === 'FILE_TOO_MANY_RECORDS');
          if (file.records.length <= maxRecords) {
            expect(tooMany).toEqual([]);
            expect(r.records).toEqual(file.records);
            return;
          }
          expect(tooMany).toHaveLength(1);
          expect(tooMany[0]!.record).toBe(maxRecords + 1);
          expect(r.records).toEqual(file.records.slice(0, maxRecords));
          expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
