/** Codes of the FIELD layer: one value against its declaration (required, length, format, code list). */
import { code } from './define.js';

export const FIELD_CODES = {
  FIELD_REQUIRED: code('error'),
  FIELD_REQUIRED_DOUBTFUL: code('warning'),
  FIELD_NECESSARY_EMPTY: code('info'),
  FIELD_TOO_LONG: code('error', { max: 'number', actual: 'number' }),
  FIELD_TOO_LONG_DOUBTFUL: code('warning', { max: 'number', actual: 'number' }),
  FIELD_WRONG_LENGTH: code('error', { expected: 'number', actual: 'number' }),
  FIELD_INVALID_YYYYMM: code('error'),
  FIELD_INVALID_DATE: code('error'),
  FIELD_INVALID_TIME: code('error'),
  /** 2400 in an HHMM field: the spec says only HHMM, the 第3表 form's axis runs to 24:00 (a doubt: never strict). */
  FIELD_TIME_2400: code('warning'),
  FIELD_NOT_DIGITS: code('error'),
  FIELD_INVALID_INTEGER: code('error'),
  FIELD_INVALID_DECIMAL: code('error'),
  FIELD_OUT_OF_RANGE: code('error', { min: 'string', max: 'string' }),
  FIELD_INVALID_OFFICE_CODE: code('error'),
  FIELD_INVALID_SERVICE_TYPE: code('error'),
  FIELD_INVALID_INSURED_NUMBER: code('error'),
  FIELD_INVALID_POSTAL_CODE: code('error'),
  FIELD_INVALID_SERVICE_CODE: code('error'),
  FIELD_INVALID_DAY_FLAGS: code('error'),
  FIELD_INVALID_TAIS_CODE: code('error'),
  FIELD_TAIS_FULLWIDTH_DASH: code('warning'),
  FIELD_INVALID_PHONE: code('warning'),
  FIELD_UNKNOWN_CODE: code('error', { list: 'string' }),
  FIELD_NOT_USED_NOT_EMPTY: code('warning'),
  FIELD_INVALID_IMAGE_NAME: code('warning', {}, { strict: true }),
} as const;
