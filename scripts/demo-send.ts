/**
 * Writes the demo send: one generated K2 transmission (UPPLAN + UPSIKYU + UPHOSOKU, fictitious
 * data, always the same bytes), 1,700 users by default, about 9.9 MB: just under the 10 MiB limit
 * of one send, the size the view is measured on. It warns when a send comes out over the limit.
 *   node scripts/run-ts.mjs scripts/demo-send.ts <dir> [--users N] [--seed N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleTransmission } from '../src/sample/index.js';
import { MAX_BYTES_PER_SEND } from '../src/bundle/rules/limits.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/run-ts.mjs scripts/demo-send.ts <dir> [--users N] [--seed N]');
  process.exit(2);
}
const files = sampleTransmission('K2', { seed: opt('seed', 1), records: opt('users', 1700) });
mkdirSync(dir, { recursive: true });
let bytes = 0;
for (const f of files) {
  writeFileSync(join(dir, f.name), f.bytes);
  bytes += f.bytes.length;
}
console.log(`${dir}: ${files.length} files, ${(bytes / 1048576).toFixed(2)} MiB (${bytes} bytes)`);
if (bytes > MAX_BYTES_PER_SEND) console.error(`warning: over the 10 MiB limit of one send: check refuses it unread; give fewer --users`);
