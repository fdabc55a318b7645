/**
 * Assembly: files → per-user groups of forms (a file of several users is split by 保険者番号 +
 * 被保険者番号), a table of contents, the file list and the send's own issues, in one
 * self-contained HTML document; or one file's forms as a fragment.
 */
import { getTable, isKindId } from '../spec/kinds/index.js';
import { layoutFor } from '../spec/editions/index.js';
import { type Issue } from '../core/issue.js';
import { type KindId } from '../spec/kind.js';
import { userKeyOf, t, type Borrowed, type ChangeMark, type Env, type FileInfo } from './context.js';
import type { DrawnForm } from './frame.js';
import { attr, inline, text } from './html.js';
import { indexIssues, issueLine } from './issues.js';
import { FORM_NAMES, FORM_ORDER } from './kinds.js';
import { RENDER_CSS } from './style.js';
import type { RenderInputFile, RenderOptions } from './types.js';
import { base64, isJpeg } from './base64.js';
import { isMasked, MASK_HTML } from './values.js';
import { renderTable1 } from './forms/table1.js';
import { renderTable2 } from './forms/table2.js';
import { renderTable3 } from './forms/table3.js';
import { renderTable6, type Table6Input } from './forms/table6.js';
import { renderTable7 } from './forms/table7.js';
import { renderHosoku } from './forms/hosoku.js';
import { renderKihon } from './forms/kihon.js';
import { renderKihonSub1, renderKihonSub2 } from './forms/kihon-sub.js';
import { renderYobo } from './forms/yobo.js';
import { renderYoboSub } from './forms/yobo-sub.js';
import { renderDeletion, isDeletionKind } from './forms/deletion.js';
import { renderGeneric } from './forms/generic.js';

type Renderer = (env: Env, info: FileInfo, indices: readonly number[]) => DrawnForm[];

const RENDERERS: Partial<Record<KindId, Renderer>> = {
  UP1KYO: renderTable1,
  UP2KYO: renderTable2,
  UP3KYO: renderTable3,
  UPSIKYU: renderTable7,
  UPHOSOKU: renderHosoku,
  UPKIHON: renderKihon,
  UPKIHON_SUB1: renderKihonSub1,
  UPKIHON_SUB2: renderKihonSub2,
  UPYOBO: renderYobo,
  UPYOBO_SUB: renderYoboSub,
};

function fileInfo(file: RenderInputFile, index: number, sendIssues: readonly Issue[], changes: ReadonlyMap<number, ChangeMark> | undefined): FileInfo {
  const kind = isKindId(file.kind) ? file.kind : null;
  const layout = kind ? (layoutFor(kind, file.csvVersion) ?? getTable(kind)) : null;
  const list = layout?.fields ?? [];
  const fields = new Map(list.map((f) => [f.key, f] as const));
  const fieldIndex = new Map(list.map((f, n) => [f.key, n] as const));
  return {
    file,
    index,
    kind,
    layout,
    fields,
    fieldIndex,
    drawn: new Uint8Array(file.records.length * fieldIndex.size),
    drawnOther: new Set(),
    issues: indexIssues(file, layout?.fields ?? null, sendIssues),
    ...(changes ? { changes } : {}),
  };
}

/** The render's state: every input's layout and issues, and what forms borrow from each other. */
export function makeEnv(files: readonly RenderInputFile[], options: RenderOptions, extras: DocumentExtras = {}): Env {
  const infos = files.map((f, i) => fileInfo(f, i, options.sendIssues ?? [], extras.changes?.get(f.name)));
  const hosoku = new Map<string, Borrowed[]>();
  for (const info of infos)
    if (info.kind === 'UPHOSOKU')
      info.file.records.forEach((r, index) => {
        const key = userKeyOf(r);
        const list = hosoku.get(key);
        if (list) list.push({ info, index });
        else hosoku.set(key, [{ info, index }]);
      });
  const attachments = new Map<string, RenderInputFile>();
  for (const f of files) if (f.bytes && !isKindId(f.kind) && !attachments.has(f.name.toUpperCase())) attachments.set(f.name.toUpperCase(), f);
  return {
    showValues: options.showValues === true,
    locale: options.locale === 'en' ? 'en' : 'ja',
    files: infos,
    hosoku,
    attachments,
    attachmentsShown: new Set(),
    nextId: 0,
  };
}

interface Slot {
  readonly rank: number;
  readonly order: number;
  readonly draw: () => DrawnForm[];
}

const rankOf = (kind: KindId, month?: string): number => {
  const key = kind === 'UPHOSOKU' ? (month === '000000' ? 'UPHOSOKU:plan' : 'UPHOSOKU:month') : kind === 'UPJSK' ? 'UPPLAN' : kind;
  const r = FORM_ORDER.indexOf(key);
  return r < 0 ? FORM_ORDER.length : r;
};

function group(indices: readonly number[], keyOf: (i: number) => string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const i of indices) {
    const k = keyOf(i);
    const g = m.get(k);
    if (g) g.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/** The forms of one user's records, in the order of FORM_ORDER. */
function userSlots(env: Env, parts: readonly { info: FileInfo; indices: number[] }[]): Slot[] {
  const slots: Slot[] = [];
  const months = new Map<string, { plans: Table6Input[]; actuals: Table6Input[]; order: number }>();
  for (const { info, indices } of parts) {
    const kind = info.kind!;
    const rec = (i: number) => info.file.records[i]!;
    if (kind === 'UPPLAN' || kind === 'UPJSK') {
      for (const [month, is] of group(indices, (i) => rec(i).targetMonth ?? '')) {
        let m = months.get(month);
        if (!m) months.set(month, (m = { plans: [], actuals: [], order: info.index }));
        (kind === 'UPPLAN' ? m.plans : m.actuals).push({ info, indices: is });
      }
    } else if (kind === 'UPHOSOKU') {
      for (const [month, is] of group(indices, (i) => (rec(i).targetMonth === '000000' ? '000000' : 'month')))
        slots.push({ rank: rankOf(kind, month), order: info.index, draw: () => renderHosoku(env, info, is) });
    } else {
      const render = RENDERERS[kind] ?? (isDeletionKind(kind) ? renderDeletion : renderGeneric);
      slots.push({ rank: rankOf(kind), order: info.index, draw: () => render(env, info, indices) });
    }
  }
  for (const m of months.values()) slots.push({ rank: rankOf('UPPLAN'), order: m.order, draw: () => [renderTable6(env, m.plans, m.actuals)] });
  return slots.sort((a, b) => a.rank - b.rank || a.order - b.order);
}

interface UserGroup<T = FileInfo> {
  readonly key: string;
  readonly parts: { info: T; indices: number[] }[];
}

/** Users in order of first appearance, each with the records of every file that are theirs. */
function usersOf<T extends Pick<FileInfo, 'file' | 'kind'>>(infos: readonly T[]): UserGroup<T>[] {
  const users = new Map<string, UserGroup<T>>();
  for (const info of infos) {
    if (!info.kind) continue;
    for (const [key, indices] of group(
      info.file.records.map((_, i) => i),
      (i) => userKeyOf(info.file.records[i]!),
    )) {
      let u = users.get(key);
      if (!u) users.set(key, (u = { key, parts: [] }));
      u.parts.push({ info, indices });
    }
  }
  return [...users.values()];
}

/** The user's name, from the first record of the send that carries one (shown only with values). */
function nameOf(u: UserGroup): string {
  for (const kind of ['UPHOSOKU', 'UPKIHON', 'UPYOBO'])
    for (const part of u.parts)
      if (part.info.kind === kind)
        for (const i of part.indices) {
          const n = part.info.file.records[i]!.name ?? '';
          if (n !== '') return n;
        }
  return '';
}

const INSURER_FIELD = getTable('UP1KYO').fields.find((f) => f.key === 'insurerNumber');

function userHeading(env: Env, u: UserGroup, n: number): { html: string; toc: string } {
  const [insurer = '', insured = ''] = u.key.split('\u0000');
  const generic = t(env, `利用者${n}`, `User ${n}`);
  const name = env.showValues ? nameOf(u) : '';
  const label = name !== '' ? inline(name) : generic;
  // The 保険者番号 is no personal data, but a shifted file puts anything there: shown when it is one.
  const insurerShown = isMasked(INSURER_FIELD, env.showValues, insurer) ? MASK_HTML : inline(insurer);
  const ids = `${t(env, '保険者番号', 'Insurer')} ${insurerShown}${env.showValues ? `　${t(env, '被保険者番号', 'Insured')} ${inline(insured)}` : ''}`;
  return { html: `${label}　<span class="sm">${ids}</span>`, toc: `${label} <span class="sm">（${ids}）</span>` };
}

function filesTable(env: Env): string {
  const rows = env.files
    .map((info) => {
      const f = info.file;
      const all = [...info.issues.fileLevel, ...[...info.issues.byRecord.values()].flatMap((m) => [...m.values()].flat())];
      const errors = all.filter((i) => i.severity === 'error').length;
      const warnings = all.filter((i) => i.severity === 'warning').length;
      const kind = info.kind
        ? `${inline(FORM_NAMES[info.kind][env.locale])} <span class="pfx">${info.kind}</span>`
        : f.bytes
          ? t(env, '添付ファイル', 'attachment')
          : t(env, '種類不明', 'unknown');
      const status =
        errors + warnings === 0
          ? `<span class="ok">${t(env, '問題なし', 'no issues')}</span>`
          : t(env, `エラー${errors}件・警告${warnings}件`, `${errors} error(s), ${warnings} warning(s)`);
      return `<tr><td class="fn">${inline(f.name)}</td><td>${kind}</td><td class="c">${f.csvVersion ? inline(f.csvVersion) : '―'}</td><td class="num">${info.kind ? f.records.length : ''}</td><td>${status}</td></tr>`;
    })
    .join('');
  return `<table class="f files"><caption>${t(env, 'ファイル', 'Files')}</caption><colgroup><col style="width:40%"><col style="width:32%"><col style="width:9%"><col style="width:6%"><col style="width:13%"></colgroup><thead><tr><th>${t(env, 'ファイル名', 'Name')}</th><th>${t(env, '様式', 'Form')}</th><th>${t(env, 'CSVバージョン', 'CSV version')}</th><th>${t(env, '件数', 'Records')}</th><th>${t(env, '問題', 'Issues')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Send issues that name no file of the inputs. */
function sendLevel(env: Env, issues: readonly Issue[]): string {
  const names = new Set(env.files.map((f) => f.file.name));
  const loose = issues.filter((i) => i.file === undefined || !names.has(i.file));
  if (loose.length === 0) return '';
  return `<div class="issues"><div class="ih">${t(env, `送信全体の問題 ${loose.length}件`, `${loose.length} issue(s) of the whole send`)}</div><ul>${loose
    .map((i) => `<li>${i.file !== undefined ? `${inline(i.file)}: ` : ''}${issueLine(i, env.locale, env.showValues)}</li>`)
    .join('')}</ul></div>`;
}

/** Attachments no form drew: listed, and shown when values are shown and they are JPEG. */
function otherFiles(env: Env, used: ReadonlySet<FileInfo>): DrawnForm[] {
  const out: DrawnForm[] = [];
  for (const info of env.files) {
    if (used.has(info)) continue;
    if (info.kind) {
      out.push(...renderGeneric(env, info, []));
      continue;
    }
    const f = info.file;
    if (env.attachmentsShown.has(f.name) && info.issues.fileLevel.length === 0) continue;
    const forms = renderGeneric(env, info, []);
    if (f.bytes && env.showValues && isJpeg(f.bytes) && !env.attachmentsShown.has(f.name)) {
      const form = forms[0]!;
      out.push({
        ...form,
        html: form.html.replace('</section>', `<img class="fam" alt="${attr(f.name)}" src="data:image/jpeg;base64,${base64(f.bytes)}"></section>`),
      });
    } else out.push(...forms);
  }
  return out;
}

/**
 * What a diff adds to a document (renderDiffHtml): marks on the new send's cells, the users to
 * show (in the diff's order and numbering, each with a note under the heading), and a block at the
 * top of the document.
 */
export interface DocumentExtras {
  /** File name → record index → how the record differs from the previous send. */
  readonly changes?: ReadonlyMap<string, ReadonlyMap<number, ChangeMark>>;
  /** Only these users, in this order: `n` numbers them, `note` (HTML) follows the heading (also for a user without forms). */
  readonly users?: readonly { readonly key: string; readonly n: number; readonly note: string }[];
  /** HTML after the privacy note of the document head. */
  readonly head?: string;
  /** Leave out the files no user's form drew (default: shown under その他のファイル). */
  readonly noOthers?: boolean;
}

const TOC_CHANGED = (env: Env) => `<span class="dif-badge">${t(env, '変更あり', 'changed')}</span>`;

const toc = (env: Env, forms: readonly DrawnForm[]) =>
  // One line per user (a send of 2,000 users prints a contents of 2,000 lines): its forms side by side, their files on hover.
  `<span class="tf">${forms.map((f) => `<a href="#${f.id}" title="${attr(f.files.join(' / '))}">${text(f.toc)}</a>${f.changed ? ` ${TOC_CHANGED(env)}` : ''}`).join('<span class="sep">／</span>')}</span>`;

/** The document's parts: its title, its head (title, notes, contents, files) and the users' sections. */
function documentParts(
  files: readonly RenderInputFile[],
  options: RenderOptions,
  extras: DocumentExtras,
): { env: Env; title: string; head: string; sections: string[] } {
  const env = makeEnv(files, options, extras);
  const used = new Set<FileInfo>();
  const sections: string[] = [];
  const tocItems: string[] = [];
  const all = usersOf(env.files);
  const byKey = new Map(all.map((u) => [u.key, u] as const));
  const shown = extras.users ?? all.map((u, n) => ({ key: u.key, n: n + 1, note: '' }));
  for (const { key, n, note } of shown) {
    const u = byKey.get(key) ?? { key, parts: [] };
    const forms = userSlots(env, u.parts).flatMap((s) => s.draw());
    for (const p of u.parts) used.add(p.info);
    const head = userHeading(env, u, n);
    sections.push(`<div class="user-head" id="u${n}">${head.html}</div>${note}${forms.map((f) => f.html).join('\n')}`);
    tocItems.push(`<li><a href="#u${n}">${head.toc}</a> ${toc(env, forms)}</li>`);
  }
  if (!extras.noOthers) {
    // With a chosen list of users, the other users' files were used too: only files no user has are left.
    if (extras.users) for (const u of all) for (const p of u.parts) used.add(p.info);
    const others = otherFiles(env, used);
    if (others.length > 0) {
      sections.push(`<div class="user-head" id="u0">${t(env, 'その他のファイル', 'Other files')}</div>${others.map((f) => f.html).join('\n')}`);
      tocItems.push(`<li><a href="#u0">${t(env, 'その他のファイル', 'Other files')}</a> ${toc(env, others)}</li>`);
    }
  }
  const title = options.title ?? t(env, 'ケアプランデータ連携 様式表示', 'Care plan data forms');
  const privacy = env.showValues
    ? `<p class="note"><strong>${t(env, '個人情報を表示しています。取り扱いに注意してください。', 'Personal data is shown. Handle with care.')}</strong></p>`
    : `<p class="note">${t(env, '個人情報と自由記述は「＊＊＊」と伏せています。', 'Personal data and free text are masked as ＊＊＊.')}</p>`;
  const contents = tocItems.length > 0 ? `<nav class="toc"><h2>${t(env, '目次', 'Contents')}</h2><ol>${tocItems.join('')}</ol></nav>` : '';
  const head = `<div class="doc-head"><h1>${inline(title)}</h1>${privacy}${extras.head ?? ''}${sendLevel(env, options.sendIssues ?? [])}${contents}${filesTable(env)}</div>`;
  return { env, title, head, sections };
}

/** One self-contained HTML document of the forms of every file, grouped by user. */
export function renderDocument(files: readonly RenderInputFile[], options: RenderOptions = {}, extras: DocumentExtras = {}): string {
  const { env, title, head, sections } = documentParts(files, options, extras);
  return `<!DOCTYPE html>
<html lang="${env.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${inline(title)}</title><style>${RENDER_CSS}</style></head>
<body class="cpr">${head}
${sections.join('\n')}
</body></html>
`;
}

/**
 * The users of the files, as the document orders them (first appearance), by the key that
 * `DocumentExtras.users` takes: for drawing a large send a page of users at a time.
 */
export function formUsers(files: readonly RenderInputFile[]): string[] {
  return usersOf(files.map((file) => ({ file, kind: isKindId(file.kind) ? file.kind : null }))).map((u) => u.key);
}

/** The same document's body as one element (`<div class="cpr cpr-doc">`), for a page that includes RENDER_CSS. */
export function renderBody(files: readonly RenderInputFile[], options: RenderOptions = {}, extras: DocumentExtras = {}): string {
  const { head, sections } = documentParts(files, options, extras);
  return `<div class="cpr cpr-doc">${head}\n${sections.join('\n')}</div>`;
}

/** The forms of one file (split by user), for embedding in a page that includes RENDER_CSS. */
export function renderFragment(file: RenderInputFile, options: RenderOptions = {}): string {
  const env = makeEnv([file, ...(options.relatedFiles ?? [])], options);
  const info = env.files[0]!;
  const forms: DrawnForm[] = [];
  if (info.kind) {
    for (const u of usersOf([info])) forms.push(...userSlots(env, u.parts).flatMap((s) => s.draw()));
    if (forms.length === 0) forms.push(...renderGeneric(env, info, []));
  } else forms.push(...otherFiles(env, new Set(env.files.slice(1))));
  return `<div class="cpr">${forms.map((f) => f.html).join('\n')}</div>`;
}
