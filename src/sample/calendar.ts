/** Calendar helpers for the sample generator (pure arithmetic on YYYYMM / YYYYMMDD strings; no clock). */
import { daysInMonth } from '../spec/formats/index.js';

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

export const ym = (s: string): YearMonth => ({ year: Number(s.slice(0, 4)), month: Number(s.slice(4, 6)) });
export const ymString = (v: YearMonth): string => `${pad(v.year, 4)}${pad(v.month, 2)}`;

/** YYYYMM plus `n` months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const { year, month: m } = ym(month);
  const total = year * 12 + (m - 1) + n;
  return ymString({ year: Math.floor(total / 12), month: (total % 12) + 1 });
}

export const lastDay = (month: string): number => {
  const { year, month: m } = ym(month);
  return daysInMonth(year, m);
};

/** YYYYMMDD of a day in a month; the day is clamped to the month's length. */
export const dateIn = (month: string, day: number): string => `${month}${pad(Math.min(Math.max(day, 1), lastDay(month)), 2)}`;

/** YYYYMMDD plus `n` days. */
export function addDays(date: string, n: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) + n * 86_400_000;
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}

/** 曜日 code of the spec (1 = 月曜日 … 7 = 日曜日). */
export function weekdayCode(date: string): number {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)))).getUTCDay();
  return ((d + 6) % 7) + 1;
}

/** Every date of the month whose 曜日 code is in `weekdays`. */
export function datesOnWeekdays(month: string, weekdays: readonly number[]): string[] {
  const out: string[] = [];
  for (let day = 1; day <= lastDay(month); day++) {
    const date = dateIn(month, day);
    if (weekdays.includes(weekdayCode(date))) out.push(date);
  }
  return out;
}

/** HHMM plus minutes (stays within the day). */
export function addMinutes(hhmm: string, minutes: number): string {
  const total = Math.min(Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2, 4)) + minutes, 23 * 60 + 59);
  return `${pad(Math.floor(total / 60), 2)}${pad(total % 60, 2)}`;
}

/** "H:MM" for free-text times (UPKIHON_SUB1 時間). */
export const clockText = (hhmm: string): string => `${Number(hhmm.slice(0, 2))}:${hhmm.slice(2, 4)}`;

/** 2025/05/01 style, for free-text periods. */
export const slashDate = (date: string): string => `${date.slice(0, 4)}/${date.slice(4, 6)}/${date.slice(6, 8)}`;

/** 令和 year text for free-text dates (e.g. R2年4月), falling back to 平成/昭和. */
export function warekiMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(4, 6));
  if (y >= 2019) return `R${y - 2018}年${m}月`;
  if (y >= 1989) return `H${y - 1988}年${m}月`;
  return `S${y - 1925}年${m}月`;
}
