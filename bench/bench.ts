/**
 * `npm run bench`: how fast the library reads, validates and writes, measured honestly. Not a test:
 * nothing here asserts a time.
 *
 *   npm run bench -- [--quick] [--write-readme] [--rounds N] … (see config.ts)
 *
 * This process only orchestrates: it generates the inputs once (bench/data.ts), starts one fresh
 * process per steady-state measurement (bench/phases.ts: this same file, with `phase <name>` as
 * first arguments), lean processes on the published build for the first call, peak RSS and the
 * stream (bench/lean-child.mjs), and times whole CLI commands (bench/cli-runs.ts); it prints one
 * Markdown table and a table of the targets (bench/report.ts) and keeps the raw result in
 * node_modules/.cache/careplan-bench/last-result.json.
 *
 * Steady state (bench/harness.ts): warm-up runs, then interleaved timed rounds, medians; no forced
 * GC; the reference pipelines (bench/refs.ts) in the same process. Cold: fresh processes.
 * Library hooks that do not exist yet are detected, not assumed (bench/hooks.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { archiveCli, coldCheck } from './cli-runs.js';
import { readConfig, USAGE, type Config } from './config.js';
import { generate, loadDir, STREAM_FILE } from './data.js';
import { stats } from './harness.js';
import { checkPathAvailable, cliHooks } from './hooks.js';
import { PHASES, runPhase, type Phase, type PhaseResult } from './phases.js';
import { replaceBlock } from './readme.js';
import { referenceVersions } from './refs.js';
import { render, type BenchResult } from './report.js';

const argv = process.argv.slice(2);

const json = <T>(out: string) => JSON.parse(out.trim().split('\n').pop()!) as T;

/** Set in the measuring processes: they measure and never orchestrate (so they never start processes). */
const CHILD = 'CAREPLAN_BENCH_CHILD';

/** Runs this file again in a fresh process (no --expose-gc, no flags) in `mode`; its last stdout line is JSON. */
function child<T>(mode: string, ...rest: string[]): T {
  const out = execFileSync(process.execPath, [process.argv[1]!, mode, ...rest, ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, [CHILD]: '1' },
  });
  return json<T>(out);
}

const machine = () => {
  const c = cpus();
  return `${platform()} ${arch()}, ${c.length} × ${c[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
};

async function orchestrate(config: Config) {
  const t0 = performance.now();
  const load0 = loadavg()[0]!;
  const layout = generate(config);
  const small30 = loadDir(layout.small30Dir);
  const checkPath = checkPathAvailable(small30.slice(0, 3));
  const hooks = cliHooks(config.cli);
  const step = (what: string) => process.stderr.write(`bench: ${what} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);

  const phases = {} as Record<Phase, PhaseResult>;
  for (const p of PHASES) {
    step(p);
    phases[p] = child<PhaseResult>('phase', p);
  }
  // First call, peak RSS and the stream: lean processes that load the published build only.
  const lean = existsSync(resolve('dist', 'index.js'));
  const leanChild = <T>(...args: string[]): T =>
    json<T>(execFileSync(process.execPath, [resolve('bench', 'lean-child.mjs'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const send = [layout.archiveDir, ...layout.sends[0]!];
  let first: BenchResult['first'];
  let rss: BenchResult['rss'];
  if (lean) {
    step('first calls, peak RSS');
    const firsts = Array.from({ length: config.coldRuns }, () => leanChild<{ ms: number; ok: boolean }>('first', ...send));
    first = { ...stats(firsts.map((f) => f.ms)), ok: firsts.every((f) => f.ok) };
    rss = leanChild<NonNullable<BenchResult['rss']>>('rss', ...send);
  }
  let cold: BenchResult['cold'];
  let cli: BenchResult['archiveCli'];
  if (hooks.built) {
    step('cold CLI');
    cold = coldCheck(config.cli, layout.archiveDir, layout.sends[0]!, config.coldRuns);
    step('archive folder through the CLI');
    cli = archiveCli(config.cli, layout.archiveDir, hooks, config.cliArchiveRuns);
  }
  let st: BenchResult['stream'];
  if (lean && config.streamGb > 0) {
    step('stream');
    st = leanChild<NonNullable<BenchResult['stream']>>('stream', join(layout.streamDir, STREAM_FILE), String(config.streamGb));
  }
  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    machine: machine(),
    load: [load0, loadavg()[0]!],
    cores: cpus().length,
    quick: config.quick,
    users: config.users,
    archiveSends: config.archiveSends,
    versions: referenceVersions(),
    phases,
    first,
    rss,
    stream: st,
    cold,
    archiveCli: cli,
    checkPath,
    cliHooks: hooks,
    coldRuns: config.coldRuns,
    seconds: (performance.now() - t0) / 1000,
  };
  mkdirSync(dirname(LAST), { recursive: true });
  writeFileSync(LAST, JSON.stringify(result));
  publish(result, config);
}

/** The raw result of the last full or quick run, kept so that `--render-last` can print it again. */
const LAST = resolve('node_modules', '.cache', 'careplan-bench', 'last-result.json');

function publish(result: BenchResult, config: Config) {
  const en = render(result, 'en');
  console.log(en);
  if (config.writeReadme) {
    replaceBlock(resolve('README.md'), en);
    replaceBlock(resolve('README.ja.md'), render(result, 'ja'));
    process.stderr.write('bench: README.md and README.ja.md updated\n');
  }
}

async function main() {
  if (argv.includes('--help') || argv.includes('-h')) return console.log(USAGE);
  const mode = argv[0];
  const config = readConfig(argv);
  const print = (v: unknown) => console.log(JSON.stringify(v));
  if (mode === 'phase') return print(runPhase(argv[1] as Phase, config));
  if ((mode !== undefined && !mode.startsWith('--')) || process.env[CHILD]) throw new Error(`unknown mode ${String(mode)}\n${USAGE}`);
  if (argv.includes('--render-last')) return publish(JSON.parse(readFileSync(LAST, 'utf8')) as BenchResult, config);
  await orchestrate(config);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
