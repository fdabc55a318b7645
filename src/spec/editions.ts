/**
 * CSV versions (【CSVバージョン履歴】) and the older layouts. The 202208 (第3.x版) layouts of 第6表
 * and 第7表 are derived from the current declarations as a small diff: 第4版 inserted TAISコード,
 * 福祉用具届出コード and 用具名称 (6表 Nos.16–18, 7表 Nos.10–12) and widened 7表 回数／日数 from
 * 2 to 3 digits. The other 第3版 kinds are taken as unchanged (the revision history lists no
 * field change for them); kinds added by 第4版 do not exist in 202208.
 */
import type { FieldSpec } from './fields.js';
import type { KindId, TableSpec } from './kind.js';
import { getTable } from './kinds/index.js';

export const CURRENT_CSV_VERSION = '202407';

export interface CsvVersionInfo {
  readonly version: string;
  readonly edition: string;
  readonly appliesFrom: string;
  /** Which layout generation reads it. */
  readonly layout: 'v4' | 'v3';
}

/** Every value of the spec's version history. */
export const CSV_VERSIONS: Readonly<Record<string, CsvVersionInfo>> = {
  '201910': { version: '201910', edition: '初版', appliesFrom: '202003', layout: 'v3' },
  '202003': { version: '202003', edition: '第2版', appliesFrom: '202010', layout: 'v3' },
  '202208': { version: '202208', edition: '第3版〜第3.2版', appliesFrom: '202301', layout: 'v3' },
  '202504': { version: '202504', edition: '第4.0版', appliesFrom: '202504', layout: 'v4' },
  '202407': { version: '202407', edition: '第4.1版', appliesFrom: '202504', layout: 'v4' },
};

export const isKnownCsvVersion = (v: string): boolean => Object.prototype.hasOwnProperty.call(CSV_VERSIONS, v);

/** Kinds that existed before 第4版. */
const V3_KINDS: ReadonlySet<KindId> = new Set(['UPHOSOKU', 'UP1KYO', 'DLT1KYO', 'UP2KYO', 'UPPLAN', 'UPJSK', 'DLTPLAN', 'DLTJSK', 'UPSIKYU']);

interface LayoutDiff {
  /** Field keys that 第4版 added. */
  readonly added: readonly string[];
  /** Field lengths that 第4版 changed: key → the older length. */
  readonly lengths?: Readonly<Record<string, { length: number; tolerateLength?: number }>>;
  /** Record rules that need the added fields. */
  readonly rulesNeedingAdded: readonly string[];
}

const EQUIPMENT_FIELDS = ['taisCode', 'notificationCode', 'equipmentName'];

/** What 第4版 changed, per kind; the 202208 layout is the current one minus this diff. */
const V4_CHANGES: Partial<Record<KindId, LayoutDiff>> = {
  UPPLAN: { added: EQUIPMENT_FIELDS, rulesNeedingAdded: ['rentalNeedsTaisOrNotificationCode'] },
  UPJSK: { added: EQUIPMENT_FIELDS, rulesNeedingAdded: ['rentalNeedsTaisOrNotificationCode'] },
  UPSIKYU: {
    added: EQUIPMENT_FIELDS,
    // 回数／日数 was 2 digits; 前月までの利用日数 was widened to 5 by 第3.2版.
    lengths: { count: { length: 2 }, daysBeforeMonth: { length: 5 } },
    rulesNeedingAdded: ['rentalNeedsTaisOrNotificationCode'],
  },
};

function deriveOlder(table: TableSpec, diff: LayoutDiff): TableSpec {
  const added = new Set(diff.added);
  const fields: FieldSpec[] = [];
  for (const f of table.fields) {
    if (added.has(f.key)) continue;
    const changed = diff.lengths?.[f.key];
    fields.push({ ...f, no: fields.length + 1, ...(changed ?? {}) });
  }
  return {
    ...table,
    fields,
    recordRules: table.recordRules.filter((r) => !diff.rulesNeedingAdded.includes(r.id)),
  };
}

const cache = new Map<string, TableSpec | null>();

/**
 * The layout that reads `kind` files of `csvVersion`, or null when that version has no such
 * layout (e.g. UP3KYO in 202208). Unknown versions are read with the current layout (and
 * reported by the file rules).
 */
export function layoutFor(kind: KindId, csvVersion: string | null | undefined): TableSpec | null {
  const info = csvVersion ? CSV_VERSIONS[csvVersion] : undefined;
  if (!info || info.layout === 'v4') return getTable(kind);
  const key = `${kind}@v3`;
  if (!cache.has(key)) {
    const diff = V4_CHANGES[kind];
    cache.set(key, !V3_KINDS.has(kind) ? null : diff ? deriveOlder(getTable(kind), diff) : getTable(kind));
  }
  return cache.get(key) ?? null;
}

/**
 * Upgrades records of an older CSV version to the current layout: the fields 第4版 added are
 * empty, every other value is kept as it is, and CSVバージョン becomes 202407.
 *
 * 第4版 requires a TAISコード or 福祉用具届出コード on 17/67 福祉用具貸与 rows, which 202208 data
 * cannot have: pass `fill` to supply them (or any other new field) from the migration's own data;
 * otherwise stringifyFile reports RECORD_RENTAL_NEEDS_TAIS for those rows.
 */
export function upgrade(
  records: readonly Readonly<Record<string, string>>[] | readonly object[],
  options: { kind: KindId; from: string; to?: string; fill?: (record: Readonly<Record<string, string>>) => Readonly<Record<string, string>> | undefined },
): Record<string, string>[] {
  const to = options.to ?? CURRENT_CSV_VERSION;
  if (CSV_VERSIONS[to]?.layout !== 'v4') throw new RangeError(`upgrade: cannot upgrade to ${to}`);
  if (!CSV_VERSIONS[options.from]) throw new RangeError(`upgrade: unknown CSV version ${options.from}`);
  const target = getTable(options.kind);
  return (records as readonly Readonly<Record<string, string>>[]).map((r) => {
    const out: Record<string, string> = {};
    for (const f of target.fields) out[f.key] = f.key === 'csvVersion' ? to : (r[f.key] ?? '');
    const extra = options.fill?.(out);
    if (extra) for (const f of target.fields) if (extra[f.key] !== undefined && f.key !== 'csvVersion') out[f.key] = extra[f.key]!;
    return out;
  });
}
