/**
 * `npm run bench`: throughput of decode, parse, validate and encode on a generated, realistic
 * transmission of about 10 MB (UPPLAN + UPSIKYU + UPHOSOKU) and on a 100 MB batch, in one
 * process, as medians of interleaved rounds; each compared with the byte-scan floor loop and
 * with the iconv-lite + csv-parse pipeline measured in the same process; peak RSS; the CLI's
 * cold start; and a 1 GB stream through parseStream. Not a test: nothing here asserts a time.
 *
 *   npm run bench -- [--rounds 7] [--stream-gb 1] [--quick]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as csvParse } from 'csv-parse/sync';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { decodeCp932 } from '../src/encoding/cp932.js';
import { tokenize } from '../src/csv/tokenize.js';
import { parseFile } from '../src/file/parse.js';
import { stringifyFile } from '../src/file/stringify.js';
import { parseStream } from '../src/file/stream.js';
import { validateBundle } from '../src/validate/bundle/validate.js';
import { csvParseOptions, csvStringifyOptions } from '../src/csv/dialect.js';
import { getTable } from '../src/tables/index.js';
import { sampleRecords, sampleTransmission } from '../src/sample/index.js';
import type { KindId } from '../src/core/table.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const quick = process.argv.includes('--quick');
const ROUNDS = arg('rounds', quick ? 3 : 7);
const STREAM_GB = arg('stream-gb', quick ? 0.1 : 1);
const USERS = quick ? 500 : 2150; // ≈ 10 MB for K2

type File = { name: string; bytes: Uint8Array };
const mb = (files: File[]) => files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function main() {
  console.error(`generating a ${quick ? 'small' : '10 MB'} transmission…`);
  const transmission: File[] = sampleTransmission('K2', { seed: 1, records: USERS });
  const size = mb(transmission);
  const parsed = transmission.map((f) => parseFile(f));
  const kinds = parsed.map((p) => p.kind as KindId);

  /** The floor: a tight loop that only finds , " and LF in the bytes. */
  function floorScan(files: File[]) {
    let n = 0;
    for (const f of files) {
      const b = f.bytes;
      for (let i = 0; i < b.length; i++) {
        const c = b[i]!;
        if (c === 44 || c === 34 || c === 10) n++;
      }
    }
    return n;
  }

  const measures: Record<string, () => void> = {
    floor: () => floorScan(transmission),
    decode: () => transmission.forEach((f) => decodeCp932(f.bytes)),
    'decode+tokenize': () => transmission.forEach((f) => tokenize(decodeCp932(f.bytes).text)),
    'parseFile (all files)': () => transmission.forEach((f) => parseFile(f)),
    'validateBundle': () => validateBundle(transmission),
    encode: () => parsed.forEach((p, i) => stringifyFile(kinds[i]!, p.records as Record<string, string>[])),
    'oracle: iconv-lite + csv-parse': () => transmission.forEach((f) => csvParse(iconv.decode(Buffer.from(f.bytes), 'cp932'), csvParseOptions())),
    'oracle: csv-stringify + iconv-lite': () =>
      parsed.forEach((p, i) => {
        const fields = getTable(kinds[i]!).fields;
        const rows = (p.records as Record<string, string>[]).map((r) => fields.map((f) => r[f.key]!));
        iconv.encode(csvStringify(rows, csvStringifyOptions(fields.map((f) => f.quoted))), 'cp932');
      }),
  };

  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
  for (const fn of Object.values(measures)) fn(); // warm up
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of Object.entries(measures)) {
      gc();
      samples[name]!.push(time(fn));
    }
  }
  const ms = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const rssAfter10 = process.resourceUsage().maxRSS / 1024;

  // 100 MB batch: ten ≈10 MB transmissions, validated one after the other.
  const batchSources = quick ? [transmission] : [transmission, sampleTransmission('K2', { seed: 2, records: USERS }), sampleTransmission('K2', { seed: 3, records: USERS })];
  const batch = Array.from({ length: 10 }, (_, i) => batchSources[i % batchSources.length]!);
  const batchMb = batch.reduce((n, t) => n + mb(t), 0);
  const batchTimes: number[] = [];
  for (let r = 0; r < Math.max(3, Math.floor(ROUNDS / 2)); r++) {
    gc();
    batchTimes.push(time(() => batch.forEach((t) => validateBundle(t))));
  }

  // Cold start: the CLI on the transmission, Node start-up included.
  const dir = mkdtempSync(join(tmpdir(), 'careplan-bench-'));
  for (const f of transmission) writeFileSync(join(dir, f.name), f.bytes);
  const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.cjs');
  let cold: number | undefined;
  try {
    execFileSync(process.execPath, [cli, '--version']);
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      spawnSync(process.execPath, [cli, 'check', '--format', 'json', dir], { stdio: 'ignore' });
      runs.push(performance.now() - t);
    }
    cold = median(runs);
  } catch {
    console.error('dist/cli.cjs not built: run `npm run build` for the cold-start figure');
  }
  rmSync(dir, { recursive: true, force: true });

  // 1 GB stream, generated on the fly, through parseStream.
  async function streamRun(gb: number) {
    const records = sampleRecords('UPPLAN', { seed: 5, records: 200 });
    const chunk = stringifyFile('UPPLAN', records).bytes!;
    const total = Math.floor((gb * 1e9) / chunk.length);
    async function* source() {
      for (let i = 0; i < total; i++) yield chunk;
    }
    let count = 0;
    const t = performance.now();
    for await (const e of parseStream(source(), { kind: 'UPPLAN', maxIssues: 10 })) if (e.type === 'record') count++;
    const seconds = (performance.now() - t) / 1000;
    return { gb: (total * chunk.length) / 1e9, records: count, seconds, rss: process.resourceUsage().maxRSS / 1024 };
  }
  const stream = STREAM_GB > 0 ? await streamRun(STREAM_GB) : undefined;

  const rate = (mbs: number, t: number) => `${((mbs / t) * 1000).toFixed(0)} MB/s`;
  const row = (name: string, what: string) => {
    const t = ms[name]!;
    return `| ${what} | ${t.toFixed(0)} ms | ${rate(size, t)} | ${(t / ms.floor!).toFixed(1)}× |`;
  };
  const lines = [
    `careplan-csv bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    '',
    `Transmission: UPPLAN + UPSIKYU + UPHOSOKU, ${size.toFixed(1)} MB (${USERS} users); medians of ${ROUNDS} interleaved rounds.`,
    '',
    '| step | time | throughput | × floor loop |',
    '|---|---:|---:|---:|',
    row('floor', 'floor: byte scan for , " LF'),
    row('decode', 'decode (CP932 → text)'),
    row('decode+tokenize', 'decode + tokenize'),
    row('parseFile (all files)', 'parseFile (decode, tokenize, field/record/file rules)'),
    row('validateBundle', '**validateBundle (everything)**'),
    row('encode', '**encode (stringifyFile, validation included)**'),
    row('oracle: iconv-lite + csv-parse', 'iconv-lite + csv-parse, no validation'),
    row('oracle: csv-stringify + iconv-lite', 'csv-stringify + iconv-lite, no validation'),
    '',
    `- validateBundle is ${(ms['oracle: iconv-lite + csv-parse']! / ms.validateBundle!).toFixed(1)}× faster than iconv-lite + csv-parse without validation; encode is ${(ms['oracle: csv-stringify + iconv-lite']! / ms.encode!).toFixed(1)}× faster than csv-stringify + iconv-lite.`,
    `- Peak RSS after the 10 MB runs: ${rssAfter10.toFixed(0)} MB.`,
    `- 100 MB batch (10 transmissions, validateBundle each): median ${median(batchTimes).toFixed(0)} ms, ${rate(batchMb, median(batchTimes))}.`,
    cold !== undefined ? `- Cold start: \`careplan-csv check --format json\` on the transmission directory, Node start-up included: median ${cold.toFixed(0)} ms wall.` : '- Cold start: not measured (build first).',
    stream ? `- Stream: ${stream.gb.toFixed(2)} GB of UPPLAN through parseStream, ${stream.records} records in ${stream.seconds.toFixed(1)} s (${rate(stream.gb * 1000, stream.seconds * 1000)}); peak RSS of the whole bench process ${stream.rss.toFixed(0)} MB.` : '',
  ];
  console.log(lines.join('\n'));
}

void main();
