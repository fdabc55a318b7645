/**
 * The transmission units (送信単位) of 本文 2.4 (居宅介護支援) and 3.4 (介護予防支援等): the file
 * combinations that one ファイル連番 may carry. `required` members must be present; optional ones
 * may be (the 介護予防 別表 and images are sent "together" with their parent, 原則).
 */
import type { EditionSpec } from './edition.js';
import { CURRENT_EDITION, kindExistsIn, unitKindsMissingIn } from './editions/index.js';
import type { FileKindId } from './kind.js';

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
  { id: 'K1', section: '本文 2.4 (1)', name: { ja: '計画書第1〜3表＋利用者補足情報', en: 'Care plan tables 1–3 + supplement' }, members: [req('UP1KYO'), req('UP2KYO'), req('UP3KYO'), req('UPHOSOKU')] },
  { id: 'K2', section: '本文 2.4 (2)', name: { ja: '第6表＋第7表＋利用者補足情報', en: 'Tables 6 and 7 + supplement' }, members: [req('UPPLAN'), req('UPSIKYU'), req('UPHOSOKU')] },
  { id: 'K3', section: '本文 2.4 (3)', name: { ja: '計画書第1表_削除', en: 'Table 1 deletion' }, members: [req('DLT1KYO')] },
  { id: 'K4', section: '本文 2.4 (4)', name: { ja: '第6表_削除', en: 'Table 6 deletion' }, members: [req('DLTPLAN')] },
  { id: 'K5', section: '本文 2.4 (5)', name: { ja: '実績情報', en: 'Actuals' }, members: [req('UPJSK')] },
  { id: 'K6', section: '本文 2.4 (6)', name: { ja: '実績情報_削除', en: 'Actuals deletion' }, members: [req('DLTJSK')] },
  { id: 'Y1', section: '本文 3.4 (1)', name: { ja: '利用者基本情報', en: 'Basic information' }, members: [req('UPKIHON'), ...KIHON_SUBS] },
  { id: 'Y2', section: '本文 3.4 (2)', name: { ja: '介護予防サービス・支援計画書＋利用者基本情報', en: 'Preventive plan + basic information' }, members: [req('UPYOBO'), opt('UPYOBO_SUB'), req('UPKIHON'), ...KIHON_SUBS] },
  { id: 'Y3', section: '本文 3.4 (3)', name: { ja: '介護予防サービス・支援計画書', en: 'Preventive plan' }, members: [req('UPYOBO'), opt('UPYOBO_SUB')] },
  { id: 'Y4', section: '本文 3.4 (4)', name: { ja: 'サービス利用票＋別表＋利用者補足情報', en: 'Usage slip + appendix + supplement' }, members: [req('UPPLAN'), req('UPSIKYU'), req('UPHOSOKU')] },
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
 * The units whose members allow exactly this set of kinds (all required ones present, nothing
 * foreign), as the units were in `edition` (default: the current one).
 */
export function matchUnits(kinds: ReadonlySet<FileKindId>, edition: EditionSpec = CURRENT_EDITION): TransmissionUnit[] {
  return TRANSMISSION_UNITS.filter((u) => u.members.every((m) => kindExistsIn(m.kind, edition) || !m.required))
    .map((u) => unitIn(u, edition))
    .filter((u) => [...kinds].every((k) => u.members.some((m) => m.kind === k)) && u.members.every((m) => !m.required || kinds.has(m.kind)));
}
