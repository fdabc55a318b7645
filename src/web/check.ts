/**
 * What the page checks, as `careplan-csv check` does. One file alone is checked like
 * `check <file>`: the file rules only (scope 'single-file'; the report says so). Several files are
 * checked like `check <directory>`: split into transmissions by ファイル連番, sender and receiver,
 * and every rule runs on each of them (so a file left alone by a wrong timestamp is reported as
 * not being a transmission unit, exactly as the CLI reports it).
 * Issues never carry values (reportValues stays off); only the records view shows values, masked.
 */
import { groupIntoTransmissions, validateBundle, type BundleFile, type BundleResult, type Issue } from '../index.js';

export interface CheckedTransmission {
  /** `timestamp sender→receiver`, '' for files whose names do not parse. */
  readonly key: string;
  readonly scope: 'single-file' | 'transmission';
  readonly result: BundleResult;
}

export interface Counts {
  files: number;
  error: number;
  warning: number;
  info: number;
}

export function checkFiles(files: readonly BundleFile[]): CheckedTransmission[] {
  if (files.length === 1) {
    return groupIntoTransmissions(files).map((g) => ({ key: g.key, scope: 'single-file', result: validateBundle(g.files, { scope: 'single-file' }) }));
  }
  return groupIntoTransmissions(files).map((g) => ({ key: g.key, scope: 'transmission', result: validateBundle(g.files) }));
}

export function everyIssue(run: readonly CheckedTransmission[]): Issue[] {
  return run.flatMap((t) => [...t.result.files.flatMap((f) => f.issues), ...t.result.issues]);
}

export function countIssues(run: readonly CheckedTransmission[]): Counts {
  const counts: Counts = { files: 0, error: 0, warning: 0, info: 0 };
  for (const t of run) counts.files += t.result.files.length;
  for (const i of everyIssue(run)) counts[i.severity]++;
  return counts;
}
