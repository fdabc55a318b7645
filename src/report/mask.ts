/**
 * Masking of personal data in output. The library already leaves values out of issues unless
 * asked (`reportValues`); this module decides which record values a view without values may show
 * (`mustMask`), masks them, and strips any value parameter from issues as a second line of defence.
 */
import type { Issue } from '../core/issue.js';
import type { Locale } from './messages/types.js';
import type { FieldSpec } from '../spec/fields.js';
import { fieldCheck } from '../check/field.js';
import { escapeLine } from './escape.js';

/** Issue parameters that carry field values (only present with reportValues). */
const VALUE_PARAMS = ['value', 'values'] as const;

/** Number of characters (code points), as the spec counts lengths. */
export const charCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Formats that take any text: a value there can be anything, a name included. */
const OPEN_FORMATS: ReadonlySet<string> = new Set(['free', 'text', 'notUsed']);

/**
 * True when a value must be masked in a view without values (inspect, the page, rendered forms,
 * diffs): a value of a personal field, of a field that takes any text, of no known field, or a
 * value its field's check refuses. A file shifted by a field puts a name or a 被保険者番号 into
 * any field; what is shown is only what the field can hold (a valid date, code, number), and a
 * value that does not fit is masked rather than printed as sent.
 */
export function mustMask(field: FieldSpec | undefined, value: string): boolean {
  if (value === '') return false;
  if (field === undefined || field.personal || field.quoted || OPEN_FORMATS.has(field.format)) return true;
  return fieldCheck(field)(value) !== null;
}

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

/**
 * Where a JSON syntax error is, never what is there: JSON.parse's message quotes the text around
 * the error (a name, a 被保険者番号). ` (at position N)` when the message says, else ''.
 */
export function jsonErrorPosition(e: unknown): string {
  const m = e instanceof Error ? /\bposition (\d+)/.exec(e.message) : null;
  return m ? ` (at position ${m[1]})` : '';
}
