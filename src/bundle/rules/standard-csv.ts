/** Every CSV of a send is one of the standard's file kinds, and no name appears twice. */
import type { BundleRule } from '../rule.js';

export const standardCsvOnly: BundleRule = {
  id: 'standardCsvOnly',
  codes: ['BUNDLE_NOT_STANDARD_CSV', 'BUNDLE_DUPLICATE_NAME'],
  scope: 'send',
  beforeDecoding: true,
  check({ files }, sink) {
    const seen = new Set<string>();
    for (const f of files) {
      if (f.extension.toUpperCase() === 'CSV' && f.kind === undefined) sink.add('BUNDLE_NOT_STANDARD_CSV', { file: f.name });
      if (seen.has(f.name)) sink.add('BUNDLE_DUPLICATE_NAME', { file: f.name });
      seen.add(f.name);
    }
  },
};
