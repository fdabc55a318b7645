/**
 * The document is self-contained and inert: no script, no URL, no src but data: images, A4
 * landscape print; everything printed is escaped, and control and bidi characters are shown as
 * escapes, never raw.
 */
import { describe, expect, it } from 'vitest';
import { renderFormFragment, renderFormsHtml, RENDER_CSS } from '../../src/render/index.js';
import { inputOf, recordOf, transmissions, validInputs } from './helpers.js';

const HOSTILE = '</td></table><script>alert(1)</script><img src=x onerror=alert(2)>"\'&\u202Eevil\u2066x\u2069\u0007\u0000\u001b[31m\u2028\u200F\uFEFF\ud800';
const RAW_SPECIAL =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'div',
  'section',
  'header',
  'nav',
  'h1',
  'h2',
  'p',
  'strong',
  'span',
  'a',
  'sup',
  'br',
  'ol',
  'ul',
  'li',
  'table',
  'caption',
  'colgroup',
  'col',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
]);
const ATTRIBUTES = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'class',
  'id',
  'href',
  'colspan',
  'rowspan',
  'style',
  'title',
  'alt',
  'src',
  'data-files',
  'data-wd',
  'data-act',
]);

function checkInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  // Only known elements and attributes: no event handler, no embedding.
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    expect(TAGS.has(m[1]!.toLowerCase()), m[0]).toBe(true);
    for (const a of m[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      expect(ATTRIBUTES.has(a[1]!), m[0]).toBe(true);
      if (a[1] === 'src') expect(a[2]).toMatch(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/);
      if (a[1] === 'href') expect(a[2]).toMatch(/^#[\w-]+$/);
    }
  }
  // Every < that is not a known element's tag is escaped text.
  expect(html.replace(/<!DOCTYPE html>/, '').replace(/<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g, '')).not.toContain('<');
  expect(html).not.toMatch(/https?:/i);
  expect(html).not.toMatch(/<link|@import|url\(|<iframe|<object|<embed|<form|<base/i);
  const withoutData = html.replace(/src="data:image\/jpeg;base64,[A-Za-z0-9+/=]*"/g, 'src=""');
  expect(withoutData).not.toContain('//');
  expect(html).not.toMatch(RAW_SPECIAL);
}

describe('self-contained, inert documents', () => {
  it('every fixture, masked and shown, has no script, no URL, no foreign src, and prints A4 landscape', () => {
    const sends = transmissions();
    const docs = [
      renderFormsHtml(validInputs()),
      renderFormsHtml(validInputs(), { showValues: true, locale: 'en' }),
      ...sends.map((s) => renderFormsHtml(s.inputs, { showValues: true, sendIssues: s.sendIssues })),
      renderFormsHtml(
        sends.flatMap((s) => s.inputs),
        { showValues: true },
      ),
    ];
    for (const html of docs) {
      checkInert(html);
      expect(html).toMatch(/@page\s*\{\s*size:\s*A4 landscape;\s*margin:/);
      expect(html).toContain('<meta charset="utf-8">');
    }
    expect(RENDER_CSS).toContain('break-before: page');
  });

  it('shows the 家族構成 JPEG inline only with values, as a data: URI', () => {
    const yobo = transmissions().find((s) => s.dir === 'yobo')!;
    const shown = renderFormsHtml(yobo.inputs, { showValues: true });
    expect(shown).toMatch(/<img class="fam" alt="家族構成" src="data:image\/jpeg;base64,\/9j\//);
    const masked = renderFormsHtml(yobo.inputs);
    expect(masked).not.toContain('<img');
    expect(masked).toContain('家族構成図は個人情報のため表示していません');
  });

  it('escapes hostile values and file names, and shows control and bidi characters as escapes', () => {
    const name = `UP1KYO_${HOSTILE}.CSV`;
    const input = inputOf(name, 'UP1KYO', [
      recordOf('UP1KYO', {
        csvVersion: '202407',
        insurerNumber: '131016',
        insuredNumber: '0000012345',
        planDate: '20250101',
        overallPolicy: HOSTILE,
        address1: HOSTILE,
        careLevel: HOSTILE,
      }),
    ]);
    for (const html of [
      renderFormsHtml([input], { showValues: true, title: HOSTILE }),
      renderFormFragment(input, { showValues: true }),
      renderFormsHtml([input]),
    ]) {
      checkInert(html);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('</td></table><script>');
    }
    const html = renderFormsHtml([input], { showValues: true });
    expect(html).toContain('&lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const e of ['\\u202e', '\\u2066', '\\u2069', '\\u0007', '\\u0000', '\\u001b', '\\u2028', '\\u200f', '\\ufeff', '\\ud800'])
      expect(html).toContain(`<span class="esc">${e}</span>`);
    // The file name is printed, escaped, on one line.
    expect(html).toContain('UP1KYO_&lt;/td&gt;&lt;/table&gt;&lt;script&gt;');
  });

  it('prints a line break of free text as <br>, and nothing else of it raw', () => {
    const input = inputOf('UP1KYO_1371200101_43_1371200202_11_20250425103000.CSV', 'UP1KYO', [
      recordOf('UP1KYO', { csvVersion: '202407', insurerNumber: '131016', insuredNumber: '0000012345', overallPolicy: 'a\r\nb\nc\rd' }),
    ]);
    expect(renderFormsHtml([input], { showValues: true })).toContain('a<br>b<br>c<br>d');
  });
});
