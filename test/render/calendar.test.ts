/** 和暦 dates and months against Intl's Japanese calendar; times; weekdays. */
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDate, formatMonth, formatTime, weekdayOf } from '../../src/render/calendar.js';

const ymd = (d: Date) => `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
const intlDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const intlMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' });

describe('calendar', () => {
  it('prints 和暦 as Intl does, from 明治6年 on, every 13 days and on every era boundary', () => {
    const days: Date[] = [];
    for (let t = Date.UTC(1873, 0, 1); t < Date.UTC(2101, 0, 1); t += 13 * 86_400_000) days.push(new Date(t));
    for (const b of ['1912-07-29', '1912-07-30', '1926-12-24', '1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01', '2024-02-29'])
      days.push(new Date(`${b}T00:00:00Z`));
    for (const d of days) expect(formatDate(ymd(d), 'ja')).toBe(intlDate.format(d));
  });

  it('prints months in the era of their first day', () => {
    for (let y = 1873; y <= 2100; y += 1)
      for (const m of [1, 4, 5, 7, 12]) {
        const d = new Date(Date.UTC(y, m - 1, 1));
        expect(formatMonth(ymd(d).slice(0, 6), 'ja')).toBe(intlMonth.format(d));
      }
  });

  it('prints English dates as ISO, and nothing for what is not a date', () => {
    expect(formatDate('20250506', 'en')).toBe('2025-05-06');
    expect(formatDate('20250230', 'ja')).toBeNull();
    expect(formatDate('00000000', 'ja')).toBeNull();
    expect(formatMonth('000000', 'ja')).toBeNull();
    expect(formatMonth('202513', 'ja')).toBeNull();
  });

  it('prints HHMM as H:MM and refuses 2460 and 9999', () => {
    expect(formatTime('0830')).toBe('8:30');
    expect(formatTime('2359')).toBe('23:59');
    expect(formatTime('2460')).toBeNull();
    expect(formatTime('9999')).toBeNull();
  });

  it('counts days and weekdays', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect(weekdayOf(2024, 2, 29)).toBe(4);
  });
});
