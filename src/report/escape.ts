/**
 * The one escaper for everything a terminal, a JUnit file, a JSON report or the HTML page shows.
 * One character policy, several outputs:
 *
 * Shown as a visible `\uXXXX` escape, never raw (they can move the cursor, change colours, end a
 * line, reorder or hide what surrounds them):
 * - C0 controls U+0000–U+001F (CR, LF and TAB included), DEL U+007F, C1 controls U+0080–U+009F;
 * - line and paragraph separators U+2028, U+2029;
 * - bidi controls: ALM U+061C, LRM/RLM U+200E/U+200F, embeddings and overrides U+202A–U+202E,
 *   isolates U+2066–U+2069;
 * - invisible characters: zero-width U+200B–U+200D, word joiner and invisible operators
 *   U+2060–U+2064, BOM U+FEFF;
 * - what a broken name decodes to: lone surrogates, U+FFFD (an invalid byte of a file name) and
 *   the noncharacters U+FFFE/U+FFFF, which XML cannot carry.
 *
 * Everything else is printed as itself. The backslash is not escaped: `\u001b` in a name is four
 * harmless characters. Escaping is idempotent (an escape holds only ASCII letters and digits).
 *
 * Variants: {@link escapeLine} (one terminal line), {@link escapeXmlText} / {@link escapeXmlAttr}
 * (JUnit), {@link escapeJsonText} (a JSON text: lossless, only JSON's own escapes are added) and,
 * for HTML, {@link escapeHtmlText} / {@link escapeHtmlInline} / {@link escapeHtmlAttr}.
 */

const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufffd\\ufffe\\uffff';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

/** One character the policy escapes (a lone surrogate counts as one). */
export const UNSAFE_CHAR = new RegExp(`[${UNSAFE_CLASS}]|${LONE_SURROGATE}`);
const UNSAFE_G = new RegExp(UNSAFE_CHAR.source, 'g');
/** Same, but a line break (CRLF, CR or LF) is one match of its own. */
const UNSAFE_OR_BREAK_G = new RegExp(`\\r\\n|${UNSAFE_CHAR.source}`, 'g');
/** Unsafe in a JSON text once JSON.stringify has escaped C0 controls and lone surrogates. */
const UNSAFE_IN_JSON_G = new RegExp(`[${UNSAFE_CLASS.replace('\\u0000-\\u001f', '')}]`, 'g');
/** A quick test before any replacement: markup characters or anything unsafe. */
const HTML_ANY = new RegExp(`[&<>"'${UNSAFE_CLASS}\\ud800-\\udfff]`);

/** The visible escape of one character (or lone surrogate): `\u001b`. */
export const escapeCode = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** True when `s` holds a character the policy escapes. */
export const hasUnsafe = (s: string): boolean => UNSAFE_CHAR.test(s);

/**
 * One terminal line: every unsafe character (line breaks included) as `\uXXXX`. With `max`, the
 * text is first cut to that many UTF-16 units (a cut surrogate pair shows as an escape, and `…`
 * marks the cut).
 */
export function escapeLine(s: string, max?: number): string {
  let t = String(s);
  if (max !== undefined && t.length > max) t = `${t.slice(0, max)}…`;
  return UNSAFE_CHAR.test(t) ? t.replace(UNSAFE_G, escapeCode) : t;
}

/**
 * Several lines, each a safe line: CRLF, CR and LF are kept as `\n`; every other unsafe character
 * is escaped. For texts made of report lines (a JUnit <failure> body).
 */
export const escapeLines = (s: string): string =>
  String(s).replace(UNSAFE_OR_BREAK_G, (c) => (c === '\r\n' || c === '\n' || c === '\r' ? '\n' : escapeCode(c)));

const XML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlMarkup = (s: string): string => s.replace(/[&<>"']/g, (c) => XML[c]!);

/** XML character data (JUnit): lines kept, other unsafe characters escaped, markup escaped. Always well-formed. */
export const escapeXmlText = (s: string): string => xmlMarkup(escapeLines(s));

/** An XML attribute value: one line (line breaks escaped too), markup escaped. */
export const escapeXmlAttr = (s: string): string => xmlMarkup(escapeLine(s));

/**
 * A JSON text (the output of JSON.stringify) made safe to print: the unsafe characters JSON leaves
 * raw (C1, separators, bidi, invisible, U+FFFD…) become JSON `\uXXXX` escapes. Lossless: parsing
 * gives back the same values.
 */
export const escapeJsonText = (json: string): string => json.replace(UNSAFE_IN_JSON_G, escapeCode);

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Markup escaping only (for text already known to hold no unsafe character). */
export const escapeHtmlMarkup = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c]!);
const shownHtml = (c: string): string => `<span class="esc">${escapeCode(c)}</span>`;

/** HTML text that may span lines: CRLF, CR and LF become <br>; other unsafe characters are shown as escapes. */
export function escapeHtmlText(s: string): string {
  if (!HTML_ANY.test(s)) return s;
  return escapeHtmlMarkup(s).replace(UNSAFE_OR_BREAK_G, (c) => (c === '\r\n' || c === '\n' || c === '\r' ? '<br>' : shownHtml(c)));
}

/** One-line HTML text (file names, headings): line breaks are shown as escapes too. */
export function escapeHtmlInline(s: string): string {
  if (!HTML_ANY.test(s)) return s;
  return escapeHtmlMarkup(s).replace(UNSAFE_G, shownHtml);
}

/** An HTML attribute value (inside double quotes): plain escapes, never markup. */
export function escapeHtmlAttr(s: string): string {
  if (!HTML_ANY.test(s)) return s;
  return escapeHtmlMarkup(s).replace(UNSAFE_G, escapeCode);
}
