/** Only CSV, PDF, JPEG/JPG, GIF, PNG and TXT files can be sent (case-insensitive). */
import type { BundleRule } from '../rule.js';

export const ALLOWED_EXTENSIONS: ReadonlySet<string> = new Set(['CSV', 'PDF', 'JPEG', 'JPG', 'GIF', 'PNG', 'TXT']);

export const allowedExtensions: BundleRule = {
  id: 'allowedExtensions',
  codes: ['BUNDLE_EXTENSION_NOT_ALLOWED'],
  scope: 'send',
  beforeDecoding: true,
  check({ files }, sink) {
    for (const f of files)
      if (!ALLOWED_EXTENSIONS.has(f.extension.toUpperCase()))
        sink.add('BUNDLE_EXTENSION_NOT_ALLOWED', { file: f.name }, { extension: f.extension === '' ? '(none)' : f.extension.slice(0, 16) });
  },
};
