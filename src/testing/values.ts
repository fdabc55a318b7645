/**
 * Value arbitraries derived from field declarations: one generator per {@link FieldFormat}, shaped
 * by the declaration's length, exact, code list, specialValues and min/max. No per-kind code.
 */
import fc from 'fast-check';
import type { FieldFormat, FieldSpec } from '../spec/fields.js';
import { FORMATS, SAMPLE_YEARS, daysInMonth, pad } from '../spec/formats/index.js';
import type { Random } from '../spec/format.js';
import { isCp932Representable } from '../encoding/cp932.js';

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
 *
 * @example
 * ```ts
 * import { cp932Chars } from 'careplan-csv/testing';
 *
 * cp932Chars().includes('髙'); // true
 * ```
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

/**
 * One printable MS932 character, biased towards ASCII and the tricky ones.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { isCp932Representable } from 'careplan-csv';
 * import { cp932CharArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(cp932CharArb(), (c) => isCp932Representable(c)));
 * ```
 */
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

/**
 * Text that MS932 can hold; with `delimiters`, also commas, quotes and line breaks.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { cp932TextArb } from 'careplan-csv/testing';
 *
 * fc.sample(cp932TextArb({ maxLength: 20 }), 3); // texts that CP932 can hold
 * ```
 */
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
export const YEAR_RANGE = SAMPLE_YEARS;

const month = () => fc.integer({ min: 1, max: 12 });

/**
 * YYYYMM with a real month, in a range of years.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { yyyymmArb } from 'careplan-csv/testing';
 *
 * fc.sample(yyyymmArb({ min: 2024, max: 2025 }), 2); // e.g. [ '202411', '202503' ]
 * ```
 */
export const yyyymmArb = (years: { min: number; max: number } = YEAR_RANGE): fc.Arbitrary<string> =>
  fc.tuple(fc.integer(years), month()).map(([y, m]) => `${y}${pad(m, 2)}`);

/**
 * A real calendar date YYYYMMDD (leap days included), in a range of years.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { yyyymmddArb } from 'careplan-csv/testing';
 *
 * fc.sample(yyyymmddArb(), 1); // a real calendar date, e.g. [ '20240229' ]
 * ```
 */
export const yyyymmddArb = (years: { min: number; max: number } = YEAR_RANGE): fc.Arbitrary<string> =>
  fc.tuple(fc.integer(years), month(), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}${pad(m, 2)}${pad(Math.min(d, daysInMonth(y, m)), 2)}`);

/**
 * A real date in the given YYYYMM.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { dateInMonthArb } from 'careplan-csv/testing';
 *
 * fc.sample(dateInMonthArb('202502'), 2); // dates of February 2025, e.g. [ '20250203', '20250228' ]
 * ```
 */
export const dateInMonthArb = (yyyymm: string): fc.Arbitrary<string> => {
  const y = Number(yyyymm.slice(0, 4));
  const m = Number(yyyymm.slice(4, 6));
  return fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => `${yyyymm}${pad(d, 2)}`);
};

/**
 * YYYYMMDDHHMMSS that is a real date and time (the ファイル連番 of a file name).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { timestampArb } from 'careplan-csv/testing';
 *
 * fc.sample(timestampArb({ min: 2025, max: 2025 }), 1); // e.g. [ '20250425170000' ]
 * ```
 */
export const timestampArb = (years: { min: number; max: number } = { min: 2000, max: 2099 }): fc.Arbitrary<string> =>
  fc
    .tuple(yyyymmddArb(years), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
    .map(([d, h, m, s]) => `${d}${pad(h, 2)}${pad(m, 2)}${pad(s, 2)}`);

/** The text a format's sample asks for, from the MS932 pool (biased towards ASCII and the tricky characters). */
function sampleText(mrng: fc.Random, minLength: number, maxLength: number, delimiters: boolean): string {
  const ascii = printableAscii();
  const pools = [
    { weight: 3, chars: ascii },
    { weight: 2, chars: TRICKY_CP932_CHARS },
    { weight: 3, chars: cp932Chars() },
  ];
  const pickChar = () => {
    let w = mrng.nextInt(1, 8);
    for (const p of pools) if ((w -= p.weight) <= 0) return p.chars[mrng.nextInt(0, p.chars.length - 1)]!;
    return ascii[0]!;
  };
  const length = mrng.nextInt(minLength, maxLength);
  let out = '';
  while (out.length < length) {
    const c = delimiters && mrng.nextInt(1, 7) === 1 ? DELIMITERS[mrng.nextInt(0, DELIMITERS.length - 1)]! : pickChar();
    if (!delimiters && (c === ',' || c === '"')) continue;
    out += c;
  }
  return out.slice(0, maxLength);
}
const DELIMITERS = [',', '"', '\r\n', '\n', '\r', '""'];
let asciiPool: readonly string[] | undefined;
const printableAscii = () => (asciiPool ??= cp932Chars().filter((c) => c.charCodeAt(0) < 0x7f));

/**
 * An arbitrary that draws from a format's own sample generator (spec/format.ts): the one
 * definition of a well-formed value. fast-check's random source stands behind the `Random` the
 * generator asks; the values are not shrunk (they are small, and a record shrinks by its fields).
 */
class SampledArbitrary extends fc.Arbitrary<string> {
  constructor(private readonly draw: (random: Random) => string) {
    super();
  }
  override generate(mrng: fc.Random): fc.Value<string> {
    const random: Random = {
      int: (min, max) => mrng.nextInt(min, max),
      pick: (items) => items[mrng.nextInt(0, items.length - 1)]!,
      text: (minLength, maxLength, delimiters) => sampleText(mrng, minLength, maxLength, delimiters),
    };
    return new fc.Value(this.draw(random), undefined);
  }
  override canShrinkWithoutContext(_value: unknown): _value is string {
    return false;
  }
  override shrink(): fc.Stream<fc.Value<string>> {
    return fc.Stream.nil();
  }
}

/** Well-formed, non-empty values of a field, from its format's sample generator. */
export const formatArb = (spec: FieldSpec): fc.Arbitrary<string> => new SampledArbitrary((random) => FORMATS[spec.format].sample(random, spec));

const formatOnly = (format: FieldFormat) => formatArb({ no: 1, key: 'x', name: { ja: 'x', en: 'x' }, format, required: false, personal: false, quoted: false });
/**
 * Times HHMM (0000–2359).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { hhmmArb } from 'careplan-csv/testing';
 *
 * fc.sample(hhmmArb(), 2); // e.g. [ '0930', '2359' ]
 * ```
 */
export const hhmmArb = (): fc.Arbitrary<string> => formatOnly('hhmm');
/**
 * 事業所番号: 10 digits.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { officeCodeArb } from 'careplan-csv/testing';
 *
 * fc.sample(officeCodeArb(), 1); // e.g. [ '1371200101' ]
 * ```
 */
export const officeCodeArb = (): fc.Arbitrary<string> => formatOnly('officeCode');
/**
 * A service type code: mostly the spec's own list, sometimes any two upper-case alphanumerics.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { serviceTypeArb } from 'careplan-csv/testing';
 *
 * fc.sample(serviceTypeArb(), 2); // e.g. [ '11', 'A2' ]
 * ```
 */
export const serviceTypeArb = (): fc.Arbitrary<string> => formatOnly('serviceType');
/**
 * Service codes of every row type: ordinary lines, the 17/67 rental lines, subtotals, the grand total.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { serviceCodeArb } from 'careplan-csv/testing';
 *
 * fc.sample(serviceCodeArb(), 1); // e.g. [ '111111' ]
 * ```
 */
export const serviceCodeArb = (): fc.Arbitrary<string> => formatOnly('serviceCode');

type FormatArb = (spec: FieldSpec) => fc.Arbitrary<string>;

/** One generator of non-empty, well-formed values per format, each drawn from the format object. */
export const FORMAT_ARBITRARIES: Readonly<Record<FieldFormat, FormatArb>> = Object.fromEntries(
  (Object.keys(FORMATS) as FieldFormat[]).map((f) => [f, formatArb]),
) as Record<FieldFormat, FormatArb>;

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
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { getKind } from 'careplan-csv';
 * import { fieldValueArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(fieldValueArb(getKind('UPJSK').fields[2]!), (v) => v.length === 10));
 * ```
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
  let value = formatArb(spec);
  if (spec.specialValues && spec.specialValues.length > 0)
    value = fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom(...spec.specialValues) });
  const mayBeEmpty = spec.required === false && !spec.necessary && options.empty !== 'never';
  return mayBeEmpty ? fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: fc.constant('') }) : value;
}
