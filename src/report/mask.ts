/**
 * Masking of personal data in CLI output. The library already leaves values out of issues unless
 * asked (`reportValues`); this module masks record values shown by `inspect` and strips any value
 * parameter from issues as a second line of defence.
 */
import type { Issue } from '../core/issue.js';
import type { Locale } from './messages/types.js';
import { escapeLine } from './escape.js';

/** Issue parameters that carry field values (only present with reportValues). */
const VALUE_PARAMS = ['value', 'values'] as const;

/** Number of characters (code points), as the spec counts lengths. */
export const charCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** `＊＊＊ (12文字)` / `*** (12 chars)`: shows that a value is there and how long, nothing else. */
export function maskedValue(value: string, lang: Locale): string {
  if (value === '') return '';
  const n = charCount(value);
  return lang === 'ja' ? `＊＊＊ (${n}文字)` : `*** (${n} ${n === 1 ? 'char' : 'chars'})`;
}

/** The issue without value parameters (masked reports). */
export function withoutValues(issue: Issue): Issue {
  const params = issue.params;
  if (!params || !VALUE_PARAMS.some((k) => k in params)) return issue;
  const rest: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (!(VALUE_PARAMS as readonly string[]).includes(k)) rest[k] = v;
  return { ...issue, params: rest } as Issue;
}

/** The value carried by an issue (with --show-values), if any. */
export function issueValue(issue: Issue): string | undefined {
  const p = issue.params;
  if (!p) return undefined;
  const v = p.value ?? p.values;
  return v === undefined ? undefined : String(v);
}

/**
 * One display line for any text, without truncation: control characters, line and paragraph
 * separators and bidi controls are shown as \uXXXX (report/escape.ts), so a value can never forge
 * report lines.
 */
export const oneLine = (s: string): string => escapeLine(s);
