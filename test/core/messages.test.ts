/**
 * Every code's params against its messages: a message reads only the params its code declares
 * (the compiler checks that; this checks it at run time too), shows every required param (its
 * value changes the text), and
 * never prints `undefined`, `NaN` or `[object …]`, with or without the optional params.
 */
import { describe, expect, it } from 'vitest';
import { ISSUE_CODE_DECLARATIONS, ISSUE_CODES } from '../../src/core/codes.js';
import { MESSAGES } from '../../src/report/format.js';
import { sourceOf } from '../../src/spec/issue-sources.js';
import { paramsOf } from '../support/params.js';

/** The params a message reads, found by handing it a proxy. */
function paramsRead(message: (p: object) => string, params: Record<string, string | number>): Set<string> {
  const read = new Set<string>();
  message(new Proxy(params, { get: (t, k) => (typeof k === 'string' ? (read.add(k), t[k]) : undefined) }));
  return read;
}

describe('issue messages', () => {
  for (const locale of ['ja', 'en'] as const) {
    it.each(ISSUE_CODES)(`${locale}: %s reads only its declared params and shows the required ones`, (code) => {
      const message = MESSAGES[locale][code] as (p: object) => string;
      const declared = Object.keys(ISSUE_CODE_DECLARATIONS[code].params);
      const all = paramsOf(code, true);
      expect([...paramsRead(message, all)].filter((k) => !declared.includes(k))).toEqual([]);
      // Every required param shows in the message: changing its value changes the text.
      const text = message(all);
      for (const [name, value] of Object.entries(paramsOf(code, false)))
        expect(message({ ...all, [name]: typeof value === 'number' ? value + 1 : 'separator' }), `${code} shows ${name}`).not.toBe(text);
      for (const params of [all, paramsOf(code, false)]) expect(message(params)).not.toMatch(/undefined|NaN|\[object /);
    });
  }
});

describe('words for people', () => {
  it('a choice that asks for another field is named by its field and label, not by its number and code alone', () => {
    const ja = MESSAGES.ja.RECORD_DEPENDENT_FIELD_EMPTY({ triggerNo: 8, triggerCode: '03' });
    expect(ja).toBe('相談方法（項目No.8）が「03：その他」の場合は、この項目に内容を記載します');
    expect(MESSAGES.en.RECORD_DEPENDENT_FIELD_EMPTY({ triggerNo: 12, triggerCode: '02' })).toMatch(/^When field No\.12 \(.+\) is 02 \(.+\), /);
    // A code the list does not know falls back to the number and the code.
    expect(MESSAGES.ja.RECORD_DEPENDENT_FIELD_EMPTY({ triggerNo: 8, triggerCode: '99' })).toBe('項目No.8が「99」の場合は、この項目に内容を記載します');
  });
});

describe('words for people: months', () => {
  it('the month a reference table applies from reads as a month, not as YYYYMM', () => {
    expect(MESSAGES.ja.RECORD_BENEFIT_LIMIT_BELOW_TABLE({ validFrom: '201910' })).toContain('（2019年10月〜）');
    expect(MESSAGES.en.RECORD_BENEFIT_LIMIT_ABOVE_TABLE({ validFrom: '202404' })).toContain('table from April 2024');
    expect(MESSAGES.ja.RECORD_BENEFIT_LIMIT_BELOW_TABLE({ validFrom: '201913' })).toContain('（201913〜）');
  });
});

describe('issue sources', () => {
  it.each(ISSUE_CODES)('%s has a source (its own, or the rule that reports it)', (code) => {
    expect((sourceOf(code) ?? '').length).toBeGreaterThan(5);
  });
});
