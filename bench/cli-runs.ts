/**
 * Wall time of whole commands, each a fresh `node` process (Node's start-up included), timed from
 * the orchestrating process while it does nothing else:
 * - cold: `careplan-csv check --format json <the send's files>` against `node -e 0` (start-up alone),
 *   interleaved;
 * - the archive folder: `careplan-csv check --format json <dir>` on one thread (CAREPLAN_WORKERS=1)
 *   and by default (one thread per core), interleaved; their JSON reports must be identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { stats, type Stats } from './harness.js';
import { WORKERS_ENV, type CliHooks } from './hooks.js';

interface Run {
  readonly ms: number;
  readonly status: number | null;
  readonly digest: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  return {
    ms,
    status: r.status,
    digest: createHash('sha256')
      .update(r.stdout ?? '')
      .digest('hex'),
  };
}

export interface ColdResult {
  readonly node: Stats;
  readonly check: Stats;
  readonly status: number | null;
}

export function coldCheck(cli: string, dir: string, files: readonly string[], runs: number): ColdResult {
  const node: number[] = [];
  const check: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < runs; i++) {
    node.push(run(['-e', '0']).ms);
    const r = run([cli, 'check', '--format', 'json', ...files.map((f) => join(dir, f))]);
    check.push(r.ms);
    status = r.status;
  }
  return { node: stats(node), check: stats(check), status };
}

export interface ArchiveCliResult {
  /** Default settings: one thread per core once the worker switch exists, one thread before. */
  readonly byDefault: Stats;
  /** CAREPLAN_WORKERS=1; undefined while the CLI has no worker switch. */
  readonly oneThread?: Stats | undefined;
  readonly status: number | null;
  /** The reports of both settings are the same bytes. */
  readonly sameReport: boolean;
  readonly command: string;
}

export function archiveCli(cli: string, dir: string, hooks: CliHooks, runs: number): ArchiveCliResult {
  const args = [cli, 'check', '--format', 'json', ...(hooks.archiveFlag ? ['--archive'] : []), dir];
  const byDefault: number[] = [];
  const oneThread: number[] = [];
  const digests = new Set<string>();
  let status: number | null = null;
  const env = { ...process.env };
  delete env[WORKERS_ENV];
  for (let i = 0; i < runs; i++) {
    if (hooks.workers) {
      const one = run(args, { ...env, [WORKERS_ENV]: '1' });
      oneThread.push(one.ms);
      digests.add(one.digest);
    }
    const r = run(args, env);
    byDefault.push(r.ms);
    digests.add(r.digest);
    status = r.status;
  }
  return {
    byDefault: stats(byDefault),
    oneThread: hooks.workers ? stats(oneThread) : undefined,
    status,
    sameReport: digests.size === 1,
    command: `careplan-csv check --format json ${hooks.archiveFlag ? '--archive ' : ''}<dir>`,
  };
}
