/** Codes of the RECORD layer: rules across the fields of one record (and of records of one file). */
import { code } from './define.js';

export const RECORD_CODES = {
  RECORD_FIELD_COUNT: code('error', { expected: 'number', actual: 'number', kind: 'string' }),
  RECORD_RENTAL_NEEDS_TAIS: code('error', { serviceType: 'string' }),
  RECORD_DETAIL_CODE_NOT_RENTAL: code('error'),
  RECORD_TIME_PAIR: code('error'),
  RECORD_TOTAL_ROW_OFFICE: code('error'),
  RECORD_TOTAL_ROW_FIELD: code('error', { expected: 'string' }),
  RECORD_PLAN_ITEM_DUPLICATE: code('error', { firstRecord: 'number' }),
  RECORD_HOSOKU_LINK: code('error'),
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: code('warning', { serviceType: 'string' }),
  RECORD_UNKNOWN_KEY: code('warning', { key: 'string' }),
} as const;
