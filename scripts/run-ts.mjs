#!/usr/bin/env node
// Runs a TypeScript entry (bench, fuzz, fixture scripts) without a TS runtime: bundles it with
// the esbuild that tsup brings, into node_modules/.cache, and runs it with the remaining args.
//   node scripts/run-ts.mjs bench/bench.ts [args...]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outdir = join('node_modules', '.cache', 'run-ts');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, basename(entry).replace(/\.ts$/, '.cjs'));
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning', sourcemap: 'inline' });
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
