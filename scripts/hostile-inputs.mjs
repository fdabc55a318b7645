#!/usr/bin/env node
// Hostile inputs: parseFile on 10 MiB of bytes that no care office writes (all NUL, a UTF-16
// export, random bytes…), each in a child process with a small heap, and how long it took and
// how much memory it needed at its peak. Not a test: nothing here asserts a time; the numbers go
// into the README. Run from the repository root:
//
//   node scripts/hostile-inputs.mjs [--heap 256] [--mib 10] [--only nul,random] [--markdown] [--timeout 120]
//
// The library is bundled from src/ with the esbuild that tsup brings (so no build is needed);
// each child generates its input itself (seeded: always the same bytes), then times parseFile.
// Peak RSS is process.resourceUsage().maxRSS of the child, input and Node itself included.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const MIB = 1024 * 1024;
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

/** A deterministic PRNG (mulberry32), so that "random" is the same bytes in every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fill = (size, unit) => {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += unit.length) out.set(unit.subarray(0, Math.min(unit.length, size - i)), i);
  return out;
};
const ascii = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The hostile inputs, by name: size → bytes. */
const INPUTS = {
  'all NUL': (size) => new Uint8Array(size),
  'all 0xA0': (size) => new Uint8Array(size).fill(0xa0),
  'UTF-16LE export with BOM': (size) => {
    // What Excel's "Unicode text" gives: a BOM, then UTF-16LE of rows with Japanese text.
    const row = '202407,131016,0000012345,20250401,"山田　太郎","ﾔﾏﾀﾞ ﾀﾛｳ",居宅介護支援,20250425,"訪問介護（身体介護中心）",1234\r\n';
    const body = Buffer.from(row.repeat(Math.ceil(size / (row.length * 2))), 'utf16le');
    const out = new Uint8Array(size);
    out.set([0xff, 0xfe]);
    out.set(body.subarray(0, size - 2), 2);
    return out;
  },
  'random bytes': (size) => {
    const r = prng(14);
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) out[i] = (r() * 256) | 0;
    return out;
  },
  'lead byte 0xFC repeated (unmapped pairs)': (size) => new Uint8Array(size).fill(0xfc),
  'lone lead byte before a comma, repeated': (size) => fill(size, Uint8Array.of(0x83, 0x2c)),
  'lone lead byte before LF, repeated (5 M lines)': (size) => fill(size, Uint8Array.of(0x83, 0x0a)),
  '10 MB of "': (size) => new Uint8Array(size).fill(0x22),
  '10 MB of commas': (size) => new Uint8Array(size).fill(0x2c),
  '10 MB of CR': (size) => new Uint8Array(size).fill(0x0d),
  '10 MB of LF': (size) => new Uint8Array(size).fill(0x0a),
  'quote, then text with line breaks (one open field)': (size) => {
    const out = fill(size, ascii('a,\r\n'));
    out[0] = 0x22;
    return out;
  },
};

if (args[0] === '--child') {
  // Child: generate one input, parse it once, print one JSON line.
  const [, bundle, name, mib] = args;
  const { parseFile } = createRequire(import.meta.url)(bundle);
  const bytes = INPUTS[name](Math.round(Number(mib) * MIB));
  const t = performance.now();
  const r = parseFile({ bytes }, { kind: 'UPPLAN' });
  const ms = performance.now() - t;
  const codes = {};
  for (const i of r.issues) codes[i.code] = (codes[i.code] ?? 0) + 1;
  const truncated = r.issues.find((i) => i.code === 'FILE_ISSUES_TRUNCATED');
  console.log(
    JSON.stringify({
      ms,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      ok: r.ok,
      issues: r.issues.length,
      dropped: truncated ? truncated.params.count : 0,
      records: r.records.length,
      rejected: r.rejected.length,
      codes,
    }),
  );
  process.exit(0);
}

const heap = Number(arg('heap', '256'));
const mib = Number(arg('mib', '10'));
const timeoutS = Number(arg('timeout', '120'));
const only = arg('only', undefined)?.split(',');
const markdown = args.includes('--markdown');

const outdir = resolve('node_modules', '.cache', 'hostile-inputs');
mkdirSync(outdir, { recursive: true });
const bundle = join(outdir, 'careplan-csv.cjs');
await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning' });

const names = Object.keys(INPUTS).filter((n) => !only || only.some((o) => n.toLowerCase().includes(o.toLowerCase())));
const rows = [];
for (const name of names) {
  const t = performance.now();
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, new URL(import.meta.url).pathname, '--child', bundle, name, String(mib)], {
    encoding: 'utf8',
    timeout: timeoutS * 1000,
    maxBuffer: 1 << 24,
  });
  const wall = performance.now() - t;
  let row;
  try {
    row = { name, status: 'done', ...JSON.parse(child.stdout.trim().split('\n').pop()) };
  } catch {
    const oom = /heap out of memory|Allocation failed/i.test(child.stderr ?? '');
    row = {
      name,
      status:
        child.error?.code === 'ETIMEDOUT'
          ? `timeout (${timeoutS} s)`
          : oom
            ? `out of memory (${heap} MiB heap)`
            : `failed (exit ${child.status ?? child.signal})`,
      wallMs: wall,
    };
  }
  rows.push(row);
  if (!markdown) {
    const what =
      row.status === 'done'
        ? `${(row.ms / 1000).toFixed(2)} s, peak RSS ${row.maxRssMiB.toFixed(0)} MiB, ${row.issues} issues (+${row.dropped} left out), ok ${row.ok}`
        : `${row.status} after ${(row.wallMs / 1000).toFixed(1)} s`;
    console.log(`${name.padEnd(50)} ${what}`);
    if (row.codes)
      console.log(
        `${''.padEnd(50)} ${Object.entries(row.codes)
          .map(([c, n]) => `${c}×${n}`)
          .join(' ')}`,
      );
  }
}
if (markdown) {
  console.log(`parseFile of ${mib} MiB hostile inputs, each in a child process with --max-old-space-size=${heap}; Node ${process.version}.\n`);
  console.log('| input | time | peak RSS | issues kept (+ left out) |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) {
    if (r.status === 'done') console.log(`| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${r.maxRssMiB.toFixed(0)} MiB | ${r.issues} (+${r.dropped}) |`);
    else console.log(`| ${r.name} | ${r.status} | | |`);
  }
}
