/** Field-level validation derived from a field declaration: required, length, format, code list. */
import type { FieldSpec } from '../spec/fields.js';
import { FORMATS } from '../spec/formats/index.js';
import type { FormatProblem } from '../spec/format.js';

export type FieldCheck = (value: string) => FormatProblem | null;

const REQUIRED: FormatProblem = { code: 'FIELD_REQUIRED' };
const REQUIRED_DOUBTFUL: FormatProblem = { code: 'FIELD_REQUIRED_DOUBTFUL' };
const NECESSARY_EMPTY: FormatProblem = { code: 'FIELD_NECESSARY_EMPTY' };
const NOT_USED: FormatProblem = { code: 'FIELD_NOT_USED_NOT_EMPTY' };

/**
 * Compiles a declaration into one check function (done once per field, cached), returning the
 * single most relevant problem of a value, or null. One problem per field keeps reports readable:
 * a too-long date is reported as too long, once.
 */
function compile(spec: FieldSpec): FieldCheck {
  const empty = spec.required === 'certain' ? REQUIRED : spec.required === 'doubt' ? REQUIRED_DOUBTFUL : spec.necessary ? NECESSARY_EMPTY : null;
  if (spec.format === 'notUsed') return (v) => (v === '' ? empty : NOT_USED);
  const special = spec.specialValues && spec.specialValues.length > 0 ? new Set(spec.specialValues) : undefined;
  const format = FORMATS[spec.format];
  const max = spec.length !== undefined && !format.fixedWidth ? spec.length : undefined;
  const { exact, tolerateLength, min: lo, max: hi } = spec;
  const ranged = lo !== undefined || hi !== undefined;
  return (v) => {
    if (v === '') return empty;
    if (special?.has(v)) return null;
    if (max !== undefined) {
      const len = v.length;
      if (exact && len !== max) return { code: 'FIELD_WRONG_LENGTH', params: { expected: max, actual: len } };
      if (len > max) {
        // A doubtful length is only a warning, but must not hide a format error.
        if (tolerateLength !== undefined && len <= tolerateLength)
          return format.check(v, spec) ?? { code: 'FIELD_TOO_LONG_DOUBTFUL', params: { max, actual: len } };
        return { code: 'FIELD_TOO_LONG', params: { max, actual: len } };
      }
    }
    const problem = format.check(v, spec);
    if (problem || !ranged) return problem;
    const n = Number(v);
    return (lo !== undefined && n < lo) || (hi !== undefined && n > hi)
      ? { code: 'FIELD_OUT_OF_RANGE', params: { min: String(lo ?? ''), max: String(hi ?? '') } }
      : null;
  };
}

const compiled = new WeakMap<FieldSpec, FieldCheck>();

export function fieldCheck(spec: FieldSpec): FieldCheck {
  let check = compiled.get(spec);
  if (!check) {
    check = compile(spec);
    compiled.set(spec, check);
  }
  return check;
}

/** Checks one value against its declaration. Returns the single most relevant problem, or null. */
export function checkFieldValue(spec: FieldSpec, value: string): FormatProblem | null {
  return fieldCheck(spec)(value);
}
