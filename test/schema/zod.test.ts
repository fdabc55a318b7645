import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldSchema, jsonSchema, schemas } from '../../src/derive/zod.js';
import { fieldJsonSchema } from '../../src/derive/json-schema.js';
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
const problemOf = (f: (typeof allFields)[number][1], v: string) => {
  const p = checkFieldValue(f, v);
  return p !== null && ISSUE_CATALOGUE[p.code] === 'error' ? p.code : null;
};

/** A small evaluator of the JSON-Schema keywords the library writes (type string, pattern, enum, const, lengths, anyOf). */
function jsonSchemaAccepts(schema: Record<string, unknown>, v: string): boolean {
  if (schema.anyOf) return (schema.anyOf as Record<string, unknown>[]).some((s) => jsonSchemaAccepts(s, v));
  if (schema.pattern !== undefined && !new RegExp(schema.pattern as string, 'u').test(v)) return false;
  if (schema.enum !== undefined && !(schema.enum as string[]).includes(v)) return false;
  if (schema.const !== undefined && schema.const !== v) return false;
  const length = [...v].length;
  if (schema.maxLength !== undefined && length > (schema.maxLength as number)) return false;
  if (schema.minLength !== undefined && length < (schema.minLength as number)) return false;
  return true;
}
/**
 * What a JSON Schema cannot say: that a date of the right shape is in the calendar, a numeric
 * range, that a 第7表 field may be empty on a summary row only.
 */
const beyondJsonSchema = (problem: string, v: string, f: { summaryRowDoubt?: string | undefined }) =>
  problem === 'FIELD_OUT_OF_RANGE' ||
  (problem === 'FIELD_INVALID_DATE' && /^[1-9][0-9]{3}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/.test(v)) ||
  (problem === 'FIELD_REQUIRED' && v === '' && f.summaryRowDoubt !== undefined);

describe('zod schemas', () => {
  it('reject exactly the values the field check reports as an error, with its code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allFields), valueArb, ([kind, f], v) => {
        const r = fieldSchema(f).safeParse(v);
        const problem = problemOf(f, v);
        expect({ kind, no: f.no, v, ok: r.success, message: r.error?.issues[0]?.message ?? null }).toEqual({
          kind,
          no: f.no,
          v,
          ok: problem === null,
          message: problem,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('have one property per field key', () => {
    for (const k of KIND_IDS) expect(Object.keys(schemas[k].shape)).toEqual(TABLES[k].fields.map((f) => f.key));
  });

  it('accept an empty 回数／日数 on a 第7表 summary row (a doubt) and reject it on a detail line', () => {
    const row = (serviceCode: string, count: string) =>
      Object.fromEntries(TABLES.UPSIKYU.fields.map((f) => [f.key, f.key === 'serviceCode' ? serviceCode : f.key === 'count' ? count : '']));
    const errorsOf = (serviceCode: string, count: string) =>
      (schemas.UPSIKYU.safeParse(row(serviceCode, count)).error?.issues ?? []).filter((i) => i.path.join('.') === 'count').map((i) => i.message);
    expect(errorsOf('11AAAA', '')).toEqual([]);
    expect(errorsOf('999999', '')).toEqual([]);
    expect(errorsOf('111211', '')).toEqual(['FIELD_REQUIRED']);
    expect(errorsOf('111211', 'x')).toEqual(['FIELD_INVALID_INTEGER']);
  });

  it('parse a valid record and reject a broken one, naming the field', () => {
    const record = Object.fromEntries(
      TABLES.DLTPLAN.fields.map((f) => [
        f.key,
        { csvVersion: '202407', insurerNumber: '131016', insuredNumber: '0000012345', targetMonth: '202505' }[f.key] ?? '',
      ]),
    );
    expect(schemas.DLTPLAN.safeParse(record).success).toBe(true);
    const broken = schemas.DLTPLAN.safeParse({ ...record, targetMonth: '202513' });
    expect(broken.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['targetMonth', 'FIELD_INVALID_YYYYMM']]);
  });
});

describe('JSON Schemas', () => {
  it('never reject a value the library accepts, and reject every other except what a pattern cannot say (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allFields), valueArb, ([kind, f], v) => {
        const accepted = jsonSchemaAccepts(fieldJsonSchema(f), v);
        const problem = problemOf(f, v);
        const expected = problem === null || beyondJsonSchema(problem, v, f);
        expect({ kind, no: f.no, v, accepted }).toEqual({ kind, no: f.no, v, accepted: expected });
      }),
      { numRuns: 3000 },
    );
  });

  it('describe every field and require every key', () => {
    for (const k of KIND_IDS) {
      const s = jsonSchema(k) as { properties: Record<string, unknown>; required: string[] };
      expect(Object.keys(s.properties)).toEqual(TABLES[k].fields.map((f) => f.key));
      expect(s.required).toEqual(TABLES[k].fields.map((f) => f.key));
    }
  });
});
