/**
 * Transmission units (本文 2.4/3.4): the files with one ファイル連番 share sender and receiver, and
 * their kinds form one of the spec's combinations of their edition (CSV 202208 and older: 1〜3表
 * without 第3表), each kind once (images excepted). Several complete upload units under one
 * ファイル連番 (e.g. 予定 and 実績), or one sender's ファイル連番 used for several receivers whose files
 * each form units, are warnings: the spec's examples leave them in doubt. Two senders that happen
 * to write the same ファイル連番 made two sends: nothing to say.
 */
import type { FileKindId } from '../../filenames/grammar.js';
import type { BundleRule } from '../rule.js';
import { editionsOf, mergedUnitsOf, mixedGenerations, partiesOf, unitsOf } from '../unit-groups.js';

export const transmissionUnits: BundleRule = {
  id: 'transmissionUnits',
  codes: ['BUNDLE_UNIT_PARTIES_DIFFER', 'BUNDLE_INVALID_COMBINATION', 'BUNDLE_DUPLICATE_KIND', 'BUNDLE_UNITS_MERGED', 'BUNDLE_SEQUENCE_SHARED', 'BUNDLE_MIXED_EDITIONS'],
  scope: 'transmission',
  check({ groups }, sink) {
    // ファイル連番 + sender → the groups (receivers) it was used for.
    const perSequence = new Map<string, number>();
    for (const files of groups.values()) {
      const first = files[0]!;
      const timestamp = first.filename.timestamp!;
      const sequence = `${timestamp}|${first.filename.senderOffice}|${first.filename.senderServiceType ?? ''}`;
      perSequence.set(sequence, (perSequence.get(sequence) ?? 0) + 1);
      for (const f of files.slice(1)) if (partiesOf(f) !== partiesOf(first)) sink.add('BUNDLE_UNIT_PARTIES_DIFFER', { file: f.name }, { timestamp });
      const kinds = new Set<FileKindId>();
      for (const f of files) {
        if (kinds.has(f.kind!) && f.kind !== 'UPKIHON_IMAGE') sink.add('BUNDLE_DUPLICATE_KIND', { file: f.name }, { kind: f.kind! });
        kinds.add(f.kind!);
      }
      const editions = editionsOf(files);
      if (mixedGenerations(editions)) sink.add('BUNDLE_MIXED_EDITIONS', {}, { versions: editions.map((e) => e.csvVersion).sort().join(', '), timestamp });
      if (unitsOf(files).length > 0) continue;
      const merged = mergedUnitsOf(files);
      if (merged.length > 0) sink.add('BUNDLE_UNITS_MERGED', {}, { units: merged.map((p) => p.map((u) => u.id).join('+')).join(' / '), timestamp });
      else sink.add('BUNDLE_INVALID_COMBINATION', {}, { kinds: [...kinds].sort().join('+'), timestamp });
    }
    // Only one sender's ファイル連番 can be shared: two senders that happen to write the same timestamp
    // made two sends.
    for (const [sequence, count] of perSequence) if (count > 1) sink.add('BUNDLE_SEQUENCE_SHARED', {}, { timestamp: sequence.slice(0, sequence.indexOf('|')), count });
  },
};
