/** Character and calendar helpers of the format checks: hand-written loops, no backtracking regular expressions. */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isUpperAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90);

export function allDigits(v: string, from = 0, to = v.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigit(v.charCodeAt(i))) return false;
  return true;
}

export function allUpperAlnum(v: string, from = 0, to = v.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isUpperAlnum(v.charCodeAt(i))) return false;
  return true;
}

/** The decimal number of v[from, to) (digits only). */
export const numberAt = (v: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (v.charCodeAt(i) - 48);
  return n;
};

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** YYYYMM with a real month (years 1000–9999). */
export function isYyyymm(v: string): boolean {
  if (v.length !== 6 || !allDigits(v)) return false;
  const m = numberAt(v, 4, 6);
  return numberAt(v, 0, 4) >= 1000 && m >= 1 && m <= 12;
}

/** YYYYMMDD that is a real calendar date (20240230 is not). */
export function isYyyymmdd(v: string): boolean {
  if (v.length !== 8 || !allDigits(v)) return false;
  const y = numberAt(v, 0, 4);
  const m = numberAt(v, 4, 6);
  const d = numberAt(v, 6, 8);
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** HHMM on a 24-hour clock, 0000–2359. */
export function isHhmm(v: string): boolean {
  return v.length === 4 && allDigits(v) && numberAt(v, 0, 2) <= 23 && numberAt(v, 2, 4) <= 59;
}

/** YYYYMMDDHHMMSS that is a real date and time. */
export function isTimestamp14(v: string): boolean {
  if (v.length !== 14 || !isYyyymmdd(v.slice(0, 8))) return false;
  return allDigits(v, 8, 14) && numberAt(v, 8, 10) <= 23 && numberAt(v, 10, 12) <= 59 && numberAt(v, 12, 14) <= 59;
}

export function isInsuredNumber(v: string): boolean {
  if (v.length !== 10) return false;
  return v.charCodeAt(0) === 72 /* H */ ? allDigits(v, 1) : allDigits(v);
}

/** Years of sample dates and months. */
export const SAMPLE_YEARS = { min: 1900, max: 2099 } as const;
