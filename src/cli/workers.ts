/**
 * Validating the sends of a `check`: one after the other on the main thread, or spread over worker
 * threads when there is more than one send, more than one core and enough bytes to pay for them.
 *
 * Either way the reports are the same, in the same order: each send is read and validated by one
 * thread as a whole (`checkSend`), and only its report (issues, record counts, no records, no
 * bytes) crosses back. The library stays synchronous and free of Node builtins: threads are the
 * CLI's business only.
 *
 *   CAREPLAN_WORKERS=<n>   at most n threads (1: everything on the main thread). Default: one per
 *                          core, at most one per send and per 32 MiB (BYTES_PER_THREAD).
 *
 * The worker threads run dist/cli-worker.cjs (src/cli/worker.ts, a second entry of tsup). When it
 * is not there (the CLI run from its sources, as in the tests), everything runs on the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { printable } from '../report/format.js';
import type { SendReport } from '../report/model.js';
import { UsageError } from './args.js';
import { checkSend, checkSendsInTurn, type PlannedSend, type SendChecker, type SendContext } from './send-check.js';

/** The environment variable of the worker switch. */
export const WORKERS_ENV = 'CAREPLAN_WORKERS';

/** What `check --help` says about it. */
export const WORKERS_HELP = {
  ja: `環境変数:
  ${WORKERS_ENV}=<n>       --archive の送信を最大 n 本のスレッドで検査（1: メインスレッドだけ。
                             既定: 64 MB 以上あるとき、コアごとに1本・32 MB ごとに1本まで）。
                             結果はどちらでも同じです。
`,
  en: `Environment:
  ${WORKERS_ENV}=<n>       check the sends of --archive on at most n threads (1: on the main
                             thread only; default: one per core, when there are 64 MiB or more:
                             one per 32 MiB). The report is the same either way.
`,
} as const;

/**
 * By default, a thread is used for each 32 MiB of input (at most one per core and per send): each
 * thread starts cold (about 0.1 s to start, and its first send takes about 0.6 s against 0.2 s
 * warm, since every thread compiles its own code), and on two cores the compiler and GC threads
 * compete with the checking ones. Measured on 2 cores: 2 to 6 sends of 9.8 MB were no faster on
 * two threads than on one; 10 sends were 1.2–1.3× faster. Below 64 MiB in all, one thread.
 */
export const BYTES_PER_THREAD = 32 << 20;

/** What crosses to a worker: the context without its callback. */
type WorkerContext = Omit<SendContext, 'onFile'>;

/** The number of threads for `sends`: CAREPLAN_WORKERS, else one per core; never more than sends. */
export function threadCount(sends: readonly PlannedSend[], env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[WORKERS_ENV];
  if (sends.length <= 1 && raw === undefined) return 1;
  let n: number;
  if (raw !== undefined && raw.trim() !== '') {
    n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError({
        ja: `${WORKERS_ENV} はスレッドの数（1以上の整数）です（指定: ${printable(raw.slice(0, 20))}）`,
        en: `${WORKERS_ENV} must be a whole number of threads, 1 or more (got ${printable(raw.slice(0, 20))})`,
      });
  } else {
    n = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
    // By default threads are used only when the bytes pay for them (sizes from stat, at collect).
    const bytes = sends.reduce((sum, s) => s.files.reduce((t, f) => t + (f.size ?? 0), sum), 0);
    n = Math.min(n, Math.floor(bytes / BYTES_PER_THREAD));
  }
  return Math.max(1, Math.min(n, sends.length));
}

/** The worker script next to the bundled CLI, when there is one. */
function workerScript(): string | undefined {
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  const path = dir === undefined ? undefined : join(dir, 'cli-worker.cjs');
  return path !== undefined && existsSync(path) ? path : undefined;
}

/** What a worker sends back for one send. */
export type WorkerReply = { readonly index: number; readonly report: SendReport } | { readonly index: number; readonly error: string };

/** What a worker is started with: every send, and the shared counter that hands them out. */
export interface WorkerInput {
  readonly sends: readonly PlannedSend[];
  readonly ctx: WorkerContext;
  /** Int32 [0]: the next send to take (Atomics.add): main thread and workers take turns this way. */
  readonly next: SharedArrayBuffer;
}

/** Checks one send; a failure (a bug: data problems are issues) becomes the reply. */
export async function replyFor(sends: readonly PlannedSend[], index: number, ctx: SendContext): Promise<WorkerReply> {
  try {
    return { index, report: await checkSend(sends[index]!, ctx) };
  } catch (e) {
    return { index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/**
 * The `SendChecker` of the CLI: on the main thread when one thread is enough (or the worker script
 * is not built), else on worker threads. The reports come back in the order of `sends`; progress
 * (`onFile`) follows the sends in order, as each is done with those before it.
 */
export const checkSendsOnThreads: SendChecker = async (sends, ctx) => {
  const threads = threadCount(sends);
  const script = threads > 1 ? workerScript() : undefined;
  if (script === undefined) return checkSendsInTurn(sends, ctx);
  const { onFile, ...shared } = ctx;
  const replies = await inThreads(script, threads, sends, shared);
  // In send order: the first failure is the one reported, as on one thread.
  return replies.map((r, i) => {
    if ('error' in r) throw new Error(r.error);
    for (const f of sends[i]!.files) onFile?.(f);
    return r.report;
  });
};

/**
 * The main thread and threads − 1 workers take the sends in turn from one shared counter (no
 * message is needed to hand one out, so the main thread can work too); the workers post each
 * report as it is done, and end when no send is left.
 */
async function inThreads(script: string, threads: number, sends: readonly PlannedSend[], ctx: WorkerContext): Promise<WorkerReply[]> {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const replies: (WorkerReply | undefined)[] = new Array<WorkerReply | undefined>(sends.length).fill(undefined);
  const input: WorkerInput = { sends, ctx, next };
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
    for (let i = Atomics.add(counter, 0, 1); i < sends.length; i = Atomics.add(counter, 0, 1)) replies[i] = await replyFor(sends, i, ctx);
    await Promise.all(ended);
  } finally {
    for (const w of workers) void w.terminate();
  }
  return replies.map((r, i) => r ?? { index: i, error: `send ${i + 1} was not validated (a worker thread ended early)` });
}
