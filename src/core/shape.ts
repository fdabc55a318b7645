/**
 * The shape of a value: what issues say instead of the value itself. A file that is shifted by a
 * field puts personal data into ANY field (the CSVバージョン and the months included), so no issue
 * param carries a value read from a file unless the caller asked for values (`reportValues`, then
 * in `value`/`values`). What it carries instead is the value's shape: which classes of characters
 * it holds and how many characters, e.g. `digit:10` (ten digits), `digit+symbol:12`,
 * `kanji+kana:5`, or `empty`. Messages render it in words: 「数字10桁」, "10 digits".
 *
 * A shape token is `<classes>:<length>`, the classes joined by `+` in the order of
 * {@link SHAPE_CLASSES}, the length in characters (code points, as the spec counts lengths); or
 * `empty`. It never holds a character of the value.
 */

/** The classes of characters a shape names, in the order they are listed. */
export const SHAPE_CLASSES = ['digit', 'latin', 'space', 'symbol', 'fullwidth', 'kana', 'kanji', 'control', 'pua', 'surrogate', 'other'] as const;
export type ShapeClass = (typeof SHAPE_CLASSES)[number];

const SYMBOL = /[\p{P}\p{S}]/u;
const KANA = /[\p{scx=Hiragana}\p{scx=Katakana}]/u;
const KANJI = /[\p{scx=Han}]/u;
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** The class of one character (a code point; a lone surrogate is `surrogate`). */
export function charClass(cp: number): ShapeClass {
  if (cp >= 0x30 && cp <= 0x39) return 'digit';
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
  if (cp === 0x20 || cp === 0x3000 || cp === 0xa0) return 'space';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return 'pua';
  const ch = String.fromCodePoint(cp);
  if (CONTROL.test(ch)) return 'control';
  if (cp >= 0xff01 && cp <= 0xff5e) return 'fullwidth';
  if (cp < 0x80 || SYMBOL.test(ch)) return 'symbol';
  if (KANA.test(ch)) return 'kana';
  if (KANJI.test(ch)) return 'kanji';
  return 'other';
}

/** The shape token of a value: `digit:10`, `digit+symbol:12`, `empty`. Linear in the value. */
export function shapeOf(value: string): string {
  const s = String(value);
  if (s === '') return 'empty';
  let length = 0;
  const seen = new Set<ShapeClass>();
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    length++;
    seen.add(charClass(cp));
  }
  return `${SHAPE_CLASSES.filter((c) => seen.has(c)).join('+')}:${length}`;
}

export interface Shape {
  readonly classes: readonly ShapeClass[];
  readonly length: number;
}

const CLASS_SET: ReadonlySet<string> = new Set(SHAPE_CLASSES);

/** Reads a shape token back; null when `token` is none. */
export function parseShape(token: string): Shape | null {
  if (typeof token !== 'string') return null;
  if (token === 'empty') return { classes: [], length: 0 };
  const colon = token.lastIndexOf(':');
  if (colon <= 0) return null;
  const length = Number(token.slice(colon + 1));
  const classes = token.slice(0, colon).split('+');
  if (!Number.isSafeInteger(length) || length <= 0 || !classes.every((c) => CLASS_SET.has(c))) return null;
  return { classes: classes as ShapeClass[], length };
}

export const isShape = (token: string): boolean => parseShape(token) !== null;
