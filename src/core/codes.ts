/**
 * The issue catalogue: every stable code with its default severity. Codes are frozen
 * `LAYER_SUBJECT_PROBLEM`; messages live in messages/ja.ts and messages/en.ts.
 */
export type Severity = 'error' | 'warning' | 'info';

export const ISSUE_CATALOGUE = {
  // encoding
  ENCODING_INVALID_BYTES: 'error',
  ENCODING_GAIJI: 'error',
  ENCODING_UNREPRESENTABLE_CHAR: 'error',
  ENCODING_UTF8_INPUT: 'error',
  ENCODING_UTF8_BOM: 'error',
  ENCODING_CONTROL_CHARACTER: 'error',
  ENCODING_CHAR_NORMALIZED: 'info',
  ENCODING_NON_CANONICAL_BYTES: 'info',
  // csv syntax
  CSV_LF_LINE_ENDING: 'info',
  CSV_CR_LINE_ENDING: 'warning',
  CSV_NO_FINAL_NEWLINE: 'info',
  CSV_EMPTY_LINE: 'warning',
  CSV_UNTERMINATED_QUOTE: 'error',
  CSV_STRAY_QUOTE: 'error',
  CSV_TEXT_AFTER_QUOTE: 'error',
  CSV_TOO_MANY_FIELDS: 'error',
  CSV_UNQUOTED_FREE_TEXT: 'info',
  CSV_QUOTED_NON_FREE_FIELD: 'info',
  // fields
  FIELD_REQUIRED: 'error',
  FIELD_REQUIRED_DOUBTFUL: 'warning',
  FIELD_NECESSARY_EMPTY: 'info',
  FIELD_TOO_LONG: 'error',
  FIELD_TOO_LONG_DOUBTFUL: 'warning',
  FIELD_WRONG_LENGTH: 'error',
  FIELD_INVALID_YYYYMM: 'error',
  FIELD_INVALID_DATE: 'error',
  FIELD_INVALID_TIME: 'error',
  FIELD_NOT_DIGITS: 'error',
  FIELD_INVALID_INTEGER: 'error',
  FIELD_INVALID_DECIMAL: 'error',
  FIELD_OUT_OF_RANGE: 'error',
  FIELD_INVALID_OFFICE_CODE: 'error',
  FIELD_INVALID_SERVICE_TYPE: 'error',
  FIELD_INVALID_INSURED_NUMBER: 'error',
  FIELD_INVALID_POSTAL_CODE: 'error',
  FIELD_INVALID_SERVICE_CODE: 'error',
  FIELD_INVALID_DAY_FLAGS: 'error',
  FIELD_INVALID_TAIS_CODE: 'error',
  FIELD_TAIS_FULLWIDTH_DASH: 'warning',
  FIELD_INVALID_PHONE: 'warning',
  FIELD_UNKNOWN_CODE: 'error',
  FIELD_NOT_USED_NOT_EMPTY: 'warning',
  // records
  RECORD_FIELD_COUNT: 'error',
  RECORD_RENTAL_NEEDS_TAIS: 'error',
  RECORD_DETAIL_CODE_NOT_RENTAL: 'error',
  RECORD_TIME_PAIR: 'error',
  RECORD_TOTAL_ROW_OFFICE: 'error',
  RECORD_TOTAL_ROW_FIELD: 'error',
  RECORD_PLAN_ITEM_DUPLICATE: 'error',
  RECORD_HOSOKU_LINK: 'error',
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: 'warning',
  RECORD_UNKNOWN_KEY: 'warning',
  // files
  FILE_EMPTY: 'error',
  FILE_HEADER_ROW: 'error',
  FILE_MIXED_CSV_VERSIONS: 'error',
  FILE_UNKNOWN_CSV_VERSION: 'error',
  FILE_OLDER_CSV_VERSION: 'warning',
  FILE_UNREADABLE_CSV_VERSION: 'error',
  FILE_VERSION_LAYOUT_MISMATCH: 'warning',
  FILE_MIXED_MONTHS: 'error',
  FILE_MONTH_MISMATCH: 'error',
  FILE_KIND_MISMATCH: 'error',
  FILE_SAME_SENDER_RECEIVER: 'warning',
  FILE_KIND_UNKNOWN: 'error',
  FILE_TOO_LARGE: 'error',
  FILE_RECORD_TOO_LARGE: 'error',
  FILE_TOO_MANY_RECORDS: 'error',
  FILE_ISSUES_TRUNCATED: 'info',
  FILE_NOT_JPEG: 'error',
  // file names
  FILENAME_UNKNOWN_PATTERN: 'error',
  FILENAME_LEGACY_CONVENTION: 'warning',
  FILENAME_LOWERCASE_EXTENSION: 'info',
  FILENAME_UNSAFE_CHARACTER: 'error',
  FILENAME_TOO_LONG: 'error',
  FILENAME_FULLWIDTH_CHARACTER: 'error',
  FILENAME_LOOKALIKE_UNDERSCORE: 'error',
  FILENAME_INVALID_MONTH: 'error',
  FILENAME_INVALID_TIMESTAMP: 'error',
  // bundles (one transmission)
  BUNDLE_TOO_MANY_FILES: 'error',
  BUNDLE_TOO_LARGE: 'error',
  BUNDLE_EXTENSION_NOT_ALLOWED: 'error',
  BUNDLE_NOT_STANDARD_CSV: 'error',
  BUNDLE_DUPLICATE_NAME: 'error',
  BUNDLE_UNIT_PARTIES_DIFFER: 'error',
  BUNDLE_INVALID_COMBINATION: 'error',
  BUNDLE_DUPLICATE_KIND: 'error',
  BUNDLE_MISSING_PARENT_RECORD: 'error',
  BUNDLE_HOSOKU_MONTH_SEGMENT: 'error',
  BUNDLE_IMAGE_UNREFERENCED: 'warning',
  BUNDLE_IMAGE_MISSING: 'error',
  BUNDLE_SINGLE_FILE_NOTE: 'info',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CATALOGUE;
export const ISSUE_CODES = Object.keys(ISSUE_CATALOGUE) as IssueCode[];

export type Layer = 'ENCODING' | 'CSV' | 'FIELD' | 'RECORD' | 'FILE' | 'FILENAME' | 'BUNDLE';
export const layerOf = (code: IssueCode): Layer => code.slice(0, code.indexOf('_')) as Layer;
/** Anchor of the code in docs/issues.md. */
export const docsAnchor = (code: IssueCode): string => code.toLowerCase().replace(/_/g, '-');
