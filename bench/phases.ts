/**
 * What runs inside the measuring processes. Each steady-state phase is one fresh process that loads
 * only its input bytes (and, for writing, the records to write) and times its contenders with the
 * harness, the floor loop among them, so that every ratio is between numbers of one process.
 * Reading and writing are separate processes: the records that the writers need would otherwise
 * stay on the heap while the readers run, and make every GC of theirs slower.
 */
import { decodeCp932, parseFile, stringifyFile, validateBundle, type KindId } from './lib.js';
import { scanCanonicalBytes } from '../src/csv/scan-bytes.js';
import { scanRecords } from '../src/csv/tokenize.js';
import type { Config } from './config.js';
import { bytesOf, layout as layoutOf, loadDir, loadSend, type Send } from './data.js';
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

/**
 * A contender over the sends of a phase, one send after the other as a batch job would go: only the
 * last send's result is returned (to the sink); the others are garbage as soon as the next exists.
 * (Keeping every send's result until the end of the pass would put up to a gigabyte of records on
 * the heap and make each GC of the archive pass slower, which no caller of the library sees.)
 */
function perSend(id: string, sends: readonly Send[], fn: (s: Send, i: number) => unknown): Contender {
  return {
    id,
    run: () => {
      let last: unknown;
      for (let i = 0; i < sends.length; i++) last = fn(sends[i]!, i);
      return last;
    },
  };
}

function readContenders(phase: Phase, sends: readonly Send[], checkPath: boolean): Contender[] {
  const send = phase === 'read-send';
  const c: Contender[] = [perSend('floor', sends, floorScan), perSend('textDecoder', sends, (s) => s.map(textDecode))];
  if (send) {
    c.push(
      perSend('decode', sends, (s) => s.map((f) => decodeCp932(f.bytes))),
      perSend('byteScanner', sends, (s) => s.map((f) => scanCanonicalBytes(f.bytes, {}, () => {}))),
      perSend('tolerant', sends, (s) => s.map((f) => scanRecords(decodeCp932(f.bytes).text, {}, () => {}))),
      perSend('parseFile', sends, (s) => s.map((f) => parseFile(f))),
    );
  }
  if (checkPath) c.push(perSend('check', sends, (s) => validateBundle(s, CHECK_PATH_OPTIONS)));
  c.push(
    perSend('validate', sends, (s) => validateBundle(s)),
    perSend('oracleRead', sends, oracleRead),
    perSend('udsv', sends, decodeAndParse(PARSERS.udsv)),
  );
  // The slower references only on the send and the small files: the archive pass is the long one.
  if (phase !== 'read-archive') c.push(perSend('csvSimple', sends, decodeAndParse(PARSERS.csvSimple)));
  if (send) c.push(perSend('papa', sends, decodeAndParse(PARSERS.papa)));
  return c;
}

function writeContenders(phase: Phase, sends: readonly Send[], notes: string[]): { contenders: Contender[]; ok: boolean } {
  // The records to write, per send (as parseFile gives them); they stay on the heap throughout.
  const inputs = sends.map((s) =>
    s.map((f) => {
      const p = parseFile(f);
      return { kind: p.kind as KindId, records: p.records as unknown as Record<string, string>[] };
    }),
  );
  const encode = (i: number) => inputs[i]!.map((f) => stringifyFile(f.kind, f.records));
  // Written back, every file must be byte for byte the file it was read from.
  const same = sends.every((s, i) => encode(i).every((r, j) => r.bytes !== undefined && Buffer.compare(Buffer.from(r.bytes), s[j]!.buffer) === 0));
  if (!same) notes.push('stringifyFile did not give back the input bytes for every file');
  const c: Contender[] = [perSend('floor', sends, floorScan), perSend('encode', sends, (_, i) => encode(i))];
  if (phase === 'write-send') {
    const oracles = inputs.map((fs) =>
      oracleWrite(
        fs.map((f) => f.kind),
        fs.map((f) => f.records),
      ),
    );
    c.push(perSend('oracleWrite', sends, (_, i) => oracles[i]!()));
  }
  return { contenders: c, ok: same };
}

export function runPhase(phase: Phase, config: Config): PhaseResult {
  const layout = layoutOf(config);
  const small30 = loadDir(layout.small30Dir);
  const checkPath = checkPathAvailable(small30.slice(0, 3));
  const sends: Send[] =
    phase === 'read-small30'
      ? [small30]
      : phase.endsWith('-send')
        ? [loadSend(layout.archiveDir, layout.sends[0]!)]
        : layout.sends.map((names) => loadSend(layout.archiveDir, names));
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
