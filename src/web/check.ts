/**
 * What the page checks, as `careplan-csv check` does: a drop (files, or a folder) is ONE send,
 * what the user is about to send. The per-send limits (30 files, 10 MiB) apply to all of it and are
 * decided from the files' sizes before any is read: a drop over them is refused without reading a
 * byte, and every file shows 「未検査」. Otherwise each file is read with a bound (File.slice: its
 * size + 1 bytes, at most the limit + 1) and a file that cannot be read is a fault of that file.
 * Transmission units are formed inside the send by ファイル連番. One file alone is checked like
 * `check <file>`: the file rules only (scope 'single-file'; the report says so).
 * Issues never carry values (reportValues stays off); only the records view shows values, masked.
 */
import { validateBundle, type BundleFile, type BundleResult } from '../index.js';
import type { Problem } from '../core/issue.js';
import { MAX_BYTES_PER_SEND, MAX_FILES_PER_SEND } from '../bundle/rules/limits.js';
import { parseFilename } from '../filenames/parse.js';
import { countIssues as countRun, everyIssue as everyRunIssue, sendReport, type Counts, type SendReport } from '../report/model.js';

export interface CheckedTransmission {
  /** The send's id key (`timestamp sender→receiver`, several joined by ','), '' when no name parses. */
  readonly key: string;
  readonly scope: 'single-file' | 'transmission';
  /** The library's result, records included (the records view shows them). */
  readonly result: BundleResult;
  /** The report (what `careplan-csv check` reports for the same files). */
  readonly report: SendReport;
}

/** The part of a File the page reads (a DOM File, or a test double). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** True when the send is over its limits by the files' sizes and number alone (then nothing is read). */
export const overSendLimits = (files: readonly { size: number }[]): boolean =>
  files.length > MAX_FILES_PER_SEND || files.reduce((n, f) => n + f.size, 0) > MAX_BYTES_PER_SEND;

/** The reason of a read failure, as FILE_UNREADABLE names it. */
const reasonOf = (e: unknown): string => (e instanceof Error && /^[A-Za-z]+Error$/.test(e.name) ? e.name : 'NotReadableError');

/**
 * Reads a drop for checking: nothing when the send is over its limits (sizes only), otherwise each
 * file with a bound. `onRead` reports progress.
 */
export async function readDrop(files: readonly DroppedFile[], onRead?: (done: number) => void): Promise<BundleFile[]> {
  const sized = files.map((f) => ({ name: f.name, size: f.size, filename: parseFilename(f.name) }));
  if (overSendLimits(files)) return sized.map((f) => ({ ...f, bytes: new Uint8Array(0) }));
  const out: BundleFile[] = [];
  let done = 0;
  for (const [i, f] of files.entries()) {
    const base = sized[i]!;
    let fault: Problem | undefined;
    let bytes = new Uint8Array(0);
    try {
      // Never more than one byte past the limit, whatever the size says.
      bytes = new Uint8Array(await f.slice(0, Math.min(f.size, MAX_BYTES_PER_SEND) + 1).arrayBuffer());
      if (bytes.length > MAX_BYTES_PER_SEND) fault = { code: 'FILE_TOO_LARGE', params: { size: Math.max(bytes.length, f.size), limit: MAX_BYTES_PER_SEND } };
      else if (bytes.length !== f.size) fault = { code: 'FILE_SIZE_UNKNOWN' };
    } catch (e) {
      fault = { code: 'FILE_UNREADABLE', params: { reason: reasonOf(e) } };
    }
    out.push(fault ? { ...base, bytes: new Uint8Array(0), fault } : { ...base, bytes });
    onRead?.(++done);
  }
  return out;
}

/** Checks the files read from one drop as one send. */
export function checkFiles(files: readonly BundleFile[]): CheckedTransmission[] {
  const scope = files.length === 1 ? 'single-file' : 'transmission';
  const result = validateBundle(files, { scope });
  const report = sendReport(result, { scope, files: files.map((f) => ({ bytes: f.bytes, filename: f.filename })) });
  return [{ key: report.id.key, scope, result, report }];
}

/** The page's checks as the report model sees them. */
const asRun = (run: readonly CheckedTransmission[]) => ({ sends: run.map((t) => t.report) });

export const everyIssue = (run: readonly CheckedTransmission[]) => everyRunIssue(asRun(run));
export const countIssues = (run: readonly CheckedTransmission[]): Counts => countRun(asRun(run));
