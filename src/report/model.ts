/** What `check` hands to the reporters: the transmissions it validated, in order. */
import type { Issue } from '../core/issue.js';
import type { BundleResult } from '../bundle/types.js';
import type { Locale } from './messages/types.js';

export type CheckMode = 'single-file' | 'transmission' | 'directory';

export interface TransmissionReport {
  /** Grouping key in directory mode (`timestamp sender→receiver`, '' for unparseable names). */
  readonly key?: string | undefined;
  readonly result: BundleResult;
}

export interface CheckRun {
  readonly mode: CheckMode;
  readonly transmissions: readonly TransmissionReport[];
  readonly lang: Locale;
  readonly showValues: boolean;
}

export interface Counts {
  files: number;
  error: number;
  warning: number;
  info: number;
}

export function everyIssue(run: CheckRun): Issue[] {
  const out: Issue[] = [];
  for (const t of run.transmissions) {
    for (const f of t.result.files) out.push(...f.issues);
    out.push(...t.result.issues);
  }
  return out;
}

export function countIssues(run: CheckRun): Counts {
  const counts: Counts = { files: 0, error: 0, warning: 0, info: 0 };
  for (const t of run.transmissions) counts.files += t.result.files.length;
  for (const i of everyIssue(run)) counts[i.severity]++;
  return counts;
}

/** True when no error-severity issue exists anywhere (exit 0). */
export const runOk = (run: CheckRun): boolean => everyIssue(run).every((i) => i.severity !== 'error');

/** The heading of a transmission in directory mode. */
export function transmissionTitle(t: TransmissionReport, lang: Locale): string {
  const n = t.result.files.length;
  const units = [...new Set(t.result.units.flatMap((u) => u.unitIds))];
  if (!t.key) {
    return lang === 'ja' ? `送信単位を判別できないファイル（${n}ファイル）` : `Files without a transmission in their name (${n} ${n === 1 ? 'file' : 'files'})`;
  }
  const what = [units.join('/'), lang === 'ja' ? `${n}ファイル` : `${n} ${n === 1 ? 'file' : 'files'}`].filter(Boolean);
  return lang === 'ja' ? `送信 ${t.key}（${what.join('、')}）` : `Transmission ${t.key} (${what.join(', ')})`;
}

/** Bundle issues split by the file they concern (undefined key: the transmission as a whole). */
export function bundleIssuesByFile(result: BundleResult): Map<string | undefined, Issue[]> {
  const map = new Map<string | undefined, Issue[]>();
  const names = new Set(result.files.map((f) => f.name));
  for (const i of result.issues) {
    const key = i.file !== undefined && names.has(i.file) ? i.file : undefined;
    const list = map.get(key) ?? [];
    list.push(i);
    map.set(key, list);
  }
  return map;
}

/**
 * Number of records of a file in a report. The CLI drops the records themselves once a
 * transmission is validated (a directory of archives must not accumulate them) and keeps the count.
 */
export const recordCount = (f: { records: readonly unknown[]; recordCount?: number }): number => f.recordCount ?? f.records.length;

/** The result without its records (their count stays), so that reports of many files stay small. */
export function withoutRecords(result: BundleResult): BundleResult {
  return { ...result, files: result.files.map((f) => ({ ...f, records: [], recordCount: recordCount(f) })) as unknown as BundleResult['files'] };
}
