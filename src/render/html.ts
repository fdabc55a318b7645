/**
 * HTML escaping. Everything printed goes through `text` (multi-line values) or `inline` (names,
 * attributes): markup characters are escaped, and control, bidi and separator characters are shown
 * as visible \uXXXX escapes, never raw, so no value can reorder or hide what surrounds it.
 */

import { escapeHtmlAttr, escapeHtmlInline, escapeHtmlMarkup, escapeHtmlText, hasUnsafe } from '../report/escape.js';

// One character policy for every output: report/escape.ts (C0/C1, line breaks and separators,
// bidi and invisible characters, lone surrogates, U+FFFD), shown as <span class="esc">\uXXXX</span>.

/** Markup escaping only (for text already known to hold no control characters). */
export const escapeHtml = (s: string): string => escapeHtmlMarkup(s);

/** A value that may span lines: CRLF, CR and LF become <br>; other control and bidi characters are shown as escapes. */
export const text = (s: string): string => escapeHtmlText(s);

/** A one-line value (file names, headings): line breaks are escapes too. */
export const inline = (s: string): string => escapeHtmlInline(s);

/** An attribute value (inside double quotes): escapes as plain text, never markup. */
export const attr = (s: string): string => escapeHtmlAttr(s);

/** True when `s` holds a character that `text` would show as an escape. */
export const hasSpecial = (s: string): boolean => hasUnsafe(s);
