import { describe, expect, it } from 'vitest';
import { field, type FieldFormat, type FieldOptions } from '../../src/spec/fields.js';
import { checkFieldValue } from '../../src/check/field.js';
import { defineCodeList } from '../../src/spec/codelists/types.js';
import { isTimestamp14 } from '../../src/spec/formats/index.js';

const youbi = defineCodeList({ id: 'youbi', name: { ja: '曜日', en: 'Weekday' }, codes: { '1': { ja: '月', en: 'Mon' }, '7': { ja: '日', en: 'Sun' } } });
const spec = (format: FieldFormat, options: FieldOptions = {}) => field(4, 'x', { ja: '項目', en: 'Field' }, format, options);
const codeOf = (format: FieldFormat, value: string, options?: FieldOptions) => checkFieldValue(spec(format, options), value)?.code ?? null;

// [format, options, value, expected code or null]
const cases: [FieldFormat, FieldOptions, string, string | null][] = [
  ['yyyymm', { length: 6 }, '202504', null],
  ['yyyymm', { length: 6 }, '202513', 'FIELD_INVALID_YYYYMM'],
  ['yyyymm', { length: 6 }, '202500', 'FIELD_INVALID_YYYYMM'],
  ['yyyymm', { length: 6 }, '2025-4', 'FIELD_INVALID_YYYYMM'],
  ['yyyymm', { length: 6, specialValues: ['000000'] }, '000000', null],
  ['yyyymm', { length: 6 }, '000000', 'FIELD_INVALID_YYYYMM'],
  ['yyyymmdd', { length: 8 }, '20240229', null],
  ['yyyymmdd', { length: 8 }, '20240230', 'FIELD_INVALID_DATE'],
  ['yyyymmdd', { length: 8 }, '20230229', 'FIELD_INVALID_DATE'],
  ['yyyymmdd', { length: 8 }, '21000229', 'FIELD_INVALID_DATE'],
  ['yyyymmdd', { length: 8 }, '20000229', null],
  ['yyyymmdd', { length: 8 }, '20250431', 'FIELD_INVALID_DATE'],
  ['yyyymmdd', { length: 8 }, '2025041', 'FIELD_INVALID_DATE'],
  ['yyyymmdd', { length: 8, specialValues: ['00000000'] }, '00000000', null],
  ['hhmm', { length: 4 }, '0000', null],
  ['hhmm', { length: 4 }, '2359', null],
  ['hhmm', { length: 4 }, '2400', 'FIELD_TIME_2400'],
  ['hhmm', { length: 4 }, '2401', 'FIELD_INVALID_TIME'],
  ['hhmm', { length: 4 }, '2430', 'FIELD_INVALID_TIME'],
  ['hhmm', { length: 4 }, '2500', 'FIELD_INVALID_TIME'],
  ['hhmm', { length: 4 }, '1260', 'FIELD_INVALID_TIME'],
  ['hhmm', { length: 4 }, '9999', 'FIELD_INVALID_TIME'],
  ['hhmm', { length: 4, specialValues: ['9999'] }, '9999', null],
  ['hhmm', { length: 4 }, '9:00', 'FIELD_INVALID_TIME'],
  ['digits', { length: 6, exact: true }, '131016', null],
  ['digits', { length: 6, exact: true }, '13101', 'FIELD_WRONG_LENGTH'],
  ['digits', { length: 6, exact: true }, '13101A', 'FIELD_NOT_DIGITS'],
  ['digits', { length: 2, min: 1, max: 99 }, '99', null],
  ['digits', { length: 2, min: 1, max: 99 }, '0', 'FIELD_OUT_OF_RANGE'],
  ['digits', { length: 2, min: 1, max: 99 }, '100', 'FIELD_TOO_LONG'],
  ['officeCode', { length: 10 }, '1371200153', null],
  ['officeCode', { length: 10 }, '137120015', 'FIELD_INVALID_OFFICE_CODE'],
  ['serviceType', { length: 2 }, '2A', null],
  ['serviceType', { length: 2 }, 'a1', 'FIELD_INVALID_SERVICE_TYPE'],
  ['insuredNumber', { length: 10 }, '0000012345', null],
  ['insuredNumber', { length: 10 }, 'H123456789', null],
  ['insuredNumber', { length: 10 }, 'H12345678', 'FIELD_INVALID_INSURED_NUMBER'],
  ['insuredNumber', { length: 10 }, 'X123456789', 'FIELD_INVALID_INSURED_NUMBER'],
  ['postalCode', { length: 8 }, '100-0001', null],
  ['postalCode', { length: 8 }, '1000001', 'FIELD_INVALID_POSTAL_CODE'],
  ['postalCode', { length: 8 }, '100ー0001', 'FIELD_INVALID_POSTAL_CODE'],
  ['serviceCode', { length: 6 }, '111211', null],
  ['serviceCode', { length: 6 }, '11AAAA', null],
  ['serviceCode', { length: 6 }, '11121', 'FIELD_INVALID_SERVICE_CODE'],
  ['dayFlags31', { length: 31 }, '1111100000000000000000000000000', null],
  ['dayFlags31', { length: 31 }, '111110000000000000000000000000', 'FIELD_INVALID_DAY_FLAGS'],
  ['dayFlags31', { length: 31 }, '1111100000000000000000000000002', 'FIELD_INVALID_DAY_FLAGS'],
  ['taisCode', { length: 12 }, '00001-000010', null],
  ['taisCode', { length: 12 }, '00001－000010', 'FIELD_TAIS_FULLWIDTH_DASH'],
  ['taisCode', { length: 12 }, '00001000010', 'FIELD_INVALID_TAIS_CODE'],
  ['taisCode', { length: 12 }, 'A0001-00001B', null],
  ['taisCode', { length: 12 }, '00001_000010', 'FIELD_INVALID_TAIS_CODE'],
  ['taisCode', { length: 12 }, '00001-00001a', 'FIELD_INVALID_TAIS_CODE'],
  ['integer', { length: 6 }, '-250', null],
  ['integer', { length: 6 }, '1.5', 'FIELD_INVALID_INTEGER'],
  ['integer', { length: 3 }, '1000', 'FIELD_TOO_LONG'],
  ['integer', { length: 2, tolerateLength: 5 }, '120', 'FIELD_TOO_LONG_DOUBTFUL'],
  ['integer', { length: 2, tolerateLength: 5 }, '123456', 'FIELD_TOO_LONG'],
  ['decimal', { length: 6 }, '10.90', null],
  ['decimal', { length: 6 }, '10', null],
  ['decimal', { length: 6 }, '100.9', 'FIELD_INVALID_DECIMAL'],
  ['decimal', { length: 6 }, '10.', 'FIELD_INVALID_DECIMAL'],
  ['code', { length: 1, codes: youbi }, '7', null],
  ['code', { length: 1, codes: youbi }, '8', 'FIELD_UNKNOWN_CODE'],
  ['phone', { length: 15 }, '03-1234-5678', null],
  ['phone', { length: 15 }, '03-1234-5678内線', 'FIELD_INVALID_PHONE'],
  ['free', {}, 'a,"b"\r\nc', null],
  ['free', { length: 2 }, '123', 'FIELD_TOO_LONG'],
  ['notUsed', { length: 1 }, '', null],
  ['notUsed', { length: 1 }, '1', 'FIELD_NOT_USED_NOT_EMPTY'],
  ['free', { required: true }, '', 'FIELD_REQUIRED'],
  ['free', { required: 'doubt' }, '', 'FIELD_REQUIRED_DOUBTFUL'],
  ['free', { necessary: true }, '', 'FIELD_NECESSARY_EMPTY'],
  ['yyyymmdd', { length: 8 }, '', null],
];

describe('field formats', () => {
  it.each(cases)('%s %j: "%s" gives %s', (format, options, value, expected) => {
    expect(codeOf(format, value, options)).toBe(expected);
  });

  it('reports FIELD_INVALID_DATE for 20240230 but accepts every real day of 2024', () => {
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    days.forEach((n, m) => {
      for (let d = 1; d <= n; d++) expect(codeOf('yyyymmdd', `2024${String(m + 1).padStart(2, '0')}${String(d).padStart(2, '0')}`, { length: 8 })).toBeNull();
      expect(codeOf('yyyymmdd', `2024${String(m + 1).padStart(2, '0')}${n + 1}`, { length: 8 })).toBe('FIELD_INVALID_DATE');
    });
  });

  it('accepts only real date-times as a 14-digit timestamp', () => {
    expect(isTimestamp14('20250403101500')).toBe(true);
    expect(isTimestamp14('20250230101500')).toBe(false);
    expect(isTimestamp14('20250403241500')).toBe(false);
    expect(isTimestamp14('20250403106000')).toBe(false);
  });
});

import fc from 'fast-check';
import { format as formatDate, isValid, parse as parseDate } from 'date-fns';
import { isYyyymm, isYyyymmdd } from '../../src/spec/formats/index.js';

// date-fns is the oracle for calendar dates: the hand-written checks run on every field of every
// record (hot path), date-fns proves them right.
describe('calendar checks against the date-fns oracle', () => {
  const byDateFns = (v: string, pattern: string) => {
    const d = parseDate(v, pattern, new Date(2000, 0, 1));
    return isValid(d) && formatDate(d, pattern) === v;
  };
  const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
  const plausible = fc
    .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`);

  it('agrees with date-fns on YYYYMMDD', () => {
    fc.assert(
      fc.property(fc.oneof(plausible, digits(8)), (v) => {
        expect(isYyyymmdd(v)).toBe(byDateFns(v, 'yyyyMMdd') && v >= '10000101');
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with date-fns on YYYYMM', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          plausible.map((v) => v.slice(0, 6)),
          digits(6),
        ),
        (v) => {
          expect(isYyyymm(v)).toBe(byDateFns(v, 'yyyyMM') && v >= '100001');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
