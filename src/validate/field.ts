/** Field-level validation derived from a field declaration: required, length, format, code list. */
import type { FieldSpec } from '../core/field.js';
import { FIXED_WIDTH_FORMATS, FORMAT_CHECKS, type FormatProblem } from '../core/formats.js';

/**
 * Checks one value against its declaration. Returns the single most relevant problem, or null.
 * (One problem per field keeps reports readable: a too-long date is reported as too long, once.)
 */
export function checkFieldValue(spec: FieldSpec, value: string): FormatProblem | null {
  if (value === '') {
    if (spec.required === 'certain') return { code: 'FIELD_REQUIRED' };
    if (spec.required === 'doubt') return { code: 'FIELD_REQUIRED_DOUBTFUL' };
    if (spec.necessary) return { code: 'FIELD_NECESSARY_EMPTY' };
    return null;
  }
  if (spec.format === 'notUsed') return { code: 'FIELD_NOT_USED_NOT_EMPTY' };
  if (spec.specialValues?.includes(value)) return null;
  const max = spec.length;
  if (max !== undefined && !FIXED_WIDTH_FORMATS.has(spec.format)) {
    const len = value.length;
    if (spec.exact && len !== max) return { code: 'FIELD_WRONG_LENGTH', params: { expected: max, actual: len } };
    if (len > max) {
      if (spec.tolerateLength !== undefined && len <= spec.tolerateLength)
        return { code: 'FIELD_TOO_LONG_DOUBTFUL', params: { max, actual: len } };
      return { code: 'FIELD_TOO_LONG', params: { max, actual: len } };
    }
  }
  const problem = FORMAT_CHECKS[spec.format](value, spec);
  if (problem) return problem;
  if (spec.min !== undefined || spec.max !== undefined) {
    const n = Number(value);
    if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
      return { code: 'FIELD_OUT_OF_RANGE', params: { min: spec.min ?? '', max: spec.max ?? '' } };
  }
  return null;
}
