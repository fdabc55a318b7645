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
  FILE_CSV_VERSION_MONTH_MISMATCH: code('warning', { version: 'string', month: 'string', expected: 'string' }, { strict: true }),
  FILE_DETAIL_CODE_SEQUENCE: code('warning', { expected: 'number' }, { strict: true }),
  /** The plan office (第6表 No.6) is inferred to be the name's 居宅介護支援 party; 委託 makes it doubtful. */
  FILE_PLAN_OFFICE_NAME_MISMATCH: code('warning', { role: 'string' }),
  FILE_UPDATER_NAME_MISMATCH: code('warning'),
  FILE_YOBO_SUB_NUMBERING: code('warning', { expected: 'number' }, { strict: true }),
  FILE_YOBO_SUB_ISSUE_NUMBERING: code('warning', { expected: 'number' }),
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: code('warning', { part: 'string' }, { strict: true }),
  FILE_IMAGE_NAME_SEGMENTS: code('warning', { segment: 'string' }, { strict: true }),
  FILE_IMAGE_NAME_DUPLICATE: code('warning', { firstRecord: 'number' }),
  /** The file could not be read (the CLI and the page): `reason` is an errno-like code (EACCES, ENOENT, EIO …). */
  FILE_UNREADABLE: code('error', { reason: 'string' }),
  /** Not a regular file (a FIFO, a socket, a device): never read, so that a check cannot hang. */
  FILE_NOT_REGULAR: code('error', { type: 'string' }),
  /** A symbolic link in a directory, not followed (the CLI follows them with --follow-symlinks). */
  FILE_SYMLINK_SKIPPED: code('warning'),
  /** The file's size cannot be known before reading (it reads as 0 but has content, or it changed). */
  FILE_SIZE_UNKNOWN: code('error'),
} as const;
