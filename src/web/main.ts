/**
 * The drop-in checker page. Everything runs here: a drop is one send; its limits are decided from
 * the files' sizes, then each file is read with a bound (File.slice) and checked by the library;
 * nothing is sent anywhere (the page's CSP forbids any connection) and no value is ever written to
 * the console.
 */
import type { BundleFile, Locale } from '../index.js';
import { checkFiles, everyIssue, readDrop, type CheckedTransmission } from './check.js';
import { clear } from './dom.js';
import { UI } from './i18n.js';
import { renderReport, type ViewState } from './render.js';
import { formInputs, initialForms, openButton, renderForms } from './forms.js';

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
};

const drop = byId<HTMLButtonElement>('drop');
const input = byId<HTMLInputElement>('file-input');
const langButton = byId<HTMLButtonElement>('lang');
const status = byId<HTMLElement>('status');
const report = byId<HTMLElement>('report');

let run: CheckedTransmission[] | null = null;
/** The files of the last drop (the forms view shows its attachments) and the forms view's state. */
let dropped: BundleFile[] = [];
const forms = initialForms();
/** How many checks have finished (body[data-checks], for tests and tools that drive the page). */
let checks = 0;
const state: { lang: Locale; openRecords: Set<string>; shownValues: Set<string> } = {
  lang: document.documentElement.lang === 'en' ? 'en' : 'ja',
  openRecords: new Set(),
  shownValues: new Set(),
};

function setText(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

/** The static texts of the page in the current language. */
function renderChrome(): void {
  const ui = UI[state.lang];
  document.documentElement.lang = state.lang;
  document.title = ui.title;
  setText('title', ui.title);
  setText('lead', ui.lead);
  setText('privacy', ui.privacy);
  setText('drop-text', ui.drop);
  setText('drop-hint', ui.dropHint);
  setText('file-label', ui.choose);
  langButton.textContent = ui.switchTo;
  langButton.setAttribute('aria-label', ui.switchLabel);
  langButton.lang = state.lang === 'ja' ? 'en' : 'ja';
}

function renderRun(): void {
  clear(report);
  if (!run) return;
  if (forms.open) return renderForms(report, formInputs(run, dropped), forms, state.lang, renderRun);
  report.appendChild(openButton(forms, state.lang, renderRun));
  const view: ViewState = state;
  report.appendChild(renderReport(run, view, renderRun));
}

function announce(text: string): void {
  status.textContent = text;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function check(files: readonly File[]): Promise<void> {
  const ui = UI[state.lang];
  if (files.length === 0) {
    announce(ui.nothing);
    return;
  }
  announce(ui.reading(files.length));
  drop.setAttribute('aria-busy', 'true');
  try {
    const bundle = await readDrop([...files].sort(byName));
    run = checkFiles(bundle);
    dropped = bundle;
    Object.assign(forms, initialForms());
    state.openRecords.clear();
    state.shownValues.clear();
    renderRun();
    const n = run.reduce((k, t) => k + t.result.files.length, 0);
    announce(UI[state.lang].checked(n, !everyIssue(run).some((i) => i.severity === 'error')));
    document.body.classList.add('has-report');
    document.body.dataset.checks = String(++checks);
  } finally {
    drop.removeAttribute('aria-busy');
  }
}

/* Folders dropped on the page: their files, subfolders included (like `check --recursive`). */
function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOfEntry(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    out.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const e of batch) await filesOfEntry(e, out);
    }
  }
}

async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = Array.from(dt.items)
    .filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((e) => e === null)) return Array.from(dt.files);
  const out: File[] = [];
  for (const e of entries) await filesOfEntry(e!, out);
  return out;
}

drop.addEventListener('click', () => input.click());
input.addEventListener('change', () => {
  const files = input.files ? Array.from(input.files) : [];
  input.value = '';
  void check(files);
});

// A file dropped anywhere else must not make the browser open it.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());
let depth = 0;
drop.addEventListener('dragenter', (e) => {
  e.preventDefault();
  depth++;
  drop.classList.add('dragging');
});
drop.addEventListener('dragleave', () => {
  if (--depth <= 0) {
    depth = 0;
    drop.classList.remove('dragging');
  }
});
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
});
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  depth = 0;
  drop.classList.remove('dragging');
  if (e.dataTransfer) void droppedFiles(e.dataTransfer).then(check);
});

langButton.addEventListener('click', () => {
  state.lang = state.lang === 'ja' ? 'en' : 'ja';
  renderChrome();
  renderRun();
});

renderChrome();
document.body.classList.add('ready');
