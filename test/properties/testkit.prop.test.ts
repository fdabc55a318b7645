/** The test kit checks itself: arbitraries derived from the declarations give valid data. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_IDS, TABLES, getTable, parseFile, type TableSpec } from '../../src/index.js';
import { layoutFor, CSV_VERSIONS, CURRENT_CSV_VERSION } from '../../src/spec/editions/index.js';
import { checkFieldValue } from '../../src/check/field.js';
import { matchUnits } from '../../src/spec/units.js';
import {
  MUTATION_IDS,
  RULE_KIT,
  fieldValueArb,
  isAlsoValidUtf8,
  mutationIdsFor,
  recordArb,
  recordsArb,
  ruleIssues,
  transmissionArb,
  type GeneratedFile,
} from '../../src/testing/index.js';

/** Every layout the library reads: the current tables and the older ones of each CSV version. */
const LAYOUTS: TableSpec[] = [
  ...new Set(Object.keys(CSV_VERSIONS).flatMap((v) => KIND_IDS.map((k) => layoutFor(k, v)).filter((t): t is TableSpec => t !== null))),
];

describe('rule kit', () => {
  it('has a repair for every record and file rule id of every layout, of the right scope', () => {
    const missing: string[] = [];
    for (const table of LAYOUTS) {
      for (const r of table.recordRules) if (RULE_KIT[r.id]?.scope !== 'record') missing.push(`${table.id}: record rule ${r.id}`);
      for (const r of table.fileRules) if (RULE_KIT[r.id]?.scope !== 'file') missing.push(`${table.id}: file rule ${r.id}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no entry for a rule that no table uses any more', () => {
    const used = new Set(LAYOUTS.flatMap((t) => [...t.recordRules, ...t.fileRules].map((r) => r.id)));
    expect(Object.keys(RULE_KIT).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('fieldValueArb', () => {
  const fields = KIND_IDS.flatMap((kind) => getTable(kind).fields.map((field) => ({ kind, field })));

  it('gives values that pass the field check with no issue, for every field of every kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fields).chain(({ kind, field }) => fieldValueArb(field).map((value) => ({ kind, field, value }))),
        ({ field, value }) => {
          expect(checkFieldValue(field, value)).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never leaves a required or 必要 field empty', () => {
    const mandatory = fields.filter(({ field }) => field.required !== false || field.necessary);
    fc.assert(
      fc.property(
        fc.constantFrom(...mandatory).chain(({ field }) => fieldValueArb(field)),
        (value) => {
          expect(value).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('recordArb / recordsArb', () => {
  const withRules = KIND_IDS.filter((k) => getTable(k).recordRules.length + getTable(k).fileRules.length > 0);

  it.each(withRules)('%s records satisfy every record and file rule', (kind) => {
    fc.assert(
      fc.property(recordsArb(kind, { maxRecords: 8 }), (records) => {
        expect(ruleIssues(getTable(kind), records)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('gives records with exactly the layout keys, in layout order, and the current CSV version', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KIND_IDS).chain((kind) => recordArb(kind).map((record) => ({ kind, record }))),
        ({ kind, record }) => {
          expect(Object.keys(record)).toEqual(getTable(kind).fields.map((f) => f.key));
          expect((record as Record<string, string>).csvVersion).toBe(CURRENT_CSV_VERSION);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives one month per file, the one asked for', () => {
    const monthly = KIND_IDS.filter((k) => TABLES[k].monthInName.kind !== 'none');
    fc.assert(
      fc.property(
        fc.constantFrom(...monthly).chain((kind) => recordsArb(kind, { month: '202501', minRecords: 3 })),
        (records) => {
          expect((records as Record<string, string>[]).every((r) => r.targetMonth === '202501')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('mutations', () => {
  it('every mutation applies to at least one kind, and every kind has some', () => {
    const applied = new Set(KIND_IDS.flatMap((k) => mutationIdsFor(k)));
    expect(MUTATION_IDS.filter((id) => !applied.has(id))).toEqual([]);
    for (const k of KIND_IDS) expect(mutationIdsFor(k).length).toBeGreaterThan(10);
  });
});

describe('transmissionArb', () => {
  it('gives the files of one unit with one timestamp, sender and receiver, linked keys, each file valid', () => {
    fc.assert(
      fc.property(transmissionArb(), (t) => {
        const kinds = new Set(t.files.map((f) => f.kind));
        expect(matchUnits(kinds).map((u) => u.id)).toContain(t.unitId);
        for (const f of t.files) {
          expect(f.parts).toMatchObject(t.parties);
          if (f.kind === 'UPKIHON_IMAGE') continue;
          const file = f as GeneratedFile;
          const parsed = parseFile({ name: file.name, bytes: file.bytes });
          if (isAlsoValidUtf8(file.bytes)) continue; // known issue: see roundtrip.prop.test.ts
          expect(parsed.issues).toEqual([]);
          for (const r of file.records as Record<string, string>[]) {
            expect(r.insurerNumber).toBe(t.keys.insurerNumber);
            expect(r.insuredNumber).toBe(t.keys.insuredNumber);
            if ('consultationDate' in r) expect(r.consultationDate).toBe(t.keys.consultationDate);
            if ('planDate' in r && file.kind !== 'UPHOSOKU') expect(r.planDate).toBe(t.keys.planDate);
          }
        }
        const hosoku = t.files.find((f) => f.kind === 'UPHOSOKU');
        if (hosoku) expect(hosoku.parts.targetMonth).toBe(kinds.has('UPPLAN') ? t.files.find((f) => f.kind === 'UPPLAN')!.parts.targetMonth : '000000');
        const image = t.files.find((f) => f.kind === 'UPKIHON_IMAGE');
        if (image) expect((t.files.find((f) => f.kind === 'UPKIHON')!.records as Record<string, string>[])[0]!.familyImageFileName).toBe(image.name);
      }),
      { numRuns: 150 },
    );
  });

  it('covers every unit of the spec', () => {
    const seen = new Set(fc.sample(transmissionArb({ maxRecords: 1 }), 400).map((t) => t.unitId));
    expect(seen.size).toBe(15);
  });
});

describe('samples from careplan-csv/testing', () => {
  it('are exported with the arbitraries and are valid', async () => {
    const kit = await import('../../src/testing/index.js');
    const { parseFile } = await import('../../src/codec/parse-file.js');
    const f = kit.sampleFile('UPSIKYU', { seed: 9 });
    expect(parseFile(f)).toMatchObject({ ok: true, kind: 'UPSIKYU', issues: [] });
    expect(kit.sampleTransmission('K2', { seed: 9 }).map((x) => x.name.slice(0, 7))).toEqual(expect.arrayContaining(['UPPLAN_', 'UPSIKYU']));
  });
});
