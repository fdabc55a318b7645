/**
 * The registry of editions, newest first, and what follows from it: the layout of a kind in an
 * edition (the current declaration with each older edition's changes applied in turn), and
 * whether a kind existed.
 */
import type { EditionSpec, FilenameConvention } from '../edition.js';
import type { FieldSpec } from '../fields.js';
import type { FileKindId, KindId, KindSpec } from '../kind.js';
import { checkKind, getKind } from '../kinds/index.js';
import { describeValue } from '../../core/refuse.js';
import { E201910 } from './201910.js';
import { E202003 } from './202003.js';
import { E202208 } from './202208.js';
import { E202407 } from './202407.js';
import { E202504 } from './202504.js';

export const EDITIONS: readonly EditionSpec[] = [E202407, E202504, E202208, E202003, E201910];

const byVersion = new Map(EDITIONS.map((e) => [e.csvVersion, e]));
const current = EDITIONS.filter((e) => e.newer === undefined);
if (current.length !== 1) throw new Error(`editions: exactly one edition is current (has no newer edition), not ${current.length}`);
for (const e of EDITIONS) if (e.newer !== undefined && !byVersion.has(e.newer)) throw new Error(`edition ${e.csvVersion}: unknown newer edition ${e.newer}`);

/** The current edition. */
export const CURRENT_EDITION: EditionSpec = current[0]!;
export const CURRENT_CSV_VERSION = CURRENT_EDITION.csvVersion;

export const editionOf = (csvVersion: string | null | undefined): EditionSpec | undefined => (csvVersion ? byVersion.get(csvVersion) : undefined);
export const isKnownCsvVersion = (v: string): boolean => byVersion.has(v);

/**
 * The CSV versions that apply to a service month (YYYYMM): the editions with the latest
 * 適用開始年月 not after it (202504 and 202407 share 2025年4月). Empty before the first edition.
 * 各表 No.1: 「新しいバージョンの適用年月となるサービス提供年月から適用する」.
 */
export function csvVersionsFor(month: string): string[] {
  const started = EDITIONS.filter((e) => e.appliesFrom <= month);
  if (started.length === 0) return [];
  const latest = started.reduce((m, e) => (e.appliesFrom > m ? e.appliesFrom : m), '');
  return started.filter((e) => e.appliesFrom === latest).map((e) => e.csvVersion);
}

/** The editions from the current one down to `edition`, newest first. */
function chainTo(edition: EditionSpec): EditionSpec[] {
  const chain: EditionSpec[] = [];
  for (let e: EditionSpec | undefined = edition; e; e = e.newer === undefined ? undefined : byVersion.get(e.newer)) chain.unshift(e);
  return chain;
}

/** Whether a kind existed in an edition (no edition between it and the current one added it). */
export const kindExistsIn = (kind: FileKindId, edition: EditionSpec): boolean => !chainTo(edition).some((e) => e.changes?.missingKinds?.includes(kind));

/** Whether a transmission unit existed in an edition (no edition between it and the current one added it). */
export const unitExistsIn = (unitId: string, edition: EditionSpec): boolean => !chainTo(edition).some((e) => e.changes?.missingUnits?.includes(unitId));

/** A unit's members that an edition did not have yet. */
export const unitKindsMissingIn = (unitId: string, edition: EditionSpec): ReadonlySet<FileKindId> =>
  new Set(chainTo(edition).flatMap((e) => e.changes?.units?.[unitId]?.without ?? []));

function applyChange(kind: KindSpec, edition: EditionSpec): KindSpec {
  const change = edition.changes?.layouts?.[kind.id];
  if (!change) return kind;
  const removed = new Set(change.removedFields ?? []);
  const fields: FieldSpec[] = [];
  for (const f of kind.fields) {
    if (removed.has(f.key)) continue;
    fields.push({ ...f, no: fields.length + 1, ...(change.lengths?.[f.key] ?? {}) });
  }
  // A rule applies to a layout only when the layout has every field the rule reads.
  const has = new Set(fields.map((f) => f.key));
  const applies = (r: { reads: readonly string[] }) => r.reads.every((k) => has.has(k));
  return { ...kind, fields, recordRules: kind.recordRules.filter(applies), fileRules: kind.fileRules.filter(applies) };
}

const layouts = new Map<string, KindSpec | null>();

/**
 * The layout that reads `kind` files of `csvVersion`, or null when that edition had no such kind
 * (e.g. UP3KYO in 202208). Unknown versions are read with the current layout (and reported by the
 * file rules).
 *
 * @example
 * ```ts
 * import { layoutFor } from 'careplan-csv';
 *
 * layoutFor('UPPLAN', '202208')?.fields.length; // 22 (the 第3.x版 layout)
 * layoutFor('UPPLAN', '202407')?.fields.length; // the current layout
 * ```
 */
export function layoutFor(kind: KindId, csvVersion: string | null | undefined): KindSpec | null {
  checkKind('layoutFor', 'kind', kind);
  if (csvVersion !== null && csvVersion !== undefined && typeof csvVersion !== 'string')
    throw new TypeError(`layoutFor: csvVersion must be a string or null (got ${describeValue(csvVersion)})`);
  const edition = editionOf(csvVersion) ?? CURRENT_EDITION;
  const id = `${kind}@${edition.csvVersion}`;
  if (!layouts.has(id)) {
    let layout: KindSpec | null = getKind(kind);
    // Apply each older edition's changes, newest first; layouts equal to the newer one are shared.
    for (const e of chainTo(edition).slice(1)) {
      if (e.changes?.missingKinds?.includes(kind)) layout = null;
      if (layout) layout = applyChange(layout, e);
    }
    layouts.set(id, layout);
  }
  return layouts.get(id) ?? null;
}

/** Public summary of an edition, as `CSV_VERSIONS` lists it. */
export interface CsvVersionInfo {
  readonly version: string;
  readonly edition: string;
  readonly appliesFrom: string;
  /** Which file-name (and layout) generation it belongs to. */
  readonly layout: FilenameConvention;
}

/** Every value of the spec's version history. */
export const CSV_VERSIONS: Readonly<Record<string, CsvVersionInfo>> = Object.fromEntries(
  EDITIONS.map((e) => [e.csvVersion, { version: e.csvVersion, edition: e.name.ja, appliesFrom: e.appliesFrom, layout: e.filenames }]),
);

export type { EditionSpec, FilenameConvention };
