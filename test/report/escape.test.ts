/**
 * The one escaper (report/escape.ts): its character policy, its variants, and that every renderer
 * (printable, oneLine, xmlEscape, the render module, diff) delegates to it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeCode,
  escapeHtmlAttr,
  escapeHtmlInline,
  escapeHtmlText,
  escapeJsonText,
  escapeLine,
  escapeLines,
  escapeXmlAttr,
  escapeXmlText,
  hasUnsafe,
  UNSAFE_CHAR,
} from '../../src/report/escape.js';
import { formatIssue, issueMessage, printable } from '../../src/report/format.js';
import { oneLine } from '../../src/report/mask.js';
import { xmlEscape } from '../../src/report/junit.js';
import { attr, inline, text } from '../../src/render/html.js';
import { printable as diffPrintable } from '../../src/diff/index.js';
import type { Issue } from '../../src/core/issue.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { validateBundle } from '../../src/bundle/index.js';
import { sampleRecords } from '../../src/sample/index.js';

/** Every character the policy escapes, one of each kind. */
const UNSAFE = [
  ...'\u0000\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u001b\u001f\u007f\u0080\u0085\u009b\u009f',
  ...'\u2028\u2029\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2064\u2066\u2067\u2068\u2069\ufeff\ufffd\ufffe\uffff',
  '\ud800',
  '\udfff',
];
const SAFE = ['a', '髙', '﨑', '①', '𠮷', '😀', '\\', '"', '<', '&', ' ', '\u3000', 'ｱ', '～'];

describe('the character policy', () => {
  it.each(UNSAFE.map((c) => [escapeCode(c), c]))('escapes %s', (code, c) => {
    expect(hasUnsafe(c)).toBe(true);
    expect(escapeLine(`a${c}b`)).toBe(`a${code}b`);
    expect(escapeXmlAttr(c)).toBe(code);
    expect(escapeHtmlInline(c)).toBe(`<span class="esc">${code}</span>`);
    expect(escapeHtmlAttr(c)).toBe(code);
  });

  it('keeps everything else as it is (a surrogate pair is one character)', () => {
    for (const c of SAFE) {
      expect(hasUnsafe(c)).toBe(false);
      expect(escapeLine(c)).toBe(c);
    }
  });

  it('escaping is idempotent, and the result is one line with no unsafe character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = escapeLine(s);
        expect(escapeLine(once)).toBe(once);
        expect(UNSAFE_CHAR.test(once)).toBe(false);
        expect(once).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapeLine cuts before escaping, and marks the cut', () => {
    expect(escapeLine('abcdef', 3)).toBe('abc…');
    expect(escapeLine('ab\u001bdef', 3)).toBe('ab\\u001b…');
    expect(escapeLine('a😀', 2)).toBe('a\\ud83d…');
  });
});

describe('the variants', () => {
  it('lines: breaks kept as \\n, anything else escaped', () => {
    expect(escapeLines('a\r\nb\rc\nd\u001b\u202e')).toBe('a\nb\nc\nd\\u001b\\u202e');
  });

  it('XML: markup escaped, forbidden characters escaped (always well-formed), lines kept in text', () => {
    expect(escapeXmlText(`<a x="1">&'\u0001\ufffe\ud800\n`)).toBe('&lt;a x=&quot;1&quot;&gt;&amp;&apos;\\u0001\\ufffe\\ud800\n');
    expect(escapeXmlAttr('a\nb')).toBe('a\\u000ab');
  });

  it('JSON text: lossless (parses back to the same value), nothing unsafe raw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = escapeJsonText(JSON.stringify({ s }));
        expect(JSON.parse(json)).toEqual({ s });
        expect(UNSAFE_CHAR.test(json)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('HTML: text keeps line breaks as <br>, inline and attributes escape them', () => {
    expect(escapeHtmlText('a\r\nb\rc\nd')).toBe('a<br>b<br>c<br>d');
    expect(escapeHtmlText('<b>\u202e')).toBe('&lt;b&gt;<span class="esc">\\u202e</span>');
    expect(escapeHtmlInline('a\nb')).toBe('a<span class="esc">\\u000a</span>b');
    expect(escapeHtmlAttr('"\n')).toBe('&quot;\\u000a');
  });
});

describe('every renderer delegates to it', () => {
  it('printable, oneLine, xmlEscape, the render module and diff follow the one policy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(printable(s)).toBe(escapeLine(s));
        expect(oneLine(s)).toBe(escapeLine(s));
        expect(diffPrintable(s)).toBe(escapeLine(s));
        expect(xmlEscape(s)).toBe(escapeXmlText(s));
        expect(text(s)).toBe(escapeHtmlText(s));
        expect(inline(s)).toBe(escapeHtmlInline(s));
        expect(attr(s)).toBe(escapeHtmlAttr(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('printable cuts file names at 300 UTF-16 units', () => {
    expect(printable('x'.repeat(1000))).toBe('x'.repeat(300));
  });
});

describe('messages are safe lines: no param can drive the terminal or forge a line', () => {
  const HOSTILE = 'k\u001b[2J\u0007\r\n1ファイル: エラー 0件、警告 0件、情報 0件\u202e';

  it('the unknown-key message (the key is the caller’s) escapes ESC, BEL, CR/LF and bidi', () => {
    const rec = { ...sampleRecords('UP1KYO', { seed: 1, records: 1 })[0]!, [HOSTILE]: 'x' };
    const r = stringifyFile('UP1KYO', [rec]);
    const issue = r.issues.find((i) => i.code === 'RECORD_UNKNOWN_KEY')!;
    for (const locale of ['ja', 'en'] as const) {
      const line = formatIssue(issue, { locale });
      expect(hasUnsafe(line)).toBe(false);
      expect(line).toContain('\\u001b[2J\\u0007\\u000d\\u000a');
    }
  });

  it('the extension message escapes them too', () => {
    const result = validateBundle([{ name: `report.c\u001b]0;pwned\u0007`, bytes: new Uint8Array(1) }]);
    const issue = result.issues.find((i) => i.code === 'BUNDLE_EXTENSION_NOT_ALLOWED');
    expect(issue).toBeDefined();
    for (const locale of ['ja', 'en'] as const) expect(hasUnsafe(formatIssue(issue!, { locale }))).toBe(false);
  });

  it('any text param of any code, and a hostile file name (bidi override), print escaped', () => {
    const issue = { code: 'FILENAME_UNKNOWN_PATTERN', severity: 'error', file: 'evil\u202eVSC.exe', params: { expected: HOSTILE } } as unknown as Issue;
    for (const locale of ['ja', 'en'] as const) {
      const line = formatIssue(issue, { locale });
      expect(hasUnsafe(line)).toBe(false);
      expect(line).toContain('evil\\u202eVSC.exe');
      expect(hasUnsafe(issueMessage(issue, locale))).toBe(false);
    }
  });
});
