/** Transmissions: every generated unit passes validateBundle; every bundle mutation gives its issue. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateBundle } from '../../src/index.js';
import { BUNDLE_MUTATION_IDS, bundleMutationArb, checkMutation, isAlsoValidUtf8, transmissionArb } from '../../src/testing/index.js';

describe('transmissions (property)', () => {
  it('every generated transmission unit passes validateBundle with no issue at all', () => {
    fc.assert(
      fc.property(transmissionArb(), (t) => {
        fc.pre(!t.files.some((f) => isAlsoValidUtf8(f.bytes))); // known issue, see roundtrip.prop.test.ts
        const r = validateBundle(t.files.map((f) => ({ name: f.name, bytes: f.bytes })));
        expect([...r.issues, ...r.files.flatMap((f) => f.issues)]).toEqual([]);
        expect(r.ok).toBe(true);
        expect(r.units.map((u) => u.unitIds)).toEqual([expect.arrayContaining([t.unitId])]);
      }),
      { numRuns: 150 },
    );
  });

  it.each(BUNDLE_MUTATION_IDS)('%s: validateBundle reports the expected issue, on the expected file, and no other warning or error', (id) => {
    fc.assert(
      fc.property(bundleMutationArb({ ids: [id] }), (m) => {
        const check = checkMutation(m);
        expect({ id: m.id, unit: m.unitId, description: m.description, problems: check.problems }).toEqual({
          id: m.id,
          unit: m.unitId,
          description: m.description,
          problems: [],
        });
      }),
      { numRuns: 40 },
    );
  });
});
