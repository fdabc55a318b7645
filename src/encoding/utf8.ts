/**
 * Telling UTF-8 input from CP932. Both parseFile and parseStream ask this of the first bytes of a
 * file: UTF-8 input is reported once as a clear issue, never read as a pile of garbage records.
 */

/** How many bytes the guess looks at for a non-ASCII byte. */
export const UTF8_PROBE_BYTES = 1 << 16;

export const hasUtf8Bom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * UTF-8 input: the bytes decode as UTF-8 and hold a character of 3 UTF-8 bytes (Japanese in UTF-8
 * always does). Requiring it keeps CP932 half-width kana such as ﾃｱ (C3 B1, also a valid 2-byte
 * UTF-8 sequence) from being taken for UTF-8. Only tried when a non-ASCII byte shows up in the
 * first UTF8_PROBE_BYTES. With `more`, the bytes are only the start of the input (a stream): a
 * sequence cut at their end is not held against them.
 */
export function looksLikeUtf8(bytes: Uint8Array, more = false): boolean {
  let nonAscii = false;
  for (let i = 0; i < Math.min(bytes.length, UTF8_PROBE_BYTES); i++) if (bytes[i]! >= 0x80) nonAscii = true;
  if (!nonAscii) return false;
  try {
    return /[\u0800-\uffff]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: more }));
  } catch {
    return false;
  }
}
