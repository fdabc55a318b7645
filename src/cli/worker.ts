/**
 * A worker thread of `check` (built as dist/cli-worker.cjs): takes sends from the shared counter
 * until none is left, validates each as the main thread would (`checkSend`), and posts its report
 * (or its failure). See src/cli/workers.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { replyFor, type WorkerInput } from './workers.js';

const port = parentPort;
if (port) {
  const { jobs, options, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) port.postMessage(replyFor(jobs, i, options));
}
