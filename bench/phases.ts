/**
 * What runs inside the measuring processes. Each steady-state phase is one fresh process that loads
 * only its input bytes (and, for writing, the records to write) and times its contenders with the
 * harness, the floor loop among them, so that every ratio is between numbers of one process.
 * Reading and writing are separate processes: the records that the writers need would otherwise
 * stay on the heap while the readers run, and make every GC of theirs slower.
 */
import { decodeCp932, parseFile, parseStream, stringifyFile, validateBundle, type KindId } from './lib.js';
import { scanCanonicalBytes } from '../src/csv/scan-bytes.js';
import { scanRecords } from '../src/csv/tokenize.js';
import type { Config } from './config.js';
import { bytesOf, layout as layoutOf, loadDir, loadFile, loadSend, STREAM_FILE, type Send } from './data.js';
import { drainSink, measure, type Contender, type Stats } from './harness.js';
import { CHECK_PATH_OPTIONS, checkPathAvailable } from './hooks.js';
import { decodeAndParse, floorScan, oracleRead, oracleWrite, PARSERS, textDecode, verifyParsers } from './refs.js';

export const PHASES = ['read-send', 'read-archive', 'read-small30', 'write-send', 'write-archive'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  readonly phase: Phase;
  readonly bytes: number;
  readonly files: number;
  readonly stats: Record<string, Stats>;
  readonly warmup: number;
  readonly rounds: number;
  readonly checkPath: boolean;
  /** Every send validated ok (read) / every file written back to the same bytes (write). */
  readonly ok: boolean;
  readonly notes: string[];
  readonly sinkCount: number;
}

const all = (sends: readonly Send[]) => sends.flat();
const over = (sends: readonly Send[], fn: (s: Send) => unknown) => () => sends.map(fn);

function readContenders(phase: Phase, sends: readonly Send[], checkPath: boolean): Contender[] {
  const files = all(sends);
  const c: Contender[] = [
    { id: 'floor', run: () => floorScan(files) },
    { id: 'textDecoder', run: () => files.map(textDecode) },
  ];
  if (phase === 'read-send') {
    c.push(
      { id: 'decode', run: () => files.map((f) => decodeCp932(f.bytes)) },
      { id: 'byteScanner', run: () => files.map((f) => scanCanonicalBytes(f.bytes, {}, () => {})) },
      { id: 'tolerant', run: () => files.map((f) => scanRecords(decodeCp932(f.bytes).text, {}, () => {})) },
      { id: 'parseFile', run: () => files.map((f) => parseFile(f)) },
    );
  }
  if (checkPath) c.push({ id: 'check', run: over(sends, (s) => validateBundle(s, CHECK_PATH_OPTIONS)) });
  c.push(
    { id: 'validate', run: over(sends, (s) => validateBundle(s)) },
    { id: 'oracleRead', run: over(sends, oracleRead) },
    { id: 'udsv', run: over(sends, decodeAndParse(PARSERS.udsv)) },
    { id: 'csvSimple', run: over(sends, decodeAndParse(PARSERS.csvSimple)) },
  );
  if (phase === 'read-send') c.push({ id: 'papa', run: over(sends, decodeAndParse(PARSERS.papa)) });
  return c;
}

function writeContenders(phase: Phase, sends: readonly Send[], notes: string[]): { contenders: Contender[]; ok: boolean } {
  const files = all(sends);
  const parsed = files.map((f) => parseFile(f));
  const kinds = parsed.map((p) => p.kind as KindId);
  const records = parsed.map((p) => p.records as unknown as Record<string, string>[]);
  const encode = () => records.map((rs, i) => stringifyFile(kinds[i]!, rs));
  // Written back, every file must be byte for byte the file it was read from.
  const same = encode().every((r, i) => r.bytes !== undefined && Buffer.compare(Buffer.from(r.bytes), files[i]!.buffer) === 0);
  if (!same) notes.push('stringifyFile did not give back the input bytes for every file');
  const c: Contender[] = [
    { id: 'floor', run: () => floorScan(files) },
    { id: 'encode', run: encode },
  ];
  if (phase === 'write-send') c.push({ id: 'oracleWrite', run: oracleWrite(kinds, records) });
  return { contenders: c, ok: same };
}

export function runPhase(phase: Phase, config: Config): PhaseResult {
  const layout = layoutOf(config);
  const small30 = loadDir(layout.small30Dir);
  const checkPath = checkPathAvailable(small30.slice(0, 3));
  const sends: Send[] =
    phase === 'read-small30' ? [small30] : phase.endsWith('-send') ? [loadSend(layout.archiveDir, layout.sends[0]!)] : layout.sends.map((names) => loadSend(layout.archiveDir, names));
  const notes: string[] = [];
  const archive = phase.endsWith('-archive');
  let contenders: Contender[];
  let ok: boolean;
  if (phase.startsWith('read')) {
    ok = sends.every((s) => validateBundle(s).ok);
    if (!ok) notes.push('validateBundle reported errors on the input');
    if (phase === 'read-send') notes.push(...verifyParsers(sends[0]!).map((d) => `reference parser disagrees with csv-parse: ${d}`));
    contenders = readContenders(phase, sends, checkPath);
  } else {
    ({ contenders, ok } = writeContenders(phase, sends, notes));
  }
  const warmup = archive ? config.archiveWarmup : config.warmup;
  const rounds = archive ? config.archiveRounds : phase === 'read-small30' ? config.rounds * 2 : config.rounds;
  const stats = measure(contenders, warmup, rounds);
  return { phase, bytes: bytesOf(sends), files: all(sends).length, stats, warmup, rounds, checkPath, ok, notes, sinkCount: drainSink() };
}

/** A fresh process: the first validateBundle of the send, timed alone (the bytes are read before). */
export function firstCall(config: Config) {
  const layout = layoutOf(config);
  const send = loadSend(layout.archiveDir, layout.sends[0]!);
  const t = performance.now();
  const r = validateBundle(send);
  return { ms: performance.now() - t, ok: r.ok };
}

/** A fresh process: read the send and validate it once; peak RSS. */
export function peakRss(config: Config) {
  const layout = layoutOf(config);
  const before = process.memoryUsage().rss / 2 ** 20;
  const send = loadSend(layout.archiveDir, layout.sends[0]!);
  const r = validateBundle(send);
  return { ok: r.ok, beforeMb: before, peakMb: process.resourceUsage().maxRSS / 1024, bytes: bytesOf([send]) };
}

/**
 * A fresh process: `gb` GB of UPPLAN through parseStream, made on the fly by repeating one file of
 * 200 users (read from the cache: the sample generator is not run here, it would weigh on the RSS).
 */
export async function stream(config: Config, gb: number) {
  const chunk = loadFile(layoutOf(config).streamDir, STREAM_FILE).bytes;
  const total = Math.max(1, Math.floor((gb * 1e9) / chunk.length));
  async function* source() {
    for (let i = 0; i < total; i++) yield chunk;
  }
  let records = 0;
  let issues = 0;
  const before = process.memoryUsage().rss / 2 ** 20;
  const t = performance.now();
  for await (const e of parseStream(source(), { kind: 'UPPLAN', maxIssues: 10 })) {
    if (e.type === 'record') records++;
    else if (e.type === 'issue') issues++;
  }
  return { bytes: total * chunk.length, records, issues, seconds: (performance.now() - t) / 1000, beforeMb: before, peakMb: process.resourceUsage().maxRSS / 1024 };
}
