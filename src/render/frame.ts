/**
 * The frame every form is printed in: its title, the file(s) it shows (name, form name and prefix,
 * CSV version), the issues list (※n for those marked on a cell, then those with no cell), the form
 * itself, and the values no cell of the form showed.
 */
import type { Issue } from '../core/issue.js';
import { FORM_NAMES } from './kinds.js';
import { inline, attr } from './html.js';
import { issueLine } from './issues.js';
import { t, type FormScope, type Part, type Ref } from './context.js';
import { displayValue } from './values.js';

export interface FrameOptions {
  /** The form's printed title (HTML). */
  readonly title: string;
  /** Text under the title, right (作成年月日 …). */
  readonly corner?: string;
  readonly body: string;
  /** Plain-text name of the form in the table of contents (default: the form name of its file kind). */
  readonly toc?: string;
}

/** What the table of contents needs about a drawn form. */
export interface DrawnForm {
  readonly id: string;
  /** Plain text, for the table of contents. */
  readonly toc: string;
  readonly files: readonly string[];
  readonly html: string;
  /** A cell of the form is marked added or changed (renderDiffHtml). */
  readonly changed?: boolean;
}

function kindLine(part: Part): string {
  const env = part.env;
  const info = part.info;
  const name = info.kind ? FORM_NAMES[info.kind][env.locale] : t(env, '種類不明', 'unknown kind');
  const prefix = info.kind ? ` <span class="pfx">${info.kind}</span>` : '';
  const version =
    part.indices.length > 0
      ? part.cell(
          part.indices.map((i) => ({ i, key: 'csvVersion' })),
          part.distinct(part.indices, 'csvVersion', '・'),
          { tag: 'span' },
        )
      : info.file.csvVersion
        ? inline(info.file.csvVersion)
        : '―';
  return `<div class="fmeta"><span class="fl">${t(env, 'ファイル', 'File')}</span> <span class="fn">${inline(info.file.name)}</span>　<span class="fl">${t(env, '様式', 'Form')}</span> ${inline(name)}${prefix}　<span class="fl">${t(env, 'CSVバージョン', 'CSV version')}</span> ${version}</div>`;
}

/** Values of the form's records that no cell showed, grouped by field and value. */
function otherFields(part: Part): string {
  const rows: string[] = [];
  const layout = part.info.layout;
  if (!layout) return '';
  for (const f of layout.fields) {
    const groups = new Map<string, number[]>();
    for (const i of part.indices) {
      const v = part.raw(i, f.key);
      if (v === '' || part.seen(i, f.key)) continue;
      const g = groups.get(v);
      if (g) g.push(i);
      else groups.set(v, [i]);
    }
    for (const [v, is] of groups) {
      const refs: Ref[] = is.map((i) => ({ i, key: f.key }));
      const nums = is.map((i) => part.info.file.recordNumbers?.[i] ?? i + 1);
      const where = nums.length === part.indices.length && nums.length > 1 ? t(part.env, '全件', 'all') : nums.join(', ');
      rows.push(
        `<tr><th>${f.no}</th><th class="l">${inline(f.name[part.env.locale])}</th>${part.cell(refs, displayValue(f, v, part.env))}<td class="rn">${where}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return '';
  return `<table class="f other"><caption>${t(part.env, '様式に欄のない項目', 'Fields without a place on the form')} <span class="pfx">${part.info.kind ?? ''}</span></caption><thead><tr><th>No.</th><th>${t(part.env, '項目', 'Field')}</th><th>${t(part.env, '値', 'Value')}</th><th>${t(part.env, 'レコード', 'Records')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function issuesBox(scope: FormScope): string {
  const env = scope.env;
  const placed: string[] = [];
  const loose: string[] = [];
  const links: string[] = [];
  const looseSeen = new Set<Issue>();
  for (const part of scope.parts) {
    const info = part.info;
    if (info.issues.fileLevel.length > 0) {
      if (info.fileIssuesAt === undefined || info.fileIssuesAt === scope.id) {
        info.fileIssuesAt = scope.id;
        for (const issue of info.issues.fileLevel)
          loose.push(`<li>${t(env, 'ファイル全体', 'Whole file')} ${inline(info.file.name)}: ${issueLine(issue, env.locale, env.showValues)}</li>`);
      } else {
        links.push(
          `<li><a href="#${info.fileIssuesAt}">${inline(info.file.name)}: ${t(env, `ファイル全体の問題 ${info.issues.fileLevel.length}件`, `${info.issues.fileLevel.length} issue(s) of the whole file`)}</a></li>`,
        );
      }
    }
    for (const i of part.indices) {
      const rec = info.issues.byRecord.get(i);
      if (!rec) continue;
      for (const list of rec.values())
        for (const issue of list) {
          if (scope.markers.has(issue) || looseSeen.has(issue)) continue;
          looseSeen.add(issue);
          loose.push(`<li>${t(env, '（欄なし）', '(no cell)')} ${inline(info.file.name)}: ${issueLine(issue, env.locale, env.showValues)}</li>`);
        }
    }
  }
  const several = new Set(scope.parts.map((p) => p.info)).size > 1;
  for (const [issue, n] of [...scope.markers].sort((a, b) => a[1] - b[1])) {
    const file = several ? `${inline(scope.markedIn.get(issue)?.file.name ?? '')}: ` : '';
    placed.push(`<li id="${scope.id}-i${n}"><span class="mk">※${n}</span> ${file}${issueLine(issue, env.locale, env.showValues)}</li>`);
  }
  const n = placed.length + loose.length;
  if (n + links.length === 0) return '';
  const head =
    n === 0
      ? t(env, 'ファイル全体の問題（別の様式に記載）', 'Issues of the whole file (listed on another form)')
      : placed.length > 0
        ? t(env, `この様式の問題 ${n}件（※は該当する欄）`, `${n} issue(s) on this form (※ marks the cell)`)
        : t(env, `この様式の問題 ${n}件`, `${n} issue(s) on this form`);
  return `<div class="issues"><div class="ih">${head}</div><ul>${placed.join('')}${loose.join('')}${links.join('')}</ul></div>`;
}

/** One printed form: the frame around `o.body`. */
export function frame(scope: FormScope, o: FrameOptions): DrawnForm {
  const meta = scope.parts
    .filter((p, i, all) => all.findIndex((q) => q.info === p.info) === i)
    .map(kindLine)
    .join('');
  const others = scope.parts.map(otherFields).join('');
  const issues = issuesBox(scope);
  const files = [...new Set(scope.parts.map((p) => p.info.file.name))];
  const corner = o.corner ? `<div class="corner">${o.corner}</div>` : '';
  const html = `<section class="form" id="${scope.id}" data-files="${attr(JSON.stringify(files))}"><header class="fh"><h2 class="ft">${o.title}</h2>${corner}</header>${meta}${issues}<div class="fb">${o.body}</div>${others}</section>`;
  const first = scope.parts[0]?.info.kind;
  const toc = o.toc ?? (first ? FORM_NAMES[first][scope.env.locale] : (files[0] ?? ''));
  return { id: scope.id, toc, files, html, ...(scope.changed ? { changed: true } : {}) };
}
