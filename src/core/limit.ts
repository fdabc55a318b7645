import { describeValue } from './refuse.js';

/**
 * Checks a numeric limit given to the API (maxIssues, maxRecords, maxBytes…): absent means the
 * default; otherwise it must be a non-negative integer. Anything else is a programmer error and
 * is refused, never guessed at (NaN would silently mean "no limit", a negative one "nothing").
 */
export function checkLimit(where: string, name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new TypeError(`${where}: ${name} must be a number (got ${describeValue(value)})`);
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${where}: ${name} must be a non-negative integer (got ${describeValue(value)})`);
  return value;
}
