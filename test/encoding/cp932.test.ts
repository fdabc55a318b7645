import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cp932ByteLength, decodeCp932, decoderImplementation, encodeCp932, findUnrepresentable, isCp932Representable } from '../../src/encoding/index.js';

const hex = (b: Uint8Array | undefined): string => (b === undefined ? 'none' : Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' '));
const bytesOf = (h: string): Uint8Array => Uint8Array.from(h.split(/\s+/).filter(Boolean), (x) => parseInt(x, 16));
const codes = (r: { issues: { code: string }[] }): string[] => r.issues.map((i) => i.code);

function allLeads(): number[] {
  const out: number[] = [];
  for (let l = 0x81; l <= 0xfc; l++) if (l <= 0x9f || l >= 0xe0) out.push(l);
  return out;
}
function allTrails(): number[] {
  const out: number[] = [];
  for (let t = 0x40; t <= 0xfc; t++) if (t !== 0x7f) out.push(t);
  return out;
}

describe('backend selection', () => {
  it('uses TextDecoder when the runtime knows shift_jis, its own table otherwise', () => {
    let native = false;
    try {
      native = new TextDecoder('shift_jis').decode(Uint8Array.of(0x82, 0xa0)) === 'あ';
    } catch {
      native = false;
    }
    expect(decoderImplementation).toBe(native ? 'TextDecoder' : 'table');
  });

  it('falls back to its own table when TextDecoder rejects shift_jis, with identical results on every pair', async () => {
    const Real = globalThis.TextDecoder;
    class NoSjis extends Real {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label !== undefined && /shift|sjis/i.test(label)) throw new RangeError(`unsupported ${label}`);
        super(label, options);
      }
    }
    vi.stubGlobal('TextDecoder', NoSjis);
    vi.resetModules();
    let fallback: typeof import('../../src/encoding/cp932.js');
    try {
      fallback = await import('../../src/encoding/cp932.js');
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
    expect(fallback.decoderImplementation).toBe('table');
    const sample = bytesOf('41 83 20 F9 41 80 1A 82 40 ED 40 82 A0 0D 0A 83');
    expect(fallback.decodeCp932(sample)).toEqual(decodeCp932(sample));
    const runs = bytesOf('00 00 00 A0 A0 FC FC FC FC F0 40 F0 40 ED 40 ED 40 83');
    expect(fallback.decodeCp932(runs)).toEqual(decodeCp932(runs));
    expect(fallback.decodeCp932(runs, { maxIssues: 2 })).toEqual(decodeCp932(runs, { maxIssues: 2 }));
    for (const l of allLeads()) {
      const buf = new Uint8Array(allTrails().length * 3);
      let k = 0;
      for (const t of allTrails()) {
        buf[k++] = l;
        buf[k++] = t;
        buf[k++] = 0x20;
      }
      expect(fallback.decodeCp932(buf), `lead ${l.toString(16)}`).toEqual(decodeCp932(buf));
    }
    const text = '山田①Ⅲ㈱髙﨑ｱ～';
    expect(hex(fallback.encodeCp932(text).bytes)).toBe(hex(encodeCp932(text).bytes));
  });
});

describe('decodeCp932: invalid bytes', () => {
  it('reports a lead byte followed by a non-trail byte at the lead byte offset', () => {
    const r = decodeCp932(Uint8Array.of(0x41, 0x83, 0x20));
    expect(r.text).toBe('A\uFFFD ');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'ENCODING_INVALID_BYTES', severity: 'error', offset: 1, params: { bytes: '83', index: 1 } });
  });

  it('reports a truncated lead byte at the end of the input', () => {
    const r = decodeCp932(Uint8Array.of(0x41, 0x42, 0x82));
    expect(r.text).toBe('AB\uFFFD');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ENCODING_INVALID_BYTES', offset: 2, params: { form: 'lead-without-trail', bytes: '82', index: 2 } }),
    ]);
  });

  it('never swallows a comma, quote, CR or LF after a bad lead byte', () => {
    const r = decodeCp932(bytesOf('83 2C 83 22 83 0D 83 0A'));
    expect(r.text).toBe('\uFFFD,\uFFFD"\uFFFD\r\uFFFD\n');
    expect(r.issues.map((i) => i.offset)).toEqual([0, 2, 4, 6]);
  });

  it('treats an unmapped lead+trail pair as one invalid two-byte unit', () => {
    const r = decodeCp932(bytesOf('41 82 40 42 81 AD 43 EF 40'));
    expect(r.text).toBe('A\uFFFDB\uFFFDC\uFFFD');
    expect(r.issues.map((i) => [i.code, i.offset, i.params?.bytes])).toEqual([
      ['ENCODING_INVALID_BYTES', 1, '82 40'],
      ['ENCODING_INVALID_BYTES', 4, '81 AD'],
      ['ENCODING_INVALID_BYTES', 7, 'EF 40'],
    ]);
  });

  it('rejects the single bytes 0xA0, 0xFD, 0xFE and 0xFF', () => {
    const r = decodeCp932(bytesOf('A0 31 FD 32 FE 33 FF'));
    expect(r.text).toBe('\uFFFD1\uFFFD2\uFFFD3\uFFFD');
    expect(r.issues.map((i) => [i.offset, i.params?.bytes])).toEqual([
      [0, 'A0'],
      [2, 'FD'],
      [4, 'FE'],
      [6, 'FF'],
    ]);
  });

  it('keeps a genuine U+FFFD-free result for every mapped pair and flags every unmapped one', () => {
    let mapped = 0;
    let unmapped = 0;
    for (const l of allLeads()) {
      for (const t of allTrails()) {
        const r = decodeCp932(Uint8Array.of(l, t));
        expect(r.text.length).toBe(1);
        if (r.text === '\uFFFD') {
          unmapped++;
          expect(codes(r)).toEqual(['ENCODING_INVALID_BYTES']);
        } else {
          mapped++;
          expect(codes(r).filter((c) => c === 'ENCODING_INVALID_BYTES')).toEqual([]);
        }
      }
    }
    // 11,280 pairs: 7,915 − 191 single-byte mappings are double-byte in Microsoft's table, + 1,880 外字.
    expect(mapped + unmapped).toBe(60 * 188);
    expect(mapped).toBe(9_604);
  });
});

describe('decodeCp932: 外字 and control characters', () => {
  it('reports 外字 0xF040 as ENCODING_GAIJI at its offset and keeps the PUA character', () => {
    const r = decodeCp932(bytesOf('41 F0 40 42'));
    expect(r.text).toBe('A\uE000B');
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'ENCODING_GAIJI', severity: 'error', offset: 1, params: expect.objectContaining({ codePoint: 'U+E000', index: 1 }) }),
    ]);
  });

  it('maps the whole 外字 area 0xF040–0xF9FC onto U+E000–U+E757', () => {
    expect(decodeCp932(bytesOf('F9 FC')).text).toBe('\uE757');
    expect(decodeCp932(bytesOf('F9 41')).text).toBe('\uE69D');
    expect(decodeCp932(bytesOf('F1 40')).text).toBe(String.fromCharCode(0xe000 + 188));
  });

  it('reports C0 controls, DEL and 0x80 with byte offset and text index, but not CR and LF', () => {
    const r = decodeCp932(bytesOf('82 A0 09 1A 0D 0A 1C 7F 80 00'));
    expect(r.text).toBe('あ\t\u001a\r\n\u001c\u007f\u0080\u0000');
    expect(r.issues.map((i) => [i.code, i.offset, i.params?.codePoint, i.params?.index])).toEqual([
      ['ENCODING_CONTROL_CHARACTER', 2, 'U+0009', 1],
      ['ENCODING_CONTROL_CHARACTER', 3, 'U+001A', 2],
      ['ENCODING_CONTROL_CHARACTER', 6, 'U+001C', 5],
      ['ENCODING_CONTROL_CHARACTER', 7, 'U+007F', 6],
      ['ENCODING_CONTROL_CHARACTER', 8, 'U+0080', 7],
      ['ENCODING_CONTROL_CHARACTER', 9, 'U+0000', 8],
    ]);
  });

  it('returns clean CSV text with no issues', () => {
    const bytes = encodeCp932('"0001","山田　太郎","ﾔﾏﾀﾞ",20240401\r\n').bytes!;
    expect(decodeCp932(bytes)).toEqual({ text: '"0001","山田　太郎","ﾔﾏﾀﾞ",20240401\r\n', issues: [] });
    expect(decodeCp932(new Uint8Array(0))).toEqual({ text: '', issues: [] });
  });

  it('decodes a Buffer view with a non-zero byteOffset correctly', () => {
    const buf = Buffer.from([0xff, 0x82, 0xa0, 0x41]).subarray(1);
    expect(decodeCp932(buf)).toEqual({ text: 'あA', issues: [] });
  });
});

describe('decodeCp932: runs of the same problem, and the cap', () => {
  type P = Record<string, unknown>;
  const summary = (r: { issues: { code: string; offset?: number | undefined; params?: P | undefined }[] }) => r.issues.map((i) => [i.code, i.offset, i.params]);

  it('folds a run of the same control character into one issue with count and endOffset; the text is unchanged', () => {
    const r = decodeCp932(bytesOf('41 00 00 00 42'));
    expect(r.text).toBe('A\u0000\u0000\u0000B');
    expect(r.issues).toEqual([
      { code: 'ENCODING_CONTROL_CHARACTER', severity: 'error', offset: 1, params: { codePoint: 'U+0000', index: 1, count: 3, endOffset: 4 } },
    ]);
    expect(r.dropped).toBeUndefined();
  });

  it('folds runs of the same invalid byte, the same unmapped pair and the same 外字', () => {
    const r = decodeCp932(bytesOf('A0 A0 FC FC FC FC F0 40 F0 40 F0 41'));
    expect(r.text).toBe('\uFFFD\uFFFD\uFFFD\uFFFD\uE000\uE000\uE001');
    expect(summary(r)).toEqual([
      ['ENCODING_INVALID_BYTES', 0, { form: 'unused-byte', bytes: 'A0', index: 0, count: 2, endOffset: 2 }],
      ['ENCODING_INVALID_BYTES', 2, { form: 'unmapped-pair', bytes: 'FC FC', index: 2, count: 2, endOffset: 6 }],
      ['ENCODING_GAIJI', 6, { bytes: 'F0 40', codePoint: 'U+E000', index: 4, count: 2, endOffset: 10 }],
      ['ENCODING_GAIJI', 10, { bytes: 'F0 41', codePoint: 'U+E001', index: 6 }],
    ]);
  });

  it('does not fold different problems, or the same problem with anything in between', () => {
    expect(summary(decodeCp932(bytesOf('00 01 00')))).toEqual([
      ['ENCODING_CONTROL_CHARACTER', 0, { codePoint: 'U+0000', index: 0 }],
      ['ENCODING_CONTROL_CHARACTER', 1, { codePoint: 'U+0001', index: 1 }],
      ['ENCODING_CONTROL_CHARACTER', 2, { codePoint: 'U+0000', index: 2 }],
    ]);
    expect(decodeCp932(bytesOf('00 41 00')).issues).toHaveLength(2);
    expect(decodeCp932(bytesOf('A0 FD')).issues).toHaveLength(2);
    // A lone lead byte before a comma, twice: the comma is between them.
    expect(decodeCp932(bytesOf('83 2C 83 2C')).issues).toHaveLength(2);
    // A non-canonical pair between two NULs breaks the run.
    expect(decodeCp932(bytesOf('00 ED 40 00')).issues.map((i) => i.code)).toEqual([
      'ENCODING_CONTROL_CHARACTER',
      'ENCODING_NON_CANONICAL_BYTES',
      'ENCODING_CONTROL_CHARACTER',
    ]);
  });

  it('keeps the first maxIssues issues, makes no more, and counts the rest', () => {
    const bytes = bytesOf('00 41 01 41 A0 41 02');
    const all = decodeCp932(bytes);
    expect(all.issues).toHaveLength(4);
    const capped = decodeCp932(bytes, { maxIssues: 2 });
    expect(capped).toEqual({ text: all.text, issues: all.issues.slice(0, 2), dropped: 2, droppedError: true });
    expect(decodeCp932(bytes, { maxIssues: 0 })).toEqual({ text: all.text, issues: [], dropped: 4, droppedError: true });
    expect(decodeCp932(bytes, { maxIssues: 4 })).toEqual(all);
  });

  it('applies severity overrides to the issues and to droppedError', () => {
    const r = decodeCp932(bytesOf('00 41 01 41 02'), { maxIssues: 1, severity: { ENCODING_CONTROL_CHARACTER: 'warning' } });
    expect(r.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(r).toMatchObject({ dropped: 2, droppedError: false });
  });

  it('keeps the non-canonical issue in its place under the cap, on both paths', () => {
    const walked = bytesOf('09 ED 40 83');
    expect(decodeCp932(walked, { maxIssues: 1 })).toMatchObject({ dropped: 2, droppedError: true });
    expect(decodeCp932(walked, { maxIssues: 2 }).issues.map((i) => i.code)).toEqual(['ENCODING_CONTROL_CHARACTER', 'ENCODING_NON_CANONICAL_BYTES']);
    // Clean input (the native decoder's path): the one info issue is left out, not an error.
    const clean = bytesOf('41 ED 40 ED 40');
    expect(decodeCp932(clean, { maxIssues: 0 })).toEqual({ text: 'A纊纊', issues: [], dropped: 1, droppedError: false });
    expect(decodeCp932(clean, { maxIssues: 1 }).issues[0]).toMatchObject({ code: 'ENCODING_NON_CANONICAL_BYTES', offset: 1, params: { count: 2 } });
  });

  it('capped, it keeps exactly the first issues of the uncapped decode and counts the others (property)', () => {
    const pieces = ['00', '00 00', '01', 'A0', 'A0 A0', 'FC FC', '83', '83 2C', 'F0 40', 'ED 40', '82 A0', '41', '0D 0A', '80'].map(bytesOf);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(12), (parts, max) => {
        const bytes = Uint8Array.from(parts.flatMap((p) => [...p]));
        const all = decodeCp932(bytes);
        const capped = decodeCp932(bytes, { maxIssues: max });
        expect(capped.text).toBe(all.text);
        expect(capped.issues).toEqual(all.issues.slice(0, max));
        const rest = all.issues.slice(max);
        expect(capped.dropped ?? 0).toBe(rest.length);
        expect(capped.droppedError ?? false).toBe(rest.some((i) => i.severity === 'error'));
        // A run covers text [index, index + count) and bytes [offset, endOffset).
        for (const i of all.issues) {
          if (i.code === 'ENCODING_NON_CANONICAL_BYTES') continue; // its count is over the whole text
          const count = (i.params?.count as number | undefined) ?? 1;
          expect(all.text.length).toBeGreaterThanOrEqual((i.params!.index as number) + count);
          if (count > 1) expect(i.params!.endOffset).toBeGreaterThanOrEqual(i.offset! + count);
          if (count > 1) expect(i.params!.endOffset).toBeLessThanOrEqual(Math.min(bytes.length, i.offset! + 2 * count));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('refuses bytes that are not a Uint8Array and a maxIssues that is not a non-negative integer', () => {
    expect(() => decodeCp932('abc' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => decodeCp932([0x41] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => decodeCp932(new Uint8Array(1), { maxIssues: '5' as unknown as number })).toThrow(TypeError);
    for (const bad of [-1, 1.5, NaN, Infinity]) expect(() => decodeCp932(new Uint8Array(1), { maxIssues: bad }), String(bad)).toThrow(RangeError);
    expect(decodeCp932(new Uint8Array(1), { maxIssues: 0 })).toEqual({ text: '\u0000', issues: [], dropped: 1, droppedError: true });
  });
});

describe('NEC and IBM extension characters', () => {
  const ext = '①Ⅲ㈱髙﨑';

  it('encodes ①Ⅲ㈱髙﨑 to Microsoft’s bytes and decodes them back without issues', () => {
    const e = encodeCp932(ext);
    expect(e.issues).toEqual([]);
    expect(hex(e.bytes)).toBe('87 40 87 56 87 8A FB FC FA B1');
    expect(decodeCp932(e.bytes!)).toEqual({ text: ext, issues: [] });
  });

  it('picks the smallest sequence but never the NEC-selected IBM rows 0xED/0xEE', () => {
    const expected: Record<string, string> = {
      Ⅰ: '87 54', // also FA 4A
      '≒': '81 E0', // also 87 90
      '￢': '81 CA', // also EE F9, FA 54
      '∵': '81 E6', // also 87 9A, FA 5B
      纊: 'FA 5C', // also ED 40
      ⅰ: 'FA 40', // also EE EF
      '№': '87 82', // also FA 59
      '＼': '81 5F',
      '～': '81 60',
    };
    for (const [ch, bytes] of Object.entries(expected)) expect(hex(encodeCp932(ch).bytes), ch).toBe(bytes);
  });

  it('reports non-canonical input bytes once per file, at the first one, with a count', () => {
    // 纊 as ED 40, Ⅰ as FA 4A, ≒ as 87 90 — all decode fine but are not Microsoft's choice.
    const bytes = bytesOf('41 ED 40 42 FA 4A 87 90 FA 5C');
    const r = decodeCp932(bytes);
    expect(r.text).toBe('A纊BⅠ≒纊');
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'ENCODING_NON_CANONICAL_BYTES',
        severity: 'info',
        offset: 1,
        params: expect.objectContaining({ count: 3, bytes: 'ED 40', canonical: 'FA 5C', index: 1 }),
      }),
    ]);
  });

  it('orders the non-canonical issue by offset among other issues', () => {
    const r = decodeCp932(bytesOf('09 ED 40 83'));
    expect(r.issues.map((i) => [i.code, i.offset])).toEqual([
      ['ENCODING_CONTROL_CHARACTER', 0],
      ['ENCODING_NON_CANONICAL_BYTES', 1],
      ['ENCODING_INVALID_BYTES', 3],
    ]);
  });

  it('round-trips every representable BMP character through its canonical bytes', () => {
    let n = 0;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const e = encodeCp932(s);
      expect(e.bytes !== undefined, s).toBe(isCp932Representable(s));
      if (e.bytes === undefined) continue;
      n++;
      expect(decodeCp932(e.bytes).text).toBe(s);
    }
    // 128 ASCII + U+0080 + 63 half-width kana + 7,326 distinct double-byte characters.
    expect(n).toBe(7_518);
  });
});

describe('encodeCp932 and representability', () => {
  it('reports WAVE DASH U+301C as unrepresentable at its index and writes no bytes', () => {
    expect(findUnrepresentable('a〜b')).toEqual([{ index: 1, char: '〜', codePoint: 'U+301C' }]);
    const e = encodeCp932('a〜b');
    expect(e.bytes).toBeUndefined();
    expect(e.issues).toEqual([
      expect.objectContaining({
        code: 'ENCODING_UNREPRESENTABLE_CHAR',
        severity: 'error',
        params: { shape: 'symbol:1', char: '〜', codePoint: 'U+301C', index: 1 },
      }),
    ]);
  });

  it('refuses 外字, yen sign, overline, lone surrogates and astral characters, never writing "?"', () => {
    const text = '\uE000x\u00A5\u203E\uD800y😀';
    const e = encodeCp932(text);
    expect(e.bytes).toBeUndefined();
    expect(e.issues.map((i) => i.params)).toEqual([
      { shape: 'pua:1', char: '\uE000', codePoint: 'U+E000', index: 0 },
      { shape: 'symbol:1', char: '\u00A5', codePoint: 'U+00A5', index: 2 },
      { shape: 'symbol:1', char: '\u203E', codePoint: 'U+203E', index: 3 },
      { shape: 'surrogate:1', char: '\uD800', codePoint: 'U+D800', index: 4 },
      { shape: 'symbol:1', char: '😀', codePoint: 'U+1F600', index: 6 },
    ]);
    expect(isCp932Representable(text)).toBe(false);
    expect(isCp932Representable('\uDC00')).toBe(false);
  });

  it('encodes ASCII, NUL, controls, half-width kana and the empty string', () => {
    expect(hex(encodeCp932('A\u0000\t~\\ｱﾟ').bytes)).toBe('41 00 09 7E 5C B1 DF');
    expect(encodeCp932('')).toEqual({ bytes: new Uint8Array(0), issues: [] });
    expect(isCp932Representable('')).toBe(true);
    expect(isCp932Representable('山田　太郎①')).toBe(true);
  });

  it('counts CP932 bytes, one per unrepresentable character', () => {
    expect(cp932ByteLength('あa')).toBe(3);
    expect(cp932ByteLength('')).toBe(0);
    expect(cp932ByteLength('ｱｲｳ')).toBe(3);
    expect(cp932ByteLength('〜😀\uD800')).toBe(3);
    const s = '"0001","山田　太郎",①Ⅲ㈱髙﨑ｱ\r\n';
    expect(cp932ByteLength(s)).toBe(encodeCp932(s).bytes!.length);
  });
});

describe('the fast non-canonical check', () => {
  it('finds the same non-canonical pairs as the full byte walker', () => {
    // Pieces: canonical and non-canonical forms of the same characters, ASCII, kana, kanji whose
    // trail bytes are the candidate lead values (0x87, 0xED, 0xEE, 0xFA).
    const pieces = ['87 90', '81 E0', 'ED 40', 'FA 5C', 'EE EC', 'FB FC', 'FA 4A', '87 54', '2C', '41', 'B1', '88 87', '89 ED', '8A EE', '8B FA', '82 A0'].map(
      bytesOf,
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const bytes = Uint8Array.from(parts.flatMap((p) => [...p]));
        const fast = decodeCp932(bytes).issues.filter((i) => i.code === 'ENCODING_NON_CANONICAL_BYTES');
        // A control byte at the end forces the full walker; its non-canonical issue must agree.
        const walked = decodeCp932(Uint8Array.from([...bytes, 0x01])).issues.filter((i) => i.code === 'ENCODING_NON_CANONICAL_BYTES');
        expect(fast).toEqual(walked);
      }),
      { numRuns: 500 },
    );
  });
});
