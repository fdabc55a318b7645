/**
 * Fast conversions between a layout's rows (values by position) and records (values by key):
 * one object or array literal per layout, compiled once, so that V8 sees a stable shape and named
 * property loads. Keys are ASCII identifiers (checked by defineTable), so the generated code is
 * safe; where eval is forbidden (strict CSP pages) a plain loop is used.
 */
import type { TableSpec } from '../spec/kind.js';

export type RecordFactory = (values: readonly string[]) => Record<string, string>;
/** Writes values by position into a record made by the layout's factory (the same shape). */
export type RecordFiller = (record: Record<string, string>, values: readonly string[]) => void;
export type RowReader = (record: Readonly<Record<string, unknown>>) => unknown[];
/** record object → into an existing row, by position (as found, like RowReader). */
export type RowFiller = (record: Readonly<Record<string, unknown>>, row: unknown[]) => void;

function compile<T>(table: TableSpec, cache: WeakMap<TableSpec, T>, source: (keys: string[]) => string, fallback: (keys: string[]) => T): T {
  let fn = cache.get(table);
  if (fn) return fn;
  const keys = table.fields.map((f) => f.key);
  try {
    fn = new Function('x', 'y', source(keys)) as T;
  } catch {
    fn = fallback(keys);
  }
  cache.set(table, fn);
  return fn;
}

const factories = new WeakMap<TableSpec, RecordFactory>();
const fillers = new WeakMap<TableSpec, RecordFiller>();
const readers = new WeakMap<TableSpec, RowReader>();
const rowFillers = new WeakMap<TableSpec, RowFiller>();

/** values by position → record object. */
export const recordFactory = (table: TableSpec): RecordFactory =>
  compile(
    table,
    factories,
    (keys) => `return {${keys.map((k, i) => `${k}: x[${i}]`).join(', ')}};`,
    (keys) => (values) => Object.fromEntries(keys.map((k, i) => [k, values[i]!])),
  );

/**
 * values by position → into an existing record: the check path (records: false) reuses one
 * record per file as the view that rules and collectors read (they copy what they keep), and
 * builds no object per record. Same keys, same order: the record keeps the factory's shape.
 */
export const recordFiller = (table: TableSpec): RecordFiller =>
  compile(
    table,
    fillers,
    (keys) => keys.map((k, i) => `x.${k} = y[${i}];`).join(' '),
    (keys) => (record, values) => {
      for (let i = 0; i < keys.length; i++) record[keys[i]!] = values[i]!;
    },
  );

/** record object → values by position (as found: undefined or non-strings are the caller's to fix). */
export const rowReader = (table: TableSpec): RowReader =>
  compile(
    table,
    readers,
    (keys) => `return [${keys.map((k) => `x.${k}`).join(', ')}];`,
    (keys) => (record) => keys.map((k) => record[k]),
  );

/** record object → into a row buffer by position: the encoder reuses one row for every record. */
export const rowFiller = (table: TableSpec): RowFiller =>
  compile(
    table,
    rowFillers,
    (keys) => keys.map((k, i) => `y[${i}] = x.${k};`).join(' '),
    (keys) => (record, row) => {
      for (let i = 0; i < keys.length; i++) row[i] = record[keys[i]!];
    },
  );

export interface KeyAccess {
  /** The key fields of two records are the same strings. */
  readonly same: (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => boolean;
  /** The key fields joined into one string (NUL between them; a missing field counts as ''). */
  readonly join: (record: Readonly<Record<string, unknown>>) => string;
  /** A new object with just the key fields (a copy to keep: the record itself may be reused). */
  readonly pick: <T extends Readonly<Record<string, unknown>>>(record: T) => T;
}

const keyAccess = new Map<string, KeyAccess>();

/**
 * Comparing and joining a few key fields of records (the relations between files): compiled once
 * per key list into named property loads, which V8 serves from the record shape, where a loop over
 * the key names would look each one up by name.
 */
export function keyAccessFor(keys: readonly string[]): KeyAccess {
  const id = keys.join(',');
  let access = keyAccess.get(id);
  if (access) return access;
  if (keys.some((k) => !/^[A-Za-z_$][\w$]*$/.test(k))) throw new TypeError(`keyAccessFor: not an identifier: ${id}`);
  try {
    access = {
      same: new Function('a', 'b', `return ${keys.map((k) => `a.${k} === b.${k}`).join(' && ')};`) as KeyAccess['same'],
      join: new Function('x', `return ${keys.map((k) => `(x.${k} ?? '')`).join(" + '\\u0000' + ")};`) as KeyAccess['join'],
      pick: new Function('x', `return {${keys.map((k) => `${k}: x.${k}`).join(', ')}};`) as KeyAccess['pick'],
    };
  } catch {
    access = {
      same: (a, b) => keys.every((k) => a[k] === b[k]),
      join: (x) => keys.map((k) => x[k] ?? '').join('\u0000'),
      pick: <T extends Readonly<Record<string, unknown>>>(x: T) => Object.fromEntries(keys.map((k) => [k, x[k]])) as T,
    };
  }
  keyAccess.set(id, access);
  return access;
}
