/** The UTF-8 probe walks the bytes; it must say what a fatal TextDecoder says (the former probe). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { looksLikeUtf8, UTF8_PROBE_BYTES } from '../../src/encoding/utf8.js';
import { encodeCp932 } from '../../src/encoding/cp932.js';

/** The probe as it was: decode with a fatal decoder, look for a character of 3 or more UTF-8 bytes. */
function reference(bytes: Uint8Array, more = false): boolean {
  let nonAscii = false;
  for (let i = 0; i < Math.min(bytes.length, UTF8_PROBE_BYTES); i++) if (bytes[i]! >= 0x80) nonAscii = true;
  if (!nonAscii) return false;
  try {
    return /[\u0800-\uffff]/.test(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: more }));
  } catch {
    return false;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Bytes near UTF-8: pieces of real UTF-8 and of CP932, lead and trail bytes, cut anywhere. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }).map(utf8),
  fc.string({ unit: 'grapheme', maxLength: 4 }).map(utf8),
  fc.constantFrom('ｱｲｳ', '介護', 'ﾃｱ', 'abc').map((s) => encodeCp932(s).bytes ?? new Uint8Array(0)),
  fc.uint8Array({ maxLength: 4 }),
  fc
    .array(fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff), { maxLength: 4 })
    .map((a) => Uint8Array.from(a)),
);
const bytesArb = fc
  .tuple(fc.boolean(), fc.array(piece, { maxLength: 8 }))
  .map(([bom, ps]) => Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...ps.flatMap((p) => [...p])]));

describe('looksLikeUtf8', () => {
  it('says what a fatal TextDecoder says, whole and as the start of a stream (property)', () => {
    fc.assert(
      fc.property(bytesArb, (bytes) => {
        expect(looksLikeUtf8(bytes)).toBe(reference(bytes));
        expect(looksLikeUtf8(bytes, true)).toBe(reference(bytes, true));
        for (let cut = 1; cut < bytes.length; cut++) expect(looksLikeUtf8(bytes.subarray(0, cut), true)).toBe(reference(bytes.subarray(0, cut), true));
      }),
      { numRuns: 2000 },
    );
  });

  it('on every lead byte followed by the bytes at the edges of the trail ranges', () => {
    const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];
    const wrong: number[][] = [];
    for (let a = 0x80; a < 0x100; a++)
      for (const b of edges)
        for (const c of edges)
          for (const more of [false, true]) {
            const bytes = Uint8Array.of(0x41, a, b, c, 0x80);
            for (const len of [3, 4, 5])
              if (looksLikeUtf8(bytes.subarray(0, len), more) !== reference(bytes.subarray(0, len), more)) wrong.push([a, b, c, len]);
          }
    expect(wrong).toEqual([]);
  });

  it('looks for non-ASCII in the first UTF8_PROBE_BYTES only', () => {
    const late = Uint8Array.from([...new Uint8Array(UTF8_PROBE_BYTES).fill(0x41), ...utf8('介護')]);
    expect(looksLikeUtf8(late)).toBe(false);
    expect(looksLikeUtf8(utf8('介護'))).toBe(true);
  });
});
