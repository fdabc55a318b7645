// The fresh-process measurements of `npm run bench` whose numbers the bench itself must not weigh
// on: the first call, peak RSS and the parseStream run. This process loads the published build
// (dist/index.js, what a user imports) and nothing else: no reference parsers, no sample generator,
// no bench code. It is started by bench/bench.ts; its one stdout line is JSON.
//
//   node bench/lean-child.mjs first  <dir> <file>...   the first validateBundle of a fresh process
//   node bench/lean-child.mjs rss    <dir> <file>...   read the files, validate them once; peak RSS
//   node bench/lean-child.mjs stream <file> <gb>       the file repeated to <gb> GB through parseStream
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { validateBundle, parseStream } = await import(new URL('../dist/index.js', import.meta.url).href);
const [mode, first, ...rest] = process.argv.slice(2);
const mib = (bytes) => bytes / 2 ** 20;
const peakMb = () => process.resourceUsage().maxRSS / 1024;
const load = (dir, names) =>
  names.map((name) => {
    const b = readFileSync(join(dir, name));
    return { name, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
  });

let out;
if (mode === 'first') {
  const files = load(first, rest);
  const t = performance.now();
  const r = validateBundle(files);
  out = { ms: performance.now() - t, ok: r.ok };
} else if (mode === 'rss') {
  const beforeMb = mib(process.memoryUsage().rss);
  const files = load(first, rest);
  const r = validateBundle(files);
  out = { ok: r.ok, beforeMb, peakMb: peakMb(), bytes: files.reduce((n, f) => n + f.bytes.length, 0) };
} else if (mode === 'stream') {
  const b = readFileSync(first);
  const chunk = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  const total = Math.max(1, Math.floor((Number(rest[0]) * 1e9) / chunk.length));
  async function* source() {
    for (let i = 0; i < total; i++) yield chunk;
  }
  let records = 0;
  let issues = 0;
  const beforeMb = mib(process.memoryUsage().rss);
  const t = performance.now();
  for await (const e of parseStream(source(), { kind: 'UPPLAN', maxIssues: 10 })) {
    if (e.type === 'record') records++;
    else if (e.type === 'issue') issues++;
  }
  out = { bytes: total * chunk.length, records, issues, seconds: (performance.now() - t) / 1000, beforeMb, peakMb: peakMb() };
} else {
  throw new Error(`lean-child: unknown mode ${mode}`);
}
console.log(JSON.stringify(out));
