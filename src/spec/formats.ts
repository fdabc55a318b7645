/**
 * The format checks of the spec's 書式 column. Each returns null when the value is well-formed, or
 * the issue code (plus params) that describes what is wrong. Hand-written loops, no backtracking
 * regular expressions: they run on every field of every record.
 */
import type { IssueCode } from '../core/codes.js';
import type { FieldFormat, FieldSpec } from './fields.js';

export interface FormatProblem {
  readonly code: IssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

export function allDigits(v: string, from = 0, to = v.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

function allUpperAlnumIn(v: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isUpperAlnum(v.charCodeAt(i))) return false;
  return true;
}

function allUpperAlnum(v: string): boolean {
  if (v.length === 0) return false;
  for (let i = 0; i < v.length; i++) if (!isUpperAlnum(v.charCodeAt(i))) return false;
  return true;
}

const num = (v: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (v.charCodeAt(i) - 48);
  return n;
};

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** YYYYMM with a real month (years 1000–9999). */
export function isYyyymm(v: string): boolean {
  if (v.length !== 6 || !allDigits(v)) return false;
  const y = num(v, 0, 4);
  const m = num(v, 4, 6);
  return y >= 1000 && m >= 1 && m <= 12;
}

/** YYYYMMDD that is a real calendar date (20240230 is not). */
export function isYyyymmdd(v: string): boolean {
  if (v.length !== 8 || !allDigits(v)) return false;
  const y = num(v, 0, 4);
  const m = num(v, 4, 6);
  const d = num(v, 6, 8);
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** HHMM on a 24-hour clock, 0000–2359. */
export function isHhmm(v: string): boolean {
  if (v.length !== 4 || !allDigits(v)) return false;
  return num(v, 0, 2) <= 23 && num(v, 2, 4) <= 59;
}

/** YYYYMMDDHHMMSS that is a real date and time. */
export function isTimestamp14(v: string): boolean {
  if (v.length !== 14 || !isYyyymmdd(v.slice(0, 8))) return false;
  return allDigits(v, 8, 14) && num(v, 8, 10) <= 23 && num(v, 10, 12) <= 59 && num(v, 12, 14) <= 59;
}

export function isInsuredNumber(v: string): boolean {
  if (v.length !== 10) return false;
  return v.charCodeAt(0) === 72 /* H */ ? allDigits(v, 1) : allDigits(v);
}

function isInteger(v: string): boolean {
  return v.charCodeAt(0) === 45 /* - */ ? allDigits(v, 1) : allDigits(v);
}

function isDecimal(v: string): boolean {
  const dot = v.indexOf('.');
  if (dot === -1) return v.length <= 2 && allDigits(v);
  return dot >= 1 && dot <= 2 && v.length - dot - 1 >= 1 && v.length - dot - 1 <= 2 && allDigits(v, 0, dot) && allDigits(v, dot + 1);
}

function isPostalCode(v: string): boolean {
  return v.length === 8 && v.charCodeAt(3) === 45 && allDigits(v, 0, 3) && allDigits(v, 4, 8);
}

function isDayFlags(v: string): boolean {
  if (v.length !== 31) return false;
  for (let i = 0; i < 31; i++) {
    const c = v.charCodeAt(i);
    if (c !== 48 && c !== 49) return false;
  }
  return true;
}

const FULLWIDTH_DASH = 0xff0d;

/**
 * TAISコード / 福祉用具届出コード: 5 + separator + 6 characters (例 00001-000010). TAIS codes are
 * digits; the spec gives no other rule for 届出コード, so upper-case letters are accepted too
 * rather than rejecting a code format we have not seen.
 */
function checkTais(v: string): FormatProblem | null {
  if (v.length === 12 && allUpperAlnumIn(v, 0, 5) && allUpperAlnumIn(v, 6, 12)) {
    const sep = v.charCodeAt(5);
    if (sep === 45) return null;
    if (sep === FULLWIDTH_DASH) return { code: 'FIELD_TAIS_FULLWIDTH_DASH' };
  }
  return { code: 'FIELD_INVALID_TAIS_CODE' };
}

function isPhone(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!(isDigit(c) || c === 45 || c === 40 || c === 41 || c === 43 || c === 32)) return false;
  }
  return true;
}

type Check = (v: string, spec: FieldSpec) => FormatProblem | null;

const ok = null;
const fail = (code: IssueCode): FormatProblem => ({ code });

/** One check per format. `free`, `text` and `notUsed` have no content format. */
export const FORMAT_CHECKS: Readonly<Record<FieldFormat, Check>> = {
  yyyymm: (v) => (isYyyymm(v) ? ok : fail('FIELD_INVALID_YYYYMM')),
  yyyymmdd: (v) => (isYyyymmdd(v) ? ok : fail('FIELD_INVALID_DATE')),
  hhmm: (v) => (isHhmm(v) ? ok : fail('FIELD_INVALID_TIME')),
  free: () => ok,
  text: () => ok,
  notUsed: () => ok,
  code: (v, spec) => (spec.codes && Object.prototype.hasOwnProperty.call(spec.codes.codes, v) ? ok : { code: 'FIELD_UNKNOWN_CODE', params: { list: spec.codes?.id ?? '' } }),
  integer: (v) => (isInteger(v) ? ok : fail('FIELD_INVALID_INTEGER')),
  decimal: (v) => (isDecimal(v) ? ok : fail('FIELD_INVALID_DECIMAL')),
  digits: (v) => (allDigits(v) ? ok : fail('FIELD_NOT_DIGITS')),
  officeCode: (v) => (v.length === 10 && allDigits(v) ? ok : fail('FIELD_INVALID_OFFICE_CODE')),
  serviceType: (v) => (v.length === 2 && allUpperAlnum(v) ? ok : fail('FIELD_INVALID_SERVICE_TYPE')),
  insuredNumber: (v) => (isInsuredNumber(v) ? ok : fail('FIELD_INVALID_INSURED_NUMBER')),
  postalCode: (v) => (isPostalCode(v) ? ok : fail('FIELD_INVALID_POSTAL_CODE')),
  serviceCode: (v) => (v.length === 6 && allUpperAlnum(v) ? ok : fail('FIELD_INVALID_SERVICE_CODE')),
  dayFlags31: (v) => (isDayFlags(v) ? ok : fail('FIELD_INVALID_DAY_FLAGS')),
  taisCode: (v) => checkTais(v),
  phone: (v) => (isPhone(v) ? ok : fail('FIELD_INVALID_PHONE')),
};

/** Formats whose length is fixed by the format itself (checked by the format, not by 項目長). */
export const FIXED_WIDTH_FORMATS: ReadonlySet<FieldFormat> = new Set([
  'yyyymm', 'yyyymmdd', 'hhmm', 'officeCode', 'serviceType', 'insuredNumber', 'postalCode', 'serviceCode', 'dayFlags31', 'taisCode',
]);
