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
 *
 * A walk over the bytes, with the rules of the WHATWG UTF-8 decoder (shortest forms only, no
 * surrogates, nothing above U+10FFFF): it stops at the first byte that is no UTF-8, which CP932
 * input shows within a few bytes, and it neither decodes the probe nor throws. A 4-byte character
 * counts too (it is above U+FFFF). A BOM at the start is not a character (the decoder drops it).
 * test/encoding/utf8.test.ts holds it to `new TextDecoder('utf-8', { fatal: true })`.
 */
export function looksLikeUtf8(bytes: Uint8Array, more = false): boolean {
  const n = bytes.length;
  const probe = Math.min(n, UTF8_PROBE_BYTES);
  let i = 0;
  while (i < probe && bytes[i]! < 0x80) i++;
  if (i === probe) return false;
  let wide = false;
  i = hasUtf8Bom(bytes) ? 3 : i;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return more && wide; // cut at the end: only the start of a stream may be
      const c = bytes[i + k]!;
      if (c < lo || c > hi) return false;
      lo = 0x80;
      hi = 0xbf;
    }
    if (need >= 2) wide = true;
    i += need + 1;
  }
  return wide;
}
