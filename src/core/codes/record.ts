/** Codes of the RECORD layer: rules across the fields of one record (and of records of one file). */
import { code } from './define.js';

export const RECORD_CODES = {
  RECORD_FIELD_COUNT: code('error', { expected: 'number', actual: 'number', kind: 'string' }),
  RECORD_RENTAL_NEEDS_TAIS: code('error', { serviceType: 'string' }),
  /** A 17/67 line with neither code nor product name: maybe a 加算/減算 line, which has no product (a doubt). */
  RECORD_RENTAL_CODE_DOUBTFUL: code('warning', { serviceType: 'string' }),
  RECORD_DETAIL_CODE_NOT_RENTAL: code('error'),
  /** 明細判別コード on a 67 (介護予防福祉用具貸与) line: the spec names only 17 (a doubt). */
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: code('warning'),
  RECORD_TIME_PAIR: code('error'),
  RECORD_TOTAL_ROW_OFFICE: code('error'),
  RECORD_TOTAL_ROW_FIELD: code('error', { expected: 'string' }),
  /** The spec asks for a sort order, not for unique triples (a doubt: a warning since issue 13). */
  RECORD_PLAN_ITEM_DUPLICATE: code('warning', { firstRecord: 'number' }),
  RECORD_HOSOKU_LINK: code('error'),
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: code('warning', { serviceType: 'string' }),
  RECORD_UNKNOWN_KEY: code('warning', { key: 'string' }),
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: code('warning', { month: 'string' }, { strict: true }),
  RECORD_PRORATED_DAY_NOT_IN_MONTH: code('warning', { lastDay: 'number' }, { strict: true }),
  RECORD_LIMIT_SLOT_GAP: code('warning', { slot: 'number' }, { strict: true }),
  RECORD_LIMIT_SLOT_INCOMPLETE: code('warning', { slot: 'number' }),
  RECORD_LIMIT_SLOT_TYPE: code('warning', { slot: 'number', expected: 'string' }, { strict: true }),
  RECORD_DEPENDENT_FIELD_EMPTY: code('warning', { triggerNo: 'number', triggerCode: 'string' }, { strict: true }),
} as const;
