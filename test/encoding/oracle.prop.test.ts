/**
 * Differential tests with iconv-lite's `cp932` as the oracle, plus properties.
 *
 * Documented, intended differences between decodeCp932 and iconv-lite (see src/encoding/cp932.ts):
 *  D1. An unmapped lead+trail pair (trail in 0x40–0x7E / 0x80–0xFC) is one invalid unit for us
 *      ('\uFFFD', one ENCODING_INVALID_BYTES issue); iconv-lite emits '\uFFFD' and decodes the
 *      trail byte again on its own.
 *  D2. 0xF941–0xF9FC (last 外字 row) decode to U+E69D–U+E757 for us (Microsoft, ICU);
 *      iconv-lite 0.7 emits '\uFFFD' + the trail byte.
 * and between encodeCp932 and iconv-lite:
 *  E1. U+00A5 (YEN SIGN) and U+203E (OVERLINE) are unrepresentable for us; iconv-lite
 *      best-fits them to 0x5C and 0x7E.
 *  E2. For every other character we refuse, iconv-lite writes '?' (0x3F); we write no bytes.
 * Raw backends (Node ICU TextDecoder vs iconv-lite) additionally differ on 0x1A/0x1C/0x7F
 * (ICU rotates them) and 0x80 (ICU: U+FFFD, iconv-lite: U+0080); we follow iconv-lite there.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decoderImplementation } from '../../src/encoding/cp932.js';
import { describe, expect, it } from 'vitest';
import { decodeCp932, encodeCp932, isCp932Representable } from '../../src/encoding/index.js';

const oracleDecode = (b: Uint8Array | number[]): string => iconv.decode(Buffer.from(b), 'cp932');
const oracleEncode = (s: string): string => iconv.encode(s, 'cp932').toString('hex');
const hex = (b: Uint8Array | undefined): string => (b === undefined ? 'none' : Buffer.from(b).toString('hex'));
const pua = (lead: number, trail: number): string => String.fromCharCode(0xe000 + (lead - 0xf0) * 188 + (trail < 0x7f ? trail - 0x40 : trail - 0x41));

const LEADS: number[] = [];
for (let l = 0x81; l <= 0xfc; l++) if (l <= 0x9f || l >= 0xe0) LEADS.push(l);
const TRAILS: number[] = [];
for (let t = 0x40; t <= 0xfc; t++) if (t !== 0x7f) TRAILS.push(t);

const nativeSjis: TextDecoder | undefined = (() => {
  try {
    return new TextDecoder('shift_jis');
  } catch {
    return undefined;
  }
})();

const REPRESENTABLE: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  const s = String.fromCharCode(c);
  if (isCp932Representable(s)) REPRESENTABLE.push(s);
}
const PRINTABLE = REPRESENTABLE.filter((s) => {
  const c = s.charCodeAt(0);
  return c >= 0x20 && !(c >= 0x7f && c <= 0x9f);
});
const KANJI = PRINTABLE.filter((s) => s >= '\u4e00' && s <= '\u9fff');
/** Characters whose canonical bytes are NEC row 13 (0x87) or IBM extensions (0xFA–0xFC). */
const EXTENSIONS = PRINTABLE.filter((s) => {
  const b = encodeCp932(s).bytes!;
  return b.length === 2 && (b[0] === 0x87 || b[0]! >= 0xfa);
});

const charFrom = (pool: string[]) => fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i]!);
const mixedText = (pool: string[]) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), weight: 4 },
        { arbitrary: fc.integer({ min: 0xff61, max: 0xff9f }).map((c) => String.fromCharCode(c)), weight: 1 },
        { arbitrary: charFrom(KANJI), weight: 3 },
        { arbitrary: fc.constantFrom('①', 'Ⅲ', '㈱', '髙', '﨑', '～', '－', '＼', '∥', '￢'), weight: 1 },
        { arbitrary: charFrom(EXTENSIONS), weight: 1 },
        { arbitrary: charFrom(pool), weight: 2 },
      ),
      { maxLength: 80 },
    )
    .map((a) => a.join(''));

describe('raw backends (documentation of their differences)', () => {
  it('Node TextDecoder and iconv-lite differ only on 0x1A/0x1C/0x7F/0x80, unmapped pairs and row 0xF9', () => {
    if (nativeSjis === undefined) {
      // A runtime without shift_jis: the library decodes with its own table instead.
      expect(decoderImplementation).toBe('table');
      return;
    }
    const td = nativeSjis;
    const single: string[] = [];
    for (let b = 0; b < 256; b++) {
      const a = td.decode(Uint8Array.of(b));
      const o = oracleDecode([b]);
      if (a !== o) single.push(`${b.toString(16)}:${a.codePointAt(0)!.toString(16)}/${o.codePointAt(0)!.toString(16)}`);
    }
    expect(single).toEqual(['1a:1c/1a', '1c:7f/1c', '7f:1a/7f', '80:fffd/80']);
    let unmapped = 0;
    let f9 = 0;
    const unexplained: string[] = [];
    for (const l of LEADS) {
      for (const t of TRAILS) {
        const a = td.decode(Uint8Array.of(l, t));
        const o = oracleDecode([l, t]);
        if (a === o) continue;
        if (a === '\uFFFD' && o === '\uFFFD' + oracleDecode([t])) unmapped++;
        else if (l === 0xf9 && a === pua(l, t) && o === '\uFFFD' + oracleDecode([t])) f9++;
        else unexplained.push(`${l.toString(16)}${t.toString(16)}`);
      }
    }
    expect(unexplained).toEqual([]);
    expect(f9).toBe(187);
    expect(unmapped).toBe(60 * 188 - 9_604);
  });
});

describe('decodeCp932 against the iconv-lite oracle', () => {
  it('agrees on every single byte', () => {
    for (let b = 0; b < 256; b++) expect(decodeCp932(Uint8Array.of(b)).text, b.toString(16)).toBe(oracleDecode([b]));
  });

  it('agrees on every lead×trail pair except the documented differences D1 and D2', () => {
    let same = 0;
    let d1 = 0;
    let d2 = 0;
    for (const l of LEADS) {
      for (const t of TRAILS) {
        const ours = decodeCp932(Uint8Array.of(l, t)).text;
        const o = oracleDecode([l, t]);
        if (ours === o) same++;
        else if (ours === '\uFFFD' && o === '\uFFFD' + oracleDecode([t])) d1++;
        else if (l === 0xf9 && ours === pua(l, t) && o === '\uFFFD' + oracleDecode([t])) d2++;
        else expect.fail(`unexplained difference at ${l.toString(16)}${t.toString(16)}: ${ours} vs ${o}`);
      }
    }
    expect(d2).toBe(187);
    expect(d1).toBe(60 * 188 - 9_604);
    expect(same).toBe(9_604 - 187);
  });

  it('agrees on whole pages of pairs decoded in one call', () => {
    for (const l of LEADS) {
      if (l === 0xf9) continue;
      const chars: string[] = [];
      const bytes: number[] = [];
      for (const t of TRAILS) {
        const one = decodeCp932(Uint8Array.of(l, t)).text;
        if (one !== '\uFFFD') {
          bytes.push(l, t);
          chars.push(one);
        }
      }
      expect(decodeCp932(Uint8Array.from(bytes)).text).toBe(oracleDecode(bytes));
      expect(oracleDecode(bytes)).toBe(chars.join(''));
    }
  });
});

describe('encodeCp932 against the iconv-lite oracle', () => {
  it('writes the same bytes for every representable BMP character and refuses the rest (E1, E2)', () => {
    const refusedDifferently: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const ours = encodeCp932(s);
      if (ours.bytes !== undefined) {
        expect(hex(ours.bytes), s).toBe(oracleEncode(s));
      } else {
        expect(ours.issues).toHaveLength(1);
        if (oracleEncode(s) !== '3f') refusedDifferently.push(`${c.toString(16)}:${oracleEncode(s)}`);
      }
    }
    expect(refusedDifferently).toEqual(['a5:5c', '203e:7e']);
  });

  it('matches iconv-lite on generated mixed text of ASCII, kana, kanji and NEC/IBM extensions', () => {
    fc.assert(
      fc.property(mixedText(PRINTABLE), (s) => {
        const e = encodeCp932(s);
        expect(e.issues).toEqual([]);
        expect(hex(e.bytes)).toBe(oracleEncode(s));
        expect(decodeCp932(e.bytes!)).toEqual({ text: oracleDecode(e.bytes!), issues: [] });
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties', () => {
  it('round-trips decode(encode(s)) === s for every representable string', () => {
    fc.assert(
      fc.property(mixedText(REPRESENTABLE), (s) => {
        const e = encodeCp932(s);
        expect(e.bytes).toBeDefined();
        expect(e.bytes!.length).toBe(Buffer.byteLength(oracleEncode(s), 'hex'));
        expect(decodeCp932(e.bytes!).text).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  const sjisLikeBytes = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }).map((b) => [b]),
        fc.tuple(fc.constantFrom(...LEADS), fc.integer({ min: 0x00, max: 0xff })),
        fc.constantFrom([0x0d, 0x0a], [0x2c], [0x22], [0x82, 0xa0], [0xed, 0x40], [0xf0, 0x40]),
      ),
      { maxLength: 60 },
    )
    .map((parts) => Uint8Array.from(parts.flat()));

  it('never throws on arbitrary bytes and accounts for every U+FFFD with an issue at a valid offset', () => {
    fc.assert(
      fc.property(fc.oneof(sjisLikeBytes, fc.uint8Array({ maxLength: 60 })), (bytes) => {
        const r = decodeCp932(bytes);
        const replacement = [...r.text].filter((c) => c === '\uFFFD').length;
        const invalid = r.issues.filter((i) => i.code === 'ENCODING_INVALID_BYTES');
        // A run of the same invalid unit is one issue with a count: Σ count is every U+FFFD.
        const count = (i: { params?: Record<string, unknown> | undefined }) => (i.params!.count as number | undefined) ?? 1;
        expect(invalid.reduce((s, i) => s + count(i), 0)).toBe(replacement);
        for (const i of invalid) expect(r.text.substr(i.params!.index as number, count(i))).toBe('\uFFFD'.repeat(count(i)));
        const offsets = r.issues.map((i) => i.offset!);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        for (const o of offsets) expect(o >= 0 && o < bytes.length).toBe(true);
        expect(r.issues.filter((i) => i.code === 'ENCODING_NON_CANONICAL_BYTES').length).toBeLessThanOrEqual(1);
        if (!r.issues.some((i) => i.code === 'ENCODING_INVALID_BYTES' || i.code === 'ENCODING_GAIJI')) {
          // No documented difference can apply: the oracle must agree.
          expect(r.text).toBe(oracleDecode(bytes));
        }
        if (r.issues.length === 0 || r.issues.every((i) => i.code === 'ENCODING_CONTROL_CHARACTER')) {
          // Clean, canonical input re-encodes to the very same bytes.
          expect(hex(encodeCp932(r.text).bytes)).toBe(hex(bytes));
        }
      }),
      { numRuns: 300 },
    );
  });
});
