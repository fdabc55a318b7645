/**
 * Every code has advice (「対処」) in both languages: a code added without a line in
 * report/messages/advice-{ja,en}.ts fails here (and fails to compile). The advice reads only the
 * code's declared params, and never prints `undefined`, `NaN` or `[object …]`.
 */
import { describe, expect, it } from 'vitest';
import { ISSUE_CODE_DECLARATIONS, ISSUE_CODES } from '../../src/core/codes.js';
import { ADVICE, adviceTemplate, issueAdvice } from '../../src/report/format.js';
import { paramsOf } from '../support/params.js';

describe('advice', () => {
  for (const locale of ['ja', 'en'] as const) {
    it.each(ISSUE_CODES)(`${locale}: %s has advice`, (code) => {
      expect(Object.hasOwn(ADVICE[locale], code), `${code} has no advice in advice-${locale}.ts`).toBe(true);
      const declared = Object.keys(ISSUE_CODE_DECLARATIONS[code].params);
      const read = new Set<string>();
      const all = paramsOf(code, true);
      const params = new Proxy(all, { get: (t, k) => (typeof k === 'string' ? (read.add(k), t[k]) : undefined) });
      const text = issueAdvice({ code, params } as never, locale);
      expect(text.trim().length).toBeGreaterThan(4);
      expect([...read].filter((k) => !declared.includes(k))).toEqual([]);
      for (const t of [text, adviceTemplate(code, locale)]) expect(t).not.toMatch(/undefined|NaN|\[object /);
      if (locale === 'ja') expect(text, 'Japanese advice is Japanese').toMatch(/[ぁ-んァ-ン一-龯]/);
    });
  }

  it('no advice object has a key that is not a code (a misspelt code would never be shown)', () => {
    for (const locale of ['ja', 'en'] as const) expect(Object.keys(ADVICE[locale]).filter((k) => !(ISSUE_CODES as string[]).includes(k))).toEqual([]);
  });
});
