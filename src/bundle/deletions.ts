/**
 * Deletions (取り下げ) and what they cascade to (本文 2.3 / 3.3): a helper that tells an importer
 * which stored records a deletion file removes.
 */
import type { KindId, RecordValues } from '../spec/kind.js';
import { keyOf } from './relations.js';

export type DeletionKind = 'DLT1KYO' | 'DLTPLAN' | 'DLTJSK' | 'DLTKIHON' | 'DLTYOBO';

interface Cascade {
  /** Kinds whose records the deletion removes (the deleted kind first, then its dependants). */
  readonly kinds: readonly KindId[];
  /** Key fields on the deletion record, matched against `targetKeys` on stored records. */
  readonly keys: readonly string[];
  readonly targetKeys: readonly string[];
  readonly section: string;
}

const PERSON = ['insurerNumber', 'insuredNumber'];

export const DELETION_CASCADES: Readonly<Record<DeletionKind, Cascade>> = {
  // 計画書１表の削除に伴い、従属する計画書２表及び計画書３表の情報も削除する。
  DLT1KYO: { kinds: ['UP1KYO', 'UP2KYO', 'UP3KYO'], keys: [...PERSON, 'planDate'], targetKeys: [...PERSON, 'planDate'], section: '本文 2.3' },
  // 第6表の削除に伴い、従属する第7表も削除する。
  DLTPLAN: { kinds: ['UPPLAN', 'UPSIKYU'], keys: [...PERSON, 'targetMonth'], targetKeys: [...PERSON, 'targetMonth'], section: '本文 2.3 / 3.3' },
  // 実績の削除はサービス種類毎 (サービス種類 = サービスコードの先頭2桁).
  DLTJSK: {
    kinds: ['UPJSK'],
    keys: [...PERSON, 'targetMonth', 'serviceOfficeCode', 'serviceType'],
    targetKeys: [...PERSON, 'targetMonth', 'serviceOfficeCode', 'serviceType'],
    section: '本文 2.3 / 5.1.2.2',
  },
  // 利用者基本情報の削除に伴い、従属する別表１、別表2、家族構成画像ファイルも削除する。
  DLTKIHON: { kinds: ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2'], keys: [...PERSON, 'consultationDate'], targetKeys: [...PERSON, 'consultationDate'], section: '本文 3.3' },
  // 介護予防サービス・支援計画書の削除に伴い、従属する別表も削除する。
  DLTYOBO: { kinds: ['UPYOBO', 'UPYOBO_SUB'], keys: [...PERSON, 'planDate'], targetKeys: [...PERSON, 'planDate'], section: '本文 3.3' },
};

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

/** What the deletion records of one DLT file remove, cascade included. */
export function deletionScope(kind: DeletionKind, deletions: readonly RecordValues[]): DeletionScope {
  const cascade = DELETION_CASCADES[kind];
  const deleted = new Set(deletions.map((d) => keyOf(d, cascade.keys)));
  const targetOf = (target: KindId, r: RecordValues) =>
    keyOf(target === 'UPJSK' ? { ...r, serviceType: (r.serviceCode ?? '').slice(0, 2) } : r, cascade.targetKeys);
  const removes = (target: KindId, r: RecordValues) => cascade.kinds.includes(target) && deleted.has(targetOf(target, r));
  return {
    kinds: cascade.kinds,
    removes,
    imagesRemoved: (stored) =>
      kind === 'DLTKIHON' ? stored.filter((r) => removes('UPKIHON', r) && (r.familyImageFileName ?? '') !== '').map((r) => r.familyImageFileName!) : [],
  };
}
