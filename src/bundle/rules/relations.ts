/** Key relations inside one unit: every child record has its parent record (本文 2.3 / 3.3). */
import type { RecordCollector } from '../../check/collector.js';
import { keyAccessFor, type KeyAccess } from '../../check/record-shape.js';
import type { KindId, RecordValues } from '../../spec/kind.js';
import { getKind } from '../../spec/kinds/index.js';
import { RELATIONS, type Relation } from '../relations.js';
import type { BundleRule } from '../rule.js';

/** The key lists a kind is joined by, as a parent or as a child. */
const keyListsOf = (kind: KindId): string[][] => {
  const lists = new Map<string, string[]>();
  for (const r of RELATIONS) if (r.parent === kind || r.child === kind) lists.set(r.keys.join(','), [...r.keys]);
  return [...lists.values()];
};

interface ChildRecord {
  readonly recordNo: number;
  readonly line: number;
  /** UPHOSOKU: linked to 1〜3表 (対象年月 000000) rather than to 6・7表. */
  readonly linkedToPlan: boolean;
  /** The joined values of the key fields, per key list. */
  readonly keys: ReadonlyMap<string, string>;
}

/** Per file: the joined keys of every record (as a parent), and each record's keys (as a child). */
class KeyCollector implements RecordCollector {
  readonly keySets = new Map<string, Set<string>>();
  readonly records: ChildRecord[] = [];
  private readonly access: { id: string; access: KeyAccess }[];
  private previous: RecordValues | undefined;
  private previousKeys: ReadonlyMap<string, string> | undefined;
  constructor(
    lists: readonly string[][],
    private readonly asChild: boolean,
  ) {
    this.access = lists.map((keys) => ({ id: keys.join(','), access: keyAccessFor(keys) }));
    for (const a of this.access) this.keySets.set(a.id, new Set());
  }
  add(record: RecordValues, recordNo: number, line: number): void {
    // Rows of one user follow each other: the keys are joined again only when they change.
    let keys = this.previousKeys;
    if (!keys || !this.previous || !this.access.every((a) => a.access.same(record, this.previous!))) {
      keys = new Map(this.access.map((a) => [a.id, a.access.join(record)]));
      for (const [id, key] of keys) this.keySets.get(id)!.add(key);
      this.previous = { ...record };
      this.previousKeys = keys;
    }
    if (this.asChild) this.records.push({ recordNo, line, linkedToPlan: record.targetMonth === '000000', keys });
  }
}

export const parentRecordsExist: BundleRule = {
  id: 'parentRecordsExist',
  codes: ['BUNDLE_MISSING_PARENT_RECORD'],
  scope: 'transmission',
  collect(kind) {
    const lists = keyListsOf(kind);
    return lists.length > 0 ? new KeyCollector(lists, RELATIONS.some((r) => r.child === kind)) : undefined;
  },
  check(ctx, sink) {
    const { groups, options } = ctx;
    for (const files of groups.values()) {
      const fileOf = (kind: KindId) => files.find((f) => f.kind === kind && f.parsed?.kind === kind);
      for (const rel of RELATIONS) {
        const parentFile = fileOf(rel.parent);
        const childFile = fileOf(rel.child);
        if (!parentFile || !childFile) continue;
        const parent = ctx.collected<KeyCollector>(this, parentFile);
        const child = ctx.collected<KeyCollector>(this, childFile);
        if (!parent || !child) continue;
        reportUnlinked(rel, parent.keySets.get(rel.keys.join(','))!, child, childFile.name, options.reportValues === true, sink);
      }
    }
  },
};

function reportUnlinked(rel: Relation, parentKeys: ReadonlySet<string>, child: KeyCollector, file: string, reportValues: boolean, sink: Parameters<BundleRule['check']>[1]): void {
  const id = rel.keys.join(',');
  const table = getKind(rel.child);
  const keyNames = rel.keys.map((k) => table.fields.find((f) => f.key === k)?.name.ja ?? k).join('+');
  for (const r of child.records) {
    if (parentKeys.has(r.keys.get(id)!)) continue;
    // UPHOSOKU links to 1表 or to 6表, never both: only judge it against the unit's own parent.
    if (rel.child === 'UPHOSOKU' && (rel.parent === 'UP1KYO') !== r.linkedToPlan) continue;
    const values = reportValues ? { values: r.keys.get(id)!.split('\u0000').join('+') } : {};
    sink.add('BUNDLE_MISSING_PARENT_RECORD', { file, kind: rel.child, record: r.recordNo, line: r.line }, { parent: rel.parent, keys: keyNames, ...values });
  }
}
