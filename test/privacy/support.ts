/**
 * Personal values for the privacy tests, and files that carry them anywhere: in any field of any
 * kind (CSVバージョン and months included), in whole garbage rows, in rows shifted by a field, in
 * bytes the decoder reports (外字, NEC-selected pairs, invalid bytes), and in file-name segments.
 *
 * Values are long and distinctive (6+ characters from pools no message, field name or sample
 * uses), so that finding one in an output can only mean a leak.
 */
import fc from 'fast-check';
import { encodeCp932 } from '../../src/encoding/cp932.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { layoutFor } from '../../src/spec/editions/index.js';
import type { FieldSpec } from '../../src/spec/fields.js';
import type { KindId } from '../../src/spec/kind.js';
import { mustMask } from '../../src/report/mask.js';

const pick = (pool: string, n: number) => fc.array(fc.constantFrom(...pool), { minLength: n, maxLength: n }).map((cs) => cs.join(''));
const digits = (n: number) => pick('0123456789', n);

// Rare kanji and kana (none is in a message, a field name or a fake sample name).
const KANJI = '鷲鶴鷺鴎鵜鶯鷹鳳麒麟鯱鰐鱒鱈鰻鮪鮭鰯鯖鯵鰆鰹';
const KANA = 'ヂヅヴヵヶヮヰヱゞゝヽヾ';

/** A name, a 被保険者番号, a birth date, a phone number, an address, a kana name. */
export const personalValue: fc.Arbitrary<string> = fc.oneof(
  pick(KANJI, 7),
  pick(KANA, 8).map((s) => `ヲ${s}`),
  digits(9).map((d) => `9${d}`), // 被保険者番号-like: 10 digits
  fc
    .tuple(fc.integer({ min: 1921, max: 1959 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
  fc.tuple(digits(3), digits(4)).map(([a, b]) => `090-7${a}-${b}`),
  fc.tuple(pick(KANJI, 3), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 99 })).map(([k, a, b]) => `鷲宮${k}町${a}丁目${b}番地`),
);

/** Distinct personal values, `n` of them. */
export const personalValues = (n: number): fc.Arbitrary<string[]> => fc.uniqueArray(personalValue, { minLength: n, maxLength: n });

/** The layout a kind is written with (202407). */
export const fieldsOf = (kind: KindId): readonly FieldSpec[] => layoutFor(kind, '202407')!.fields;

/** Rows as CSV bytes (quotes by the layout's flags, by position), without validating. */
export function writeRows(kind: KindId, rows: readonly (readonly string[])[]): Uint8Array {
  const fields = fieldsOf(kind);
  const text = rows.map((row) => row.map((v, i) => (fields[i]?.quoted || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',') + '\r\n').join('');
  const enc = encodeCp932(text);
  if (!enc.bytes) throw new Error('fixture not representable in CP932');
  return enc.bytes;
}

/** The rows of a valid file (its records, by position). */
export function rowsOf(file: { name: string; bytes: Uint8Array }): { kind: KindId; rows: string[][] } {
  const p = parseFile(file);
  if (!p.kind || p.kind === 'UPKIHON_IMAGE') throw new Error(`not a CSV kind: ${file.name}`);
  const kind = p.kind;
  const fields = fieldsOf(kind);
  return { kind, rows: (p.records as Record<string, string>[]).map((r) => fields.map((f) => r[f.key] ?? '')) };
}

/** Where personal values go in a file's rows. */
export type Placement =
  /** One field of one record. */
  | { readonly how: 'field'; readonly record: number; readonly field: number }
  /** Every field of one record (a row of garbage with the right field count). */
  | { readonly how: 'row'; readonly record: number }
  /** One record shifted right by one field from `field` on: a value there, the last field lost. */
  | { readonly how: 'shift'; readonly record: number; readonly field: number };

export const placement = (records: number, fields: number): fc.Arbitrary<Placement> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ how: fc.constant('field' as const), record: fc.nat(records - 1), field: fc.nat(fields - 1) }) },
    // CSVバージョン of the first record, or of a later one (mixed versions)
    { weight: 2, arbitrary: fc.record({ how: fc.constant('field' as const), record: fc.nat(records - 1), field: fc.constant(0) }) },
    { weight: 1, arbitrary: fc.record({ how: fc.constant('row' as const), record: fc.nat(records - 1) }) },
    { weight: 2, arbitrary: fc.record({ how: fc.constant('shift' as const), record: fc.nat(records - 1), field: fc.nat(fields - 1) }) },
  );

export interface Planted {
  readonly rows: string[][];
  /** Every personal value put into the rows. */
  readonly values: string[];
  /**
   * The values a view without values may show by design: a value placed where its field's check
   * accepts it (a 10-digit number in a 10-digit field, a date in a date field) cannot be told from
   * what the field should hold (report/mask.ts `mustMask`). Reports never show even these.
   */
  readonly showable: Set<string>;
}

/** Puts values into rows by the placements; each value is used once (more values than needed: the rest unused). */
export function plant(kind: KindId, base: readonly (readonly string[])[], placements: readonly Placement[], pool: readonly string[]): Planted {
  const fields = fieldsOf(kind);
  const rows = base.map((r) => [...r]);
  const values: string[] = [];
  let next = 0;
  const take = () => {
    const v = pool[next++ % pool.length]!;
    if (!values.includes(v)) values.push(v);
    return v;
  };
  for (const p of placements) {
    const row = rows[p.record % rows.length]!;
    if (p.how === 'field') row[p.field % row.length] = take();
    else if (p.how === 'row') for (let i = 0; i < row.length; i++) row[i] = take();
    else {
      const at = p.field % row.length;
      row.splice(at, 0, take());
      row.pop();
    }
  }
  const showable = new Set<string>();
  for (const row of rows) row.forEach((v, i) => values.includes(v) && !mustMask(fields[i], v) && showable.add(v));
  return { rows, values, showable };
}

/** The values found in a text (should be none). */
export const leaks = (text: string, values: readonly string[]): string[] => values.filter((v) => text.includes(v));

/** Removes every printed form of the given names from a text (names may hold values by design). */
export function withoutNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of names) {
    for (const form of [n, JSON.stringify(n).slice(1, -1)]) if (form !== '') out = out.split(form).join('');
  }
  return out;
}
