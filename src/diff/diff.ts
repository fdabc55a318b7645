/**
 * diff(): what a new send changes against the previous one, per user and document, record by
 * record, with the fields that changed. Pure: no Node API, no clock, no randomness.
 *
 * The model is the receiver's import (本文 2.5/3.5, 5.x):
 * - Each send is applied in ファイル連番 order (the file name's YYYYMMDDHHMMSS, then the name);
 *   within one ファイル連番, deletion files first, then the other files, whose records add up.
 * - A document (see keys.ts: one plan, one month, one consultation …) present in a file replaces
 *   the stored document with the same user and key; a deletion file removes the stored records it
 *   names and their dependants (`deletionScope`, cascade included).
 * - The old state is the old send applied to nothing; the new state is the new send applied to the
 *   old state. A document the new send does not carry is left as it was (`notResent`); with
 *   `absent: 'removed'` its records are reported removed (cause `absent`), for comparing two
 *   complete exports.
 * - Inside a document, records are matched by their natural key. Records with the same key (a
 *   duplicate key inside one file, or key-less rows) are paired deterministically: identical
 *   records first; then the rest by fewest differing fields (ties in content order); the ones
 *   left are added or removed. Nothing depends on the order of records in a file, except where
 *   the order carries meaning (print-image rows), and no record is ever dropped.
 */
import {
  deletionScope,
  DELETION_CASCADES,
  getTable,
  isKindId,
  parseFilename,
  type DeletionKind,
  type FieldSpec,
  type KindId,
  type LocalizedText,
  type RecordValues,
} from '../index.js';
import { documentKeyOf, fillPrintImage, KIND_KEYS, KIND_ORDER, keyDisplayValue, keyValue, recordKeyOf, userKeyOf, USER_KEY, type KeyPart } from './keys.js';

/** A decoded file: e.g. a `parseFile` result with its name. Files of no record kind are skipped. */
export interface DiffFile {
  readonly name: string;
  readonly kind: string | null | undefined;
  readonly records: readonly RecordValues[];
}

export interface DiffOptions {
  /** Put values in the result: user numbers, personal key values, old/new field values. Default false. */
  readonly showValues?: boolean;
  /**
   * A document of the old send that the new send does not carry: `kept` (default: the receiver
   * keeps it; counted as notResent) or `removed` (its records are reported removed, cause `absent`).
   */
  readonly absent?: 'kept' | 'removed';
}

/** A user: `index` is 1-based over every user of both sends, ordered by 保険者番号, 被保険者番号. */
export interface DiffUser {
  readonly index: number;
  /** Only with showValues. */
  readonly insurerNumber?: string;
  readonly insuredNumber?: string;
}

export interface FieldChange {
  readonly key: string;
  /** 項目No. in the 202407 layout. */
  readonly no: number;
  readonly name: LocalizedText;
  /** Only with showValues. */
  readonly old?: string;
  readonly new?: string;
}

export type ChangeType = 'added' | 'removed' | 'changed';

export interface Change {
  readonly kind: KindId;
  readonly user: DiffUser;
  /** The document's key parts (see KIND_KEYS[kind].document); null = personal value, masked. */
  readonly document: Readonly<Record<string, string | null>>;
  readonly change: ChangeType;
  /** removed only: `deletion` (a deletion file of the new send) or `absent` (absent: 'removed'). */
  readonly cause?: 'deletion' | 'absent';
  /** cause deletion: the deletion file and its record (1-based) that removed this record. */
  readonly deletion?: { readonly file: string; readonly record?: number };
  /** The natural key parts (KIND_KEYS[kind].record); null = personal value, masked. */
  readonly key: Readonly<Record<string, string | null>>;
  /** changed: the fields whose values differ (after print-image blanks are filled); else []. */
  readonly fields: readonly FieldChange[];
  /** changed: only stamp fields (作成年月日, CSVバージョン, 更新業者コード, 識別子) differ. */
  readonly stampOnly: boolean;
  readonly oldFile?: string;
  /** 1-based index into the old file's records. */
  readonly oldRecord?: number;
  readonly newFile?: string;
  readonly newRecord?: number;
}

export interface KindCount {
  readonly user: number;
  readonly kind: KindId;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** Of `changed`, how many changed only stamp fields. */
  readonly stampOnly: number;
}

export interface DeletionSummary {
  readonly file: string;
  readonly kind: DeletionKind;
  readonly records: number;
  /** Deletion records that removed at least one stored record. */
  readonly matched: number;
  /** Stored records removed (cascade included), before later files of the send. */
  readonly removedRecords: number;
}

export interface DiffSummary {
  /** Users in either send. */
  readonly users: number;
  /** Users with at least one change. */
  readonly usersChanged: number;
  readonly totals: { readonly added: number; readonly removed: number; readonly changed: number; readonly stampOnly: number };
  /** Per user and kind, in report order; only pairs with a change. */
  readonly counts: readonly KindCount[];
  readonly documents: {
    /** In both states, carried by the new send. */
    readonly resent: number;
    /** Of those, with at least one change. */
    readonly changed: number;
    /** Only in the new state. */
    readonly added: number;
    /** Only in the old state (deleted, or absent with absent: 'removed'). */
    readonly removed: number;
    /** Old documents the new send did not carry. */
    readonly notResent: number;
  };
  /** The deletion files of the new send. */
  readonly deletions: readonly DeletionSummary[];
  /** Files that hold no records to compare (images, unknown kinds). */
  readonly skipped: readonly { readonly side: 'old' | 'new'; readonly file: string; readonly kind: string | null }[];
}

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly summary: DiffSummary;
}

// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly values: RecordValues;
  readonly file: string;
  readonly index: number;
  sig?: string;
}

interface Doc {
  readonly kind: KindId;
  readonly user: string;
  readonly entries: Entry[];
}

interface DeletionRef {
  readonly file: string;
  readonly record?: number;
}

const SEP = '\u0000\u0000';
const esc = (v: string) => (v.includes('\u0000') ? v.replaceAll('\u0000', '\u0000\u0001') : v);

function signature(e: Entry, fields: readonly FieldSpec[]): string {
  if (e.sig === undefined) {
    let s = '';
    for (let i = 0; i < fields.length; i++) s += (i > 0 ? SEP : '') + esc(e.values[fields[i]!.key] ?? '');
    e.sig = s;
  }
  return e.sig;
}

/** Keys are escaped by keys.ts (a NUL is doubled; parts are joined by NUL + U+0001). */
const docId = (kind: KindId, user: string, doc: string) => `${kind}\u0000\u0002${user}\u0000\u0002${doc}`;

interface Prepared {
  readonly name: string;
  readonly kind: KindId;
  readonly records: readonly RecordValues[];
  readonly timestamp: string;
  readonly order: number;
}

function prepare(files: readonly DiffFile[], side: 'old' | 'new', skipped: { side: 'old' | 'new'; file: string; kind: string | null }[]): Prepared[] {
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

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface ApplyLog {
  /** Documents that a deletion file of the send took records from (all of them share the deletion's key). */
  readonly deleted: Map<string, DeletionRef>;
  readonly deletions: DeletionSummary[];
  readonly users: Map<string, RecordValues>;
}

/** Target key of a deletion on a stored record, for naming the deletion record that removed it. */
function cascadeTargetKey(kind: DeletionKind, target: KindId, r: RecordValues): string {
  return DELETION_CASCADES[kind].targetKeys.map((k) => esc(k === 'serviceType' && target === 'UPJSK' ? (r.serviceCode ?? '').slice(0, 2) : (r[k] ?? ''))).join(SEP);
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
function applySend(files: readonly Prepared[], base: ReadonlyMap<string, Doc>, users: Map<string, RecordValues>, log?: ApplyLog): Map<string, Doc> {
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

// ---------------------------------------------------------------------------------------------
// Matching inside one document

interface Pairing {
  readonly pairs: [Entry, Entry][];
  readonly removed: Entry[];
  readonly added: Entry[];
}

/** Largest leftover group (old × new) paired by fewest differing fields; larger ones in content order. */
const GREEDY_LIMIT = 256;

function countDiff(a: Entry, b: Entry, fields: readonly FieldSpec[]): number {
  let n = 0;
  for (const f of fields) if ((a.values[f.key] ?? '') !== (b.values[f.key] ?? '')) n++;
  return n;
}

function pairLeftovers(olds: Entry[], news: Entry[], fields: readonly FieldSpec[], out: Pairing): void {
  const byContent = (a: Entry, b: Entry) => cmp(signature(a, fields), signature(b, fields)) || cmp(a.file, b.file) || a.index - b.index;
  olds.sort(byContent);
  news.sort(byContent);
  if (olds.length * news.length <= GREEDY_LIMIT) {
    const usedOld = new Set<number>();
    const usedNew = new Set<number>();
    const costs = olds.map((o) => news.map((n) => countDiff(o, n, fields)));
    for (let k = Math.min(olds.length, news.length); k > 0; k--) {
      let best: [number, number] | undefined;
      let bestCost = Infinity;
      for (let i = 0; i < olds.length; i++) {
        if (usedOld.has(i)) continue;
        for (let j = 0; j < news.length; j++) {
          if (usedNew.has(j)) continue;
          if (costs[i]![j]! < bestCost) {
            bestCost = costs[i]![j]!;
            best = [i, j];
          }
        }
      }
      const [i, j] = best!;
      usedOld.add(i);
      usedNew.add(j);
      out.pairs.push([olds[i]!, news[j]!]);
    }
    olds.forEach((o, i) => usedOld.has(i) || out.removed.push(o));
    news.forEach((n, j) => usedNew.has(j) || out.added.push(n));
    return;
  }
  const n = Math.min(olds.length, news.length);
  for (let i = 0; i < n; i++) out.pairs.push([olds[i]!, news[i]!]);
  out.removed.push(...olds.slice(n));
  out.added.push(...news.slice(n));
}

function sameValues(a: Entry, b: Entry, fields: readonly FieldSpec[]): boolean {
  if (a.values === b.values) return true;
  for (let i = 0; i < fields.length; i++) {
    const k = fields[i]!.key;
    if ((a.values[k] ?? '') !== (b.values[k] ?? '')) return false;
  }
  return true;
}

function matchDocument(kind: KindId, olds: readonly Entry[], news: readonly Entry[], fields: readonly FieldSpec[]): Pairing {
  const out: Pairing = { pairs: [], removed: [], added: [] };
  // Fast path: the same records in the same order.
  if (olds.length === news.length && olds.every((o, i) => sameValues(o, news[i]!, fields))) return out;
  const groups = new Map<string, { olds: Entry[]; news: Entry[] }>();
  const groupOf = (e: Entry) => {
    const k = recordKeyOf(kind, e.values);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { olds: [], news: [] }));
    return g;
  };
  for (const e of olds) groupOf(e).olds.push(e);
  for (const e of news) groupOf(e).news.push(e);
  for (const g of groups.values()) {
    if (g.olds.length <= 1 && g.news.length <= 1) {
      const [o] = g.olds;
      const [n] = g.news;
      if (o && n) {
        if (!sameValues(o, n, fields)) out.pairs.push([o, n]);
      } else if (o) out.removed.push(o);
      else if (n) out.added.push(n);
      continue;
    }
    // Identical records first.
    const waiting = new Map<string, Entry[]>();
    for (const n of g.news) {
      const s = signature(n, fields);
      const q = waiting.get(s);
      if (q) q.push(n);
      else waiting.set(s, [n]);
    }
    const leftOld: Entry[] = [];
    for (const o of g.olds) {
      const q = waiting.get(signature(o, fields));
      if (q && q.length > 0) q.shift();
      else leftOld.push(o);
    }
    const leftNew = [...waiting.values()].flat();
    if (leftOld.length === 0 && leftNew.length === 0) continue;
    pairLeftovers(leftOld, leftNew, fields, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));
const CHANGE_RANK: Record<ChangeType, number> = { removed: 0, changed: 1, added: 2 };

/** A sortable form of key parts: numeric parts padded so that NO 2 sorts before NO 10. */
function sortKey(parts: readonly KeyPart[], r: RecordValues): string {
  return parts.map((p) => esc(p.numeric && /^[0-9]+$/.test(keyValue(p, r)) ? keyValue(p, r).padStart(12, '0') : keyValue(p, r))).join(SEP);
}

interface Pending {
  readonly kind: KindId;
  readonly user: string;
  readonly change: ChangeType;
  readonly old?: Entry;
  readonly new?: Entry;
  readonly cause?: 'deletion' | 'absent';
  readonly deletion?: DeletionRef;
  readonly fields?: readonly FieldSpec[];
  readonly stampOnly: boolean;
}

/**
 * What the new send changes against the old one. Both arguments are the files of one send each
 * (decoded: name, kind, records). See the module comment for the model.
 */
export function diff(oldFiles: readonly DiffFile[], newFiles: readonly DiffFile[], options: DiffOptions = {}): DiffResult {
  const showValues = options.showValues === true;
  const skipped: { side: 'old' | 'new'; file: string; kind: string | null }[] = [];
  const users = new Map<string, RecordValues>();
  const log: ApplyLog = { deleted: new Map(), deletions: [], users };
  const oldState = applySend(prepare(oldFiles, 'old', skipped), new Map(), users);
  const newState = applySend(prepare(newFiles, 'new', skipped), oldState, users, log);

  const pending: Pending[] = [];
  const documents = { resent: 0, changed: 0, added: 0, removed: 0, notResent: 0 };
  const ids = new Set([...oldState.keys(), ...newState.keys()]);
  for (const id of ids) {
    const o = oldState.get(id);
    let n = newState.get(id);
    let absent = false;
    if (o && o === n) {
      documents.notResent++;
      if (options.absent !== 'removed') continue;
      n = undefined;
      absent = true;
    }
    const doc = (o ?? n)!;
    const fields = getTable(doc.kind).fields;
    const stamp = new Set(KIND_KEYS[doc.kind].stamp);
    const before = pending.length;
    const ref = log.deleted.get(id);
    const removed = (e: Entry) => {
      pending.push({ kind: doc.kind, user: doc.user, change: 'removed', old: e, stampOnly: false, ...(ref ? { cause: 'deletion', deletion: ref } : absent ? { cause: 'absent' } : {}) });
    };
    const added = (e: Entry) => pending.push({ kind: doc.kind, user: doc.user, change: 'added', new: e, stampOnly: false });
    if (o && n) {
      documents.resent++;
      const m = matchDocument(doc.kind, o.entries, n.entries, fields);
      for (const [a, b] of m.pairs) {
        const changed = fields.filter((f) => (a.values[f.key] ?? '') !== (b.values[f.key] ?? ''));
        pending.push({ kind: doc.kind, user: doc.user, change: 'changed', old: a, new: b, fields: changed, stampOnly: changed.every((f) => stamp.has(f.key)) });
      }
      m.removed.forEach(removed);
      m.added.forEach(added);
      if (pending.length > before) documents.changed++;
    } else if (o) {
      documents.removed++;
      o.entries.forEach(removed);
    } else if (n) {
      documents.added++;
      n.entries.forEach(added);
    }
  }

  // Users: 1-based over every user of both sends, by 保険者番号, 被保険者番号.
  const userOrder = [...users.entries()].sort(([, a], [, b]) => USER_KEY.reduce((c, p) => c || cmp(a[p.field] ?? '', b[p.field] ?? ''), 0));
  const userIndex = new Map(userOrder.map(([k], i) => [k, i + 1]));

  const sortable = pending.map((p) => {
    const r = (p.new ?? p.old)!.values;
    const keys = KIND_KEYS[p.kind];
    return { p, u: userIndex.get(p.user)!, d: sortKey(keys.document, r), k: sortKey(keys.record, r) };
  });
  sortable.sort(
    (a, b) =>
      a.u - b.u ||
      KIND_RANK.get(a.p.kind)! - KIND_RANK.get(b.p.kind)! ||
      cmp(a.d, b.d) ||
      cmp(a.k, b.k) ||
      CHANGE_RANK[a.p.change] - CHANGE_RANK[b.p.change] ||
      cmp(a.p.old?.file ?? '', b.p.old?.file ?? '') ||
      (a.p.old?.index ?? -1) - (b.p.old?.index ?? -1) ||
      cmp(a.p.new?.file ?? '', b.p.new?.file ?? '') ||
      (a.p.new?.index ?? -1) - (b.p.new?.index ?? -1),
  );

  const personal = (kind: KindId) => {
    const set = new Set(getTable(kind).fields.filter((f) => f.personal).map((f) => f.key));
    return (field: string) => set.has(field);
  };
  const personalOf = new Map<KindId, (field: string) => boolean>();
  const keyObject = (kind: KindId, parts: readonly KeyPart[], r: RecordValues) => {
    let isPersonal = personalOf.get(kind);
    if (!isPersonal) personalOf.set(kind, (isPersonal = personal(kind)));
    const out: Record<string, string | null> = {};
    for (const p of parts) out[p.name] = !showValues && isPersonal(p.field) ? null : keyDisplayValue(p, r);
    return out;
  };

  const changes: Change[] = sortable.map(({ p, u }) => {
    const r = (p.new ?? p.old)!.values;
    const keys = KIND_KEYS[p.kind];
    const userRecord = users.get(p.user)!;
    const change: Change = {
      kind: p.kind,
      user: showValues ? { index: u, insurerNumber: userRecord.insurerNumber ?? '', insuredNumber: userRecord.insuredNumber ?? '' } : { index: u },
      document: keyObject(p.kind, keys.document, r),
      change: p.change,
      ...(p.cause ? { cause: p.cause } : {}),
      ...(p.deletion ? { deletion: p.deletion } : {}),
      key: keyObject(p.kind, keys.record, r),
      fields: (p.fields ?? []).map((f) => ({
        key: f.key,
        no: f.no,
        name: f.name,
        ...(showValues ? { old: p.old!.values[f.key] ?? '', new: p.new!.values[f.key] ?? '' } : {}),
      })),
      stampOnly: p.stampOnly,
      ...(p.old ? { oldFile: p.old.file, oldRecord: p.old.index + 1 } : {}),
      ...(p.new ? { newFile: p.new.file, newRecord: p.new.index + 1 } : {}),
    };
    return change;
  });

  type Mutable<T> = { -readonly [K in keyof T]: T[K] };
  const counts: Mutable<KindCount>[] = [];
  const totals = { added: 0, removed: 0, changed: 0, stampOnly: 0 };
  for (const c of changes) {
    let last = counts[counts.length - 1];
    if (!last || last.user !== c.user.index || last.kind !== c.kind) counts.push((last = { user: c.user.index, kind: c.kind, added: 0, removed: 0, changed: 0, stampOnly: 0 }));
    last[c.change]++;
    totals[c.change]++;
    if (c.stampOnly) {
      last.stampOnly++;
      totals.stampOnly++;
    }
  }

  return {
    changes,
    summary: {
      users: users.size,
      usersChanged: new Set(changes.map((c) => c.user.index)).size,
      totals,
      counts,
      documents,
      deletions: log.deletions,
      skipped,
    },
  };
}
