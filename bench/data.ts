/**
 * The inputs, generated once with the library's seeded sample generator (always the same bytes) and
 * kept in node_modules/.cache/careplan-bench. The measuring processes only read them.
 *
 * - archive/: one folder with `archiveSends` K2 sends (UPPLAN + UPSIKYU + UPHOSOKU, `users` users
 *   each; seeds 1…N, ファイル連番 one minute apart), as a care office's folder of sends looks.
 *   "The send" is the first of them.
 * - small30/: one send of 30 small files (3 × K1 + 6 × K2, 8 users each, one minute apart).
 * - stream/: one UPPLAN file of 200 users, repeated to make the parseStream input.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_BYTES_PER_SEND, sampleRecords, sampleTransmission, stringifyFile } from './lib.js';
import type { Config } from './config.js';

export const STREAM_FILE = 'UPPLAN.CSV';

export interface BenchFile {
  readonly name: string;
  /** A plain Uint8Array view, as the CLI hands the library. */
  readonly bytes: Uint8Array;
  /** A Buffer view of the same memory, for iconv-lite (made outside the timed steps: no copy is timed). */
  readonly buffer: Buffer;
}
export type Send = readonly BenchFile[];

export interface Layout {
  readonly archiveDir: string;
  readonly small30Dir: string;
  readonly streamDir: string;
  /** File names per send of the archive, in send order. */
  readonly sends: readonly (readonly string[])[];
}

/** ファイル連番 of send i (0-based): 2025-04-25 10:30:00 plus i minutes. */
function timestamp(i: number): string {
  const minutes = 10 * 60 + 30 + i;
  return `20250425${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;
}

/** Writes a folder unless a complete one is there (the marker is written last). */
function writeOnce(dir: string, make: () => { name: string; bytes: Uint8Array }[]) {
  const done = `${dir}.done`; // beside the folder: the CLI reads every file in it
  if (existsSync(done)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of make()) writeFileSync(join(dir, f.name), f.bytes);
  writeFileSync(done, '');
}

/** Where the inputs are (the measuring processes only read them; `generate` must have run). */
export function layout(config: Config): Layout {
  const archiveDir = join(config.cacheDir, 'archive');
  const names = readdirSync(archiveDir);
  const sends = Array.from({ length: config.archiveSends }, (_, i) => names.filter((n) => n.includes(`_${timestamp(i)}.`)).sort());
  return { archiveDir, small30Dir: join(config.cacheDir, 'small30'), streamDir: join(config.cacheDir, 'stream'), sends };
}

/** Writes the inputs that are not in the cache yet. */
export function generate(config: Config): Layout {
  writeOnce(join(config.cacheDir, 'archive'), () => {
    const files = [];
    for (let i = 0; i < config.archiveSends; i++) {
      process.stderr.write(`bench: generating send ${i + 1}/${config.archiveSends} (${config.users} users) into ${config.cacheDir}…\n`);
      files.push(...sampleTransmission('K2', { seed: i + 1, records: config.users, timestamp: timestamp(i) }));
    }
    return files;
  });
  writeOnce(join(config.cacheDir, 'small30'), () => [
    ...[0, 1, 2].flatMap((i) => sampleTransmission('K1', { seed: 100 + i, records: 8, timestamp: timestamp(i) })),
    ...[3, 4, 5, 6, 7, 8].flatMap((i) => sampleTransmission('K2', { seed: 100 + i, records: 8, timestamp: timestamp(i) })),
  ]);
  writeOnce(join(config.cacheDir, 'stream'), () => [
    { name: STREAM_FILE, bytes: stringifyFile('UPPLAN', sampleRecords('UPPLAN', { seed: 5, records: 200 })).bytes! },
  ]);
  const result = layout(config);
  // A send over the limit is refused before it is read: its timings would measure the refusal.
  for (const send of result.sends) {
    const bytes = send.reduce((n, name) => n + statSync(join(result.archiveDir, name)).size, 0);
    if (bytes > MAX_BYTES_PER_SEND)
      throw new Error(`bench: a generated send holds ${bytes} bytes, over the 10 MiB limit of one send; give fewer --users (or remove ${config.cacheDir})`);
  }
  return result;
}

export function loadFile(dir: string, name: string): BenchFile {
  const b = readFileSync(join(dir, name));
  return { name, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength), buffer: b };
}

export const loadSend = (dir: string, names: readonly string[]): Send => names.map((n) => loadFile(dir, n));
export const loadDir = (dir: string): Send => loadSend(dir, readdirSync(dir).sort());
export const bytesOf = (sends: readonly Send[]) => sends.reduce((n, s) => n + s.reduce((m, f) => m + f.bytes.length, 0), 0);
