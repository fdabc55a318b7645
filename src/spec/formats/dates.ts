/** Date and time formats: YYYYMM, YYYYMMDD, HHMM. */
import { defineFormat } from '../format.js';
import { SAMPLE_YEARS, daysInMonth, isHhmm, isYyyymm, isYyyymmdd, pad } from './chars.js';

export const yyyymm = defineFormat({
  id: 'yyyymm',
  label: { ja: 'YYYYMM', en: 'YYYYMM' },
  fixedWidth: true,
  check: (v) => (isYyyymm(v) ? null : { code: 'FIELD_INVALID_YYYYMM' }),
  jsonSchema: () => ({ pattern: '^[1-9][0-9]{3}(0[1-9]|1[0-2])$' }),
  sample: (r) => `${r.int(SAMPLE_YEARS.min, SAMPLE_YEARS.max)}${pad(r.int(1, 12), 2)}`,
});

export const yyyymmdd = defineFormat({
  id: 'yyyymmdd',
  label: { ja: 'YYYYMMDD', en: 'YYYYMMDD' },
  fixedWidth: true,
  check: (v) => (isYyyymmdd(v) ? null : { code: 'FIELD_INVALID_DATE' }),
  // The pattern cannot tell 20240230 from a real date; the check can.
  jsonSchema: () => ({ pattern: '^[1-9][0-9]{3}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$' }),
  sample: (r) => {
    const y = r.int(SAMPLE_YEARS.min, SAMPLE_YEARS.max);
    const m = r.int(1, 12);
    return `${y}${pad(m, 2)}${pad(r.int(1, daysInMonth(y, m)), 2)}`;
  },
});

export const hhmm = defineFormat({
  id: 'hhmm',
  label: { ja: 'HHMM', en: 'HHMM' },
  fixedWidth: true,
  // 2400 (24:00) is a doubt, not an error: the spec says only HHMM, and the 第3表 form runs to 24:00.
  check: (v) => (isHhmm(v) ? null : v === '2400' ? { code: 'FIELD_TIME_2400' } : { code: 'FIELD_INVALID_TIME' }),
  jsonSchema: () => ({ pattern: '^(([01][0-9]|2[0-3])[0-5][0-9]|2400)$' }),
  sample: (r) => `${pad(r.int(0, 23), 2)}${pad(r.int(0, 59), 2)}`,
});
