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

/**
 * Per file: the joined keys of every record (as a parent), and each record's keys (as a child),
 * column by column: numbers and shared maps, no object per record.
 */
class KeyCollector implements RecordCollector {
  readonly keySets = new Map<string, Set<string>>();
  /** As a child, per record: its number, line, whether it links to 1〜3表 (UPHOSOKU with 対象年月 000000), its keys. */
  readonly recordNos: number[] = [];
  readonly lines: number[] = [];
  readonly linkedToPlan: boolean[] = [];
  /** The joined values of the key fields, per key list (one map per run of records with the same keys). */
  readonly keys: ReadonlyMap<string, string>[] = [];
  private readonly access: { id: string; access: KeyAccess }[];
  /** The key fields of the previous record (a copy: the record handed to add may be reused). */
  private previous: RecordValues | undefined;
  private previousKeys: ReadonlyMap<string, string> | undefined;
  private readonly pick: (record: RecordValues) => RecordValues;
  constructor(
    lists: readonly string[][],
    private readonly asChild: boolean,
  ) {
    this.access = lists.map((keys) => ({ id: keys.join(','), access: keyAccessFor(keys) }));
    this.pick = keyAccessFor([...new Set(lists.flat())]).pick;
    for (const a of this.access) this.keySets.set(a.id, new Set());
  }
  private sameKeys(record: RecordValues, previous: RecordValues): boolean {
    for (const a of this.access) if (!a.access.same(record, previous)) return false;
    return true;
  }
  add(record: RecordValues, recordNo: number, line: number): void {
    // Rows of one user follow each other: the keys are joined again only when they change.
    let keys = this.previousKeys;
    if (!keys || !this.previous || !this.sameKeys(record, this.previous)) {
      keys = new Map(this.access.map((a) => [a.id, a.access.join(record)]));
      for (const [id, key] of keys) this.keySets.get(id)!.add(key);
      this.previous = this.pick(record);
      this.previousKeys = keys;
    }
    if (this.asChild) {
      this.recordNos.push(recordNo);
      this.lines.push(line);
      this.linkedToPlan.push(record.targetMonth === '000000');
      this.keys.push(keys);
    }
  }
}

export const parentRecordsExist: BundleRule = {
  id: 'parentRecordsExist',
  codes: ['BUNDLE_MISSING_PARENT_RECORD'],
  scope: 'transmission',
  collect(kind) {
    const lists = keyListsOf(kind);
    return lists.length > 0
      ? new KeyCollector(
          lists,
          RELATIONS.some((r) => r.child === kind),
        )
      : undefined;
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

function reportUnlinked(
  rel: Relation,
  parentKeys: ReadonlySet<string>,
  child: KeyCollector,
  file: string,
  reportValues: boolean,
  sink: Parameters<BundleRule['check']>[1],
): void {
  const id = rel.keys.join(',');
  const table = getKind(rel.child);
  const keyNames = rel.keys.map((k) => table.fields.find((f) => f.key === k)?.name.ja ?? k).join('+');
  for (let i = 0; i < child.recordNos.length; i++) {
    const key = child.keys[i]!.get(id)!;
    if (parentKeys.has(key)) continue;
    // UPHOSOKU links to 1表 or to 6表, never both: only judge it against the unit's own parent.
    if (rel.child === 'UPHOSOKU' && (rel.parent === 'UP1KYO') !== child.linkedToPlan[i]) continue;
    const values = reportValues ? { values: key.split('\u0000').join('+') } : {};
    sink.add(
      'BUNDLE_MISSING_PARENT_RECORD',
      { file, kind: rel.child, record: child.recordNos[i]!, line: child.lines[i]! },
      { parent: rel.parent, keys: keyNames, ...values },
    );
  }
}
