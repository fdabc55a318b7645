/**
 * Regular-expression and quadratic-time safety: the functions that see user data get long
 * adversarial strings and must return. No timing assertions: the test timeout is the bound.
 */
import { describe, expect, it } from 'vitest';
import { encodeCp932, formatIssue, issueMessage, normalizeLookalikes, parseFile, parseFilename, ISSUE_CODES, type Issue } from '../../src/index.js';
import { tokenize } from '../../src/csv/tokenize.js';
import { ISSUE_CODE_DECLARATIONS } from '../../src/core/codes.js';

const MB = 1024 * 1024;
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Long strings that trip backtracking patterns and naive quote handling. */
const ADVERSARIAL: Record<string, string> = {
  quotes: repeat('"', MB),
  commas: repeat(',', MB),
  alternating: repeat('a"a"a"', MB),
  quotedCommas: repeat('",', MB),
  crlf: repeat('\r\n', MB),
  lone_cr: repeat('\r', MB),
  emptyQuoted: repeat('"",', MB),
  openQuoteThenText: '"' + repeat('a,\r\n', MB),
  digits: repeat('2024070', MB),
  underscores: repeat('_', 100_000),
  kanji: repeat('表ソ①', MB / 2),
};

/** Parameter names the messages use. */
/** Every param any code declares, and the value params. */
const PARAM_NAMES = [...new Set(['value', 'values', ...Object.values(ISSUE_CODE_DECLARATIONS).flatMap((d) => Object.keys(d.params))])];

describe('adversarial input returns', () => {
  it.each(Object.entries(ADVERSARIAL))('tokenize on %s', (_, text) => {
    const r = tokenize(text, { maxRecords: 1_000_001 });
    expect(Array.isArray(r.records)).toBe(true);
  });

  it.each(Object.entries(ADVERSARIAL))('parseFile on %s (as CP932 bytes)', (_, text) => {
    const r = parseFile({ bytes: encodeCp932(text).bytes! }, { kind: 'UPKIHON', maxIssues: 50 });
    expect(typeof r.ok).toBe('boolean');
  });

  it.each(Object.entries(ADVERSARIAL))('parseFilename on %s (in full and cut to 255 characters)', (_, text) => {
    expect(parseFilename(text).ok).toBe(false);
    expect(typeof parseFilename(text.slice(0, 255)).ok).toBe('boolean');
    expect(typeof parseFilename(`UPPLAN_${text.slice(0, 240)}.CSV`).ok).toBe('boolean');
  });

  it('parseFilename on names of the maximum length made of segment-like pieces', () => {
    for (const piece of ['_0', '_0000000000', 'UPKIHON_SUB1_', '_ＵＰ', '\u0332_', '._', '_.CSV']) {
      expect(typeof parseFilename(repeat(piece, 255)).ok).toBe('boolean');
      expect(typeof parseFilename('UPKIHON' + repeat(piece, 248)).ok).toBe('boolean');
    }
  });

  it.each(Object.entries(ADVERSARIAL))('formatIssue and issueMessage with %s in every parameter of every code', (_, text) => {
    const params = Object.fromEntries(PARAM_NAMES.map((k) => [k, text]));
    for (const code of ISSUE_CODES) {
      const issue = { code, severity: 'error', kind: 'UPKIHON', line: 1, record: 1, fieldNo: 7, params } as unknown as Issue; // deliberately wrong params
      expect(typeof formatIssue(issue)).toBe('string');
      expect(typeof issueMessage(issue, 'en')).toBe('string');
    }
  });

  it.each(Object.entries(ADVERSARIAL))('formatIssue with %s as the file name', (_, text) => {
    // One call per locale: each call costs time linear in the name (see the report on printable()).
    const issue: Issue = { code: 'FILENAME_TOO_LONG', severity: 'error', file: text, params: { length: text.length, max: 255 } };
    expect(formatIssue(issue).length).toBeLessThan(2000);
    expect(formatIssue(issue, { locale: 'en' }).length).toBeLessThan(2000);
  });

  it('normalizeLookalikes on 1 MB of look-alikes', () => {
    const r = normalizeLookalikes(repeat('\u301C\u2212a', MB));
    expect(r.text.length).toBe(MB);
  });
});
