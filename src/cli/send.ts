/**
 * Reading sends for `view` and `diff`: paths (files or folders) → files, validated as `check`
 * validates them (a folder's files split into transmissions, several files as one transmission,
 * one file alone by the file rules), → the renderer's inputs and the issues of the sends.
 */
import { validateBundle } from '../bundle/validate.js';
import type { BundleFileResult } from '../bundle/types.js';
import type { Issue } from '../core/issue.js';
import { withoutValues } from '../report/mask.js';
import { renderInputFromParse } from '../render/index.js';
import type { RenderInputFile } from '../render/types.js';
import { isKindId } from '../spec/kinds/index.js';
import { UsageError } from './args.js';
import { collectInputs, readSendFiles } from './fs.js';

export interface ReadSend {
  /** Every file, as the renderer (and diff()) reads it, in the order found. */
  readonly files: RenderInputFile[];
  /** The issues of the transmissions as a whole (and the bundle issues about each file). */
  readonly sendIssues: Issue[];
  /** Per file: its kind, records and error-severity issues (its own and the send's about it). */
  readonly summary: { readonly file: string; readonly kind: string | null; readonly records: number; readonly errors: number; readonly warnings: number }[];
}

const inputOf = (f: BundleFileResult, bytes: Uint8Array, showValues: boolean): RenderInputFile => {
  const issues = showValues ? f.issues : f.issues.map(withoutValues);
  if (isKindId(f.kind)) return renderInputFromParse({ ...f, issues });
  return { name: f.name, kind: null, csvVersion: null, records: [], issues, bytes };
};

/** Reads and validates the files of `paths` (files or folders; folders recursively with `recursive`). */
export function readSend(paths: readonly string[], cwd: string, o: { readonly recursive: boolean; readonly showValues: boolean }): ReadSend {
  const inputs = collectInputs(paths, cwd, { recursive: o.recursive });
  if (inputs.files.length === 0) throw new UsageError('no files (the folders are empty)');
  // What the user gives is one send, as `check` reads it.
  const groups = [inputs.files];
  const scope = !inputs.sawDirectory && inputs.files.length === 1 ? 'single-file' : 'transmission';
  const files: RenderInputFile[] = [];
  const sendIssues: Issue[] = [];
  const summary: ReadSend['summary'] = [];
  for (const group of groups) {
    const bundle = readSendFiles(group);
    const result = validateBundle(bundle, { scope, reportValues: o.showValues });
    const own = result.issues.map((i) => (o.showValues ? i : withoutValues(i)));
    sendIssues.push(...own);
    result.files.forEach((f, k) => {
      files.push(inputOf(f, bundle[k]!.bytes, o.showValues));
      const about = own.filter((i) => i.file === f.name);
      const count = (s: Issue['severity']) => f.issues.filter((i) => i.severity === s).length + about.filter((i) => i.severity === s).length;
      summary.push({ file: f.name, kind: f.kind, records: isKindId(f.kind) ? f.records.length : 0, errors: count('error'), warnings: count('warning') });
    });
  }
  return { files, sendIssues, summary };
}
