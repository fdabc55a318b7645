/** Round trips for every kind, on files generated from the declarations. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_IDS, encodeCp932, getTable, parseFile, stringifyFile } from '../../src/index.js';
import { fileArb, isAlsoValidUtf8, rowOf } from '../../src/testing/index.js';
import { CURRENT_CSV_VERSION } from '../../src/spec/editions/index.js';

const RUNS_PER_KIND = 60;

describe('round trip (property)', () => {
  it.each(KIND_IDS)(
    '%s: records → stringifyFile → parseFile gives the records back; canonical bytes → parseFile → stringifyFile gives the same bytes',
    (kind) => {
      fc.assert(
        fc.property(fileArb(kind, { maxRecords: 6 }), (file) => {
          const parsed = parseFile({ name: file.name, bytes: file.bytes });
          // Known limit (README): CP932 bytes that are also UTF-8 with a 3-byte character read as UTF-8.
          if (isAlsoValidUtf8(file.bytes) && parsed.issues.some((i) => i.code === 'ENCODING_UTF8_INPUT')) return;
          expect(parsed.issues).toEqual([]);
          expect(parsed.ok).toBe(true);
          expect(parsed.kind).toBe(kind);
          expect(parsed.csvVersion).toBe(CURRENT_CSV_VERSION);
          expect(parsed.records).toEqual(file.records);
          const again = stringifyFile(kind, parsed.records as Record<string, string>[]);
          expect(again.issues).toEqual([]);
          expect(again.bytes).toEqual(file.bytes);
        }),
        { numRuns: RUNS_PER_KIND },
      );
    },
  );

  it('a valid file in a tolerated non-canonical form (LF line ends, unquoted free text) reads to the same records with info issues only, and is written back canonically', () => {
    const form = fc.record({ lf: fc.boolean(), unquoted: fc.boolean() });
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_IDS).chain((kind) => fileArb(kind)),
        form,
        (file, { lf, unquoted }) => {
          const free = getTable(file.kind).fields.map((f) => f.quoted);
          const cell = (v: string, i: number) => (/[",\r\n]/.test(v) || (free[i] && !unquoted) ? `"${v.replace(/"/g, '""')}"` : v);
          const text = file.records
            .map(
              (r) =>
                rowOf(file.kind, r as Record<string, string>)
                  .map(cell)
                  .join(',') + (lf ? '\n' : '\r\n'),
            )
            .join('');
          const bytes = encodeCp932(text).bytes!;
          fc.pre(!isAlsoValidUtf8(bytes)); // the known limit above
          const parsed = parseFile({ name: file.name, bytes });
          expect(parsed.issues.filter((i) => i.severity !== 'info')).toEqual([]);
          expect(parsed.records).toEqual(file.records);
          expect(stringifyFile(file.kind, parsed.records as Record<string, string>[]).bytes).toEqual(file.bytes);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a valid CP932 file whose only non-ASCII bytes also form valid UTF-8 (half-width ﾃｱ = C3 B1) as CP932', () => {
    const record = {
      csvVersion: '202407',
      insurerNumber: '123456',
      insuredNumber: '0000000001',
      createdOn: '20240101',
      plannerName: 'ﾃｱ',
      agencyName: 'X',
      agencyCode: '0000000001',
      planDate: '20240101',
      firstPlanDate: '20240101',
    };
    const written = stringifyFile('UP1KYO', [record]);
    expect(written.ok).toBe(true);
    expect(isAlsoValidUtf8(written.bytes!)).toBe(true);
    const parsed = parseFile({ bytes: written.bytes! }, { kind: 'UP1KYO' });
    expect(parsed.issues).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect((parsed.records[0] as Record<string, string>).plannerName).toBe('ﾃｱ');
  });
});
