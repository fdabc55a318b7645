/**
 * Transmission units (本文 2.4/3.4): the files with one ファイル連番 share sender and receiver, and
 * their kinds form one of the spec's combinations, each kind once (images excepted).
 */
import type { FileKindId, FilenameParts } from '../../filenames/grammar.js';
import type { BundleRule } from '../rule.js';
import { matchUnits } from '../../spec/units.js';

const parties = (f: { readonly filename: Partial<FilenameParts> }) =>
  `${f.filename.senderOffice}|${f.filename.senderServiceType ?? ''}|${f.filename.receiverOffice}|${f.filename.receiverServiceType ?? ''}`;

export const transmissionUnits: BundleRule = {
  id: 'transmissionUnits',
  codes: ['BUNDLE_UNIT_PARTIES_DIFFER', 'BUNDLE_INVALID_COMBINATION', 'BUNDLE_DUPLICATE_KIND'],
  scope: 'transmission',
  check({ groups }, sink) {
    for (const [timestamp, files] of groups) {
      const first = files[0]!;
      for (const f of files.slice(1))
        if (parties(f) !== parties(first)) sink.add('BUNDLE_UNIT_PARTIES_DIFFER', { file: f.name }, { timestamp });
      const kinds = new Set<FileKindId>();
      for (const f of files) {
        if (kinds.has(f.kind!) && f.kind !== 'UPKIHON_IMAGE') sink.add('BUNDLE_DUPLICATE_KIND', { file: f.name }, { kind: f.kind! });
        kinds.add(f.kind!);
      }
      if (matchUnits(kinds).length === 0) sink.add('BUNDLE_INVALID_COMBINATION', {}, { kinds: [...kinds].sort().join('+'), timestamp });
    }
  },
};
