/** The registry of file kinds: one declaration each, keyed by kind id. */
import type { KindId, RecordOf, TableSpec } from '../kind.js';
import { UPHOSOKU } from './uphosoku.js';
import { UP1KYO } from './up1kyo.js';
import { DLT1KYO } from './dlt1kyo.js';
import { UP2KYO } from './up2kyo.js';
import { UP3KYO } from './up3kyo.js';
import { UPPLAN } from './upplan.js';
import { UPJSK } from './upjsk.js';
import { DLTPLAN } from './dltplan.js';
import { DLTJSK } from './dltjsk.js';
import { UPSIKYU } from './upsikyu.js';
import { UPKIHON } from './upkihon.js';
import { DLTKIHON } from './dltkihon.js';
import { UPKIHON_SUB1 } from './upkihon-sub1.js';
import { UPKIHON_SUB2 } from './upkihon-sub2.js';
import { UPYOBO } from './upyobo.js';
import { DLTYOBO } from './dltyobo.js';
import { UPYOBO_SUB } from './upyobo-sub.js';

export const TABLES = {
  UPHOSOKU,
  UP1KYO,
  DLT1KYO,
  UP2KYO,
  UP3KYO,
  UPPLAN,
  UPJSK,
  DLTPLAN,
  DLTJSK,
  UPSIKYU,
  UPKIHON,
  DLTKIHON,
  UPKIHON_SUB1,
  UPKIHON_SUB2,
  UPYOBO,
  DLTYOBO,
  UPYOBO_SUB,
} as const satisfies Record<KindId, TableSpec>;

export const KIND_IDS = Object.keys(TABLES) as KindId[];

/** The typed record of each kind: one string per field key. */
export type KindRecord<K extends KindId> = RecordOf<(typeof TABLES)[K]>;

export const isKindId = (s: unknown): s is KindId => typeof s === 'string' && Object.prototype.hasOwnProperty.call(TABLES, s);

export function getTable(kind: KindId): TableSpec {
  const table = (TABLES as Record<string, TableSpec>)[kind];
  if (!table) throw new TypeError(`unknown file kind: ${String(kind)}`);
  return table;
}
