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
import { getTable } from '../spec/kinds/index.js';
import { type FieldSpec } from '../spec/fields.js';
import { type KindId, type RecordValues } from '../spec/kind.js';
import { KIND_KEYS, KIND_ORDER, keyDisplayValue, keyValue, USER_KEY, type KeyPart } from './keys.js';
import { matchDocument } from './match.js';
import { applySend, cmp, prepare, type ApplyLog, type DeletionRef, type Entry } from './state.js';
import type { Change, ChangeType, DiffFile, DiffOptions, DiffResult, KindCount } from './types.js';
import { mustMask } from '../report/mask.js';

export type { Change, ChangeType, DeletionSummary, DiffFile, DiffOptions, DiffResult, DiffSummary, DiffUser, FieldChange, KindCount } from './types.js';

const SEP = '\u0000\u0000';
const esc = (v: string) => (v.includes('\u0000') ? v.replaceAll('\u0000', '\u0000\u0001') : v);

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
 *
 * @example
 * ```ts
 * import { diff, parseFile, renderDiffText } from 'careplan-csv';
 *
 * declare const lastMonth: { name: string; bytes: Uint8Array }[], thisMonth: { name: string; bytes: Uint8Array }[];
 * const decode = (fs: typeof lastMonth) => fs.map((f) => ({ ...parseFile(f), name: f.name }));
 * const result = diff(decode(lastMonth), decode(thisMonth)); // values masked unless { showValues: true }
 * console.log(renderDiffText(result)); // 「第6表 予定: 追加 1件、削除 1件、変更 2件」…
 * ```
 */
export function diff(oldFiles: readonly DiffFile[], newFiles: readonly DiffFile[], options: DiffOptions = {}): DiffResult {
  const showValues = options.showValues === true;
  const skipped: { side: 'old' | 'new'; file: string; kind: string | null }[] = [];
  const users = new Map<string, RecordValues>();
  const log: ApplyLog = { deleted: new Map(), deletions: [] };
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
      pending.push({
        kind: doc.kind,
        user: doc.user,
        change: 'removed',
        old: e,
        stampOnly: false,
        ...(ref ? { cause: 'deletion', deletion: ref } : absent ? { cause: 'absent' } : {}),
      });
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

  // Without values, a key value is shown only when its field may be shown (report/mask.ts): not
  // personal, and a value the field holds by its format (a shifted file puts a name anywhere).
  const masked = (kind: KindId) => {
    const fields = new Map(getTable(kind).fields.map((f) => [f.key, f]));
    return (field: string, r: RecordValues) => mustMask(fields.get(field), r[field] ?? '');
  };
  const maskedOf = new Map<KindId, (field: string, r: RecordValues) => boolean>();
  const keyObject = (kind: KindId, parts: readonly KeyPart[], r: RecordValues) => {
    let isMasked = maskedOf.get(kind);
    if (!isMasked) maskedOf.set(kind, (isMasked = masked(kind)));
    const out: Record<string, string | null> = {};
    for (const p of parts) out[p.name] = !showValues && isMasked(p.field, r) ? null : keyDisplayValue(p, r);
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
    if (!last || last.user !== c.user.index || last.kind !== c.kind)
      counts.push((last = { user: c.user.index, kind: c.kind, added: 0, removed: 0, changed: 0, stampOnly: 0 }));
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
