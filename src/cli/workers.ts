/**
 * Validating the sends (transmissions) of a `check`: one after the other on the main thread, or
 * spread over worker threads when there is more than one core and enough bytes to pay for them.
 *
 * Either way the reports are the same, in the same order: each send is read and validated by one
 * thread as a whole (`checkSend`), and only its report (issues, record counts, no records, no
 * bytes) crosses back. The library stays synchronous and free of Node builtins: threads are the
 * CLI's business only.
 *
 *   CAREPLAN_WORKERS=<n>   at most n threads (1: everything on the main thread). Default: one per
 *                          core, at most one per send and per 8 MiB (BYTES_PER_THREAD).
 *
 * The worker threads run dist/cli-worker.cjs (src/cli/worker.ts, a second entry of tsup). When it
 * is not there (the CLI run from its sources, as in the tests), everything runs on the main thread.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_BYTES_PER_SEND } from '../bundle/rules/limits.js';
import { validateBundle } from '../bundle/validate.js';
import type { BundleResult } from '../bundle/types.js';
import type { Issue } from '../core/issue.js';
import { printable } from '../report/format.js';
import { withoutValues } from '../report/mask.js';
import { withoutRecords, type TransmissionReport } from '../report/model.js';
import { UsageError } from './args.js';
import type { InputFile } from './fs.js';

/** The environment variable of the worker switch. */
export const WORKERS_ENV = 'CAREPLAN_WORKERS';

/** What `check --help` says about it. */
export const WORKERS_HELP = `Environment:
  ${WORKERS_ENV}=<n>       validate the transmissions of a directory on at most n threads
                             (1: on the main thread only; default: one per core, when there
                             are 16 MiB or more: one per 8 MiB). The report is the same either
                             way.
`;

/** One send to validate: its files, and its grouping key in directory mode. */
export interface SendJob {
  readonly key?: string | undefined;
  readonly files: readonly InputFile[];
}

export interface SendCheckOptions {
  /** 'single-file': one file alone (file rules and per-send limits only). */
  readonly scope: 'single-file' | 'transmission';
  /** Keep offending values in the issues (`--show-values`); otherwise they are dropped. */
  readonly showValues: boolean;
}

/**
 * By default, a thread is used for each 8 MiB of input (at most one per core and per send): a
 * worker thread costs about 0.1 s to start and as much again to warm up its compiled code (each
 * thread compiles its own), as much as checking a few megabytes; below 16 MiB in all, one thread.
 */
export const BYTES_PER_THREAD = 8 << 20;

/** Reads the files; one over the per-send limit is not loaded at all (it is refused by size). */
function readAll(files: readonly InputFile[]) {
  return files.map((f) => {
    try {
      const size = statSync(f.path).size;
      if (size > MAX_BYTES_PER_SEND) return { name: f.name, bytes: new Uint8Array(0), size };
      const b = readFileSync(f.path);
      return { name: f.name, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
    } catch (e) {
      throw new UsageError(`cannot read ${printable(f.path)}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  });
}

/** Drops value parameters everywhere (second line of defence behind reportValues: false). */
function masked(result: BundleResult): BundleResult {
  const strip = (issues: readonly Issue[]) => issues.map(withoutValues);
  return { ...result, files: result.files.map((f) => ({ ...f, issues: strip(f.issues) })) as BundleResult['files'], issues: strip(result.issues) };
}

/** Reads and validates one send on this thread: its report, without records (their count stays). */
export function checkSend(job: SendJob, options: SendCheckOptions): TransmissionReport {
  const files = readAll(job.files);
  const result = validateBundle(files, { scope: options.scope, reportValues: options.showValues, records: false });
  const slim = withoutRecords(result);
  return { key: job.key, result: options.showValues ? slim : masked(slim) };
}

/** The number of threads for `jobs`: CAREPLAN_WORKERS, else one per core; never more than sends. */
export function threadCount(jobs: readonly SendJob[], env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[WORKERS_ENV];
  if (jobs.length <= 1 && raw === undefined) return 1;
  let n: number;
  if (raw !== undefined && raw.trim() !== '') {
    n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${WORKERS_ENV} must be a whole number of threads, 1 or more (got ${printable(raw.slice(0, 20))})`);
  } else {
    n = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
    // By default threads are used only when the bytes pay for them.
    n = Math.min(n, Math.floor(totalBytes(jobs) / BYTES_PER_THREAD));
  }
  return Math.max(1, Math.min(n, jobs.length));
}

function totalBytes(jobs: readonly SendJob[]): number {
  let bytes = 0;
  for (const j of jobs)
    for (const f of j.files) {
      try {
        bytes += statSync(f.path).size;
      } catch {
        // reported when the file is read
      }
    }
  return bytes;
}

/** The worker script next to the bundled CLI, when there is one. */
function workerScript(): string | undefined {
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  const path = dir === undefined ? undefined : join(dir, 'cli-worker.cjs');
  return path !== undefined && existsSync(path) ? path : undefined;
}

/** What a worker sends back for one send. */
export type WorkerReply =
  | { readonly index: number; readonly report: TransmissionReport }
  | { readonly index: number; readonly error: { readonly usage: boolean; readonly message: string } };

/** What a worker is started with: every send, and the shared counter that hands them out. */
export interface WorkerInput {
  readonly jobs: readonly SendJob[];
  readonly options: SendCheckOptions;
  /** Int32 [0]: the next send to take (Atomics.add): main thread and workers take turns this way. */
  readonly next: SharedArrayBuffer;
}

/** Checks one send, its failure as a reply (a usage error stays one). */
export function replyFor(jobs: readonly SendJob[], index: number, options: SendCheckOptions): WorkerReply {
  try {
    return { index, report: checkSend(jobs[index]!, options) };
  } catch (e) {
    const message = e instanceof UsageError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { index, error: { usage: e instanceof UsageError, message } };
  }
}

/**
 * Validates the sends; the reports come back in the order of `jobs`, the same on any number of
 * threads. `onDone` is called for each send, in order, once it and those before it are done.
 */
export async function checkSends(
  jobs: readonly SendJob[],
  options: SendCheckOptions,
  onDone?: (job: SendJob, index: number) => void,
): Promise<TransmissionReport[]> {
  const threads = threadCount(jobs);
  const script = threads > 1 ? workerScript() : undefined;
  if (script === undefined) {
    return jobs.map((job, i) => {
      const report = checkSend(job, options);
      onDone?.(job, i);
      return report;
    });
  }
  const replies = await inThreads(script, threads, jobs, options);
  // In send order: the first failure is the one reported, as on one thread.
  return replies.map((r, i) => {
    if ('error' in r) throw r.error.usage ? new UsageError(r.error.message) : new Error(r.error.message);
    onDone?.(jobs[i]!, i);
    return r.report;
  });
}

/**
 * The main thread and threads − 1 workers take the sends in turn from one shared counter (no
 * message is needed to hand one out, so the main thread can work too); the workers post each
 * report as it is done, and end when no send is left.
 */
async function inThreads(script: string, threads: number, jobs: readonly SendJob[], options: SendCheckOptions): Promise<WorkerReply[]> {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const replies: (WorkerReply | undefined)[] = new Array<WorkerReply | undefined>(jobs.length).fill(undefined);
  const input: WorkerInput = { jobs, options, next };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: input }));
  const ended = workers.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        w.on('message', (r: WorkerReply) => {
          replies[r.index] = r;
        });
        w.on('error', reject);
        w.on('exit', () => resolve());
      }),
  );
  try {
    for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) replies[i] = replyFor(jobs, i, options);
    await Promise.all(ended);
  } finally {
    for (const w of workers) void w.terminate();
  }
  return replies.map((r, i) => r ?? { index: i, error: { usage: false, message: `send ${i + 1} was not validated (a worker thread ended early)` } });
}
