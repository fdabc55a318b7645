/** Every CSV of a send is one of the standard's file kinds, and no name appears twice. */
import type { BundleRule } from '../rule.js';

export const standardCsvOnly: BundleRule = {
  id: 'standardCsvOnly',
  codes: ['BUNDLE_NOT_STANDARD_CSV', 'BUNDLE_DUPLICATE_NAME'],
  scope: 'send',
  beforeDecoding: true,
  check({ files }, sink) {
    const seen = new Map<string, number>();
    for (const f of files) {
      if (f.extension.toUpperCase() === 'CSV' && f.kind === undefined) sink.add('BUNDLE_NOT_STANDARD_CSV', { file: f.name });
      seen.set(f.name, (seen.get(f.name) ?? 0) + 1);
    }
    // One issue per name, with the true count (a name seen 40 times is one issue saying 40).
    for (const [name, count] of seen) if (count > 1) sink.add('BUNDLE_DUPLICATE_NAME', { file: name }, { count });
  },
};
