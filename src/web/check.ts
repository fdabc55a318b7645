/**
 * What the page checks, as `careplan-csv check` does. One file alone is checked like
 * `check <file>`: the file rules only (scope 'single-file'; the report says so). Several files are
 * checked like `check <directory>`: split into transmissions by ファイル連番, sender and receiver,
 * and every rule runs on each of them (so a file left alone by a wrong timestamp is reported as
 * not being a transmission unit, exactly as the CLI reports it).
 * Issues never carry values (reportValues stays off); only the records view shows values, masked.
 */
import { groupIntoTransmissions, validateBundle, type BundleFile, type BundleResult } from '../index.js';
import { countIssues as countRun, everyIssue as everyRunIssue, type Counts } from '../report/model.js';

export interface CheckedTransmission {
  /** `timestamp sender→receiver`, '' for files whose names do not parse. */
  readonly key: string;
  readonly scope: 'single-file' | 'transmission';
  readonly result: BundleResult;
}

export function checkFiles(files: readonly BundleFile[]): CheckedTransmission[] {
  if (files.length === 1) {
    return groupIntoTransmissions(files).map((g) => ({ key: g.key, scope: 'single-file', result: validateBundle(g.files, { scope: 'single-file' }) }));
  }
  return groupIntoTransmissions(files).map((g) => ({ key: g.key, scope: 'transmission', result: validateBundle(g.files) }));
}

/** The page's checks as the report model sees them (language and values do not matter to counts). */
const asRun = (run: readonly CheckedTransmission[]) => ({ mode: 'directory' as const, transmissions: run, lang: 'ja' as const, showValues: false });

export const everyIssue = (run: readonly CheckedTransmission[]) => everyRunIssue(asRun(run));
export const countIssues = (run: readonly CheckedTransmission[]): Counts => countRun(asRun(run));
