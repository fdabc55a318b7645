#!/usr/bin/env node
/**
 * Bundles fuzz/run.ts with esbuild (from node_modules) to a temporary directory and runs it.
 *
 *   node fuzz/build-and-run.mjs [runs] [--seed N] [--cli-cases N] [--lib-only | --cli-only] [--out-dir DIR]
 *   FUZZ_RUNS=200000 FUZZ_CLI_CASES=400 FUZZ_SEED=42 node fuzz/build-and-run.mjs
 *
 * The library cases run in process; the CLI cases run the built CLI (dist/cli.cjs), which is built
 * first (npm run build) when it is missing or older than src/.
 * --out-dir keeps the bundle (e.g. dist-fuzz → `node dist-fuzz/run.cjs`); by default it goes to a
 * temporary directory that is removed afterwards. Exits with the fuzzer's exit code.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--out-dir');
const keep = at >= 0 ? resolve(args[at + 1] ?? 'dist-fuzz') : undefined;
if (at >= 0) args.splice(at, 2);

const root = resolve(here, '..');
const cli = join(root, 'dist', 'cli.cjs');
if (!args.includes('--lib-only')) {
  /** Newest modification time under a directory. */
  const newest = (dir) =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, 'src'))) {
    console.log('fuzz: building the CLI (npm run build)…');
    const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  args.push('--cli', cli);
}

const outDir = keep ?? mkdtempSync(join(tmpdir(), 'careplan-fuzz-'));
const outfile = join(outDir, 'run.cjs');
try {
  await build({
    entryPoints: [join(here, 'run.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  if (!keep) rmSync(outDir, { recursive: true, force: true });
}
