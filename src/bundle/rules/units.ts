/**
 * Transmission units (本文 2.4/3.4): the files with one ファイル連番 share sender and receiver, and
 * their kinds form one of the spec's combinations of their edition (CSV 202208 and older: 1〜3表
 * without 第3表), each kind once (images excepted). Several complete upload units under one
 * ファイル連番 (e.g. 予定 and 実績), or one sender's ファイル連番 used for several receivers whose files
 * each form units, are warnings: the spec's examples leave them in doubt. Two senders that happen
 * to write the same ファイル連番 made two sends: nothing to say.
 *
 * When a ファイル連番's files are no unit, the issue names the nearest unit of the spec (fewest kinds
 * missing or extra), the kinds that unit misses, and the other ファイル連番 of the send where a missing
 * kind was found (a file renamed with another timestamp), so that the message can say what to do.
 */
import type { FileKindId, FilenameParts } from '../../filenames/grammar.js';
import type { BundleContextFile } from '../types.js';
import { CURRENT_EDITION, kindExistsIn, type EditionSpec } from '../../spec/editions/index.js';
import { TRANSMISSION_UNITS, unitIn, type TransmissionUnit } from '../../spec/units.js';
import type { BundleRule } from '../rule.js';
import { editionsOf, mergedUnitsOf, mixedGenerations, unitsOf } from '../unit-groups.js';

type Party = 'sender' | 'receiver';
const partyOf = (f: { readonly filename: Partial<FilenameParts> }, p: Party) =>
  p === 'sender'
    ? `${f.filename.senderOffice ?? ''}-${f.filename.senderServiceType ?? ''}`
    : `${f.filename.receiverOffice ?? ''}-${f.filename.receiverServiceType ?? ''}`;

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
export function nearestUnit(kinds: ReadonlySet<FileKindId>, edition: EditionSpec = CURRENT_EDITION): NearestUnit | undefined {
  let best: { unit: TransmissionUnit; missing: FileKindId[]; extra: FileKindId[]; ids: string[] } | undefined;
  const score = (b: { missing: FileKindId[]; extra: FileKindId[] }) => b.missing.length + b.extra.length;
  for (const u0 of TRANSMISSION_UNITS) {
    if (!u0.members.every((m) => kindExistsIn(m.kind, edition) || !m.required)) continue;
    const u = unitIn(u0, edition);
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
  codes: [
    'BUNDLE_UNIT_PARTIES_DIFFER',
    'BUNDLE_INVALID_COMBINATION',
    'BUNDLE_DUPLICATE_KIND',
    'BUNDLE_UNITS_MERGED',
    'BUNDLE_SEQUENCE_SHARED',
    'BUNDLE_MIXED_EDITIONS',
  ],
  scope: 'transmission',
  check({ groups }, sink) {
    // ファイル連番 + sender → the groups (receivers) it was used for.
    const perSequence = new Map<string, number>();
    for (const files of groups.values()) {
      const first = files[0]!;
      const timestamp = first.filename.timestamp!;
      const sequence = `${timestamp}|${first.filename.senderOffice}|${first.filename.senderServiceType ?? ''}`;
      perSequence.set(sequence, (perSequence.get(sequence) ?? 0) + 1);
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
      const editions = editionsOf(files);
      if (mixedGenerations(editions))
        sink.add(
          'BUNDLE_MIXED_EDITIONS',
          {},
          {
            versions: editions
              .map((e) => e.csvVersion)
              .sort()
              .join(', '),
            timestamp,
          },
        );
      if (unitsOf(files).length > 0) continue;
      const merged = mergedUnitsOf(files);
      if (merged.length > 0) sink.add('BUNDLE_UNITS_MERGED', {}, { units: merged.map((p) => p.map((u) => u.id).join('+')).join(' / '), timestamp });
      else sink.add('BUNDLE_INVALID_COMBINATION', {}, combinationParams(kinds, timestamp, editions[0]!, groups));
    }
    // Only one sender's ファイル連番 can be shared: two senders that happen to write the same timestamp
    // made two sends.
    for (const [sequence, count] of perSequence)
      if (count > 1) sink.add('BUNDLE_SEQUENCE_SHARED', {}, { timestamp: sequence.slice(0, sequence.indexOf('|')), count });
  },
};

/** What BUNDLE_INVALID_COMBINATION says: the nearest unit, the kinds it misses, where a missing kind went. */
function combinationParams(kinds: ReadonlySet<FileKindId>, timestamp: string, edition: EditionSpec, groups: ReadonlyMap<string, readonly BundleContextFile[]>) {
  const params: { kinds: string; timestamp: string; unit?: string; missing?: string; extra?: string; elsewhere?: string } = {
    kinds: [...kinds].sort().join('+'),
    timestamp,
  };
  const near = nearestUnit(kinds, edition);
  if (!near) return params;
  params.unit = near.ids;
  if (near.missing.length > 0) params.missing = near.missing.join('+');
  if (near.extra.length > 0) params.extra = near.extra.join('+');
  const elsewhere: string[] = [];
  for (const k of near.missing)
    for (const fs of groups.values()) {
      const other = fs[0]!.filename.timestamp!;
      if (other !== timestamp && fs.some((f) => f.kind === k)) elsewhere.push(`${k}:${other}`);
    }
  if (elsewhere.length > 0) params.elsewhere = elsewhere.join('+');
  return params;
}
