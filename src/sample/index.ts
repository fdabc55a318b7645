/**
 * Sample data: valid records, files and whole transmission units with realistic fake content.
 * Deterministic for a seed (a seeded PRNG; no Math.random, no clock). Every file is written by
 * stringifyFile (canonical CP932 bytes) and named by buildFilename.
 *
 * Who sends: UPJSK and DLTJSK (units K5, K6, Y8, Y9) go from the service provider to the care
 * manager; every other kind goes from the care manager (居宅介護支援事業所 / 地域包括支援センター等,
 * service type 43) to the provider. `sender` and `receiver` in the options are always the actual
 * sender and receiver of the file.
 *
 * 居宅 or 介護予防: the 介護予防 kinds (UPKIHON*, UPYOBO*, DLTKIHON, DLTYOBO) and the Y units use
 * preventive content (要支援, 訪問型サービス A2 provider by default); the shared kinds (UPHOSOKU,
 * 第6表, 第7表) do so when the provider's service type is a 予防給付/総合事業 type.
 */
import { describeValue } from '../core/refuse.js';
import type { KindId } from '../spec/kind.js';
import type { KindRecord } from '../spec/kinds/index.js';
import { isKindId } from '../spec/kinds/index.js';
import { stringifyFile } from '../codec/stringify.js';
import { buildFilename } from '../filenames/build.js';
import type { FileKindId, FilenameConvention } from '../filenames/grammar.js';
import { TRANSMISSION_UNITS } from '../spec/units.js';
import { makeContext, type Party, type SampleContext } from './context.js';
import { buildRecords, imageFileName } from './records.js';
import { tinyJpeg } from './jpeg.js';

export type { Party } from './context.js';
export { DEFAULT_CARE_OFFICE, DEFAULT_PROVIDER, DEFAULT_YOBO_PROVIDER } from './context.js';
export { tinyJpeg } from './jpeg.js';
export { Rng } from './random.js';

export interface SampleOptions {
  /** PRNG seed (default 1). The same seed gives the same bytes. */
  seed?: number | undefined;
  /**
   * Number of users (default 3). Kinds with one record per user (1表, 補足, 利用者基本情報, 計画書,
   * deletions) give exactly this many records; line kinds (2表, 3表, 6表, 7表, 別表) give several
   * records per user.
   */
  records?: number | undefined;
  /** ファイル連番 YYYYMMDDHHMMSS (default: the 25th of the month before `month`, 10:30:00). */
  timestamp?: string | undefined;
  /** The actual sender of the file(s). */
  sender?: Party | undefined;
  /** The actual receiver of the file(s). */
  receiver?: Party | undefined;
  /** サービス提供年月 / 対象年月 YYYYMM (default 202505, or the month after `timestamp`). */
  month?: string | undefined;
  /**
   * UPHOSOKU only: linked to 1〜3表 ('plan', the default for a single file: file-name month and
   * No.63 000000, No.4 the plan date) or to 6・7表 ('month': the service month, No.4 00000000).
   * Transmission units choose by themselves (K1 'plan'; K2/Y4 'month').
   */
  hosoku?: 'plan' | 'month' | undefined;
}

const PROVIDER_SENDS: ReadonlySet<FileKindId> = new Set(['UPJSK', 'DLTJSK']);
const YOBO_KINDS: ReadonlySet<FileKindId> = new Set([
  'UPKIHON',
  'DLTKIHON',
  'UPKIHON_SUB1',
  'UPKIHON_SUB2',
  'UPKIHON_IMAGE',
  'UPYOBO',
  'DLTYOBO',
  'UPYOBO_SUB',
]);

function contextFor(kind: FileKindId, options: SampleOptions, unit?: { providerSends: boolean; yobo: boolean; hosoku: 'plan' | 'month' }): SampleContext {
  const providerSends = unit?.providerSends ?? PROVIDER_SENDS.has(kind);
  return makeContext({
    seed: options.seed,
    records: options.records,
    timestamp: options.timestamp,
    month: options.month,
    careOffice: providerSends ? options.receiver : options.sender,
    provider: providerSends ? options.sender : options.receiver,
    providerSends,
    yobo: unit?.yobo ?? YOBO_KINDS.has(kind),
    hosoku: unit?.hosoku ?? options.hosoku,
  });
}

/**
 * Valid records of a kind with realistic fake data (fake names, addresses, 事業所番号, サービスコード …).
 *
 * @example
 * ```ts
 * import { sampleRecords } from 'careplan-csv/testing';
 *
 * const records = sampleRecords('UPJSK', { seed: 3, records: 2 }); // valid, with fake names and numbers
 * ```
 */
export function sampleRecords<K extends KindId>(kind: K, options: SampleOptions = {}): KindRecord<K>[] {
  if (!isKindId(kind)) throw new RangeError(`sampleRecords: kind is not a file kind (got ${describeValue(kind)})`);
  return buildRecords(kind, contextFor(kind, options)) as unknown as KindRecord<K>[];
}

function fileName(kind: FileKindId, ctx: SampleContext, convention: FilenameConvention = 'v4'): string {
  const withMonth = kind === 'UPHOSOKU' || kind === 'UPPLAN' || kind === 'UPJSK' || kind === 'DLTPLAN' || kind === 'DLTJSK' || kind === 'UPSIKYU';
  return buildFilename(
    kind,
    {
      ...(withMonth ? { targetMonth: kind === 'UPHOSOKU' && ctx.hosoku === 'plan' ? '000000' : ctx.month } : {}),
      senderOffice: ctx.sender.office,
      receiverOffice: ctx.receiver.office,
      ...(convention === 'v4' ? { senderServiceType: ctx.sender.serviceType, receiverServiceType: ctx.receiver.serviceType } : {}),
      timestamp: ctx.timestamp,
    },
    { convention },
  );
}

/** Writes records through stringifyFile; a generator bug (any error) throws with the issues. */
function encode(kind: KindId, records: readonly Record<string, string>[], name: string): Uint8Array {
  const result = stringifyFile(kind, records, { file: name });
  if (!result.ok || !result.bytes) {
    const first = result.issues.filter((i) => i.severity === 'error').slice(0, 5);
    throw new Error(`sample ${kind}: generated records do not validate: ${JSON.stringify(first)}`);
  }
  return result.bytes;
}

function filesOf(kind: FileKindId, ctx: SampleContext): { name: string; bytes: Uint8Array }[] {
  if (kind === 'UPKIHON_IMAGE')
    return ctx.users.map((u) => ({ name: imageFileName(ctx, u), bytes: tinyJpeg(`careplan-csv sample family image ${u.index + 1}`) }));
  const name = fileName(kind, ctx);
  return [{ name, bytes: encode(kind, buildRecords(kind, ctx), name) }];
}

/**
 * One valid file: canonical CP932 bytes (via stringifyFile) and its file name (via buildFilename). UPKIHON_IMAGE: a tiny valid JPEG.
 *
 * @example
 * ```ts
 * import { sampleFile } from 'careplan-csv/testing';
 *
 * const { name, bytes } = sampleFile('UPPLAN', { seed: 1 }); // a valid UPPLAN_….CSV
 * ```
 */
export function sampleFile(kind: FileKindId, options: SampleOptions = {}): { name: string; bytes: Uint8Array } {
  if (kind !== 'UPKIHON_IMAGE' && !isKindId(kind)) throw new RangeError(`sampleFile: kind is not a file kind (got ${describeValue(kind)})`);
  return filesOf(kind, contextFor(kind, options))[0]!;
}

/**
 * A complete valid transmission unit (ids from TRANSMISSION_UNITS: 'K1'…'K6', 'Y1'…'Y9'): every
 * member kind, optional ones included; all files share one timestamp and sender/receiver, and
 * their keys link (2表/3表/補足 ↔ 1表 by 保険者番号+被保険者番号+居宅サービス計画作成(変更)日;
 * 7表/補足 ↔ 6表 by 保険者番号+被保険者番号+対象年月; UPKIHON_SUB1/SUB2 ↔ UPKIHON by
 * 保険者番号+被保険者番号+相談日; UPYOBO_SUB ↔ UPYOBO by 保険者番号+被保険者番号+計画作成(変更)日;
 * UPKIHON No.62 = the UPKIHON_IMAGE file name, one image per user).
 *
 * @example
 * ```ts
 * import { sampleTransmission } from 'careplan-csv/testing';
 *
 * const files = sampleTransmission('K1', { seed: 1 }); // UP1KYO, UP2KYO, UP3KYO and UPHOSOKU, linked
 * ```
 */
export function sampleTransmission(unitId: string, options: SampleOptions = {}): { name: string; bytes: Uint8Array }[] {
  const unit = TRANSMISSION_UNITS.find((u) => u.id === unitId);
  if (!unit)
    throw new RangeError(
      `sampleTransmission: unit is not a transmission unit (got ${describeValue(unitId)}); expected one of ${TRANSMISSION_UNITS.map((u) => u.id).join(', ')}`,
    );
  const kinds = unit.members.map((m) => m.kind);
  const providerSends = kinds.every((k) => PROVIDER_SENDS.has(k));
  const ctx = contextFor(kinds[0]!, options, { providerSends, yobo: unit.id.startsWith('Y'), hosoku: kinds.includes('UP1KYO') ? 'plan' : 'month' });
  return kinds.flatMap((k) => filesOf(k, ctx));
}

/**
 * Files under the older convention (CSV 202208, 第3.x版): the records of the v3 layout (第4版's
 * equipment fields dropped) written with that layout, and the legacy file name without
 * service-type segments. For fixtures of older files; parseFile reports FILE_OLDER_CSV_VERSION
 * and FILENAME_LEGACY_CONVENTION on them.
 */
export function sampleLegacyFile(kind: LegacyKind, options: SampleOptions = {}): { name: string; bytes: Uint8Array } {
  return legacyFile(kind, contextFor(kind, { month: LEGACY_MONTH, ...options }));
}

/** The kinds of the older convention the samples write (第6表/第7表/実績 and the 1〜2表 unit). */
export type LegacyKind = 'UPPLAN' | 'UPSIKYU' | 'UPJSK' | 'UP1KYO' | 'UP2KYO' | 'UPHOSOKU';
const LEGACY_VERSION = '202208';
/** A service month CSV 202208 applies to (2023年1月 to 2025年3月). */
const LEGACY_MONTH = '202409';

function legacyFile(kind: LegacyKind, ctx: SampleContext): { name: string; bytes: Uint8Array } {
  const drop = new Set(['taisCode', 'notificationCode', 'equipmentName']);
  const records = buildRecords(kind, ctx).map((r) => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (!drop.has(k)) out[k] = k === 'csvVersion' ? LEGACY_VERSION : v;
    return out;
  });
  const name = fileName(kind, ctx, 'v3');
  const result = stringifyFile(kind, records, { csvVersion: LEGACY_VERSION, file: name });
  if (!result.ok || !result.bytes) throw new Error(`sample ${kind} (${LEGACY_VERSION}): ${JSON.stringify(result.issues.slice(0, 5))}`);
  return { name, bytes: result.bytes };
}

/**
 * A transmission unit as CSV 202208 (第3版〜第3.2版) had it, under the older name convention: 'K1' is
 * 第1表 + 第2表 + 利用者補足情報 (第3表 came with 第4版); 'K2' 第6表 + 第7表 + 補足; 'K5' 実績.
 * validateBundle accepts them with the older-version warnings only.
 */
export function sampleLegacyTransmission(unitId: 'K1' | 'K2' | 'K5', options: SampleOptions = {}): { name: string; bytes: Uint8Array }[] {
  const kinds: Record<typeof unitId, LegacyKind[]> = { K1: ['UP1KYO', 'UP2KYO', 'UPHOSOKU'], K2: ['UPPLAN', 'UPSIKYU', 'UPHOSOKU'], K5: ['UPJSK'] };
  if (!Object.hasOwn(kinds, unitId)) throw new RangeError(`sampleLegacyTransmission: unknown unit ${JSON.stringify(String(unitId))}; expected K1, K2 or K5`);
  const members = kinds[unitId];
  const ctx = contextFor(
    members[0]!,
    { month: LEGACY_MONTH, ...options },
    { providerSends: unitId === 'K5', yobo: false, hosoku: unitId === 'K1' ? 'plan' : 'month' },
  );
  return members.map((k) => legacyFile(k, ctx));
}

export type { SampleContext } from './context.js';
