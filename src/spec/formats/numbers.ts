/** Number formats: 整数 (integer), 99.99 (decimal), digits. */
import type { FieldSpec } from '../fields.js';
import { defineFormat, type Random } from '../format.js';
import { allDigits, pad } from './chars.js';

const isInteger = (v: string): boolean => (v.charCodeAt(0) === 45 /* - */ ? allDigits(v, 1) : allDigits(v));

function isDecimal(v: string): boolean {
  const dot = v.indexOf('.');
  if (dot === -1) return v.length <= 2 && allDigits(v);
  const decimals = v.length - dot - 1;
  return dot >= 1 && dot <= 2 && decimals >= 1 && decimals <= 2 && allDigits(v, 0, dot) && allDigits(v, dot + 1);
}

/** A number in [lo, hi], zero-padded to `width` when `exact` (or, at random, when not). */
function sampleNumber(r: Random, lo: number, hi: number, width: number, exact: boolean): string {
  const n = r.int(lo, hi);
  if (n < 0) return String(n);
  return exact || r.int(0, 1) === 1 ? pad(n, width) : String(n);
}

const digitRun = (r: Random, length: number) => Array.from({ length }, () => String(r.int(0, 9))).join('');
const width = (f: FieldSpec) => f.length ?? 9;

export const integer = defineFormat({
  id: 'integer',
  label: { ja: '整数', en: 'integer' },
  fixedWidth: false,
  check: (v) => (isInteger(v) ? null : { code: 'FIELD_INVALID_INTEGER' }),
  jsonSchema: () => ({ pattern: '^-?[0-9]+$' }),
  sample: (r, f) => {
    // A minus sign takes one of the characters; exact-width values are never negative.
    const lo = Math.max(f.min ?? -Infinity, f.exact ? 0 : -(10 ** (width(f) - 1) - 1));
    const hi = Math.min(f.max ?? Infinity, 10 ** width(f) - 1);
    return sampleNumber(r, lo, hi, width(f), f.exact === true);
  },
});

export const decimal = defineFormat({
  id: 'decimal',
  label: { ja: '99.99', en: '99.99' },
  fixedWidth: false,
  check: (v) => (isDecimal(v) ? null : { code: 'FIELD_INVALID_DECIMAL' }),
  jsonSchema: () => ({ pattern: '^[0-9]{1,2}(\\.[0-9]{1,2})?$' }),
  sample: (r, f) => {
    const whole = digitRun(r, r.int(1, 2));
    const value = r.int(0, 1) === 1 ? `${whole}.${digitRun(r, r.int(1, 2))}` : whole;
    return f.length !== undefined && value.length > f.length ? whole : value;
  },
});

export const digits = defineFormat({
  id: 'digits',
  label: { ja: '数字', en: 'digits' },
  fixedWidth: false,
  check: (v) => (allDigits(v) ? null : { code: 'FIELD_NOT_DIGITS' }),
  jsonSchema: () => ({ pattern: '^[0-9]+$' }),
  sample: (r, f) => {
    const w = width(f);
    if (f.min === undefined && f.max === undefined) return digitRun(r, f.exact ? w : r.int(1, w));
    return sampleNumber(r, Math.max(f.min ?? 0, 0), Math.min(f.max ?? 10 ** w - 1, 10 ** w - 1), w, f.exact === true);
  },
});
