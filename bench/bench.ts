/**
 * `npm run bench`: throughput of decode, parse, validate and encode on a generated, realistic
 * transmission of about 10 MB (UPPLAN + UPSIKYU + UPHOSOKU) and on a 100 MB batch, in one
 * process, as medians of interleaved rounds; each compared with the byte-scan floor loop and
 * with the iconv-lite + csv-parse pipeline measured in the same process; peak RSS; the CLI's
 * cold start; and a 1 GB stream through parseStream. Not a test: nothing here asserts a time.
 *
 *   npm run bench -- [--rounds 7] [--stream-gb 1] [--quick]
 *
 * The inputs are generated once into node_modules/.cache/careplan-bench (seeded, so always the
 * same bytes); the measurements then run in fresh processes that hold only the bytes, so that
 * the generator's garbage does not weigh on them. Peak RSS is measured in processes of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { parse as csvParse } from 'csv-parse/sync';
import { stringify as csvStringify } from 'csv-stringify/sync';
import { decodeCp932 } from '../src/encoding/cp932.js';
import { scanRecords } from '../src/csv/tokenize.js';
import { scanCanonicalBytes } from '../src/csv/scan-bytes.js';
import { parseFile } from '../src/codec/parse-file.js';
import { stringifyFile } from '../src/codec/stringify.js';
import { parseStream } from '../src/codec/parse-stream.js';
import { validateBundle } from '../src/bundle/validate.js';
import { csvParseOptions, csvStringifyOptions } from '../src/csv/dialect.js';
import { getTable } from '../src/spec/kinds/index.js';
import { sampleRecords, sampleTransmission } from '../src/sample/index.js';
import type { KindId } from '../src/spec/kind.js';

type File = { name: string; bytes: Uint8Array };
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const quick = args.includes('--quick');
const ROUNDS = arg('rounds', quick ? 3 : 7);
const STREAM_GB = arg('stream-gb', quick ? 0.1 : 1);
const USERS = quick ? 500 : 2150; // ≈ 10 MB for K2
const SEEDS = quick ? [1] : [1, 2, 3];
const CACHE = resolve('node_modules', '.cache', 'careplan-bench', `k2-${USERS}`);
const CLI = resolve('dist', 'cli.cjs');
const mb = (files: File[]) => files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rate = (mbs: number, ms: number) => `${((mbs / ms) * 1000).toFixed(0)} MB/s`;
const load = (dir: string): File[] => readdirSync(dir).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const self = (mode: string, ...rest: string[]) =>
  JSON.parse(execFileSync(process.execPath, ['--expose-gc', process.argv[1]!, mode, ...rest], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop()!);

/** Phase 0: the seeded inputs, generated once. */
function generate(): string[] {
  return SEEDS.map((seed) => {
    const dir = join(CACHE, `seed-${seed}`);
    if (!existsSync(dir)) {
      console.error(`generating transmission (seed ${seed}, ${USERS} users) into ${dir}…`);
      mkdirSync(dir, { recursive: true });
      for (const f of sampleTransmission('K2', { seed, records: USERS })) writeFileSync(join(dir, f.name), f.bytes);
    }
    return dir;
  });
}

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

/** Phase 1 (own process): interleaved rounds on the 10 MB transmission, and the 100 MB batch. */
function measure(dirs: string[]) {
  const transmission = load(dirs[0]!);
  const size = mb(transmission);
  const parsed = transmission.map((f) => parseFile(f));
  const kinds = parsed.map((p) => p.kind as KindId);
  const measures: Record<string, () => void> = {
    floor: () => floorScan(transmission),
    decode: () => transmission.forEach((f) => decodeCp932(f.bytes)),
    'decode+tokenize': () => transmission.forEach((f) => scanCanonicalBytes(f.bytes, {}, () => {})),
    'decode+tokenize tolerant': () => transmission.forEach((f) => scanRecords(decodeCp932(f.bytes).text, {}, () => {})),
    parseFile: () => transmission.forEach((f) => parseFile(f)),
    validateBundle: () => validateBundle(transmission),
    encode: () => parsed.forEach((p, i) => stringifyFile(kinds[i]!, p.records as Record<string, string>[])),
    oracleParse: () => transmission.forEach((f) => csvParse(iconv.decode(Buffer.from(f.bytes), 'cp932'), csvParseOptions())),
    oracleEncode: () =>
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
  const batch = Array.from({ length: 10 }, (_, i) => load(dirs[i % dirs.length]!));
  const batchMb = batch.reduce((n, t) => n + mb(t), 0);
  const batchTimes: number[] = [];
  for (let r = 0; r < 3; r++) {
    gc();
    batchTimes.push(time(() => batch.forEach((t) => validateBundle(t))));
  }
  return { size, ms, batchMb, batchMs: median(batchTimes) };
}

/** Peak RSS (own process): read the transmission and validate it once. */
function rss(dir: string) {
  const r = validateBundle(load(dir));
  return { ok: r.ok, rssMb: process.resourceUsage().maxRSS / 1024 };
}

/** 1 GB of UPPLAN generated on the fly through parseStream (own process). */
async function stream(gb: number) {
  const chunk = stringifyFile('UPPLAN', sampleRecords('UPPLAN', { seed: 5, records: 200 })).bytes!;
  const total = Math.floor((gb * 1e9) / chunk.length);
  async function* source() {
    for (let i = 0; i < total; i++) yield chunk;
  }
  let records = 0;
  let issues = 0;
  const t = performance.now();
  for await (const e of parseStream(source(), { kind: 'UPPLAN', maxIssues: 10 })) {
    if (e.type === 'record') records++;
    else if (e.type === 'issue') issues++;
  }
  return { gb: (total * chunk.length) / 1e9, records, issues, seconds: (performance.now() - t) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 };
}

function coldStart(dir: string): number | undefined {
  if (!existsSync(CLI)) return undefined;
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    spawnSync(process.execPath, [CLI, 'check', '--format', 'json', dir], { stdio: 'ignore' });
    runs.push(performance.now() - t);
  }
  return median(runs);
}

async function main() {
  const mode = args[0];
  if (mode === 'measure') return console.log(JSON.stringify(measure(args.slice(1, 1 + SEEDS.length))));
  if (mode === 'rss') return console.log(JSON.stringify(rss(args[1]!)));
  if (mode === 'stream') return console.log(JSON.stringify(await stream(Number(args[1]))));

  const dirs = generate();
  const m = self('measure', ...dirs, ...args);
  const peak = self('rss', dirs[0]!);
  const cold = coldStart(dirs[0]!);
  const st = STREAM_GB > 0 ? self('stream', String(STREAM_GB)) : undefined;
  const { ms, size } = m;
  // Reading steps are compared with iconv-lite + csv-parse, writing steps with csv-stringify + iconv-lite.
  const oracleOf = (name: string) => (name === 'floor' ? undefined : name.startsWith('encode') || name === 'oracleEncode' ? 'oracleEncode' : 'oracleParse');
  const row = (name: string, what: string) => {
    const oracle = oracleOf(name);
    const vsOracle = oracle ? `${(ms[oracle] / ms[name]).toFixed(1)}×` : '';
    return `| ${what} | ${ms[name].toFixed(0)} ms | ${rate(size, ms[name])} | ${(ms[name] / ms.floor).toFixed(1)}× | ${vsOracle} |`;
  };
  console.log(
    [
      `careplan-csv bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
      '',
      `Transmission: UPPLAN + UPSIKYU + UPHOSOKU, ${size.toFixed(1)} MB (${USERS} users); medians of ${ROUNDS} interleaved rounds in one process.`,
      '',
      '| step | time | throughput | × floor loop | × faster than the oracle pipeline |',
      '|---|---:|---:|---:|---:|',
      row('floor', 'floor: byte scan for , " LF'),
      row('decode', 'decode (CP932 → text)'),
      row('decode+tokenize', 'decode + tokenize: byte scanner (canonical files)'),
      row('decode+tokenize tolerant', 'decode + tokenize: tolerant path (decode, then tokenize text)'),
      row('parseFile', 'parseFile, every file (decode, tokenize, records, field/record/file rules)'),
      row('validateBundle', '**validateBundle (everything, transmission rules included)**'),
      row('encode', '**encode (stringifyFile, validation included)**'),
      row('oracleParse', 'iconv-lite + csv-parse, no validation'),
      row('oracleEncode', 'csv-stringify + iconv-lite, no validation'),
      '',
      `- validateBundle is ${(ms.oracleParse / ms.validateBundle).toFixed(1)}× faster than iconv-lite + csv-parse without validation; encode is ${(ms.oracleEncode / ms.encode).toFixed(1)}× faster than csv-stringify + iconv-lite.`,
      `- Peak RSS of a process that reads the ${size.toFixed(1)} MB transmission and validates it: ${peak.rssMb.toFixed(0)} MB (ok: ${peak.ok}).`,
      `- ${m.batchMb.toFixed(0)} MB batch (10 transmissions, validateBundle each): ${m.batchMs.toFixed(0)} ms, ${rate(m.batchMb, m.batchMs)}.`,
      cold !== undefined ? `- Cold start: \`careplan-csv check --format json <dir>\` on the transmission, Node start-up included: median ${cold.toFixed(0)} ms wall.` : '- Cold start: not measured (run `npm run build` first).',
      st ? `- Stream: ${st.gb.toFixed(2)} GB of UPPLAN generated on the fly through parseStream: ${st.records.toLocaleString('en')} records in ${st.seconds.toFixed(1)} s (${rate(st.gb * 1000, st.seconds * 1000)}), peak RSS ${st.rssMb.toFixed(0)} MB.` : '',
    ].join('\n'),
  );
}

void main();
