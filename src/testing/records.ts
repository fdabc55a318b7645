/** Record arbitraries: one value per field from the declarations, then the rule repairs. */
import fc from 'fast-check';
import type { FieldSpec } from '../spec/fields.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import { getTable, type KindRecord, checkKind } from '../spec/kinds/index.js';
import { CURRENT_CSV_VERSION, CURRENT_EDITION } from '../spec/editions/index.js';
import { fieldValueArb, yyyymmArb, type FieldValueOptions } from './values.js';
import { repairRecords, type MutableRecord } from './repairs.js';

export interface RecordArbOptions extends FieldValueOptions {
  /** CSVバージョン of every record (default 202407). */
  readonly csvVersion?: string | undefined;
  /**
   * The month of kinds that have one in their name or one per file (targetMonth): a YYYYMM, or
   * 000000 for UPHOSOKU linked to 1〜3表. Default: generated (one per array for recordsArb).
   */
  readonly month?: string | undefined;
  /** Values set on every record before the repairs (keys the kind lacks are ignored), e.g. linked keys. */
  readonly fixed?: Readonly<Record<string, string>> | undefined;
}

export interface RecordsArbOptions extends RecordArbOptions {
  readonly minRecords?: number | undefined;
  /** At most 98 (第2表 numbers are two digits). Default 5. */
  readonly maxRecords?: number | undefined;
}

/**
 * Service months of generated files: from the first whole year the current CSV version applies to
 * (【CSVバージョン履歴】 適用開始年月; an earlier month is FILE_CSV_VERSION_MONTH_MISMATCH).
 */
export const SERVICE_YEARS = { min: Number(CURRENT_EDITION.appliesFrom.slice(0, 4)) + 1, max: 2099 } as const;

/**
 * The keys that carry the file's month (the name's month and/or the one-month-per-file field).
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { monthKeysOf } from 'careplan-csv/testing';
 *
 * monthKeysOf(getKind('UPPLAN')); // the keys of its month fields
 * ```
 */
export function monthKeysOf(table: TableSpec): string[] {
  const keys = new Set<string>();
  if (table.monthInName.kind !== 'none') keys.add(table.monthInName.fieldKey);
  if (table.singleMonthField) keys.add(table.singleMonthField);
  return [...keys];
}

/**
 * Months a kind's file may carry: 000000 too where the name allows it (UPHOSOKU).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { getKind } from 'careplan-csv';
 * import { monthArbFor } from 'careplan-csv/testing';
 *
 * fc.sample(monthArbFor(getKind('UPPLAN')), 1); // a service month, e.g. [ '202505' ]
 * ```
 */
export function monthArbFor(table: TableSpec): fc.Arbitrary<string> {
  const month = yyyymmArb(SERVICE_YEARS);
  return table.monthInName.kind === 'provide' ? fc.oneof(fc.constant('000000'), month) : month;
}

/**
 * Fields that identify the person and the plan: the leading required numbers and dates after CSVバージョン.
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 * import { identityFieldsOf } from 'careplan-csv/testing';
 *
 * identityFieldsOf(getKind('UPJSK')).map((f) => f.key); // the fields that say whose record it is
 * ```
 */
export function identityFieldsOf(table: TableSpec): FieldSpec[] {
  const monthKeys = new Set(monthKeysOf(table));
  const out: FieldSpec[] = [];
  for (const f of table.fields.slice(1)) {
    if (monthKeys.has(f.key)) continue;
    if (f.required !== 'certain' || !['digits', 'insuredNumber', 'yyyymmdd'].includes(f.format)) break;
    out.push(f);
  }
  return out;
}

function rawRecordArb(table: TableSpec, options: FieldValueOptions): fc.Arbitrary<MutableRecord> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const f of table.fields) model[f.key] = fieldValueArb(f, options);
  return fc.record(model);
}

function finish(table: TableSpec, records: MutableRecord[], options: RecordArbOptions, month: string | undefined): MutableRecord[] {
  const monthKeys = monthKeysOf(table);
  const keys = new Set(table.fields.map((f) => f.key));
  const prepared = records.map((r) => {
    const out: MutableRecord = { ...r, csvVersion: options.csvVersion ?? CURRENT_CSV_VERSION };
    if (month !== undefined) for (const k of monthKeys) out[k] = month;
    for (const [k, v] of Object.entries(options.fixed ?? {})) if (keys.has(k)) out[k] = v;
    return out;
  });
  return repairRecords(table, prepared);
}

/**
 * One valid record of a kind: every field from {@link fieldValueArb}, CSVバージョン 202407, and
 * every record rule satisfied. Fields are in the layout's order.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { stringifyFile } from 'careplan-csv';
 * import { recordArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(recordArb('UPJSK'), (r) => stringifyFile('UPJSK', [r]).ok));
 * ```
 */
export function recordArb<K extends KindId>(kind: K, options: RecordArbOptions = {}): fc.Arbitrary<KindRecord<K>> {
  const table = getTable(checkKind('recordArb', 'kind', kind));
  const month =
    options.month !== undefined ? fc.constant<string | undefined>(options.month) : monthKeysOf(table).length > 0 ? monthArbFor(table) : fc.constant(undefined);
  return fc.tuple(rawRecordArb(table, options), month).map(([r, m]) => finish(table, [r], options, m)[0] as unknown as KindRecord<K>);
}

/** Raw field values of 1..n records, and whether they share the identity fields. */
export function rawRecordsArb(table: TableSpec, options: RecordsArbOptions = {}): fc.Arbitrary<{ raw: MutableRecord[]; share: boolean }> {
  const minLength = options.minRecords ?? 1;
  const maxLength = Math.min(options.maxRecords ?? 5, 98);
  return fc.record({ raw: fc.array(rawRecordArb(table, options), { minLength, maxLength }), share: fc.boolean() });
}

/** Sets CSVバージョン, the month, shared identity and fixed values, then repairs every rule. */
export function finishRecords(table: TableSpec, raw: MutableRecord[], share: boolean, options: RecordArbOptions, month: string | undefined): MutableRecord[] {
  const identity = identityFieldsOf(table);
  const records = share && raw.length > 1 ? raw.map((r) => ({ ...r, ...Object.fromEntries(identity.map((f) => [f.key, raw[0]![f.key]!])) })) : raw;
  return finish(table, records, options, month);
}

/**
 * The records of one valid file: one CSVバージョン, one month (where the kind has one), every record
 * and file rule satisfied. Half of the arrays share the identity fields (保険者番号, 被保険者番号 and
 * the plan date), as the rows of one person's plan do.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { stringifyFile } from 'careplan-csv';
 * import { recordsArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(recordsArb('UPPLAN', { maxRecords: 5 }), (rs) => stringifyFile('UPPLAN', rs).ok));
 * ```
 */
export function recordsArb<K extends KindId>(kind: K, options: RecordsArbOptions = {}): fc.Arbitrary<KindRecord<K>[]> {
  const table = getTable(checkKind('recordsArb', 'kind', kind));
  const month =
    options.month !== undefined ? fc.constant<string | undefined>(options.month) : monthKeysOf(table).length > 0 ? monthArbFor(table) : fc.constant(undefined);
  return fc
    .tuple(rawRecordsArb(table, options), month)
    .map(([{ raw, share }, m]) => finishRecords(table, raw, share, options, m) as unknown as KindRecord<K>[]);
}
