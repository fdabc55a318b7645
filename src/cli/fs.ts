/**
 * File-system helpers of the CLI: collecting inputs, reading them with a bound, writing outputs
 * without clobbering.
 *
 * Reading never trusts a file: a directory's entries are listed with their types (never opened to
 * find out), a FIFO, socket or device is never opened (it could block forever), links in a directory
 * are not followed unless asked, a name that is not UTF-8 is reported rather than guessed, and no
 * read takes more than `limit + 1` bytes (a file whose size reads as 0, like /proc/self/pagemap,
 * cannot make it read without end). Every such fault is a problem of that one file: the others are
 * still checked.
 */
import type { BundleFile } from '../bundle/types.js';
import { MAX_BYTES_PER_SEND, MAX_FILES_PER_SEND } from '../bundle/rules/limits.js';
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { Problem } from '../core/issue.js';
import { EnvironmentError, RefusedError, UsageError } from './args.js';
import { printable } from '../report/format.js';

export interface InputFile {
  /** Base name: what the library sees (file names carry the kind, month and parties). */
  readonly name: string;
  /** Path as found, for reading (bytes when the name is not UTF-8). */
  readonly path: string | Buffer;
  /** The path as the user gave it (the argument, joined with the entries below it): for reports. */
  readonly shown: string;
  /** Size from stat; null when unknown (stdin, or a fault). */
  readonly size: number | null;
  /** Why the file cannot be read (it is then reported, not read). */
  readonly fault?: Problem | undefined;
}

export interface CollectedInputs {
  readonly files: InputFile[];
  /** True when at least one argument was a directory. */
  readonly sawDirectory: boolean;
}

export interface CollectOptions {
  /** Also read subdirectories of directory arguments. */
  readonly recursive: boolean;
  /** Follow symbolic links found in directories (links given as arguments are always followed). */
  readonly followSymlinks?: boolean | undefined;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const errnoOf = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'EIO';
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The type of a non-regular entry, as FILE_NOT_REGULAR names it. */
function specialType(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  return 'unknown';
}

function statOrUsage(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new UsageError({ ja: `ファイルもフォルダーもありません: ${printable(shown)}`, en: `no such file or directory: ${printable(shown)}` });
    throw new EnvironmentError({ ja: `開けません（${code}）: ${printable(shown)}`, en: `cannot open (${code}): ${printable(shown)}` });
  }
}

/** A file that is reported, not read. */
const faulty = (name: string, path: string | Buffer, shown: string, fault: Problem): InputFile => ({ name, path, shown, size: null, fault });

/** The entry of one regular file (its size from stat; a stat failure is its fault). */
function regular(name: string, path: string | Buffer, shown: string): InputFile {
  try {
    const st = statSync(path);
    if (!st.isFile())
      return faulty(
        name,
        path,
        shown,
        st.isDirectory() ? { code: 'FILE_UNREADABLE', params: { reason: 'EISDIR' } } : { code: 'FILE_NOT_REGULAR', params: { type: specialType(st) } },
      );
    return { name, path, shown, size: st.size };
  } catch (e) {
    return faulty(name, path, shown, { code: 'FILE_UNREADABLE', params: { reason: errnoOf(e) } });
  }
}

/** The files inside a directory (or the whole tree), sorted by name. */
function listDirectory(dir: Buffer, shown: string, options: CollectOptions, out: InputFile[], seen: Set<string>, top: boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    const code = errnoOf(e);
    if (top)
      throw new EnvironmentError({
        ja: `フォルダーの中を読めません（${code}）: ${printable(shown)}`,
        en: `cannot list the directory (${code}): ${printable(shown)}`,
      });
    // A subdirectory that cannot be listed is reported as one entry; the rest is still checked.
    out.push(faulty(basename(shown), dir, shown, { code: 'FILE_UNREADABLE', params: { reason: code } }));
    return;
  }
  const named = entries.map((e) => {
    const raw = e.name as unknown as Buffer;
    let name: string;
    let decodable = true;
    try {
      name = utf8.decode(raw);
    } catch {
      name = lossy.decode(raw);
      decodable = false;
    }
    return { e, raw, name, decodable };
  });
  named.sort((a, b) => byName(a.name, b.name));
  for (const { e, raw, name, decodable } of named) {
    const path = Buffer.concat([dir, Buffer.from(sep), raw]);
    const shownPath = `${shown}${shown.endsWith(sep) ? '' : sep}${name}`;
    if (e.isDirectory()) {
      if (options.recursive) listDirectory(path, shownPath, options, out, seen, false);
      continue;
    }
    if (!decodable && !e.isDirectory()) {
      out.push(faulty(name, path, shownPath, { code: 'FILENAME_UNDECODABLE' }));
      continue;
    }
    if (e.isFile()) out.push(regular(name, path, shownPath));
    else if (e.isSymbolicLink()) {
      if (!options.followSymlinks) {
        out.push(faulty(name, path, shownPath, { code: 'FILE_SYMLINK_SKIPPED' }));
        continue;
      }
      let st: Stats;
      try {
        st = statSync(path);
      } catch (err) {
        out.push(faulty(name, path, shownPath, { code: 'FILE_UNREADABLE', params: { reason: errnoOf(err) } }));
        continue;
      }
      if (st.isDirectory()) {
        // Followed links to directories: each real directory once (a link loop ends here).
        if (!options.recursive) continue;
        let real: string;
        try {
          real = realpathSync(path).toString();
        } catch (err) {
          out.push(faulty(name, path, shownPath, { code: 'FILE_UNREADABLE', params: { reason: errnoOf(err) } }));
          continue;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        listDirectory(path, shownPath, options, out, seen, false);
      } else out.push(regular(name, path, shownPath));
    } else {
      // FIFOs, sockets, devices: listed (never silently skipped), never opened.
      let type = 'unknown';
      try {
        type = specialType(lstatSync(path));
      } catch {
        /* gone already: 'unknown' */
      }
      out.push(faulty(name, path, shownPath, { code: 'FILE_NOT_REGULAR', params: { type } }));
    }
  }
}

/** Resolves the path arguments of `check` (`-` is stdin, handled by the caller). A missing path is a usage error. */
export function collectInputs(paths: readonly string[], cwd: string, options: CollectOptions): CollectedInputs {
  const files: InputFile[] = [];
  let sawDirectory = false;
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statOrUsage(abs, p);
    if (st.isDirectory()) {
      sawDirectory = true;
      let real = abs;
      try {
        real = realpathSync(abs);
      } catch {
        /* keep abs */
      }
      listDirectory(Buffer.from(abs), p, options, files, new Set([real]), true);
    } else if (st.isFile()) {
      files.push({ name: basename(abs), path: abs, shown: p, size: st.size });
    } else {
      files.push(faulty(basename(abs), abs, p, { code: 'FILE_NOT_REGULAR', params: { type: specialType(st) } }));
    }
  }
  return { files, sawDirectory };
}

/** One existing file (inspect, convert); a FIFO or device is a usage error there. */
export function inputFile(path: string, cwd: string): InputFile {
  const abs = resolve(cwd, path);
  const st = statOrUsage(abs, path);
  if (st.isDirectory()) throw new UsageError({ ja: `ファイルではなくフォルダーです: ${printable(path)}`, en: `a directory, not a file: ${printable(path)}` });
  if (!st.isFile()) throw new UsageError({ ja: `通常のファイルではありません: ${printable(path)}`, en: `not a regular file: ${printable(path)}` });
  return { name: basename(abs), path: abs, shown: path, size: st.size };
}

export type ReadResult =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly fault: Problem; readonly size?: number | undefined };

/**
 * Reads at most `limit + 1` bytes of a file: a file over `limit` is `FILE_TOO_LARGE` with the size
 * read so far (never more), one whose content does not match its size (it reads as 0 bytes but has
 * some, or changed while read) is `FILE_SIZE_UNKNOWN`, one that cannot be opened is `FILE_UNREADABLE`
 * and one that turns out not to be regular is `FILE_NOT_REGULAR`. Never throws.
 */
export function readBounded(path: string | Buffer, limit: number, expectedSize: number | null): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: a regular file swapped for a FIFO since it was listed cannot block the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, fault: { code: 'FILE_UNREADABLE', params: { reason: errnoOf(e) } } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return {
        ok: false,
        fault: st.isDirectory() ? { code: 'FILE_UNREADABLE', params: { reason: 'EISDIR' } } : { code: 'FILE_NOT_REGULAR', params: { type: specialType(st) } },
      };
    if (st.size > limit) return { ok: false, fault: { code: 'FILE_TOO_LARGE', params: { size: st.size, limit } }, size: st.size };
    // Never more than limit + 1 bytes; and no more once the file has shown more bytes than its size
    // says (a size of 0 with content, like /proc/self/pagemap): the size is then unknown.
    const cap = limit + 1;
    const chunks: Uint8Array[] = [];
    let total = 0;
    // One read for an ordinary file (its size + 1, to see the end); at least 64 KiB (a multiple of
    // 8: some /proc files refuse other lengths).
    let want = Math.min(cap, Math.max(st.size + 1, 64 * 1024));
    while (total <= st.size) {
      const buf = new Uint8Array(Math.min(want, cap - total));
      if (buf.length === 0) break;
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        const code = errnoOf(e);
        if (code === 'EAGAIN') return { ok: false, fault: { code: 'FILE_NOT_REGULAR', params: { type: 'unknown' } } };
        return { ok: false, fault: { code: 'FILE_UNREADABLE', params: { reason: code } } };
      }
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      want = Math.min(cap, want * 2);
    }
    if (total > limit) return { ok: false, fault: { code: 'FILE_TOO_LARGE', params: { size: total, limit } }, size: total };
    const expected = expectedSize ?? st.size;
    if (total !== expected || total !== st.size) return { ok: false, fault: { code: 'FILE_SIZE_UNKNOWN' }, size: total };
    if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { ok: true, bytes };
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* nothing to do */
    }
  }
}

/** Reads at most `limit + 1` bytes of a stream (stdin): over the limit, only the count is kept. */
export async function readStreamBounded(stream: AsyncIterable<Uint8Array>, limit: number): Promise<{ bytes: Uint8Array; over: boolean; size: number }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const take = chunk.subarray(0, Math.max(0, limit + 1 - total));
    chunks.push(take);
    total += take.length;
    if (total > limit) break;
  }
  if (total > limit) return { bytes: new Uint8Array(0), over: true, size: total };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, over: false, size: total };
}

/**
 * The files of one send as validateBundle takes them: a send over the per-send limits (decided from
 * the sizes) is refused without reading any file; otherwise each file is read with a bound (its size
 * + 1, at most the limit + 1 bytes), and a file that cannot be read is a fault of that file.
 */
export function readSendFiles(files: readonly (InputFile & { readonly bytes?: Uint8Array | undefined })[]): BundleFile[] {
  const total = files.reduce((n, f) => n + (f.size ?? 0), 0);
  const over = files.length > MAX_FILES_PER_SEND || total > MAX_BYTES_PER_SEND;
  return files.map((f): BundleFile => {
    const base = { name: f.name };
    if (f.fault) return { ...base, bytes: new Uint8Array(0), size: f.size ?? 0, fault: f.fault };
    if (f.bytes) return { ...base, bytes: f.bytes, size: f.size ?? f.bytes.length };
    if (over) return { ...base, bytes: new Uint8Array(0), size: f.size ?? 0 };
    const r = readBounded(f.path, MAX_BYTES_PER_SEND, f.size);
    return r.ok ? { ...base, bytes: r.bytes } : { ...base, bytes: new Uint8Array(0), size: r.size ?? f.size ?? 0, fault: r.fault };
  });
}

/** Thrown when an output exists and --force was not given (exit 1). */
const wouldOverwrite = (paths: readonly string[]) =>
  new RefusedError({
    ja: `既にあるファイルは上書きしません: ${paths.map(printable).join(', ')}（上書きするには --force）`,
    en: `refusing to overwrite existing file(s): ${paths.map(printable).join(', ')} (use --force)`,
  });

/** An output that cannot be written is an environment error (exit 2, one line). */
function writeFailed(e: unknown, path: string): EnvironmentError {
  const code = errnoOf(e);
  return new EnvironmentError({ ja: `書き込めません（${code}）: ${printable(path)}`, en: `cannot write (${code}): ${printable(path)}` });
}

/** Writes every output, or none when any exists already (unless force). Creates the directory. */
export function writeOutputs(dir: string, outputs: readonly { name: string; bytes: Uint8Array }[], force: boolean): string[] {
  for (const o of outputs) {
    // names come from the library (sample/filenames), but never let one escape the directory
    if (o.name !== basename(o.name) || o.name === '..' || o.name === '.') throw new Error(`unsafe output name ${printable(o.name)}`);
  }
  const paths = outputs.map((o) => join(dir, o.name));
  if (!force) {
    const existing = paths.filter((p) => existsSync(p));
    if (existing.length > 0) throw wouldOverwrite(existing);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeFailed(e, dir);
  }
  outputs.forEach((o, i) => {
    try {
      writeFileSync(paths[i]!, o.bytes, { flag: force ? 'w' : 'wx' });
    } catch (e) {
      if (errnoOf(e) === 'EEXIST') throw wouldOverwrite([paths[i]!]);
      throw writeFailed(e, paths[i]!);
    }
  });
  return paths;
}

/** Writes one output file (convert --out). */
export function writeOutput(path: string, bytes: Uint8Array | string, force: boolean): void {
  if (!force && existsSync(path)) throw wouldOverwrite([path]);
  try {
    writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    if (errnoOf(e) === 'EEXIST') throw wouldOverwrite([path]);
    throw writeFailed(e, path);
  }
}
