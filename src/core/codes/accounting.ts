/**
 * Codes of the 第7表 accounting (issue 13): the arithmetic of 第7表（サービス利用票別表） and its
 * consistency with 第6表 and 利用者補足情報. Warnings by default: the official client does not
 * check them and a receiver recomputes its own claim. `strict: true` only where the spec or an
 * MHLW text states the rule without doubt (profile 'strict' then reports an error). Every param is
 * a number the rule computed or a unit/yen/count/code of 第7表, never a value about the person.
 */
import { code } from './define.js';

/** Per-row findings of 第7表 and of 利用者補足情報. */
export const ACCOUNTING_RECORD_CODES = {
  RECORD_UNIT_AMOUNT_MISMATCH: code('warning', { expected: 'number', factor: 'number', factorField: 'string', count: 'number' }),
  RECORD_DISCOUNTED_UNITS_MISMATCH: code('warning', { expected: 'number', units: 'number', rate: 'number' }),
  RECORD_LIMIT_SPLIT_MISMATCH: code('warning', { expected: 'number', part: 'string' }),
  RECORD_TOTAL_COST_MISMATCH: code('warning', { expected: 'number', base: 'number', price: 'string' }, { strict: true }),
  RECORD_OVER30_INSURED_AMOUNT: code('warning', {}, { strict: true }),
  RECORD_CLAIM_MISMATCH: code('warning', { expected: 'number', rate: 'number' }, { strict: true }),
  RECORD_COPAY_MISMATCH: code('warning', { expected: 'number' }, { strict: true }),
  RECORD_FULL_COST_MISMATCH: code('warning', { expected: 'number', base: 'number', price: 'string' }, { strict: true }),
  RECORD_UNIT_PRICE_RANGE: code('warning', { min: 'string', max: 'string' }),
  RECORD_UNIT_PRICE_NOT_IN_TABLE: code('info', { serviceType: 'string', expected: 'string', validFrom: 'string' }),
  RECORD_BENEFIT_RATE_RANGE: code('warning'),
  RECORD_BENEFIT_LIMIT_BELOW_TABLE: code('warning', { validFrom: 'string' }),
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: code('info', { validFrom: 'string' }),
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC: code('warning', { slot: 'number', expected: 'number' }),
} as const;

/** Per-user findings of one 第7表 file (subtotal and grand-total rows). */
export const ACCOUNTING_FILE_CODES = {
  FILE_SUBTOTAL_MISMATCH: code('warning', { code: 'string', expected: 'number' }),
  FILE_SUBTOTAL_MISSING: code('warning', { code: 'string' }, { strict: true }),
  FILE_SUBTOTAL_MISSING_DOUBTFUL: code('warning', { code: 'string' }),
  FILE_SUBTOTAL_DUPLICATE: code('warning', { code: 'string' }),
  FILE_GRAND_TOTAL_MISSING: code('warning', {}, { strict: true }),
  FILE_T7_USER_ROWS_APART: code('warning', { firstRecord: 'number' }),
  FILE_GRAND_TOTAL_DUPLICATE: code('warning', {}, { strict: true }),
  FILE_GRAND_TOTAL_MISMATCH: code('warning', { expected: 'number' }, { strict: true }),
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: code('warning', { expected: 'number' }),
  FILE_OUTSIDE_LIMIT_NOT_COSTED: code('warning', { units: 'number', expected: 'number' }),
} as const;

/** Across the files of one transmission unit (第6表 予定, 第7表, 利用者補足情報), and 予定 against 実績. */
export const ACCOUNTING_BUNDLE_CODES = {
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: code('warning', { count: 'number', planned: 'number' }),
  BUNDLE_T7_LINE_WITHOUT_PLAN: code('warning', { code: 'string' }),
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: code('warning', { code: 'string' }),
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: code('warning', { total: 'number', over: 'number' }, { strict: true }),
  BUNDLE_CATEGORY_EXCESS_MISMATCH: code('warning', { expected: 'number' }),
  BUNDLE_TYPE_LIMIT_MISMATCH: code('warning', { slot: 'number', serviceType: 'string', expected: 'number' }),
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN: code('info', { code: 'string', planned: 'number', actual: 'number' }),
} as const;
