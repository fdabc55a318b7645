import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FILENAME_GRAMMARS,
  FILE_KIND_IDS,
  buildFilename,
  parseFilename,
  type FileKindId,
  type FilenameConvention,
  type FilenameParts,
} from '../../src/filenames/index.js';

const NUM_RUNS = 500;
/** Characters that matter to the grammar, and their lookalikes. */
const ALPHABET = [
  ...'0123456789AZaz_./\\:- ',
  '\u0000',
  '\u0332',
  '\uff10',
  '\uff3f',
  '\uff0e',
  '\uff21',
  '\ud800',
  '\u202e',
  'ſ',
  '\u212a',
  ...'UPLANHOSKIMGEYBJ',
];
const ALNUM = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const DIGITS = [...'0123456789'];

const chars = (alphabet: string[], n: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// Years 1000–9999: the range core/formats accepts for YYYYMM and dates.
const year = fc.integer({ min: 1000, max: 9999 });
const yyyymm = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}${pad(m, 2)}`);
const timestamp = fc
  .tuple(
    year,
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([y, mo, d, h, mi, s]) => `${y}${pad(mo, 2)}${pad(Math.min(d, daysIn(y, mo)), 2)}${pad(h, 2)}${pad(mi, 2)}${pad(s, 2)}`);

/** Every (kind, convention) the grammar allows. */
const COMBOS: [FileKindId, FilenameConvention][] = FILE_KIND_IDS.flatMap((k) =>
  FILENAME_GRAMMARS[k].conventions.map((c) => [k, c] as [FileKindId, FilenameConvention]),
);

/** Valid parts for one kind and convention, with exactly the keys its grammar has. */
function partsFor(kind: FileKindId, convention: FilenameConvention): fc.Arbitrary<FilenameParts> {
  const segs = FILENAME_GRAMMARS[kind].segments[convention]!;
  const has = (part: string) => segs.some((s) => s.part === part);
  const model: Record<string, fc.Arbitrary<string>> = {
    senderOffice: chars(ALNUM, 10),
    receiverOffice: chars(ALNUM, 10),
    timestamp,
  };
  if (has('targetMonth')) model.targetMonth = kind === 'UPHOSOKU' ? fc.oneof(fc.constant('000000'), yyyymm) : yyyymm;
  if (has('senderServiceType')) model.senderServiceType = chars(ALNUM, 2);
  if (has('receiverServiceType')) model.receiverServiceType = chars(ALNUM, 2);
  if (has('branch')) model.branch = chars(DIGITS, 4);
  return fc.record(model) as unknown as fc.Arbitrary<FilenameParts>;
}

const validCase = fc.constantFrom(...COMBOS).chain(([kind, convention]) => partsFor(kind, convention).map((parts) => ({ kind, convention, parts })));

describe('file names (property)', () => {
  it('covers every kind and both conventions where allowed', () => {
    expect(COMBOS).toHaveLength(18 + 9);
  });

  it('parseFilename(buildFilename(kind, parts)) gives back exactly the parts, kind and convention', () => {
    fc.assert(
      fc.property(validCase, ({ kind, convention, parts }) => {
        const name = buildFilename(kind, parts, { convention });
        const { ok, kind: k, convention: c, extension, issues, ...rest } = parseFilename(name);
        expect(rest).toEqual(parts);
        expect(k).toBe(kind);
        expect(c).toBe(convention);
        expect(ok).toBe(true);
        expect(extension).toBe(kind === 'UPKIHON_IMAGE' ? 'jpg' : 'CSV');
        expect(issues.map((i) => i.code)).toEqual(convention === 'v3' ? ['FILENAME_LEGACY_CONVENTION'] : []);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 }),
        ),
        (s) => {
          const r = parseFilename(s);
          expect(typeof r.ok).toBe('boolean');
          expect(Array.isArray(r.issues)).toBe(true);
          expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('never throws on mutated valid names, and whatever it accepts is canonical', () => {
    const mutated = fc
      .tuple(validCase, fc.nat(), fc.constantFrom(...ALPHABET), fc.constantFrom('insert', 'replace', 'delete'))
      .map(([{ kind, convention, parts }, at, ch, op]) => {
        const name = buildFilename(kind, parts, { convention });
        const i = at % (name.length + 1);
        if (op === 'insert') return name.slice(0, i) + ch + name.slice(i);
        if (op === 'replace') return name.slice(0, i) + ch + name.slice(i + 1);
        return name.slice(0, i) + name.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, (name) => {
        const r = parseFilename(name);
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
        if (r.ok) {
          // an accepted name is the canonical name of its parts, up to the case of the extension
          const { ok: _ok, kind, convention, extension: _ext, issues: _issues, ...parts } = r;
          const rebuilt = buildFilename(kind!, parts as FilenameParts, { convention: convention! });
          expect(rebuilt.toUpperCase()).toBe(name.toUpperCase());
          expect(rebuilt.slice(0, rebuilt.lastIndexOf('.'))).toBe(name.slice(0, name.lastIndexOf('.')));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
