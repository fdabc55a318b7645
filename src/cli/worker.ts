/**
 * A worker thread of `check` (built as dist/cli-worker.cjs): takes sends from the shared counter
 * until none is left, validates each as the main thread would (`checkSend`), and posts its report
 * (or its failure). See src/cli/workers.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlannedSend } from './send-check.js';
import { replyFor, type WorkerInput } from './workers.js';

/** Paths that were Buffers (names that are not UTF-8) arrive as plain Uint8Arrays: make them Buffers again. */
const withBufferPaths = (sends: readonly PlannedSend[]): PlannedSend[] =>
  sends.map((s) => ({ ...s, files: s.files.map((f) => (typeof f.path === 'string' ? f : { ...f, path: Buffer.from(f.path) })) }));

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const input = workerData as WorkerInput;
  const sends = withBufferPaths(input.sends);
  const counter = new Int32Array(input.next);
  for (let i = Atomics.add(counter, 0, 1); i < sends.length; i = Atomics.add(counter, 0, 1)) port.postMessage(await replyFor(sends, i, input.ctx));
}

void main();
