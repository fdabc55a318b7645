/**
 * The JSON form of a diff, for programs (`careplan-csv diff --format json`). Every key is always
 * present, in this order; absent or masked values are `null`; names follow `lang`:
 *
 * ```jsonc
 * {
 *   "changes": [
 *     {
 *       "kind": "UPPLAN",                         // file kind (KIND_IDS)
 *       "user": { "index": 1, "label": "利用者1", "insurerNumber": null, "insuredNumber": null },
 *       "document": { "targetMonth": "202505" },  // KIND_KEYS[kind].document
 *       "change": "changed",                      // "added" | "removed" | "changed"
 *       "cause": null,                            // removed: "deletion" | "absent" | null
 *       "deletion": null,                         // cause "deletion": { "file", "record" (1-based or null) }
 *       "key": { "serviceDate": "20250505", "serviceOfficeCode": "1371200202", "satelliteBranch": "",
 *                "serviceCode": "111111", "detailCode": "" },   // KIND_KEYS[kind].record
 *       "fields": [ { "key": "units", "no": 8, "name": "単位数", "old": null, "new": null } ],
 *       "stampOnly": false,                       // only 作成年月日/CSVバージョン/更新業者コード/識別子 changed
 *       "oldFile": "UPPLAN_…CSV", "oldRecord": 3, // 1-based record index in that file, or null
 *       "newFile": "UPPLAN_…CSV", "newRecord": 3
 *     }
 *   ],
 *   "summary": {
 *     "users": 3, "usersChanged": 1,
 *     "totals": { "added": 0, "removed": 0, "changed": 1, "stampOnly": 0 },
 *     "counts": [ { "user": 1, "kind": "UPPLAN", "added": 0, "removed": 0, "changed": 1, "stampOnly": 0 } ],
 *     "documents": { "resent": 2, "changed": 1, "added": 0, "removed": 0, "notResent": 0 },
 *     "deletions": [ { "file": "DLTPLAN_…CSV", "kind": "DLTPLAN", "records": 1, "matched": 1, "removedRecords": 57 } ],
 *     "skipped": [ { "side": "new", "file": "UPKIHON_IMAGE_…jpg", "kind": "UPKIHON_IMAGE" } ]
 *   }
 * }
 * ```
 *
 * Values (the user's numbers, personal key values, `old`/`new`) are present only when `diff()`
 * was called with showValues; `key` values of non-personal fields always are. Changes are ordered
 * by user, kind (KIND_ORDER), document, key. `formatDiffJson` escapes line separators and bidi
 * controls as \uXXXX, so the text is safe to print.
 */
import type { Change, DiffResult } from './diff.js';
import type { DiffLang } from './render-text.js';
import { escapeJsonText } from '../report/escape.js';

export interface DiffJson {
  readonly changes: readonly ChangeJson[];
  readonly summary: DiffResult['summary'];
  /** The files read (`careplan-csv diff` adds them; absent otherwise). */
  readonly inputs?: readonly DiffInputJson[];
}

/** One file of either send, as `careplan-csv diff --format json` lists it. */
export interface DiffInputJson {
  readonly side: 'old' | 'new';
  readonly file: string;
  /** The file kind, or null (an image, an unknown name). */
  readonly kind: string | null;
  readonly records: number;
  /** Error-severity issues of the file (its own and the send's about it); its unread records are not compared. */
  readonly errors: number;
}

export interface ChangeJson {
  readonly kind: string;
  readonly user: { readonly index: number; readonly label: string; readonly insurerNumber: string | null; readonly insuredNumber: string | null };
  readonly document: Readonly<Record<string, string | null>>;
  readonly change: Change['change'];
  readonly cause: 'deletion' | 'absent' | null;
  readonly deletion: { readonly file: string; readonly record: number | null } | null;
  readonly key: Readonly<Record<string, string | null>>;
  readonly fields: readonly { readonly key: string; readonly no: number; readonly name: string; readonly old: string | null; readonly new: string | null }[];
  readonly stampOnly: boolean;
  readonly oldFile: string | null;
  readonly oldRecord: number | null;
  readonly newFile: string | null;
  readonly newRecord: number | null;
}

/** The JSON value of a diff (plain objects in the documented key order).  *
 * @example
 * ```ts
 * import { diff, diffToJson, type DiffFile } from 'careplan-csv';
 *
 * declare const before: DiffFile[], after: DiffFile[];
 * const json = diffToJson(diff(before, after), { lang: 'en' });
 * for (const c of json.changes) console.log(c.kind, c.change, c.fields.map((f) => f.key));
 * ```
 */
export function diffToJson(result: DiffResult, options: { readonly lang?: DiffLang } = {}): DiffJson {
  const lang: DiffLang = options.lang === 'en' ? 'en' : 'ja';
  const changes = result.changes.map((c): ChangeJson => ({
    kind: c.kind,
    user: {
      index: c.user.index,
      label: lang === 'ja' ? `利用者${c.user.index}` : `User ${c.user.index}`,
      insurerNumber: c.user.insurerNumber ?? null,
      insuredNumber: c.user.insuredNumber ?? null,
    },
    document: { ...c.document },
    change: c.change,
    cause: c.cause ?? null,
    deletion: c.deletion ? { file: c.deletion.file, record: c.deletion.record ?? null } : null,
    key: { ...c.key },
    fields: c.fields.map((f) => ({ key: f.key, no: f.no, name: f.name[lang], old: f.old ?? null, new: f.new ?? null })),
    stampOnly: c.stampOnly,
    oldFile: c.oldFile ?? null,
    oldRecord: c.oldRecord ?? null,
    newFile: c.newFile ?? null,
    newRecord: c.newRecord ?? null,
  }));
  const s = result.summary;
  return {
    changes,
    summary: {
      users: s.users,
      usersChanged: s.usersChanged,
      totals: { added: s.totals.added, removed: s.totals.removed, changed: s.totals.changed, stampOnly: s.totals.stampOnly },
      counts: s.counts.map((k) => ({ user: k.user, kind: k.kind, added: k.added, removed: k.removed, changed: k.changed, stampOnly: k.stampOnly })),
      documents: {
        resent: s.documents.resent,
        changed: s.documents.changed,
        added: s.documents.added,
        removed: s.documents.removed,
        notResent: s.documents.notResent,
      },
      deletions: s.deletions.map((d) => ({ file: d.file, kind: d.kind, records: d.records, matched: d.matched, removedRecords: d.removedRecords })),
      skipped: s.skipped.map((k) => ({ side: k.side, file: k.file, kind: k.kind })),
    },
  };
}

/** The JSON text (2-space indent, final line break); C0 controls are escaped by JSON itself, the rest by report/escape.ts. `inputs` is appended as the last key.  *
 * @example
 * ```ts
 * import { diff, formatDiffJson, type DiffFile } from 'careplan-csv';
 *
 * declare const before: DiffFile[], after: DiffFile[];
 * process.stdout.write(formatDiffJson(diff(before, after)));
 * ```
 */
export function formatDiffJson(result: DiffResult, options: { readonly lang?: DiffLang; readonly inputs?: readonly DiffInputJson[] } = {}): string {
  const json: DiffJson = options.inputs
    ? {
        ...diffToJson(result, options),
        inputs: options.inputs.map((i) => ({ side: i.side, file: i.file, kind: i.kind, records: i.records, errors: i.errors })),
      }
    : diffToJson(result, options);
  return escapeJsonText(JSON.stringify(json, null, 2)) + '\n';
}
