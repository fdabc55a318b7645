/**
 * The input of `inspect` and `convert`: one file, or stdin (`-`), read as a stream in chunks, so
 * that a file of any size is read in bounded memory (parseStream keeps one record at a time). With
 * a byte limit (`--max-bytes`), a larger file is refused by its size before it is read, and a
 * stream stops at the limit.
 */
import { createReadStream } from 'node:fs';
import { EnvironmentError, UsageError, type Io } from './args.js';
import { inputFile } from './fs.js';
import { printable } from '../report/format.js';

export interface StreamInput {
  /** The file name the library sees (basename, or --name for stdin). */
  readonly name: string | undefined;
  /** The path as given, for messages. */
  readonly shown: string;
  /** Size from stat; undefined for stdin. */
  readonly size: number | undefined;
  /** The bytes, in chunks. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Bytes read so far (to tell, after the end, whether the limit cut the stream). */
  readonly read: () => number;
  /** True when the stream was cut at the byte limit. */
  readonly cut: () => boolean;
}

const errnoOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
};

/** Counts bytes and stops past `limit` (the last chunk is cut to limit + 1 bytes). */
async function* bounded(source: AsyncIterable<Uint8Array>, limit: number, state: { read: number; cut: boolean }, shown: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of source) {
      const c = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk as ArrayBuffer);
      const room = limit + 1 - state.read;
      if (c.length >= room) {
        state.read += room;
        state.cut = state.read > limit;
        yield c.subarray(0, Math.max(0, room - 1));
        return;
      }
      state.read += c.length;
      yield c;
    }
  } catch (e) {
    const code = errnoOf(e);
    throw new EnvironmentError({ ja: `読めません（${code}）: ${printable(shown)}`, en: `cannot read (${code}): ${printable(shown)}` });
  }
}

export function openInput(path: string, io: Io, options: { name?: string | undefined; maxBytes?: number | undefined }): StreamInput {
  const limit = options.maxBytes ?? Number.MAX_SAFE_INTEGER;
  const state = { read: 0, cut: false };
  if (path === '-') {
    if (!io.stdin) throw new UsageError({ ja: '標準入力を読めません', en: 'stdin is not available' });
    return { name: options.name, shown: '-', size: undefined, chunks: bounded(io.stdin, limit, state, '-'), read: () => state.read, cut: () => state.cut };
  }
  if (options.name !== undefined) throw new UsageError({ ja: '--name は - （標準入力）のファイル名です', en: '--name names stdin (-)' });
  const file = inputFile(path, io.cwd);
  // Opened when first read: a file refused by its size is never opened.
  const source = (async function* () {
    yield* createReadStream(file.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
  })();
  return {
    name: file.name,
    shown: file.shown,
    size: file.size ?? undefined,
    chunks: bounded(source, limit, state, file.shown),
    read: () => state.read,
    cut: () => state.cut,
  };
}
