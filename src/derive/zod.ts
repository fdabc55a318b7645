/**
 * zod schemas per file kind, derived from the same declarations as the codec. Each field is a
 * string (records are lossless text); the schema accepts exactly what the validator accepts
 * without an error-severity issue at field level (a property test holds them together).
 * Warning-only rules (doubtful 必須, phone characters, unused fields) are not constraints here.
 */
import { z } from 'zod';
import type { FieldSpec } from '../spec/fields.js';
import { isYyyymmdd } from '../spec/formats/index.js';
import type { KindId } from '../spec/kind.js';
import { KIND_IDS, getTable } from '../spec/kinds/index.js';

/** Anchored, backtracking-safe patterns of the formats (calendar validity is a refinement). */
const PATTERNS: Partial<Record<FieldSpec['format'], string>> = {
  yyyymm: '[1-9][0-9]{3}(0[1-9]|1[0-2])',
  yyyymmdd: '[1-9][0-9]{3}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])',
  hhmm: '([01][0-9]|2[0-3])[0-5][0-9]',
  integer: '-?[0-9]+',
  decimal: '[0-9]{1,2}(\\.[0-9]{1,2})?',
  digits: '[0-9]+',
  officeCode: '[0-9]{10}',
  serviceType: '[0-9A-Z]{2}',
  insuredNumber: '([0-9]{10}|H[0-9]{9})',
  postalCode: '[0-9]{3}-[0-9]{4}',
  serviceCode: '[0-9A-Z]{6}',
  dayFlags31: '[01]{31}',
  taisCode: '[0-9A-Z]{5}[-\uFF0D][0-9A-Z]{6}',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The schema of one field's text. */
export function fieldSchema(spec: FieldSpec): z.ZodString {
  let s = z.string().describe(`${spec.no} ${spec.name.ja} (${spec.name.en})`);
  const alternatives: string[] = [];
  if (spec.format === 'code' && spec.codes) alternatives.push(...Object.keys(spec.codes.codes).map(escape));
  else if (PATTERNS[spec.format]) alternatives.push(PATTERNS[spec.format]!);
  if (alternatives.length > 0) {
    alternatives.push(...(spec.specialValues ?? []).map(escape));
    if (spec.required !== 'certain') alternatives.push('');
    s = s.regex(new RegExp(`^(?:${alternatives.join('|')})$`));
  } else if (spec.required === 'certain') s = s.min(1);
  const max = spec.tolerateLength ?? spec.length;
  if (max !== undefined && !PATTERNS[spec.format] && spec.format !== 'code' && spec.format !== 'notUsed') s = s.max(max);
  if (spec.format === 'digits' && spec.exact && spec.length !== undefined) s = s.regex(new RegExp(`^(?:[0-9]{${spec.length}}${spec.required === 'certain' ? '' : '|'})$`));
  if (spec.format === 'digits' && spec.length !== undefined && !spec.exact) s = s.max(max!);
  if (spec.format === 'integer' && spec.length !== undefined) s = s.max(max!);
  if (spec.format === 'yyyymmdd') s = s.refine((v) => v === '' || spec.specialValues?.includes(v) || isYyyymmdd(v), 'not a calendar date');
  if (spec.min !== undefined || spec.max !== undefined)
    s = s.refine((v) => v === '' || ((spec.min === undefined || Number(v) >= spec.min) && (spec.max === undefined || Number(v) <= spec.max)), 'out of range');
  return s;
}

/** The record schema of a kind: an object with one string per field key. */
export function recordSchema(kind: KindId) {
  const shape: Record<string, z.ZodString> = {};
  for (const f of getTable(kind).fields) shape[f.key] = fieldSchema(f);
  return z.object(shape);
}

/** One zod schema per kind, e.g. `schemas.UPPLAN.parse(record)`. */
export const schemas = Object.fromEntries(KIND_IDS.map((k) => [k, recordSchema(k)])) as Record<KindId, ReturnType<typeof recordSchema>>;

/** JSON Schema (draft 2020-12) of a kind's record, derived from the zod schema. */
export function jsonSchema(kind: KindId): Record<string, unknown> {
  const table = getTable(kind);
  const schema = z.toJSONSchema(recordSchema(kind), { unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: `https://careplan-csv.invalid/schemas/${kind}.schema.json`, title: `${kind} — ${table.title.ja}`, description: table.title.en, ...schema };
}
