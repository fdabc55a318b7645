/** Shape tokens (core/shape.ts) in words: 「数字10桁」「数字・記号12文字」, "10 digits", "12 characters (digits, symbols)". */
import { parseShape, type ShapeClass } from '../../core/shape.js';
import type { Locale } from './types.js';

const CLASS_NAMES: Readonly<Record<Locale, Readonly<Record<ShapeClass, string>>>> = {
  ja: {
    digit: '数字',
    latin: '英字',
    space: '空白',
    symbol: '記号',
    fullwidth: '全角英数記号',
    kana: 'かな',
    kanji: '漢字',
    control: '制御文字',
    pua: '外字',
    surrogate: '壊れた文字',
    other: 'その他の文字',
  },
  en: {
    digit: 'digits',
    latin: 'letters',
    space: 'spaces',
    symbol: 'symbols',
    fullwidth: 'full-width letters, digits or symbols',
    kana: 'kana',
    kanji: 'kanji',
    control: 'control characters',
    pua: 'user-defined characters',
    surrogate: 'broken characters',
    other: 'other characters',
  },
};

/** A shape token in words; any other text is given back as it is (it is escaped where it is printed). */
export function shapeText(token: string, locale: Locale): string {
  const shape = parseShape(token);
  if (!shape) return String(token);
  const { classes, length } = shape;
  if (locale === 'ja') {
    if (length === 0) return '空欄';
    if (classes.length === 1 && classes[0] === 'digit') return `数字${length}桁`;
    return `${classes.map((c) => CLASS_NAMES.ja[c]).join('・')}${length}文字`;
  }
  if (length === 0) return 'an empty value';
  if (classes.length === 1 && classes[0] === 'digit') return `${length} ${length === 1 ? 'digit' : 'digits'}`;
  return `${length} ${length === 1 ? 'character' : 'characters'} (${classes.map((c) => CLASS_NAMES.en[c]).join(', ')})`;
}

/** The class names of a shape only (one character: 「漢字」, "a kanji"). */
export function classText(token: string, locale: Locale): string {
  const shape = parseShape(token);
  if (!shape || shape.classes.length === 0) return String(token);
  return shape.classes.map((c) => CLASS_NAMES[locale][c]).join(locale === 'ja' ? '・' : ', ');
}

/** A CSV version param: a recognised version as it is, else the shape of the value in words. */
export const versionText = (token: string, locale: Locale): string => (parseShape(token) ? shapeText(token, locale) : String(token));
