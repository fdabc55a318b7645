/** Codes of the FILENAME layer: the name's grammar (kind, month, parties, ファイル連番). */
import { code } from './define.js';

export const FILENAME_CODES = {
  FILENAME_UNKNOWN_PATTERN: code('error', { expected: 'string?', segment: 'string?', value: 'string?' }),
  FILENAME_LEGACY_CONVENTION: code('warning', { convention: 'string' }),
  /** UPKIHON_000000_…: the 本文 3.4 example has the segment, the layout's rule does not (a doubt). */
  FILENAME_UPKIHON_MONTH_SEGMENT: code('warning'),
  FILENAME_LOWERCASE_EXTENSION: code('info', { extension: 'string' }),
  FILENAME_UNSAFE_CHARACTER: code('error', { reason: 'string', codePoint: 'string', position: 'number' }),
  FILENAME_TOO_LONG: code('error', { length: 'number', max: 'number' }),
  FILENAME_FULLWIDTH_CHARACTER: code('error', { codePoint: 'string', position: 'number', count: 'number' }),
  FILENAME_LOOKALIKE_UNDERSCORE: code('error', { codePoint: 'string', position: 'number', count: 'number' }),
  FILENAME_INVALID_MONTH: code('error', { month: 'string' }),
  FILENAME_INVALID_TIMESTAMP: code('error', { timestamp: 'string' }),
  /** The name's bytes are not UTF-8 (a zip made on Japanese Windows stores Shift_JIS names): the file is not read. */
  FILENAME_UNDECODABLE: code('error'),
} as const;
