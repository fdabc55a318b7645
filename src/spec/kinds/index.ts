/**
 * The registry of file kinds: one declaration each, keyed by kind id, with the rules of
 * spec/rules attached. A rule that reads a field its kind lacks fails here, when the module loads.
 */
import { describeValue } from '../../core/refuse.js';
import type { AttachmentKindSpec, FileKindId, KindId, KindSpec, RecordOf, TableSpec } from '../kind.js';
import { RULES, type FileRule, type RecordRule } from '../rules/index.js';
import { UPKIHON_IMAGE } from './upkihon-image.js';
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

const DECLARED = {
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
} as const satisfies Record<KindId, KindSpec>;

function withRules<T extends KindSpec>(kind: T): T {
  const keys = new Set(kind.fields.map((f) => f.key));
  const mine = RULES.filter((r) => r.kinds.includes(kind.id));
  for (const rule of mine) for (const key of rule.reads) if (!keys.has(key)) throw new Error(`rule ${rule.id} reads "${key}", which ${kind.id} does not have`);
  return {
    ...kind,
    recordRules: mine.filter((r): r is RecordRule => r.scope === 'record'),
    fileRules: mine.filter((r): r is FileRule => r.scope === 'file'),
  };
}

/** Every CSV kind, keyed by id, with its rules. */
export const KINDS = Object.fromEntries(Object.entries(DECLARED).map(([id, kind]) => [id, withRules(kind)])) as unknown as typeof DECLARED;
/** The former name of `KINDS`. */
export const TABLES = KINDS;

/** Every file kind of the standard, the 家族構成 image included. */
export const FILE_KINDS: Readonly<Record<FileKindId, KindSpec | AttachmentKindSpec>> = { ...KINDS, UPKIHON_IMAGE };
export const FILE_KIND_IDS = Object.keys(FILE_KINDS) as FileKindId[];

export const KIND_IDS = Object.keys(KINDS) as KindId[];

/** The typed record of each kind: one string per field key. */
export type KindRecord<K extends KindId> = RecordOf<(typeof KINDS)[K]>;

/**
 * True when the string is the id of a CSV file kind (UPJSK, UPPLAN …).
 *
 * @example
 * ```ts
 * import { isKindId } from 'careplan-csv';
 *
 * isKindId('UPJSK'); // true
 * isKindId('UPKIHON_IMAGE'); // false (an image, not a CSV)
 * ```
 */
export const isKindId = (s: unknown): s is KindId => typeof s === 'string' && Object.prototype.hasOwnProperty.call(KINDS, s);

/**
 * The declaration of a file kind: its fields (No., key, names, format, length…), file-name pattern and links.
 *
 * @example
 * ```ts
 * import { getKind } from 'careplan-csv';
 *
 * getKind('UPJSK').fields.find((f) => f.no === 3)?.name.ja; // '被保険者番号'
 * ```
 */
export function getKind(kind: KindId): KindSpec {
  return KINDS[checkKind('getKind', 'kind', kind)];
}

/**
 * A kind given to the API: one of KIND_IDS, else a TypeError (RangeError with `Err`) naming the
 * function and the option, never the value (refuse, don't guess).
 */
export function checkKind(where: string, option: string, kind: unknown, Err: ErrorConstructor = TypeError): KindId {
  if (isKindId(kind)) return kind;
  throw new Err(`${where}: ${option} is not a file kind (got ${describeValue(kind)}); expected one of ${KIND_IDS.join(', ')}`);
}

/** Same, the 家族構成 image (UPKIHON_IMAGE) included. */
export function checkFileKind(where: string, option: string, kind: unknown, Err: ErrorConstructor = TypeError): FileKindId {
  if (typeof kind === 'string' && Object.hasOwn(FILE_KINDS, kind)) return kind as FileKindId;
  throw new Err(`${where}: ${option} is not a file kind (got ${describeValue(kind)}); expected one of ${FILE_KIND_IDS.join(', ')}`);
}
/** The former name of `getKind`. */
export const getTable: (kind: KindId) => TableSpec = getKind;
