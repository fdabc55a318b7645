/** Codes of the BUNDLE layer: one send (送信) and the transmission units in it. */
import { code } from './define.js';

export const BUNDLE_CODES = {
  BUNDLE_TOO_MANY_FILES: code('error', { count: 'number', limit: 'number' }),
  BUNDLE_TOO_LARGE: code('error', { size: 'number', limit: 'number' }),
  BUNDLE_EXTENSION_NOT_ALLOWED: code('error', { extension: 'string' }),
  BUNDLE_NOT_STANDARD_CSV: code('error'),
  BUNDLE_DUPLICATE_NAME: code('error', { count: 'number' }),
  /** `party` is 'sender' or 'receiver'; `expected` the office-service type most files of the unit name, `actual` this file's. */
  BUNDLE_UNIT_PARTIES_DIFFER: code('error', { timestamp: 'string', party: 'string?', expected: 'string?', actual: 'string?' }),
  /**
   * `kinds`: the kinds present ('+'-joined ids). The nearest unit of the spec: `unit` (ids, '/'-joined
   * when several have the same members), the kinds it `missing`, the kinds `extra` to it, and the
   * other ファイル連番 where a missing kind was found (`elsewhere`, 'KIND:timestamp' '+'-joined).
   */
  BUNDLE_INVALID_COMBINATION: code('error', {
    kinds: 'string',
    timestamp: 'string',
    unit: 'string?',
    missing: 'string?',
    extra: 'string?',
    elsewhere: 'string?',
  }),
  BUNDLE_DUPLICATE_KIND: code('error', { kind: 'string' }),
  BUNDLE_MISSING_PARENT_RECORD: code('error', { parent: 'string', keys: 'string' }),
  BUNDLE_HOSOKU_MONTH_SEGMENT: code('error', { expected: 'string' }),
  BUNDLE_IMAGE_UNREFERENCED: code('warning'),
  BUNDLE_IMAGE_MISSING: code('error'),
  BUNDLE_SINGLE_FILE_NOTE: code('info'),
  /** 利用者基本情報 / 計画書 without its 別表: the spec says 原則 (never strict). */
  BUNDLE_APPENDIX_MISSING: code('warning', { kind: 'string' }),
  /** Several complete units under one ファイル連番 (e.g. 予定 and 実績): the spec's examples allow it in doubt. */
  BUNDLE_UNITS_MERGED: code('warning', { units: 'string', timestamp: 'string' }),
  /** One sender's ファイル連番 used for several receivers, each receiver's files a unit on their own. */
  BUNDLE_SEQUENCE_SHARED: code('warning', { timestamp: 'string', count: 'number' }),
  BUNDLE_MIXED_EDITIONS: code('warning', { versions: 'string', timestamp: 'string' }),
} as const;
