/**
 * Refuse, don't guess: a programmer error (an unknown kind, an option of the wrong type or out of
 * its set) is a TypeError or RangeError that names the function and the option, and says what the
 * value is, never the value itself (it may be a value read from a file: a name, a 被保険者番号).
 */

/** What a value is, for an error message: its type and size, never its content. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  switch (typeof v) {
    case 'string':
      return v === '' ? 'an empty string' : `a string of ${v.length} ${v.length === 1 ? 'character' : 'characters'}`;
    case 'number':
      if (Number.isNaN(v)) return 'NaN';
      if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
      if (!Number.isInteger(v)) return 'a fraction';
      if (v < 0) return 'a negative number';
      return Number.isSafeInteger(v) ? 'a number' : 'a number over 2^53';
    case 'bigint':
      return 'a bigint';
    case 'boolean':
      return 'a boolean';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return Array.isArray(v) ? 'an array' : `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
  }
}

/** One of `allowed` (absent: undefined). A non-string is a TypeError, another string a RangeError. */
export function checkOneOf<T extends string>(where: string, option: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new TypeError(`${where}: ${option} must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${describeValue(value)})`);
  if (!(allowed as readonly string[]).includes(value))
    throw new RangeError(`${where}: ${option} must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${describeValue(value)})`);
  return value as T;
}

/** A boolean or absent; anything else (a truthy string…) is a TypeError: it would be a guess. */
export function checkBoolean(where: string, option: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new TypeError(`${where}: ${option} must be a boolean (got ${describeValue(value)})`);
}

/** An options object (absent: `{}`); null, an array or a primitive is a TypeError. */
export function checkOptions<T extends object>(where: string, options: T | undefined): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new TypeError(`${where}: options must be an object (got ${describeValue(options)})`);
  return options;
}

/** A string or absent. */
export function checkString(where: string, option: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new TypeError(`${where}: ${option} must be a string (got ${describeValue(value)})`);
}

/** An array. */
export function checkArray(where: string, option: string, value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new TypeError(`${where}: ${option} must be an array (got ${describeValue(value)})`);
}
