/**
 * The month segment of UPHOSOKU's name says which unit it belongs to: 000000 with 1〜3表 (K1),
 * the service month of 第6表 with 6・7表 (K2/Y4). (UPHOSOKU file-name rule; 本文 2.4.)
 */
import type { BundleRule } from '../rule.js';

export const hosokuMonthSegment: BundleRule = {
  id: 'hosokuMonthSegment',
  codes: ['BUNDLE_HOSOKU_MONTH_SEGMENT'],
  scope: 'transmission',
  check({ groups }, sink) {
    for (const files of groups.values()) {
      const hosoku = files.find((f) => f.kind === 'UPHOSOKU');
      if (!hosoku) continue;
      const plan = files.find((f) => f.kind === 'UPPLAN');
      const expected = files.some((f) => f.kind === 'UP1KYO') ? '000000' : plan?.filename.targetMonth;
      if (expected !== undefined && hosoku.filename.targetMonth !== expected) sink.add('BUNDLE_HOSOKU_MONTH_SEGMENT', { file: hosoku.name }, { expected });
    }
  },
};
