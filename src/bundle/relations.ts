/**
 * Relations between files (本文 2.3 / 3.3), derived from the kinds' `parents`: which child records
 * link to which parent records, by which key fields. Used by the bundle rule and by the deletion
 * helper.
 */
import { keyAccessFor } from '../check/record-shape.js';
import type { KindId } from '../spec/kind.js';
import { KINDS, KIND_IDS } from '../spec/kinds/index.js';

export interface Relation {
  readonly parent: KindId;
  readonly child: KindId;
  /** Key fields, by field key; the same keys on both sides. */
  readonly keys: readonly string[];
  readonly section: string;
}

const order = (k: KindId) => KIND_IDS.indexOf(k);

/** Every parent link of every kind, by parent (in kind order), then child. */
export const RELATIONS: readonly Relation[] = KIND_IDS.flatMap((child) =>
  KINDS[child].parents.map((p) => ({ parent: p.kind, child, keys: p.keys, section: p.section })),
).sort((a, b) => order(a.parent) - order(b.parent) || order(a.child) - order(b.child));

export const keyOf = (record: Readonly<Record<string, string>>, keys: readonly string[]): string => keyAccessFor(keys).join(record);
