/**
 * The receiver's store, per document: each send applied in ファイル連番 order, documents replaced
 * by the files that carry them, deletions (with their cascade, by deletionScope) removing records.
 */
import { deletionScope, DELETION_CASCADES, type DeletionKind } from '../bundle/deletions.js';
import { isKindId } from '../spec/kinds/index.js';
import { parseFilename } from '../filenames/parse.js';
import { type KindId, type RecordValues } from '../spec/kind.js';
import { documentKeyOf, fillPrintImage, KIND_KEYS, userKeyOf } from './keys.js';
import type { DeletionSummary, DiffFile } from './types.js';

/** A stored record: its values (print-image blanks filled), file and 0-based index in that file. */
export interface Entry {
  readonly values: RecordValues;
  readonly file: string;
  readonly index: number;
  /** Cached content signature (match.ts). */
  sig?: string;
}

/** The records of one document (kind × user × document key). */
export interface Doc {
  readonly kind: KindId;
  readonly user: string;
  readonly entries: Entry[];
}

export interface DeletionRef {
  readonly file: string;
  readonly record?: number;
}

/** Joins of deletion keys: a NUL in a value becomes NUL U+0001, parts are joined by two NULs. */
const SEP = '\u0000\u0000';
const esc = (v: string) => (v.includes('\u0000') ? v.replaceAll('\u0000', '\u0000\u0001') : v);

/** Keys are escaped by keys.ts (a NUL is doubled; parts are joined by NUL + U+0001). */
const docId = (kind: KindId, user: string, doc: string) => `${kind}\u0000\u0002${user}\u0000\u0002${doc}`;

/** A file of a send that holds records (or deletions), with its ファイル連番. */
export interface Prepared {
  readonly name: string;
  readonly kind: KindId;
  readonly records: readonly RecordValues[];
  readonly timestamp: string;
  readonly order: number;
}

export function prepare(files: readonly DiffFile[], side: 'old' | 'new', skipped: { side: 'old' | 'new'; file: string; kind: string | null }[]): Prepared[] {
  const out: Prepared[] = [];
  files.forEach((f, order) => {
    if (typeof f?.name !== 'string' || !Array.isArray(f.records)) throw new TypeError('diff: each file must be { name: string, kind, records: [] }');
    if (!isKindId(f.kind)) {
      skipped.push({ side, file: f.name, kind: f.kind ?? null });
      return;
    }
    out.push({ name: f.name, kind: f.kind, records: f.records, timestamp: parseFilename(f.name).timestamp ?? '', order });
  });
  // ファイル連番 order; within one, deletions first, then by name (then input order).
  const rank = (p: Prepared) => (KIND_KEYS[p.kind].role === 'deletion' ? 0 : 1);
  return out.sort((a, b) => cmp(a.timestamp, b.timestamp) || rank(a) - rank(b) || cmp(a.name, b.name) || a.order - b.order);
}

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface ApplyLog {
  /** Documents that a deletion file of the send took records from (all of them share the deletion's key). */
  readonly deleted: Map<string, DeletionRef>;
  readonly deletions: DeletionSummary[];
}

/** Target key of a deletion on a stored record, for naming the deletion record that removed it. */
function cascadeTargetKey(kind: DeletionKind, target: KindId, r: RecordValues): string {
  return DELETION_CASCADES[kind].targetKeys
    .map((k) => esc(k === 'serviceType' && target === 'UPJSK' ? (r.serviceCode ?? '').slice(0, 2) : (r[k] ?? '')))
    .join(SEP);
}

function applyDeletion(state: Map<string, Doc>, file: Prepared, log: ApplyLog | undefined): void {
  const kind = file.kind as DeletionKind;
  const scope = deletionScope(kind, file.records);
  const byKey = new Map<string, number>();
  file.records.forEach((d, i) => {
    const k = DELETION_CASCADES[kind].keys.map((f) => esc(d[f] ?? '')).join(SEP);
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const matched = new Set<number>();
  let removedRecords = 0;
  for (const [id, doc] of state) {
    if (!scope.kinds.includes(doc.kind)) continue;
    const kept: Entry[] = [];
    for (const e of doc.entries) {
      if (!scope.removes(doc.kind, e.values)) {
        kept.push(e);
        continue;
      }
      removedRecords++;
      const i = byKey.get(cascadeTargetKey(kind, doc.kind, e.values));
      if (i !== undefined) matched.add(i);
      log?.deleted.set(id, { file: file.name, ...(i !== undefined ? { record: i + 1 } : {}) });
    }
    if (kept.length === doc.entries.length) continue;
    if (kept.length === 0) state.delete(id);
    else state.set(id, { ...doc, entries: kept });
  }
  log?.deletions.push({ file: file.name, kind, records: file.records.length, matched: matched.size, removedRecords });
}

/** Applies a send's files to a copy of `base`, in ファイル連番 order. */
export function applySend(files: readonly Prepared[], base: ReadonlyMap<string, Doc>, users: Map<string, RecordValues>, log?: ApplyLog): Map<string, Doc> {
  const state = new Map(base);
  let i = 0;
  while (i < files.length) {
    const timestamp = files[i]!.timestamp;
    const group = new Map<string, Doc>();
    for (; i < files.length && files[i]!.timestamp === timestamp; i++) {
      const file = files[i]!;
      if (KIND_KEYS[file.kind].role === 'deletion') {
        applyDeletion(state, file, log);
        continue;
      }
      const filled = fillPrintImage(file.kind, file.records); // the same array for most kinds: never written to
      for (let r = 0; r < filled.length; r++) {
        const values = filled[r]!;
        const user = userKeyOf(values);
        if (!users.has(user)) users.set(user, values);
        const id = docId(file.kind, user, documentKeyOf(file.kind, values));
        let doc = group.get(id);
        if (!doc) group.set(id, (doc = { kind: file.kind, user, entries: [] }));
        doc.entries.push({ values, file: file.name, index: r });
      }
    }
    for (const [id, doc] of group) state.set(id, doc);
  }
  return state;
}
