/**
 * Value arbitraries derived from field declarations: one generator per {@link FieldFormat}, shaped
 * by the declaration's length, exact, code list, specialValues and min/max. No per-kind code.
 */
import fc from 'fast-check';
import type { FieldFormat, FieldSpec } from '../spec/fields.js';
import { daysInMonth } from '../spec/formats/index.js';
import { isCp932Representable } from '../encoding/cp932.js';
import { SERVICE_TYPES } from '../spec/codelists/service-types.js';

const DIGITS = [...'0123456789'];
const UPPER_ALNUM = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digitString = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength, maxLength });

/**
 * Characters that break naive Shift_JIS code: NEC special characters and IBM extensions that ARE
 * in MS932 (①Ⅲ㈱髙﨑), half-width kana, trail byte 0x5C (表ソ能予), the MS932 forms of the classic
 * look-alikes (～－∥￠￡￢―), backslash and tilde (0x5C/0x7E), full-width space.
 */
export const TRICKY_CP932_CHARS: readonly string[] = Object.freeze([
  ...'①⑳Ⅲⅰⅲ㈱№℡∵髙﨑德神',
  ...'ｱｲｳｴｵｶﾞﾊﾟｯｰﾃｨ｡｢｣･',
  ...'表ソ能予十貼',
  ...'～－∥￠￡￢―',
  '\\',
  '~',
  '\u3000',
]);

let pool: readonly string[] | undefined;

/**
 * Every printable character MS932 can hold (BMP, no C0/C1 controls, no private use): about 7,480
 * characters, computed once from the library's own CP932 table.
 */
export function cp932Chars(): readonly string[] {
  if (pool) return pool;
  const out: string[] = [];
  for (let c = 0x20; c <= 0xffff; c++) {
    if ((c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)) continue;
    const s = String.fromCharCode(c);
    if (isCp932Representable(s)) out.push(s);
  }
  pool = Object.freeze(out);
  return pool;
}

let charArb: fc.Arbitrary<string> | undefined;

/** One printable MS932 character, biased towards ASCII and the tricky ones. */
export function cp932CharArb(): fc.Arbitrary<string> {
  if (charArb) return charArb;
  const printableAscii = cp932Chars().filter((c) => c.charCodeAt(0) < 0x7f);
  return (charArb = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...printableAscii) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_CP932_CHARS) },
    { weight: 3, arbitrary: fc.constantFrom(...cp932Chars()) },
  ));
}

export interface Cp932TextOptions {
  readonly minLength?: number | undefined;
  /** In UTF-16 code units (= characters: every MS932 character is in the BMP). */
  readonly maxLength?: number | undefined;
  /** Include `,` `"` CR LF CRLF (default true). */
  readonly delimiters?: boolean | undefined;
}

/** Text that MS932 can hold; with `delimiters`, also commas, quotes and line breaks. */
export function cp932TextArb(options: Cp932TextOptions = {}): fc.Arbitrary<string> {
  const { minLength = 0, maxLength = 24, delimiters = true } = options;
  const unit = delimiters
    ? fc.oneof({ weight: 6, arbitrary: cp932CharArb() }, { weight: 1, arbitrary: fc.constantFrom(',', '"', '\r\n', '\n', '\r', '""') })
    : cp932CharArb().filter((c) => c !== ',' && c !== '"');
  return fc.string({ unit, minLength, maxLength }).map((s) => (s.length > maxLength ? s.slice(0, maxLength) : s));
}

// ---------------------------------------------------------------------------------------------
// Per-format generators of well-formed, non-empty values

/** Years of generated dates and months. */
export const YEAR_RANGE = { min: 1900, max: 2099 } as const;

const month = () => fc.integer({ min: 1, max: 12 });

/** YYYYMM with a real month. */
export const yyyymmArb = (years: { min: number; max: number } = YEAR_RANGE): fc.Arbitrary<string> =>
  fc.tuple(fc.integer(years), month()).map(([y, m]) => `${y}${pad(m, 2)}`);

/** A real calendar date YYYYMMDD (leap days included). */
export const yyyymmddArb = (years: { min: number; max: number } = YEAR_RANGE): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer(years), month(), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}${pad(m, 2)}${pad(Math.min(d, daysInMonth(y, m)), 2)}`);

/** A real date in the given YYYYMM. */
export const dateInMonthArb = (yyyymm: string): fc.Arbitrary<string> => {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  return fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => `${yyyymm}${pad(d, 2)}`);
};

export const hhmmArb = (): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h, 2)}${pad(m, 2)}`);

/** YYYYMMDDHHMMSS that is a real date and time (the ファイル連番 of a file name). */
export const timestampArb = (years: { min: number; max: number } = { min: 2000, max: 2099 }): fc.Arbitrary<string> =>
  fc
    .tuple(yyyymmddArb(years), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
    .map(([d, h, m, s]) => `${d}${pad(h, 2)}${pad(m, 2)}${pad(s, 2)}`);

export const officeCodeArb = (): fc.Arbitrary<string> => digitString(10, 10);

/** A service type code: mostly the spec's own list, sometimes any two upper-case alphanumerics. */
export const serviceTypeArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...Object.keys(SERVICE_TYPES)) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...UPPER_ALNUM), minLength: 2, maxLength: 2 }) },
  );

/** Service codes of every row type: ordinary lines, the 17/67 rental lines, subtotals, the grand total. */
export const serviceCodeArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(serviceTypeArb(), digitString(4, 4)).map(([t, d]) => t + d) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('17', '67'), digitString(4, 4)).map(([t, d]) => t + d) },
    { weight: 2, arbitrary: fc.tuple(serviceTypeArb(), fc.constantFrom('AAAA', 'EEEE', 'ZZZZ')).map(([t, s]) => t + s) },
    { weight: 1, arbitrary: fc.constant('999999') },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...UPPER_ALNUM), minLength: 6, maxLength: 6 }) },
  );

const insuredNumberArb = () => fc.oneof(digitString(10, 10), digitString(9, 9).map((d) => 'H' + d));
const postalCodeArb = () => fc.tuple(digitString(3, 3), digitString(4, 4)).map(([a, b]) => `${a}-${b}`);
const dayFlagsArb = () => fc.string({ unit: fc.constantFrom('0', '1'), minLength: 31, maxLength: 31 });
const taisArb = () => fc.tuple(digitString(5, 5), digitString(6, 6)).map(([a, b]) => `${a}-${b}`);

function phoneArb(max: number): fc.Arbitrary<string> {
  const unit = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DIGITS) }, { weight: 1, arbitrary: fc.constantFrom('-', '(', ')', '+', ' ') });
  return fc.oneof(
    fc.tuple(digitString(2, 4), digitString(2, 4), digitString(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`).filter((s) => s.length <= max),
    fc.string({ unit, minLength: 1, maxLength: max }),
  );
}

/** Numbers in [lo, hi], sometimes zero-padded up to `width` characters. */
function numberArb(lo: number, hi: number, width: number, exact: boolean): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min: lo, max: hi }), fc.boolean()).map(([n, padIt]) => {
    if (n < 0) return String(n);
    return exact || padIt ? pad(n, width) : String(n);
  });
}

function integerArb(spec: FieldSpec): fc.Arbitrary<string> {
  const width = spec.length ?? 9;
  // A minus sign takes one of the `width` characters; exact-width values are never negative.
  const lo = Math.max(spec.min ?? -Infinity, spec.exact ? 0 : -(10 ** (width - 1) - 1));
  const hi = Math.min(spec.max ?? Infinity, 10 ** width - 1);
  return numberArb(lo, hi, width, spec.exact === true);
}

function digitsArb(spec: FieldSpec): fc.Arbitrary<string> {
  const width = spec.length ?? 9;
  if (spec.min === undefined && spec.max === undefined) return digitString(spec.exact ? width : 1, width);
  return numberArb(Math.max(spec.min ?? 0, 0), Math.min(spec.max ?? 10 ** width - 1, 10 ** width - 1), width, spec.exact === true);
}

function decimalArb(spec: FieldSpec): fc.Arbitrary<string> {
  const whole = fc.oneof(digitString(1, 1), digitString(2, 2));
  const value = fc.oneof(whole, fc.tuple(whole, digitString(1, 2)).map(([w, f]) => `${w}.${f}`));
  const max = spec.length;
  return max === undefined ? value : value.filter((v) => v.length <= max);
}

/** Text for unquoted `text` fields: no delimiter, quote or line break (the canonical writer would quote it). */
function plainTextArb(spec: FieldSpec): fc.Arbitrary<string> {
  return cp932TextArb({ minLength: 1, maxLength: spec.length ?? 16, delimiters: false });
}

function freeTextArb(spec: FieldSpec): fc.Arbitrary<string> {
  return cp932TextArb({ minLength: 1, maxLength: spec.length ?? 24, delimiters: true });
}

type FormatArb = (spec: FieldSpec) => fc.Arbitrary<string>;

/** One generator of non-empty, well-formed values per format. */
export const FORMAT_ARBITRARIES: Readonly<Record<FieldFormat, FormatArb>> = {
  yyyymm: () => yyyymmArb(),
  yyyymmdd: () => yyyymmddArb(),
  hhmm: () => hhmmArb(),
  free: freeTextArb,
  text: plainTextArb,
  notUsed: () => fc.constant(''),
  code: (spec) => fc.constantFrom(...Object.keys(spec.codes?.codes ?? { '': null })),
  integer: integerArb,
  decimal: decimalArb,
  digits: digitsArb,
  officeCode: () => officeCodeArb(),
  serviceType: () => serviceTypeArb(),
  insuredNumber: () => insuredNumberArb(),
  postalCode: () => postalCodeArb(),
  serviceCode: () => serviceCodeArb(),
  dayFlags31: () => dayFlagsArb(),
  taisCode: () => taisArb(),
  phone: (spec) => phoneArb(spec.length ?? 15),
};

export interface FieldValueOptions {
  /**
   * When an optional field may be empty: 'sometimes' (default) or 'never'. Required and 必要
   * (necessary) fields are never empty, `notUsed` fields always are.
   */
  readonly empty?: 'sometimes' | 'never' | undefined;
}

/**
 * Valid values of one field, derived from its declaration: the format's generator, the declared
 * length (exact or maximum), the code list, specialValues and min/max. Every value passes the
 * library's field check with no issue at all (not even an info).
 */
export function fieldValueArb(spec: FieldSpec, options: FieldValueOptions = {}): fc.Arbitrary<string> {
  const cache = options.empty === 'never' ? neverEmpty : sometimesEmpty;
  let arb = cache.get(spec);
  if (!arb) cache.set(spec, (arb = buildFieldValueArb(spec, options)));
  return arb;
}

const sometimesEmpty = new WeakMap<FieldSpec, fc.Arbitrary<string>>();
const neverEmpty = new WeakMap<FieldSpec, fc.Arbitrary<string>>();

function buildFieldValueArb(spec: FieldSpec, options: FieldValueOptions): fc.Arbitrary<string> {
  if (spec.format === 'notUsed') return fc.constant('');
  let value = FORMAT_ARBITRARIES[spec.format](spec);
  if (spec.specialValues && spec.specialValues.length > 0)
    value = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom(...spec.specialValues) });
  const mayBeEmpty = spec.required === false && !spec.necessary && options.empty !== 'never';
  return mayBeEmpty ? fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.constant('') }) : value;
}
