/** upgrade: records of an older edition moved to a newer one's layout. */
import type { KindId } from '../spec/kind.js';
import { CURRENT_CSV_VERSION, EDITIONS, editionOf, layoutFor } from '../spec/editions/index.js';
import { checkKind } from '../spec/kinds/index.js';
import { checkArray, describeValue } from '../core/refuse.js';

/**
 * Upgrades records of an older CSV version to a newer layout (default: the current one): the
 * fields the newer editions added are empty, every other value is kept as it is, and CSVバージョン
 * becomes the target version.
 *
 * 第4版 requires a TAISコード or 福祉用具届出コード on 17/67 福祉用具貸与 rows, which 202208 data
 * cannot have: pass `fill` to supply them (or any other new field) from the migration's own data;
 * otherwise stringifyFile reports RECORD_RENTAL_NEEDS_TAIS for those rows.
 *
 * @example
 * ```ts
 * import { parseFile, stringifyFile, upgrade } from 'careplan-csv';
 *
 * declare const old: Uint8Array; // a 202208 UPPLAN
 * const parsed = parseFile({ name: 'UPPLAN_202409_0300000100_0300000005_20240925103000.CSV', bytes: old });
 * const records = upgrade(parsed.records, { kind: 'UPPLAN', from: '202208' });
 * const out = stringifyFile('UPPLAN', records);
 * ```
 */
export function upgrade(
  records: readonly Readonly<Record<string, string>>[] | readonly object[],
  options: { kind: KindId; from: string; to?: string; fill?: (record: Readonly<Record<string, string>>) => Readonly<Record<string, string>> | undefined },
): Record<string, string>[] {
  if (typeof options !== 'object' || options === null) throw new TypeError(`upgrade: options { kind, from } are required (got ${describeValue(options)})`);
  checkArray('upgrade', 'records', records);
  const kind = checkKind('upgrade', 'kind', options.kind);
  if (options.fill !== undefined && typeof options.fill !== 'function')
    throw new TypeError(`upgrade: fill must be a function (got ${describeValue(options.fill)})`);
  const to = options.to ?? CURRENT_CSV_VERSION;
  const from = typeof options.from === 'string' ? editionOf(options.from) : undefined;
  const target = typeof to === 'string' ? editionOf(to) : undefined;
  if (!from) throw new RangeError(`upgrade: from is not a CSV version of the spec (got ${describeValue(options.from)})`);
  if (!target) throw new RangeError(`upgrade: to is not a CSV version of the spec (got ${describeValue(to)})`);
  if (EDITIONS.indexOf(target) > EDITIONS.indexOf(from)) throw new RangeError(`upgrade: cannot upgrade from ${options.from} to the older ${to}`);
  const layout = layoutFor(kind, to);
  if (!layout) throw new RangeError(`upgrade: CSV version ${to} has no ${kind} layout`);
  return (records as readonly Readonly<Record<string, string>>[]).map((r) => {
    const out: Record<string, string> = {};
    for (const f of layout.fields) out[f.key] = f.key === 'csvVersion' ? to : (r[f.key] ?? '');
    const extra = options.fill?.(out);
    if (extra) for (const f of layout.fields) if (extra[f.key] !== undefined && f.key !== 'csvVersion') out[f.key] = extra[f.key]!;
    return out;
  });
}
