/** Key relations inside one unit: every child record has its parent record (本文 2.3 / 3.3). */
import { getTable } from '../../spec/kinds/index.js';
import type { BundleRule } from '../rule.js';
import { RELATIONS } from '../relations.js';
import { keyAccessFor } from '../../check/record-shape.js';

export const parentRecordsExist: BundleRule = {
  id: 'parentRecordsExist',
  codes: ['BUNDLE_MISSING_PARENT_RECORD'],
  scope: 'transmission',
  check({ groups, options }, sink) {
    for (const files of groups.values()) {
      // One key set per parent file and key list, shared by the relations that use it.
      const keySets = new Map<string, Set<string>>();
      for (const rel of RELATIONS) {
        const parent = files.find((f) => f.kind === rel.parent)?.parsed;
        const child = files.find((f) => f.kind === rel.child)?.parsed;
        if (!parent || !child || parent.kind !== rel.parent) continue;
        const { same, join } = keyAccessFor(rel.keys);
        const setId = `${rel.parent}:${rel.keys.join(',')}`;
        let parentKeys = keySets.get(setId);
        if (!parentKeys) {
          parentKeys = new Set();
          let prev: Readonly<Record<string, string>> | undefined;
          for (const r of parent.records as Readonly<Record<string, string>>[]) {
            // Rows of one user follow each other: skip the key when its fields did not change.
            if (prev && same(r, prev)) continue;
            parentKeys.add(join(r));
            prev = r;
          }
          keySets.set(setId, parentKeys);
        }
        const table = getTable(rel.child);
        const keyNames = rel.keys.map((k) => table.fields.find((f) => f.key === k)?.name.ja ?? k).join('+');
        let prev: Readonly<Record<string, string>> | undefined;
        let prevLinked = false;
        (child.records as Readonly<Record<string, string>>[]).forEach((r, i) => {
          const linked = prev && same(r, prev) ? prevLinked : parentKeys.has(join(r));
          prev = r;
          prevLinked = linked;
          if (linked) return;
          // UPHOSOKU links to 1表 or to 6表, never both: only judge it against the unit's own parent.
          if (rel.child === 'UPHOSOKU' && (rel.parent === 'UP1KYO') !== (r.targetMonth === '000000')) return;
          const values = options.reportValues ? { values: rel.keys.map((k) => r[k] ?? '').join('+') } : {};
          sink.add('BUNDLE_MISSING_PARENT_RECORD', { file: child.name, kind: rel.child, record: i + 1, line: child.lines[i] }, { parent: rel.parent, keys: keyNames, ...values });
        });
      }
    }
  },
};
