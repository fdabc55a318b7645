/**
 * HTML escaping. Everything printed goes through `text` (multi-line values) or `inline` (names,
 * attributes): markup characters are escaped, and control, bidi and separator characters are shown
 * as visible \uXXXX escapes, never raw, so no value can reorder or hide what surrounds it.
 */

const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters shown as escapes: C0 (but line breaks in `text`), DEL, C1, ALM/LRM/RLM, LS/PS, bidi embeddings, overrides and isolates, BOM, lone surrogates. */
const SPECIAL =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SPECIAL_OR_BREAK_G = new RegExp(`${SPECIAL.source}|[\\n\\r]`, 'g');
const ANY = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/;

const escapeCode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const shown = (c: string) => `<span class="esc">${escapeCode(c)}</span>`;

/** Markup escaping only (for text already known to hold no control characters). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => MARKUP[c]!);

/** A value that may span lines: CRLF, CR and LF become <br>; other control and bidi characters are shown as escapes. */
export function text(s: string): string {
  if (!ANY.test(s)) return s;
  const escaped = escapeHtml(s);
  return escaped.replace(/\r\n/g, '\n').replace(SPECIAL_OR_BREAK_G, (c) => (c === '\n' || c === '\r' ? '<br>' : shown(c)));
}

/** A one-line value (file names, headings): line breaks are escapes too. */
export function inline(s: string): string {
  if (!ANY.test(s)) return s;
  return escapeHtml(s).replace(SPECIAL_OR_BREAK_G, shown);
}

/** An attribute value (inside double quotes): escapes as plain text, never markup. */
export function attr(s: string): string {
  if (!ANY.test(s)) return s;
  return escapeHtml(s).replace(SPECIAL_OR_BREAK_G, escapeCode);
}

/** True when `s` holds a character that `text` would show as an escape. */
export const hasSpecial = (s: string): boolean => SPECIAL.test(s);
