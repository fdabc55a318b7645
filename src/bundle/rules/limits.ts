/**
 * Per-send limits (the official client's rule): at most 30 files and 10 MB per send. 10 MB is read
 * as 10 × 1024 × 1024 bytes, the larger reading, so that no send the client takes is refused here.
 * Checked on sizes only, before anything is decoded.
 */
import type { BundleRule } from '../rule.js';
import { DEFAULT_MAX_BYTES } from '../../codec/limits.js';

export const MAX_FILES_PER_SEND = 30;
export const MAX_BYTES_PER_SEND = DEFAULT_MAX_BYTES;

export const sendLimits: BundleRule = {
  id: 'sendLimits',
  codes: ['BUNDLE_TOO_MANY_FILES', 'BUNDLE_TOO_LARGE'],
  scope: 'send',
  beforeDecoding: true,
  check({ files, options }, sink) {
    const maxFiles = options.maxFiles ?? MAX_FILES_PER_SEND;
    const maxBytes = options.maxTotalBytes ?? MAX_BYTES_PER_SEND;
    if (files.length > maxFiles) sink.add('BUNDLE_TOO_MANY_FILES', {}, { count: files.length, limit: maxFiles });
    const size = files.reduce((n, f) => n + f.size, 0);
    if (size > maxBytes) sink.add('BUNDLE_TOO_LARGE', {}, { size, limit: maxBytes });
  },
};
