/** Dates and times as the forms print them: 和暦 (令和6年11月19日) in Japanese, ISO in English. */

import { daysInMonth, isHhmm, isYyyymm, isYyyymmdd, numberAt } from '../spec/formats/chars.js';

export { daysInMonth };

/** 0 = Sunday … 6 = Saturday (proleptic Gregorian). */
export const weekdayOf = (year: number, month: number, day: number): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

export const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
export const WEEKDAY_EN = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** YYYYMMDD that is a real date (years 1000–9999), or null. */
export function parseYmd(v: string): Ymd | null {
  return isYyyymmdd(v) ? { year: numberAt(v, 0, 4), month: numberAt(v, 4, 6), day: numberAt(v, 6, 8) } : null;
}

/** YYYYMM with a real month, or null. */
export function parseYm(v: string): { year: number; month: number } | null {
  return isYyyymm(v) ? { year: numberAt(v, 0, 4), month: numberAt(v, 4, 6) } : null;
}

/** Eras from the adoption of the Gregorian calendar (明治6年 = 1873); first day as YYYYMMDD. */
const ERAS = [
  { name: '令和', start: 20190501, year: 2019 },
  { name: '平成', start: 19890108, year: 1989 },
  { name: '昭和', start: 19261225, year: 1926 },
  { name: '大正', start: 19120730, year: 1912 },
  { name: '明治', start: 18730101, year: 1868 },
] as const;

function eraYear(year: number, month: number, day: number): string {
  const n = year * 10000 + month * 100 + day;
  const era = ERAS.find((e) => n >= e.start);
  if (!era) return `${year}年`;
  const y = year - era.year + 1;
  return `${era.name}${y === 1 ? '元' : y}年`;
}

/** 令和6年11月19日 / 2024-11-19; null when not a real date. */
export function formatDate(v: string, locale: 'ja' | 'en'): string | null {
  const d = parseYmd(v);
  if (!d) return null;
  return locale === 'ja' ? `${eraYear(d.year, d.month, d.day)}${d.month}月${d.day}日` : `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}

/** 令和7年5月 (the era of the month's first day) / 2025-05; null when not a real month. */
export function formatMonth(v: string, locale: 'ja' | 'en'): string | null {
  const m = parseYm(v);
  if (!m) return null;
  return locale === 'ja' ? `${eraYear(m.year, m.month, 1)}${m.month}月` : `${v.slice(0, 4)}-${v.slice(4, 6)}`;
}

/** HHMM on a 24-hour clock → minutes since midnight, or null. */
export function parseHhmm(v: string): number | null {
  return isHhmm(v) ? numberAt(v, 0, 2) * 60 + numberAt(v, 2, 4) : null;
}

/** 11:30 for 1130; null when not HHMM. */
export function formatTime(v: string): string | null {
  const t = parseHhmm(v);
  return t === null ? null : `${Math.floor(t / 60)}:${v.slice(2, 4)}`;
}
