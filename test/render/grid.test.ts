/** 第6表: one day cell per day of the month on every line, under the right weekday. */
import { describe, expect, it } from 'vitest';
import { renderFormsHtml } from '../../src/render/index.js';
import { cells, dayCells, inputOf, recordOf, textOf } from './helpers.js';

const plan = (month: string, days: readonly [string, string][]) =>
  inputOf(
    `UPPLAN_${month}_1371200101_43_1371200202_11_20250425170000.CSV`,
    'UPPLAN',
    days.map(([date, count]) =>
      recordOf('UPPLAN', {
        csvVersion: '202407',
        insurerNumber: '131016',
        insuredNumber: '0000012345',
        createdOn: '20240120',
        targetMonth: month,
        units: '163',
        serviceDate: date,
        startTime: '1000',
        endTime: '1030',
        serviceCount: count,
        serviceCode: '111111',
        serviceOfficeCode: '1371200202',
        over30Days: '0',
      }),
    ),
  );

/** The day header, the weekday header and the lines of the only 第6表 of a document. */
function grid(html: string) {
  const table = /<table class="f t6">([\s\S]*?)<\/table>/.exec(html)![1]!;
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!;
  const [dayRow = '', wdRow = ''] = [...head.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
  const days = cells(dayRow)
    .filter((c) => /^dh/.test(c.cls))
    .map((c) => textOf(c.html));
  const weekdays = cells(wdRow)
    .filter((c) => /^wd/.test(c.cls))
    .map((c) => textOf(c.html));
  const lines = [...table.matchAll(/<tr class="ln ln-(plan|actual)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    side: m[1]!,
    days: dayCells(m[2]!).map((c) => textOf(c.html.replace(/<sup[\s\S]*?<\/sup>/g, ''))),
  }));
  return { days, weekdays, lines };
}

/** Weekday names from Date, as the oracle. */
const weekdaysOf = (year: number, month: number, n: number) =>
  Array.from({ length: n }, (_, d) => '日月火水木金土'[new Date(year, month - 1, d + 1).getDay()]!);

describe('第6表 day grid', () => {
  it('February of a leap year has 29 day cells on every line, under the right weekdays', () => {
    const html = renderFormsHtml([
      plan('202402', [
        ['20240201', '1'],
        ['20240229', '2'],
        ['20240215', '1'],
      ]),
    ]);
    const g = grid(html);
    expect(g.days).toEqual(Array.from({ length: 29 }, (_, d) => String(d + 1)));
    expect(g.weekdays).toEqual(weekdaysOf(2024, 2, 29));
    expect(g.weekdays.slice(0, 3)).toEqual(['木', '金', '土']); // 2024-02-01 was a Thursday
    expect(g.lines.map((l) => l.side)).toEqual(['plan', 'actual']);
    for (const l of g.lines) expect(l.days).toHaveLength(29);
    const expected = new Array<string>(29).fill('');
    expected[0] = '1';
    expected[14] = '1';
    expected[28] = '2';
    expect(g.lines[0]!.days).toEqual(expected);
    expect(g.lines[1]!.days).toEqual(new Array<string>(29).fill(''));
  });

  it('a 30-day month has 30 day cells', () => {
    const g = grid(renderFormsHtml([plan('202504', [['20250430', '1']])]));
    expect(g.days).toHaveLength(30);
    expect(g.weekdays).toEqual(weekdaysOf(2025, 4, 30));
    expect(g.weekdays[0]).toBe('火'); // 2025-04-01 was a Tuesday
    for (const l of g.lines) expect(l.days).toHaveLength(30);
    expect(g.lines[0]!.days[29]).toBe('1');
  });

  it('February of a common year has 28, and a date outside the month is listed, not dropped', () => {
    const html = renderFormsHtml(
      [
        plan('202502', [
          ['20250228', '1'],
          ['20250301', '3'],
        ]),
      ],
      { showValues: true },
    );
    const g = grid(html);
    expect(g.days).toHaveLength(28);
    expect(g.lines[0]!.days[27]).toBe('1');
    expect(html).toContain('令和7年3月1日');
  });

  it('marks the 日割対象日 of a record', () => {
    const input = plan('202505', [['20250510', '1']]);
    (input.records[0] as Record<string, string>).proratedDays = '0000000001111111111111111111111';
    const html = renderFormsHtml([input]);
    const table = /<tr class="ln ln-plan">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    const marked = dayCells(table)
      .map((c, d) => (/\bpr\b/.test(c.cls) ? d + 1 : 0))
      .filter((d) => d > 0);
    expect(marked).toEqual(Array.from({ length: 22 }, (_, k) => k + 10));
  });
});
