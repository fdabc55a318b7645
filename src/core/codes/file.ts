/** Codes of the FILE layer: one file as a whole (kind, CSV version, month, size, records). */
import { code } from './define.js';

export const FILE_CODES = {
  FILE_EMPTY: code('error'),
  FILE_HEADER_ROW: code('error'),
  // Values read from a file are never params (core/shape.ts): a version param is a recognised CSV
  // version (an edition's), or else the shape of the value (`digit:10`); a month, its shape.
  FILE_MIXED_CSV_VERSIONS: code('error', { first: 'string', found: 'string' }),
  FILE_UNKNOWN_CSV_VERSION: code('error', { shape: 'string', current: 'string' }),
  FILE_OLDER_CSV_VERSION: code('warning', { version: 'string', edition: 'string', current: 'string' }),
  FILE_UNREADABLE_CSV_VERSION: code('error', { version: 'string', kind: 'string' }),
  FILE_VERSION_LAYOUT_MISMATCH: code('warning', { version: 'string', fieldCount: 'number' }),
  FILE_MIXED_MONTHS: code('error', { count: 'number' }),
  FILE_MONTH_MISMATCH: code('error', { nameMonth: 'string', shape: 'string' }),
  FILE_KIND_MISMATCH: code('error', { kind: 'string', fieldCount: 'number', candidates: 'string' }),
  FILE_SAME_SENDER_RECEIVER: code('warning'),
  FILE_KIND_UNKNOWN: code('error'),
  FILE_TOO_LARGE: code('error', { size: 'number', limit: 'number' }),
  FILE_RECORD_TOO_LARGE: code('error', { limit: 'number' }),
  FILE_TOO_MANY_RECORDS: code('error', { limit: 'number' }),
  FILE_ISSUES_TRUNCATED: code('info', { count: 'number' }),
  FILE_REJECTED_ROWS_TRUNCATED: code('info', { count: 'number', limit: 'number' }),
  FILE_NOT_JPEG: code('error'),
} as const;
