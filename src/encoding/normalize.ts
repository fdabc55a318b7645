/**
 * Opt-in look-alike normalizer. These characters are what Unicode-native software (macOS, JIS-
 * based tables, web forms) produces for symbols whose CP932 code points map elsewhere; none of
 * the "from" characters is representable in CP932, every "to" character is.
 */
import { makeIssue, type Issue } from '../core/issue.js';
import { describeValue } from '../core/refuse.js';
import { checkLimit } from '../core/limit.js';

export interface Substitution {
  index: number;
  from: string;
  to: string;
}

const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u301C', '\uFF5E'], // WAVE DASH → FULLWIDTH TILDE
  ['\u2212', '\uFF0D'], // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
  ['\u2016', '\u2225'], // DOUBLE VERTICAL LINE → PARALLEL TO
  ['\u00A2', '\uFFE0'], // CENT SIGN → FULLWIDTH CENT SIGN
  ['\u00A3', '\uFFE1'], // POUND SIGN → FULLWIDTH POUND SIGN
  ['\u00AC', '\uFFE2'], // NOT SIGN → FULLWIDTH NOT SIGN
  ['\u2014', '\u2015'], // EM DASH → HORIZONTAL BAR
]);

const PATTERN = /[\u301C\u2212\u2016\u00A2\u00A3\u00AC\u2014]/g;

const U = (s: string): string => 'U+' + s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Opt-in look-alike normalizer: U+301C→U+FF5E, U+2212→U+FF0D, U+2016→U+2225, U+00A2→U+FFE0,
 * U+00A3→U+FFE1, U+00AC→U+FFE2, U+2014→U+2015. Returns the new text and every substitution
 * (UTF-16 index, same in input and output); with `maxSubstitutions`, the first ones only, and
 * `dropped` says how many more were made (absent when none).
 *
 * @example
 * ```ts
 * import { normalizeLookalikes } from 'careplan-csv';
 *
 * normalizeLookalikes('9時〜12時').text; // '9時～12時' (WAVE DASH → FULLWIDTH TILDE, as MS932 has it)
 * ```
 */
export function normalizeLookalikes(text: string, maxSubstitutions = Infinity): { text: string; substitutions: Substitution[]; dropped?: number } {
  if (typeof text !== 'string') throw new TypeError(`normalizeLookalikes: text must be a string (got ${describeValue(text)})`);
  if (maxSubstitutions !== Infinity) checkLimit('normalizeLookalikes', 'maxSubstitutions', maxSubstitutions);
  const substitutions: Substitution[] = [];
  let count = 0;
  const out = text.replace(PATTERN, (from: string, index: number) => {
    const to = LOOKALIKES.get(from)!;
    if (count++ < maxSubstitutions) substitutions.push({ index, from, to });
    return to;
  });
  return count > substitutions.length ? { text: out, substitutions, dropped: count - substitutions.length } : { text: out, substitutions };
}

/** ENCODING_CHAR_NORMALIZED, one per substitution. */
export function substitutionIssues(subs: readonly Substitution[]): Issue[] {
  return subs.map((s) => makeIssue('ENCODING_CHAR_NORMALIZED', {}, { from: U(s.from), to: U(s.to), index: s.index }));
}
