/** Codes of the ENCODING layer: Shift_JIS (CP932) bytes. */
import { code } from './define.js';

export const ENCODING_CODES = {
  ENCODING_INVALID_BYTES: code('error', { bytes: 'string', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_GAIJI: code('error', { bytes: 'string', codePoint: 'string?', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_UNREPRESENTABLE_CHAR: code('error', { char: 'string', codePoint: 'string', index: 'number?' }),
  ENCODING_UTF8_INPUT: code('error'),
  ENCODING_UTF8_BOM: code('error'),
  ENCODING_CONTROL_CHARACTER: code('error', { codePoint: 'string', index: 'number?', count: 'number?', endOffset: 'number?' }),
  ENCODING_CHAR_NORMALIZED: code('info', { from: 'string', to: 'string', index: 'number?' }),
  ENCODING_NON_CANONICAL_BYTES: code('info', { count: 'number', char: 'string?', codePoint: 'string?', bytes: 'string?', canonical: 'string?', index: 'number?' }),
} as const;
