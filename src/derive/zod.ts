/**
 * zod schemas per file kind, derived from the same declarations as the codec. Each field is a
 * string (records are lossless text) refined by the library's own field check: the schema
 * rejects exactly what the validator reports as an error at field level, with the issue code as
 * the message. Warning-only rules (doubtful 必須, phone characters, unused fields) are not
 * constraints here.
 */
import { z } from 'zod';
import { fieldCheck } from '../check/field.js';
import { ISSUE_CATALOGUE } from '../core/codes.js';
import type { FieldSpec } from '../spec/fields.js';
import type { KindId } from '../spec/kind.js';
import { KIND_IDS, getKind } from '../spec/kinds/index.js';
import { isSummaryServiceCode } from '../spec/service-codes.js';

export { jsonSchema } from './json-schema.js';

// zod is an optional peer dependency (only this entry uses it): say which one it needs, rather
// than fail on a missing method of an older zod.
if (typeof (z.string() as { check?: unknown }).check !== 'function') {
  throw new Error('careplan-csv/zod needs zod 4 (npm install zod@^4); the main entry, careplan-csv, needs no zod at all');
}

/**
 * The schema of one field's text.
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { fieldSchema } from 'careplan-csv/zod';
 *
 * const insured = fieldSchema(getKind('UPJSK').fields[2]!);
 * insured.safeParse('12X4567890').success; // false (FIELD_INVALID_INSURED_NUMBER)
 * ```
 */
export function fieldSchema(spec: FieldSpec): z.ZodString {
  const check = fieldCheck(spec);
  return z
    .string()
    .describe(`${spec.no} ${spec.name.ja} (${spec.name.en})`)
    .check((ctx) => {
      const problem = check(ctx.value);
      if (problem && ISSUE_CATALOGUE[problem.code] === 'error') ctx.issues.push({ code: 'custom', message: problem.code, input: ctx.value });
    });
}

/**
 * The record schema of a kind: an object with one string per field key. A field that may be empty
 * on a 第7表 summary row only (FieldSpec.summaryRowDoubt) is checked with its record.
 *
 * @example
 * ```ts
 * import { recordSchema } from 'careplan-csv/zod';
 *
 * declare const body: string;
 * const r = recordSchema('UPJSK').safeParse(JSON.parse(body));
 * if (!r.success) console.log(r.error.issues.map((i) => i.message)); // issue codes
 * ```
 */
export function recordSchema(kind: KindId) {
  const shape: Record<string, z.ZodString> = {};
  const rowDependent: string[] = [];
  for (const f of getKind(kind).fields) {
    if (f.summaryRowDoubt === undefined) shape[f.key] = fieldSchema(f);
    else {
      const check = fieldSchema(f);
      shape[f.key] = z
        .string()
        .describe(check.description ?? f.key)
        .check((ctx) => {
          if (ctx.value !== '')
            for (const issue of check.safeParse(ctx.value).error?.issues ?? []) ctx.issues.push({ code: 'custom', message: issue.message, input: ctx.value });
        });
      rowDependent.push(f.key);
    }
  }
  const object = z.object(shape);
  if (rowDependent.length === 0) return object;
  // Runs even when other fields have issues, so that an empty value is reported with them.
  return object.superRefine(
    (record, ctx) => {
      const code = record.serviceCode;
      if (typeof code === 'string' && isSummaryServiceCode(code)) return;
      for (const key of rowDependent) if (record[key] === '') ctx.addIssue({ code: 'custom', message: 'FIELD_REQUIRED', input: '', path: [key] });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

/** One zod schema per kind, e.g. `schemas.UPPLAN.parse(record)`. */
export const schemas = Object.fromEntries(KIND_IDS.map((k) => [k, recordSchema(k)])) as Record<KindId, ReturnType<typeof recordSchema>>;
