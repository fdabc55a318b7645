/** Codes of the ENCODING layer: Shift_JIS (CP932) bytes. */
import { code } from './define.js';

export const ENCODING_CODES = {
  // The bytes and characters of a file are content: parseFile/parseStream keep only `form`,
  // offsets and counts (the bytes go to `value` with reportValues). decodeCp932 and encodeCp932,
  // which hand the caller the text anyway, also set `bytes`, `char` and `codePoint`.
  ENCODING_INVALID_BYTES: code('error', { form: 'string', bytes: 'string?', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_GAIJI: code('error', { bytes: 'string?', codePoint: 'string?', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_UNREPRESENTABLE_CHAR: code('error', { shape: 'string', char: 'string?', codePoint: 'string?', index: 'number?' }),
  ENCODING_UTF8_INPUT: code('error'),
  ENCODING_UTF8_BOM: code('error'),
  ENCODING_CONTROL_CHARACTER: code('error', { codePoint: 'string', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_CHAR_NORMALIZED: code('info', { from: 'string', to: 'string', index: 'number?' }),
  ENCODING_NON_CANONICAL_BYTES: code('info', {
    count: 'number',
    char: 'string?',
    codePoint: 'string?',
    bytes: 'string?',
    canonical: 'string?',
    index: 'number?',
  }),
} as const;
