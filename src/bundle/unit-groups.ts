/**
 * Transmission units of a send: the files grouped by ファイル連番, and what the spec's unit table
 * of their edition says about each group. Shared by the unit rule and validateBundle's result.
 *
 * Grouping is by ファイル連番 (本文 2.4: 各ファイルで同じファイル連番をつける). One ファイル連番 used for
 * several (sender, receiver) pairs is split by pair only when each pair's files form units on
 * their own (a batch export to several receivers, 本文 5.1.1.3; or two senders that happen to write
 * the same timestamp); otherwise the files stay one group and the differing parties are an error
 * (BUNDLE_UNIT_PARTIES_DIFFER).
 */
import type { FileKindId } from '../filenames/grammar.js';
import { CURRENT_EDITION, editionOf, type EditionSpec } from '../spec/editions/index.js';
import { matchUnits, partitionIntoUnits, type TransmissionUnit } from '../spec/units.js';
import type { BundleContextFile } from './types.js';

/** The (sender, receiver) pair of a file's name. */
export const partiesOf = (f: Pick<BundleContextFile, 'filename'>): string =>
  `${f.filename.senderOffice}|${f.filename.senderServiceType ?? ''}|${f.filename.receiverOffice}|${f.filename.receiverServiceType ?? ''}`;

const V3 = editionOf('202208')!;

/**
 * The editions the files of a group were written in: each file's CSV version, else (no readable
 * version, or an image) its name's convention (v3 names: CSV 202208 and older).
 */
export function editionsOf(files: readonly BundleContextFile[]): EditionSpec[] {
  const out = new Map<string, EditionSpec>();
  for (const f of files) {
    const e = editionOf(f.parsed?.csvVersion) ?? (f.filename.convention === 'v3' ? V3 : f.filename.convention === 'v4' ? CURRENT_EDITION : undefined);
    if (e) out.set(e.csvVersion, e);
  }
  return out.size > 0 ? [...out.values()] : [CURRENT_EDITION];
}

/** The editions whose unit tables differ (v3 and v4 generations), when a group mixes them. */
export const mixedGenerations = (editions: readonly EditionSpec[]): boolean => new Set(editions.map((e) => e.filenames)).size > 1;

const kindsOf = (files: readonly BundleContextFile[]) => new Set(files.map((f) => f.kind as FileKindId));

const byId = (units: readonly TransmissionUnit[]) => [...new Map(units.map((u) => [u.id, u])).values()];

/** The units these files form as one unit, under any of their editions. */
export function unitsOf(files: readonly BundleContextFile[]): TransmissionUnit[] {
  const kinds = kindsOf(files);
  return byId(editionsOf(files).flatMap((e) => matchUnits(kinds, e)));
}

/** The splits of these files into several complete units (no kind twice), under any of their editions. */
export function mergedUnitsOf(files: readonly BundleContextFile[]): TransmissionUnit[][] {
  const kinds = kindsOf(files);
  if (files.filter((f) => f.kind !== 'UPKIHON_IMAGE').length !== [...kinds].filter((k) => k !== 'UPKIHON_IMAGE').length) return [];
  const seen = new Set<string>();
  return editionsOf(files)
    .flatMap((e) => partitionIntoUnits(kinds, e))
    .filter((p) => {
      const key = p.map((u) => u.id).join('+');
      return !seen.has(key) && (seen.add(key), true);
    });
}

const formsUnits = (files: readonly BundleContextFile[]) => unitsOf(files).length > 0 || mergedUnitsOf(files).length > 0;

/**
 * Files of a known kind grouped by ファイル連番, in ascending order; a ファイル連番 of several
 * (sender, receiver) pairs whose files each form units is split by pair.
 */
export function unitGroups(files: readonly BundleContextFile[]): Map<string, BundleContextFile[]> {
  const byTimestamp = new Map<string, BundleContextFile[]>();
  for (const f of files) {
    if (!f.kind || !f.filename.timestamp || f.fault) continue;
    const g = byTimestamp.get(f.filename.timestamp) ?? [];
    g.push(f);
    byTimestamp.set(f.filename.timestamp, g);
  }
  const groups = new Map<string, BundleContextFile[]>();
  for (const [timestamp, fs] of [...byTimestamp].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const byParties = new Map<string, BundleContextFile[]>();
    for (const f of fs) byParties.set(partiesOf(f), [...(byParties.get(partiesOf(f)) ?? []), f]);
    if (byParties.size > 1 && [...byParties.values()].every(formsUnits)) for (const [parties, pfs] of byParties) groups.set(`${timestamp} ${parties}`, pfs);
    else groups.set(timestamp, fs);
  }
  return groups;
}
