/** Codes of the CSV layer: the syntax of the file (quotes, line ends, field separators). */
import { code } from './define.js';

export const CSV_CODES = {
  CSV_LF_LINE_ENDING: code('info', { count: 'number' }),
  CSV_CR_LINE_ENDING: code('warning', { count: 'number' }),
  CSV_NO_FINAL_NEWLINE: code('info'),
  CSV_EOF_MARKER: code('warning', { count: 'number' }),
  CSV_EMPTY_LINE: code('warning', { count: 'number' }),
  CSV_UNTERMINATED_QUOTE: code('error'),
  CSV_STRAY_QUOTE: code('error'),
  CSV_TEXT_AFTER_QUOTE: code('error'),
  CSV_TOO_MANY_FIELDS: code('error', { count: 'number', limit: 'number' }),
  CSV_UNQUOTED_FREE_TEXT: code('info', { count: 'number' }),
  CSV_QUOTED_NON_FREE_FIELD: code('info', { count: 'number' }),
} as const;
