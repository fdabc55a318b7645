/**
 * The transmission units (送信単位) of 本文 2.4 (居宅介護支援) and 3.4 (介護予防支援等): the file
 * combinations that one ファイル連番 may carry. `required` members must be present; optional ones
 * may be (the 介護予防 別表 and images are sent "together" with their parent, 原則).
 */
import type { EditionSpec } from './edition.js';
import { CURRENT_EDITION, kindExistsIn, unitExistsIn, unitKindsMissingIn } from './editions/index.js';
import type { FileKindId } from './kind.js';
import { getKind } from './kinds/index.js';

export interface UnitMember {
  readonly kind: FileKindId;
  readonly required: boolean;
}

export interface TransmissionUnit {
  readonly id: string;
  readonly section: string;
  readonly name: { readonly ja: string; readonly en: string };
  readonly members: readonly UnitMember[];
}

const req = (kind: FileKindId): UnitMember => ({ kind, required: true });
const opt = (kind: FileKindId): UnitMember => ({ kind, required: false });
const KIHON_SUBS = [opt('UPKIHON_SUB1'), opt('UPKIHON_SUB2'), opt('UPKIHON_IMAGE')];

export const TRANSMISSION_UNITS: readonly TransmissionUnit[] = [
  {
    id: 'K1',
    section: '本文 2.4 (1)',
    name: { ja: '計画書第1〜3表＋利用者補足情報', en: 'Care plan tables 1–3 + supplement' },
    members: [req('UP1KYO'), req('UP2KYO'), req('UP3KYO'), req('UPHOSOKU')],
  },
  {
    id: 'K2',
    section: '本文 2.4 (2)',
    name: { ja: '第6表＋第7表＋利用者補足情報', en: 'Tables 6 and 7 + supplement' },
    members: [req('UPPLAN'), req('UPSIKYU'), req('UPHOSOKU')],
  },
  { id: 'K3', section: '本文 2.4 (3)', name: { ja: '計画書第1表_削除', en: 'Table 1 deletion' }, members: [req('DLT1KYO')] },
  { id: 'K4', section: '本文 2.4 (4)', name: { ja: '第6表_削除', en: 'Table 6 deletion' }, members: [req('DLTPLAN')] },
  { id: 'K5', section: '本文 2.4 (5)', name: { ja: '実績情報', en: 'Actuals' }, members: [req('UPJSK')] },
  { id: 'K6', section: '本文 2.4 (6)', name: { ja: '実績情報_削除', en: 'Actuals deletion' }, members: [req('DLTJSK')] },
  { id: 'Y1', section: '本文 3.4 (1)', name: { ja: '利用者基本情報', en: 'Basic information' }, members: [req('UPKIHON'), ...KIHON_SUBS] },
  {
    id: 'Y2',
    section: '本文 3.4 (2)',
    name: { ja: '介護予防サービス・支援計画書＋利用者基本情報', en: 'Preventive plan + basic information' },
    members: [req('UPYOBO'), opt('UPYOBO_SUB'), req('UPKIHON'), ...KIHON_SUBS],
  },
  { id: 'Y3', section: '本文 3.4 (3)', name: { ja: '介護予防サービス・支援計画書', en: 'Preventive plan' }, members: [req('UPYOBO'), opt('UPYOBO_SUB')] },
  {
    id: 'Y4',
    section: '本文 3.4 (4)',
    name: { ja: 'サービス利用票＋別表＋利用者補足情報', en: 'Usage slip + appendix + supplement' },
    members: [req('UPPLAN'), req('UPSIKYU'), req('UPHOSOKU')],
  },
  { id: 'Y5', section: '本文 3.4 (5)', name: { ja: '利用者基本情報_削除', en: 'Basic information deletion' }, members: [req('DLTKIHON')] },
  { id: 'Y6', section: '本文 3.4 (6)', name: { ja: '介護予防サービス・支援計画書_削除', en: 'Preventive plan deletion' }, members: [req('DLTYOBO')] },
  { id: 'Y7', section: '本文 3.4 (7)', name: { ja: 'サービス利用票_削除', en: 'Usage slip deletion' }, members: [req('DLTPLAN')] },
  { id: 'Y8', section: '本文 3.4 (8)', name: { ja: '実績情報', en: 'Actuals' }, members: [req('UPJSK')] },
  { id: 'Y9', section: '本文 3.4 (9)', name: { ja: '実績情報_削除', en: 'Actuals deletion' }, members: [req('DLTJSK')] },
];

/** A unit as an edition had it: its members that the edition did not have yet are left out. */
export function unitIn(unit: TransmissionUnit, edition: EditionSpec): TransmissionUnit {
  const missing = unitKindsMissingIn(unit.id, edition);
  return missing.size === 0 ? unit : { ...unit, members: unit.members.filter((m) => !missing.has(m.kind)) };
}

/**
 * The units an edition had, with its members then (K1 of CSV 202208: no 第3表); the units it did
 * not have (the 介護予防 units before 第4版), or whose required kinds it lacked, are left out.
 */
const unitsOf = (edition: EditionSpec): TransmissionUnit[] =>
  TRANSMISSION_UNITS.filter((u) => unitExistsIn(u.id, edition))
    .map((u) => unitIn(u, edition))
    .filter((u) => u.members.every((m) => kindExistsIn(m.kind, edition) || !m.required));

/**
 * The units whose members allow exactly this set of kinds (all required ones present, nothing
 * foreign), as the units were in `edition` (default: the current one).
 */
export function matchUnits(kinds: ReadonlySet<FileKindId>, edition: EditionSpec = CURRENT_EDITION): TransmissionUnit[] {
  return unitsOf(edition).filter(
    (u) => [...kinds].every((k) => u.members.some((m) => m.kind === k)) && u.members.every((m) => !m.required || kinds.has(m.kind)),
  );
}

/** A unit that deletes (K3, K4, K6, Y5–Y7, Y9): never merged with another, as the order inside one ファイル連番 is undefined. */
const isDeletionUnit = (u: TransmissionUnit): boolean => u.members.some((m) => m.kind !== 'UPKIHON_IMAGE' && getKind(m.kind).deletes !== undefined);

/**
 * The ways a set of kinds splits into two or more complete upload units of `edition`, each kind in
 * one unit (optional members go with their unit), e.g. UPPLAN + UPSIKYU + UPHOSOKU + UPJSK =
 * K2 + K5 (予定 and 実績 sent together, 本文 3.1 / 5.2.2.1). Units of one family (K… or Y…) are
 * preferred when such a split exists. Empty when there is none.
 */
export function partitionIntoUnits(kinds: ReadonlySet<FileKindId>, edition: EditionSpec = CURRENT_EDITION): TransmissionUnit[][] {
  const units = unitsOf(edition).filter((u) => !isDeletionUnit(u));
  const split = (remaining: readonly FileKindId[]): TransmissionUnit[][] => {
    if (remaining.length === 0) return [[]];
    const first = remaining[0]!;
    const out: TransmissionUnit[][] = [];
    for (const u of units) {
      if (!u.members.some((m) => m.kind === first) || !u.members.every((m) => !m.required || remaining.includes(m.kind))) continue;
      const rest = remaining.filter((k) => !u.members.some((m) => m.kind === k));
      for (const p of split(rest)) out.push([u, ...p]);
    }
    return out;
  };
  const all = split([...kinds]).filter((p) => p.length >= 2);
  const family = (p: readonly TransmissionUnit[]) => new Set(p.map((u) => u.id[0])).size === 1;
  const preferred = all.filter(family);
  const chosen = preferred.length > 0 ? preferred : all;
  const seen = new Set<string>();
  return chosen.filter((p) => {
    const key = p
      .map((u) => u.id)
      .sort()
      .join('+');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
