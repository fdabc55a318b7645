import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldSchema, schemas } from '../../src/derive/zod.js';
import { checkFieldValue } from '../../src/check/field.js';
import { ISSUE_CATALOGUE } from '../../src/core/codes.js';
import { KIND_IDS, TABLES } from '../../src/spec/kinds/index.js';

const allFields = KIND_IDS.flatMap((k) => TABLES[k].fields.map((f) => [k, f] as const));
const valueArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^-?[0-9]{0,12}$/),
  fc.stringMatching(/^[0-9A-Z]{2,10}$/),
  fc.stringMatching(/^(19|20|21)[0-9]{2}(0[0-9]|1[0-3])([0-3][0-9])?$/),
  fc.stringMatching(/^[0-9]{3}-[0-9]{4}$|^[0-9]{5}[-－][0-9]{6}$|^[01]{30,32}$|^[0-9]{1,3}\.[0-9]{0,3}$/),
  fc.constantFrom('', '000000', '00000000', '9999', '999999', 'H123456789', '1', '01', '12', 'Y', '2400'),
);
const errorFree = (f: (typeof allFields)[number][1], v: string) => {
  const p = checkFieldValue(f, v);
  return p === null || ISSUE_CATALOGUE[p.code] !== 'error';
};

describe('zod schemas', () => {
  it('accept exactly the values the validator accepts without a field error, for every field of every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allFields), valueArb, ([kind, f], v) => {
        const zodOk = fieldSchema(f).safeParse(v).success;
        expect({ kind, no: f.no, v, zodOk }).toEqual({ kind, no: f.no, v, zodOk: errorFree(f, v) });
      }),
      { numRuns: 3000 },
    );
  });

  it('have one property per field key', () => {
    for (const k of KIND_IDS) expect(Object.keys(schemas[k].shape)).toEqual(TABLES[k].fields.map((f) => f.key));
  });
});
