/**
 * The page's 「帳票で見る」 view: the dropped files as their 様式, drawn by the library's renderer
 * (the same forms as `careplan-csv view`), with the issues of the check on their cells. Personal
 * data and free text are ＊＊＊ until the 個人情報を表示 switch is turned on (off again after every
 * new drop). A large send is drawn 50 users at a time. Printing prints the forms (A4 landscape).
 *
 * The renderer's HTML escapes every value; it goes into the page as HTML, its style attributes
 * moved to data-style and applied through the CSSOM (the page's CSP allows no inline style), and
 * its style sheet adopted (constructed), never as a <style> element.
 */
import type { BundleFile, Issue, Locale } from '../index.js';
import { formUsers, renderBody } from '../render/document.js';
import { renderInputFromParse } from '../render/index.js';
import { RENDER_CSS } from '../render/style.js';
import type { RenderInputFile } from '../render/types.js';
import { isKindId } from '../spec/kinds/index.js';
import type { CheckedTransmission } from './check.js';
import { clear, h } from './dom.js';

/** Users drawn at a time. */
export const USERS_PER_PAGE = 50;

const TEXT = {
  ja: {
    open: '帳票で見る',
    openHint: '様式（第1〜3表、第6・7表、利用者基本情報 …）の形で表示します',
    back: '検査結果に戻る',
    show: '個人情報を表示',
    print: '印刷',
    masked: '個人情報と自由記述は「＊＊＊」で隠しています。',
    shown: '個人情報を表示しています。画面と印刷物の取り扱いに注意してください。',
    users: (from: number, to: number, all: number) => `利用者 ${from}〜${to}人目（全${all}人）`,
    prev: '前の利用者',
    next: '次の利用者',
    label: '帳票',
  },
  en: {
    open: 'View as forms',
    openHint: 'Shows the files as their MHLW forms (tables 1–3, 6 and 7, basic user information …)',
    back: 'Back to the report',
    show: 'Show personal data',
    print: 'Print',
    masked: 'Personal data and free text are masked as ＊＊＊.',
    shown: 'Personal data is shown. Take care of the screen and of printouts.',
    users: (from: number, to: number, all: number) => `Users ${from}–${to} of ${all}`,
    prev: 'Previous users',
    next: 'Next users',
    label: 'Forms',
  },
} as const;

/** While the forms are shown, printing prints them alone. */
const PAGE_CSS = `
@media print {
  body.forms-view > header, body.forms-view > footer, body.forms-view #drop, body.forms-view #status, body.forms-view .forms-bar { display: none !important; }
  body.forms-view, body.forms-view main { margin: 0 !important; padding: 0 !important; max-width: none !important; background: #fff !important; }
  /* A scroll container is not cut into pages: the forms are printed from a plain block. */
  body.forms-view .cpr-doc { overflow: visible !important; padding: 0 !important; background: #fff !important; }
}
.forms-bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0 1rem; }
.forms-bar .forms-note { font-size: .9em; }
.forms-bar [role="switch"][aria-checked="true"] { background: #fde8e8; border-color: #b00; color: #900; font-weight: bold; }
.forms-bar [role="switch"]::before { content: "○ "; } .forms-bar [role="switch"][aria-checked="true"]::before { content: "● "; }
.forms-view .cpr-doc { background: #e9ebee; padding: 6mm 0; overflow-x: auto; }
`;

let sheet: CSSStyleSheet | null = null;
function adoptStyles(on: boolean): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RENDER_CSS + PAGE_CSS);
  }
  const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
  document.adoptedStyleSheets = on ? [...others, sheet] : others;
}

/** The renderer's inputs: every file of every transmission, the bytes of attachments, the issues. */
export function formInputs(run: readonly CheckedTransmission[], dropped: readonly BundleFile[]): { files: RenderInputFile[]; sendIssues: Issue[] } {
  const files: RenderInputFile[] = [];
  const sendIssues: Issue[] = [];
  for (const t of run) {
    sendIssues.push(...t.result.issues);
    for (const f of t.result.files) {
      if (isKindId(f.kind)) files.push(renderInputFromParse(f));
      else files.push({ name: f.name, kind: null, csvVersion: null, records: [], issues: f.issues, ...bytesOf(dropped, f.name) });
    }
  }
  return { files, sendIssues };
}

const bytesOf = (dropped: readonly BundleFile[], name: string) => {
  const f = dropped.find((d) => d.name === name);
  return f ? { bytes: f.bytes } : {};
};

/** Inserts the renderer's HTML: style attributes go through the CSSOM (no inline style under the CSP). */
function insert(target: HTMLElement, html: string): void {
  // The renderer escapes `"` in every value, so ` style="` is only ever its own attribute.
  target.innerHTML = html.replace(/ style="/g, ' data-style="');
  for (const el of target.querySelectorAll<HTMLElement>('[data-style]')) {
    el.style.cssText = el.dataset.style ?? '';
    el.removeAttribute('data-style');
  }
}

export interface FormsState {
  open: boolean;
  showValues: boolean;
  page: number;
}

export const initialForms = (): FormsState => ({ open: false, showValues: false, page: 0 });

/** The button that opens the forms view (placed above the report; the forms view is left). */
export function openButton(state: FormsState, lang: Locale, onChange: () => void): HTMLElement {
  const t = TEXT[lang];
  adoptStyles(false);
  document.body.classList.remove('forms-view');
  const button = h('button', { type: 'button', id: 'forms-open', class: 'forms-open', title: t.openHint }, t.open);
  button.addEventListener('click', () => {
    state.open = true;
    state.page = 0;
    onChange();
  });
  return h('div', { class: 'forms-bar' }, button);
}

/** The forms view of a checked drop, into `target`. */
export function renderForms(
  target: HTMLElement,
  input: { files: RenderInputFile[]; sendIssues: Issue[] },
  state: FormsState,
  lang: Locale,
  onChange: () => void,
): void {
  const t = TEXT[lang];
  clear(target);
  adoptStyles(true);
  document.body.classList.add('forms-view');
  const users = formUsers(input.files);
  const pages = Math.max(1, Math.ceil(users.length / USERS_PER_PAGE));
  state.page = Math.min(Math.max(0, state.page), pages - 1);
  const from = state.page * USERS_PER_PAGE;
  const shown = users.slice(from, from + USERS_PER_PAGE);

  const back = h('button', { type: 'button', id: 'forms-back' }, t.back);
  back.addEventListener('click', () => {
    state.open = false;
    onChange();
  });
  const values = h('button', { type: 'button', id: 'forms-values', role: 'switch', 'aria-checked': state.showValues ? 'true' : 'false' }, t.show);
  values.addEventListener('click', () => {
    state.showValues = !state.showValues;
    onChange();
  });
  const print = h('button', { type: 'button', id: 'forms-print' }, t.print);
  print.addEventListener('click', () => window.print());
  const pager: HTMLElement[] = [];
  if (pages > 1) {
    const prev = h('button', { type: 'button', id: 'forms-prev', disabled: state.page === 0 }, t.prev);
    const next = h('button', { type: 'button', id: 'forms-next', disabled: state.page === pages - 1 }, t.next);
    prev.addEventListener('click', () => {
      state.page--;
      onChange();
    });
    next.addEventListener('click', () => {
      state.page++;
      onChange();
    });
    pager.push(prev, h('span', { class: 'forms-range' }, t.users(from + 1, from + shown.length, users.length)), next);
  }
  const note = h('span', { class: 'forms-note' }, state.showValues ? t.shown : t.masked);
  target.appendChild(h('div', { class: 'forms-bar', role: 'toolbar', 'aria-label': t.label }, back, values, print, ...pager, note));

  const forms = h('div', { id: 'forms', 'data-show-values': state.showValues ? 'true' : 'false' });
  const html = renderBody(
    input.files,
    { showValues: state.showValues, locale: lang, sendIssues: input.sendIssues },
    // Users numbered over the whole drop; the files no user has are drawn after the last page.
    { users: shown.map((key, k) => ({ key, n: from + k + 1, note: '' })), noOthers: state.page < pages - 1 },
  );
  insert(forms, html);
  target.appendChild(forms);
}
