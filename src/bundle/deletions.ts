/**
 * Deletions (取り下げ) and what they cascade to (本文 2.3 / 3.3): a helper that tells an importer
 * which stored records a deletion file removes.
 */
import { checkArray, describeValue } from '../core/refuse.js';
import type { Deletion, KindId, RecordValues } from '../spec/kind.js';
import { KINDS } from '../spec/kinds/index.js';
import { serviceTypeOf } from '../spec/service-codes.js';
import { keyOf } from './relations.js';

export type DeletionKind = 'DLT1KYO' | 'DLTPLAN' | 'DLTJSK' | 'DLTKIHON' | 'DLTYOBO';

const DELETION_KINDS: readonly DeletionKind[] = ['DLT1KYO', 'DLTPLAN', 'DLTJSK', 'DLTKIHON', 'DLTYOBO'];

/** What each deletion kind removes, from the kinds' `deletes` declarations. */
export const DELETION_CASCADES: Readonly<Record<DeletionKind, Deletion>> = Object.fromEntries(
  DELETION_KINDS.map((k) => {
    const deletes = KINDS[k].deletes;
    if (!deletes) throw new Error(`${k} declares no deletes`);
    return [k, deletes];
  }),
) as Record<DeletionKind, Deletion>;

export interface DeletionScope {
  /** Kinds whose stored records may be removed. */
  readonly kinds: readonly KindId[];
  /** True when the stored record of `kind` is removed by these deletion records. */
  removes(kind: KindId, record: RecordValues): boolean;
  /**
   * Family-composition image file names to remove (DLTKIHON): those named by the removed
   * UPKIHON records (No.62). Pass the stored UPKIHON records.
   */
  imagesRemoved(storedKihon: readonly RecordValues[]): string[];
}

/**
 * What the deletion records of one DLT file remove, cascade included.
 *
 * @example
 * ```ts
 * import { deletionScope, parseFile } from 'careplan-csv';
 *
 * declare const dlt: Uint8Array, stored: { kind: 'UPPLAN'; record: Record<string, string> }[];
 * const p = parseFile({ name: 'DLTPLAN_202505_1371200101_43_1371200202_11_20250601093000.CSV', bytes: dlt });
 * const scope = deletionScope('DLTPLAN', p.records);
 * const kept = stored.filter((s) => !scope.removes(s.kind, s.record));
 * ```
 */
export function deletionScope(kind: DeletionKind, deletions: readonly RecordValues[]): DeletionScope {
  if (typeof kind !== 'string' || !Object.hasOwn(DELETION_CASCADES, kind))
    throw new TypeError(
      `deletionScope: kind is not a deletion kind (got ${describeValue(kind)}); expected one of ${Object.keys(DELETION_CASCADES).join(', ')}`,
    );
  checkArray('deletionScope', 'deletions', deletions);
  const cascade = DELETION_CASCADES[kind];
  const deleted = new Set(deletions.map((d) => keyOf(d, cascade.keys)));
  const targetOf = (target: KindId, r: RecordValues) =>
    keyOf(target === 'UPJSK' ? { ...r, serviceType: serviceTypeOf(r.serviceCode ?? '') } : r, cascade.targetKeys);
  const removes = (target: KindId, r: RecordValues) => cascade.kinds.includes(target) && deleted.has(targetOf(target, r));
  return {
    kinds: cascade.kinds,
    removes,
    imagesRemoved: (stored) =>
      kind === 'DLTKIHON' ? stored.filter((r) => removes('UPKIHON', r) && (r.familyImageFileName ?? '') !== '').map((r) => r.familyImageFileName!) : [],
  };
}
