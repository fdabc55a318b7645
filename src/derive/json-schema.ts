/**
 * JSON Schema (draft 2020-12) of a kind's record, from the declarations: each field's format
 * object gives its JSON-Schema keywords (spec/format.ts). A JSON Schema cannot call a check, so it
 * is a little looser than the library: it cannot tell 20240230 from a real date, nor enforce a
 * numeric range; it never rejects a value the library accepts without an error.
 */
import type { FieldSpec } from '../spec/fields.js';
import { FORMATS } from '../spec/formats/index.js';
import type { KindId } from '../spec/kind.js';
import { getKind } from '../spec/kinds/index.js';

/**
 * The values a field may hold besides well-formed ones: its special values, and '' when not
 * required (or required but doubtful on 第7表 summary rows, which a schema of one field cannot tell).
 */
const alsoAllowed = (f: FieldSpec): string[] => [...(f.specialValues ?? []), ...(f.required === 'certain' && f.summaryRowDoubt === undefined ? [] : [''])];

/** The schema of one field's text. */
export function fieldJsonSchema(f: FieldSpec): Record<string, unknown> {
  const format = FORMATS[f.format];
  const wellFormed: Record<string, unknown> = { ...format.jsonSchema(f) };
  // A doubtful length is only a warning: the schema allows up to the tolerated length.
  const max = f.tolerateLength ?? f.length;
  if (max !== undefined && !format.fixedWidth && f.format !== 'code' && f.format !== 'notUsed') {
    if (f.exact) wellFormed.minLength = max;
    wellFormed.maxLength = max;
  }
  if (f.required === 'certain' && f.summaryRowDoubt === undefined && Object.keys(wellFormed).length === 0) wellFormed.minLength = 1;
  const extra = alsoAllowed(f).filter((v) => !(f.format === 'notUsed' && v === ''));
  const schema = extra.length === 0 || Object.keys(wellFormed).length === 0 ? wellFormed : { anyOf: [wellFormed, { enum: extra }] };
  return { type: 'string', ...schema, description: `${f.no} ${f.name.ja} (${f.name.en})` };
}

/**
 * JSON Schema (draft 2020-12) of a kind's record.
 *
 * @example
 * ```ts
 * import { jsonSchema } from 'careplan-csv/zod';
 *
 * const schema = jsonSchema('UPJSK'); // draft 2020-12; the same as schemas/UPJSK.schema.json
 * ```
 */
export function jsonSchema(kind: KindId): Record<string, unknown> {
  const spec = getKind(kind);
  return {
    $id: `https://careplan-csv.invalid/schemas/${kind}.schema.json`,
    title: `${kind} — ${spec.title.ja}`,
    description: spec.title.en,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: Object.fromEntries(spec.fields.map((f) => [f.key, fieldJsonSchema(f)])),
    required: spec.fields.map((f) => f.key),
    additionalProperties: false,
  };
}
