/**
 * A diff as forms: the new send rendered as `renderFormsHtml` renders it, with the cells that the
 * new send changes marked (a changed field, a record added whole, a field every resend rewrites),
 * and under each user's heading the list of that user's changes, removed records included (they
 * are not in the new send, so they have no cell). Users are numbered as diff() numbers them
 * (利用者1, 利用者2… over both sends), so the HTML, the text report and the JSON agree.
 *
 * By default only the users with a change that is not a stamp alone are drawn; `allUsers` draws
 * every user of both sends.
 */
import { diff, type Change, type DiffResult } from '../diff/diff.js';
import { KIND_KEYS } from '../diff/keys.js';
import { summaryLines, userChangeLines } from '../diff/render-text.js';
import { isKindId } from '../spec/kinds/index.js';
import { t, userKeyOf, type ChangeMark } from './context.js';
import { renderBody, renderDocument, type DocumentExtras } from './document.js';
import { text } from './html.js';
import type { RenderInputFile, RenderOptions } from './types.js';

export interface RenderDiffOptions extends RenderOptions {
  /** As diff(): a document of the old send that the new send does not carry is `kept` (default) or `removed`. */
  readonly absent?: 'kept' | 'removed';
  /** The diff() of the same two sends, when already computed (called with the same showValues and absent). */
  readonly result?: DiffResult;
  /** Draw every user of both sends, not only those with a change. Default false. */
  readonly allUsers?: boolean;
  /** As the text report: also list stamp-only changes and every record a deletion removed. Default false. */
  readonly details?: boolean;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every user of the record files of both sends, in diff()'s order (保険者番号, then 被保険者番号), numbered from 1. */
function userNumbers(oldFiles: readonly RenderInputFile[], newFiles: readonly RenderInputFile[]): Map<string, number> {
  const keys = new Map<string, readonly [string, string]>();
  for (const f of [...oldFiles, ...newFiles]) {
    if (!isKindId(f.kind) || KIND_KEYS[f.kind].role !== 'records') continue;
    for (const r of f.records) {
      const key = userKeyOf(r);
      if (!keys.has(key)) keys.set(key, [r.insurerNumber ?? '', r.insuredNumber ?? '']);
    }
  }
  const sorted = [...keys].sort(([, a], [, b]) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return new Map(sorted.map(([key], i) => [key, i + 1]));
}

/** The record a change names, on its new side if it has one. */
function recordOf(c: Change, oldByName: ReadonlyMap<string, RenderInputFile>, newByName: ReadonlyMap<string, RenderInputFile>) {
  if (c.newFile !== undefined && c.newRecord !== undefined) return newByName.get(c.newFile)?.records[c.newRecord - 1];
  if (c.oldFile !== undefined && c.oldRecord !== undefined) return oldByName.get(c.oldFile)?.records[c.oldRecord - 1];
  return undefined;
}

/** File name → record index → mark, from the changes that have a record in the new send. */
export function changeMarks(changes: readonly Change[]): Map<string, Map<number, ChangeMark>> {
  const marks = new Map<string, Map<number, ChangeMark>>();
  for (const c of changes) {
    if (c.change === 'removed' || c.newFile === undefined || c.newRecord === undefined) continue;
    let file = marks.get(c.newFile);
    if (!file) marks.set(c.newFile, (file = new Map()));
    const i = c.newRecord - 1;
    if (c.change === 'added') file.set(i, 'added');
    else {
      const before = file.get(i);
      if (before === 'added') continue;
      file.set(i, new Set([...(before ?? []), ...c.fields.map((f) => f.key)]));
    }
  }
  return marks;
}

function changeList(lines: readonly string[]): string {
  // Indents: 2 = a kind's counts, 4 = a change, 6 = a field's old → new.
  const items = lines.map((l) => {
    const depth = l.length - l.trimStart().length;
    return `<div class="dl dl${depth >= 6 ? 3 : depth >= 4 ? 2 : 1}">${text(l.trim())}</div>`;
  });
  return `<div class="dif-list">${items.join('')}</div>`;
}

function legend(lang: 'ja' | 'en'): string {
  const env = { locale: lang };
  return `<p class="note dif-legend">${t(env, '印の意味', 'Marks')}: <span class="dif dif-add">${t(env, '追加されたレコード', 'record added')}</span> <span class="dif dif-chg">${t(env, '変更された項目', 'field changed')}</span> <span class="dif dif-stamp">${t(env, '作成年月日など送信ごとに変わる項目だけの変更', 'only a field every resend rewrites (作成年月日 …)')}</span>　${t(env, '削除されたレコードは利用者ごとの一覧にあります。', "Removed records are listed under each user's heading.")}</p>`;
}

function extrasOf(
  oldFiles: readonly RenderInputFile[],
  newFiles: readonly RenderInputFile[],
  options: RenderDiffOptions,
): { extras: DocumentExtras; title: string } {
  const showValues = options.showValues === true;
  const lang = options.locale === 'en' ? 'en' : 'ja';
  const env = { locale: lang } as const;
  const result = options.result ?? diff(oldFiles, newFiles, { showValues, ...(options.absent ? { absent: options.absent } : {}) });
  const numbers = userNumbers(oldFiles, newFiles);
  const oldByName = new Map<string, RenderInputFile>();
  for (const f of oldFiles) if (!oldByName.has(f.name)) oldByName.set(f.name, f);
  const newByName = new Map<string, RenderInputFile>();
  for (const f of newFiles) if (!newByName.has(f.name)) newByName.set(f.name, f);

  // The changes of each user (diff() sorts them by user), keyed as the renderer keys users.
  const byUser = new Map<number, { key: string; changes: Change[] }>();
  for (const c of result.changes) {
    let u = byUser.get(c.user.index);
    if (!u) {
      const r = recordOf(c, oldByName, newByName);
      byUser.set(c.user.index, (u = { key: r ? userKeyOf(r) : '', changes: [] }));
    }
    u.changes.push(c);
  }
  const lineOptions = { lang, ...(options.details ? { details: true } : {}) } as const;
  const users: { key: string; n: number; note: string }[] = [];
  let quiet = 0;
  const listed = new Set<string>();
  for (const [n, u] of [...byUser].sort((a, b) => a[0] - b[0])) {
    if (!options.allUsers && u.changes.every((c) => c.stampOnly)) {
      quiet++;
      continue;
    }
    listed.add(u.key);
    users.push({ key: u.key, n, note: changeList(userChangeLines(u.changes, lineOptions)) });
  }
  if (options.allUsers)
    for (const [key, n] of numbers) if (!listed.has(key)) users.push({ key, n, note: `<p class="note">${t(env, '変更はありません。', 'No changes.')}</p>` });
  users.sort((a, b) => a.n - b.n);

  const unchanged = result.summary.users - result.summary.usersChanged;
  const hidden = options.allUsers
    ? ''
    : `<p class="note">${t(
        env,
        `変更のない利用者 ${unchanged}人${quiet > 0 ? `と、作成年月日など送信ごとに変わる項目だけが変わった利用者 ${quiet}人` : ''}の帳票は表示していません。`,
        `The forms of ${unchanged} user(s) without changes${quiet > 0 ? ` and of ${quiet} user(s) whose only changes are fields every resend rewrites` : ''} are not shown.`,
      )}</p>`;
  const head = `<div class="dif-summary">${summaryLines(result, { lang })
    .map((l) => `<p>${text(l)}</p>`)
    .join('')}${result.changes.length === 0 ? `<p><strong>${t(env, '変更はありません。', 'No changes.')}</strong></p>` : ''}</div>${legend(lang)}${hidden}`;
  const title = options.title ?? t(env, 'ケアプランデータ連携 送信の変更', 'Care plan data: what the new send changes');
  // Every file of the new send takes part in the marks (a cell gathering records of several files is new only if all are).
  const marks = changeMarks(result.changes);
  for (const f of newFiles) if (!marks.has(f.name)) marks.set(f.name, new Map());
  return { extras: { changes: marks, users, head, noOthers: !options.allUsers }, title };
}

/**
 * The forms of the new send with what it changes against the old one marked; one self-contained
 * HTML document. Values are masked unless `showValues` (then the change lists show old → new).
 *
 * @example
 * ```ts
 * import { parseFile, renderDiffHtml, renderInputFromParse } from 'careplan-csv';
 *
 * declare const before: { name: string; bytes: Uint8Array }[], after: { name: string; bytes: Uint8Array }[];
 * const inputs = (fs: typeof before) => fs.map((f) => renderInputFromParse(parseFile(f), { name: f.name }));
 * const html = renderDiffHtml(inputs(before), inputs(after)); // write it to a local .html file
 * ```
 */
export function renderDiffHtml(oldFiles: readonly RenderInputFile[], newFiles: readonly RenderInputFile[], options: RenderDiffOptions = {}): string {
  const { extras, title } = extrasOf(oldFiles, newFiles, options);
  return renderDocument(newFiles, { ...options, title }, extras);
}

/** The same as one element, for a page that includes RENDER_CSS. */
export function renderDiffBody(oldFiles: readonly RenderInputFile[], newFiles: readonly RenderInputFile[], options: RenderDiffOptions = {}): string {
  const { extras, title } = extrasOf(oldFiles, newFiles, options);
  return renderBody(newFiles, { ...options, title }, extras);
}
