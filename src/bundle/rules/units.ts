/**
 * Transmission units (本文 2.4/3.4): the files with one ファイル連番 share sender and receiver, and
 * their kinds form one of the spec's combinations, each kind once (images excepted).
 *
 * When a ファイル連番's files are no unit, the issue names the nearest unit of the spec (fewest kinds
 * missing or extra), the kinds that unit misses, and the other ファイル連番 of the send where a missing
 * kind was found (a file renamed with another timestamp), so that the message can say what to do.
 */
import type { FileKindId, FilenameParts } from '../../filenames/grammar.js';
import type { BundleContextFile } from '../types.js';
import type { BundleRule } from '../rule.js';
import { CURRENT_EDITION, kindExistsIn } from '../../spec/editions/index.js';
import { TRANSMISSION_UNITS, matchUnits, unitIn, type TransmissionUnit } from '../../spec/units.js';

type Party = 'sender' | 'receiver';
const partyOf = (f: { readonly filename: Partial<FilenameParts> }, p: Party) =>
  p === 'sender' ? `${f.filename.senderOffice ?? ''}-${f.filename.senderServiceType ?? ''}` : `${f.filename.receiverOffice ?? ''}-${f.filename.receiverServiceType ?? ''}`;

/** The value most files hold (the first file's on a tie). */
function majority(files: readonly BundleContextFile[], p: Party): string {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(partyOf(f, p), (counts.get(partyOf(f, p)) ?? 0) + 1);
  let best = partyOf(files[0]!, p);
  for (const [v, n] of counts) if (n > counts.get(best)!) best = v;
  return best;
}

export interface NearestUnit {
  /** Ids of the nearest units ('/'-joined when several have the same members, e.g. K2/Y4). */
  readonly ids: string;
  readonly missing: readonly FileKindId[];
  readonly extra: readonly FileKindId[];
}

/** The unit of the spec that needs the fewest kinds added or removed to match `kinds`. */
export function nearestUnit(kinds: ReadonlySet<FileKindId>): NearestUnit | undefined {
  let best: { unit: TransmissionUnit; missing: FileKindId[]; extra: FileKindId[]; ids: string[] } | undefined;
  const score = (b: { missing: FileKindId[]; extra: FileKindId[] }) => b.missing.length + b.extra.length;
  for (const u0 of TRANSMISSION_UNITS) {
    if (!u0.members.every((m) => kindExistsIn(m.kind, CURRENT_EDITION) || !m.required)) continue;
    const u = unitIn(u0, CURRENT_EDITION);
    const missing = u.members.filter((m) => m.required && !kinds.has(m.kind)).map((m) => m.kind);
    const extra = [...kinds].filter((k) => !u.members.some((m) => m.kind === k));
    // A unit sharing no kind with the files is no hint at all.
    if (missing.length === u.members.filter((m) => m.required).length && extra.length === kinds.size) continue;
    const c = { unit: u, missing, extra, ids: [u.id] };
    if (!best || score(c) < score(best)) best = c;
    else if (score(c) === score(best) && sameMembers(c.unit, best.unit)) best.ids.push(u.id);
  }
  return best && { ids: best.ids.join('/'), missing: best.missing, extra: best.extra };
}

const sameMembers = (a: TransmissionUnit, b: TransmissionUnit) =>
  a.members.length === b.members.length && a.members.every((m) => b.members.some((n) => n.kind === m.kind && n.required === m.required));

export const transmissionUnits: BundleRule = {
  id: 'transmissionUnits',
  codes: ['BUNDLE_UNIT_PARTIES_DIFFER', 'BUNDLE_INVALID_COMBINATION', 'BUNDLE_DUPLICATE_KIND'],
  scope: 'transmission',
  check({ groups }, sink) {
    for (const [timestamp, files] of groups) {
      for (const p of ['sender', 'receiver'] as const) {
        const expected = majority(files, p);
        for (const f of files) {
          const actual = partyOf(f, p);
          if (actual !== expected) sink.add('BUNDLE_UNIT_PARTIES_DIFFER', { file: f.name }, { timestamp, party: p, expected, actual });
        }
      }
      const kinds = new Set<FileKindId>();
      for (const f of files) {
        if (kinds.has(f.kind!) && f.kind !== 'UPKIHON_IMAGE') sink.add('BUNDLE_DUPLICATE_KIND', { file: f.name }, { kind: f.kind! });
        kinds.add(f.kind!);
      }
      if (matchUnits(kinds).length > 0) continue;
      const near = nearestUnit(kinds);
      const params: { kinds: string; timestamp: string; unit?: string; missing?: string; extra?: string; elsewhere?: string } = { kinds: [...kinds].sort().join('+'), timestamp };
      if (near) {
        params.unit = near.ids;
        if (near.missing.length > 0) params.missing = near.missing.join('+');
        if (near.extra.length > 0) params.extra = near.extra.join('+');
        const elsewhere: string[] = [];
        for (const k of near.missing)
          for (const [other, fs] of groups) if (other !== timestamp && fs.some((f) => f.kind === k)) elsewhere.push(`${k}:${other}`);
        if (elsewhere.length > 0) params.elsewhere = elsewhere.join('+');
      }
      sink.add('BUNDLE_INVALID_COMBINATION', {}, params);
    }
  },
};
