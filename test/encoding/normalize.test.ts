import { describe, expect, it } from 'vitest';
import { isCp932Representable, normalizeLookalikes, substitutionIssues } from '../../src/encoding/index.js';

const PAIRS: [string, string][] = [
  ['\u301C', '\uFF5E'],
  ['\u2212', '\uFF0D'],
  ['\u2016', '\u2225'],
  ['\u00A2', '\uFFE0'],
  ['\u00A3', '\uFFE1'],
  ['\u00AC', '\uFFE2'],
  ['\u2014', '\u2015'],
];

describe('normalizeLookalikes', () => {
  it('normalizes WAVE DASH U+301C to FULLWIDTH TILDE U+FF5E and reports the substitution', () => {
    const r = normalizeLookalikes('9時〜17時');
    expect(r.text).toBe('9時～17時');
    expect(r.substitutions).toEqual([{ index: 2, from: '\u301C', to: '\uFF5E' }]);
  });

  it('maps each of the seven look-alikes from an unrepresentable to a representable character', () => {
    for (const [from, to] of PAIRS) {
      expect(isCp932Representable(from), from).toBe(false);
      expect(isCp932Representable(to), to).toBe(true);
      const r = normalizeLookalikes(`x${from}y`);
      expect(r.text).toBe(`x${to}y`);
      expect(r.substitutions).toEqual([{ index: 1, from, to }]);
    }
  });

  it('reports every substitution with its UTF-16 index, counting surrogate pairs as two', () => {
    const r = normalizeLookalikes('😀\u2212a\u2212\u00A2');
    expect(r.text).toBe('😀\uFF0Da\uFF0D\uFFE0');
    expect(r.substitutions.map((s) => s.index)).toEqual([2, 4, 5]);
  });

  it('leaves text without look-alikes unchanged and is idempotent', () => {
    const clean = '山田　太郎～－∥';
    expect(normalizeLookalikes(clean)).toEqual({ text: clean, substitutions: [] });
    const once = normalizeLookalikes('〜−‖¢£¬—').text;
    expect(isCp932Representable(once)).toBe(true);
    expect(normalizeLookalikes(once)).toEqual({ text: once, substitutions: [] });
  });
});

describe('substitutionIssues', () => {
  it('produces one ENCODING_CHAR_NORMALIZED info issue per substitution with code points and index', () => {
    const { substitutions } = normalizeLookalikes('a〜b—');
    expect(substitutionIssues(substitutions)).toEqual([
      { code: 'ENCODING_CHAR_NORMALIZED', severity: 'info', params: { from: 'U+301C', to: 'U+FF5E', index: 1 } },
      { code: 'ENCODING_CHAR_NORMALIZED', severity: 'info', params: { from: 'U+2014', to: 'U+2015', index: 3 } },
    ]);
    expect(substitutionIssues([])).toEqual([]);
  });
});
