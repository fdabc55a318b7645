/** File-system helpers of the CLI: collecting inputs and writing outputs without clobbering. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { MAX_BYTES_PER_SEND } from '../bundle/rules/limits.js';
import { basename, join, resolve } from 'node:path';
import { RefusedError, UsageError } from './args.js';
import { printable } from '../report/format.js';

export interface InputFile {
  /** Base name: what the library sees (file names carry the kind, month and parties). */
  readonly name: string;
  /** Path as found (for reading only). */
  readonly path: string;
}

export interface CollectedInputs {
  readonly files: InputFile[];
  /** True when at least one argument was a directory. */
  readonly sawDirectory: boolean;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function statOrUsage(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`no such file or directory: ${printable(path)}`);
  }
}

/** The regular files directly inside a directory (or the whole tree), sorted by name. */
function listDirectory(dir: string, recursive: boolean, out: InputFile[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isFile()) out.push({ name: e.name, path });
    else if (e.isDirectory() && recursive) listDirectory(path, recursive, out);
    else if (e.isSymbolicLink()) {
      // follow links to files only; never descend through a linked directory
      try {
        if (statSync(path).isFile()) out.push({ name: e.name, path });
      } catch {
        /* dangling link: skip */
      }
    }
  }
}

/** Resolves the path arguments of `check`. A missing path is a usage error. */
export function collectInputs(paths: readonly string[], cwd: string, recursive: boolean): CollectedInputs {
  const files: InputFile[] = [];
  let sawDirectory = false;
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = statOrUsage(abs);
    if (st.isDirectory()) {
      sawDirectory = true;
      listDirectory(abs, recursive, files);
    } else if (st.isFile()) {
      files.push({ name: basename(abs), path: abs });
    } else {
      throw new UsageError(`not a regular file or directory: ${printable(p)}`);
    }
  }
  return { files, sawDirectory };
}

/** One existing regular file (inspect, convert). */
export function inputFile(path: string, cwd: string): InputFile {
  const abs = resolve(cwd, path);
  const st = statOrUsage(abs);
  if (!st.isFile()) throw new UsageError(`not a regular file: ${printable(path)}`);
  return { name: basename(abs), path: abs };
}

/** The bytes of a file; one over the per-send limit is refused without being read. */
export const readBytes = (f: InputFile): Uint8Array => {
  const size = statSync(f.path).size;
  if (size > MAX_BYTES_PER_SEND) throw new RefusedError(`${printable(f.name)} is ${size} bytes, over the ${MAX_BYTES_PER_SEND}-byte limit of one send (FILE_TOO_LARGE); not read`);
  const b = readFileSync(f.path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};

/** Thrown when an output exists and --force was not given (exit 1). */
const wouldOverwrite = (paths: readonly string[]) =>
  new RefusedError(`refusing to overwrite existing file(s): ${paths.map(printable).join(', ')} (use --force)`);

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
  mkdirSync(dir, { recursive: true });
  outputs.forEach((o, i) => writeFileSync(paths[i]!, o.bytes, { flag: force ? 'w' : 'wx' }));
  return paths;
}

/** Writes one output file (convert --out). */
export function writeOutput(path: string, bytes: Uint8Array | string, force: boolean): void {
  if (!force && existsSync(path)) throw wouldOverwrite([path]);
  writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
}
