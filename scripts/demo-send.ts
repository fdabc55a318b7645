/**
 * Writes the demo send: one generated K2 transmission (UPPLAN + UPSIKYU + UPHOSOKU, fictitious
 * data, always the same bytes), 2,200 users by default, about 10 MB: the size the view and the
 * browser tests are measured on.
 *   node scripts/run-ts.mjs scripts/demo-send.ts <dir> [--users N] [--seed N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTransmission } from '../src/sample/index.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/run-ts.mjs scripts/demo-send.ts <dir> [--users N] [--seed N]');
  process.exit(2);
}
const files = sampleTransmission('K2', { seed: opt('seed', 1), records: opt('users', 2200) });
mkdirSync(dir, { recursive: true });
let bytes = 0;
for (const f of files) {
  writeFileSync(join(dir, f.name), f.bytes);
  bytes += f.bytes.length;
}
console.log(`${dir}: ${files.length} files, ${(bytes / 1048576).toFixed(2)} MiB (${bytes} bytes)`);
