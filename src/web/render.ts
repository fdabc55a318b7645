/**
 * The report as DOM: the same content as `careplan-csv check` (text reporter): per transmission
 * its title, per file kind / CSV version / record count and its issues (file issues, then the
 * bundle issues about that file), then the issues of the transmission as a whole, and the summary.
 * Every string goes in as text (see dom.ts).
 */
import { fieldNameOf, getTable, issueMessage, layoutFor, type BundleFileResult, type Issue, type Locale } from '../index.js';
import { byteLabel, issueAdvice, printable, severityLabel } from '../report/format.js';
import { maskedValue, mustMask, oneLine } from '../report/mask.js';
import { filesWithIssues, notReadText, sendTitle, wholeSendIssues, type FileReport } from '../report/model.js';
import { diagnosisAdvice, diagnosisMessage } from '../report/diagnose.js';
import { fileHeading, summaryLine } from '../report/text.js';
import { countIssues, everyIssue, type CheckedTransmission } from './check.js';
import { h, type Child } from './dom.js';
import { UI, type UiText } from './i18n.js';

/** Records shown in a table at most (the issues are always all shown). */
export const MAX_TABLE_RECORDS = 500;

export interface ViewState {
  readonly lang: Locale;
  /** `t:f` ids of files whose records are open. */
  readonly openRecords: Set<string>;
  /** `t:f` ids of record tables whose personal values are shown. */
  readonly shownValues: Set<string>;
}

const isError = (i: Issue) => i.severity === 'error';

function issueTable(issues: readonly Issue[], fallbackFile: string | undefined, ui: UiText, lang: Locale): HTMLTableElement {
  const c = ui.cols;
  const head = h(
    'tr',
    {},
    ...[c.severity, c.file, c.record, c.line, c.fieldNo, c.fieldName, c.code, c.message, c.advice].map((t) => h('th', { scope: 'col' }, t)),
  );
  const rows = issues.map((i) => {
    const file = i.file ?? fallbackFile;
    const byte = i.offset !== undefined ? byteLabel(i.offset, lang) : '';
    const where = i.line !== undefined ? (byte ? `${i.line}（${byte}）` : String(i.line)) : byte;
    return h(
      'tr',
      {
        class: `issue sev-${i.severity}`,
        'data-code': i.code,
        'data-severity': i.severity,
        'data-file': file,
        'data-record': i.record,
        'data-field-no': i.fieldNo,
      },
      h('td', { class: 'sev' }, h('span', { class: `sev-label sev-${i.severity}` }, severityLabel(i.severity, lang))),
      h('td', { class: 'file' }, file !== undefined ? printable(file) : ''),
      h('td', { class: 'num record' }, i.record ?? ''),
      h('td', { class: 'num line' }, where),
      h('td', { class: 'num field-no' }, i.fieldNo ?? ''),
      h('td', { class: 'field-name' }, fieldNameOf(i, lang) ?? ''),
      h('td', { class: 'code' }, h('code', {}, i.code)),
      h('td', { class: 'message' }, issueMessage(i, lang)),
      h('td', { class: 'advice' }, issueAdvice(i, lang)),
    );
  });
  return h('table', { class: 'issues' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

function recordsView(f: BundleFileResult, id: string, state: ViewState, ui: UiText, onChange: () => void): HTMLElement {
  const { lang } = state;
  const kind = f.kind;
  if (!kind || kind === 'UPKIHON_IMAGE') return h('p', {}, ui.noRecords);
  const table = layoutFor(kind, f.csvVersion) ?? getTable(kind);
  const show = state.shownValues.has(id);
  const records = f.records as readonly Readonly<Record<string, string>>[];
  const shown = records.slice(0, MAX_TABLE_RECORDS);
  const toggle = h('button', { type: 'button', class: 'values-toggle', 'aria-pressed': show ? 'true' : 'false' }, show ? ui.hideValues : ui.showValues);
  toggle.addEventListener('click', () => {
    if (state.shownValues.has(id)) state.shownValues.delete(id);
    else state.shownValues.add(id);
    onChange();
  });
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'num' }, ui.recordNo),
    h('th', { scope: 'col', class: 'num' }, ui.cols.line),
    ...table.fields.map((fs) =>
      h('th', { scope: 'col', 'data-field-no': fs.no, class: fs.personal ? 'personal' : undefined }, h('span', { class: 'no' }, fs.no), ' ', fs.name[lang]),
    ),
  );
  const body = shown.map((rec, r) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', class: 'num' }, r + 1),
      h('td', { class: 'num' }, f.lines[r] ?? ''),
      ...table.fields.map((fs) => {
        const v = rec[fs.key] ?? '';
        const masked = !show && mustMask(fs, v);
        return h('td', { class: masked ? 'masked' : undefined, 'data-field-no': fs.no }, masked ? maskedValue(v, lang) : oneLine(v));
      }),
    ),
  );
  const notes: Child[] = [];
  if (records.length === 0) notes.push(h('p', {}, ui.noRecords));
  if (records.length > shown.length) notes.push(h('p', { class: 'note' }, ui.truncated(shown.length, records.length)));
  if (f.rejected.length > 0) notes.push(h('p', { class: 'note' }, ui.rejected(f.rejected.length)));
  return h(
    'div',
    { class: 'records-view' },
    h('div', { class: 'records-bar' }, toggle, h('span', { class: 'note' }, show ? '' : ui.masked)),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': ui.tableCaption(printable(f.name)) },
      h('table', { class: 'records' }, h('caption', {}, ui.tableCaption(printable(f.name))), h('thead', {}, head), h('tbody', {}, ...body)),
    ),
    ...notes,
  );
}

function fileView(
  report: FileReport,
  f: BundleFileResult | undefined,
  issues: readonly Issue[],
  id: string,
  state: ViewState,
  ui: UiText,
  onChange: () => void,
): HTMLElement {
  const { lang } = state;
  const unread = report.notRead !== undefined;
  const ok = !unread && !issues.some(isError);
  const status = unread ? 'unread' : ok ? 'ok' : 'ng';
  const hasTable = !unread && f !== undefined && f.kind !== null && f.kind !== 'UPKIHON_IMAGE';
  const open = hasTable && state.openRecords.has(id);
  const panelId = `records-${id.replace(':', '-')}`;
  let button: HTMLButtonElement | null = null;
  if (hasTable) {
    button = h(
      'button',
      { type: 'button', class: 'records-toggle', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId },
      open ? ui.hideRecords : ui.showRecords,
    );
    button.addEventListener('click', () => {
      if (state.openRecords.has(id)) state.openRecords.delete(id);
      else state.openRecords.add(id);
      onChange();
    });
  }
  const heading = fileHeading(report, lang);
  const meta = heading.slice(printable(report.name).length + 1);
  return h(
    'article',
    { class: `file ${status}`, 'data-file': report.name, 'data-ok': ok ? 'true' : 'false', 'data-status': unread ? 'not-read' : 'checked' },
    h(
      'div',
      { class: 'file-head' },
      h('span', { class: `badge ${status}` }, unread ? ui.unread : ok ? 'OK' : 'NG'),
      h('h3', { class: 'file-name' }, printable(report.name)),
      h('span', { class: 'file-meta' }, meta),
      issues.length === 0 && !unread ? h('span', { class: 'clean' }, ui.noIssues) : null,
      button,
    ),
    report.notRead ? h('p', { class: 'not-read' }, notReadText(report.notRead, lang)) : null,
    ...report.diagnoses.map((d) =>
      h(
        'div',
        { class: 'diagnosis', 'data-diagnosis': d.id },
        h('p', { class: 'diagnosis-message' }, diagnosisMessage(d, lang)),
        h('p', { class: 'diagnosis-advice' }, `${ui.cols.advice}: ${diagnosisAdvice(d, lang)}`),
      ),
    ),
    issues.length > 0 ? issueTable(issues, report.name, ui, lang) : null,
    open && f ? h('div', { id: panelId, class: 'records-panel' }, recordsView(f, id, state, ui, onChange)) : null,
  );
}

/** The whole report; `onChange` re-renders after a toggle. */
export function renderReport(run: readonly CheckedTransmission[], state: ViewState, onChange: () => void): HTMLElement {
  const { lang } = state;
  const ui = UI[lang];
  const counts = countIssues(run);
  const ok = !everyIssue(run).some(isError);
  const summary = h(
    'div',
    { class: `summary ${ok ? 'ok' : 'ng'}`, 'data-ok': ok ? 'true' : 'false' },
    h('span', { class: `badge ${ok ? 'ok' : 'ng'}` }, ok ? 'OK' : 'NG'),
    h('span', { class: 'summary-line' }, summaryLine(counts, lang)),
  );
  const sections = run.map((t, ti) => {
    const files = filesWithIssues(t.report).map(({ file, issues }, fi) => fileView(file, t.result.files[fi], issues, `${ti}:${fi}`, state, ui, onChange));
    const whole = wholeSendIssues(t.report);
    const tOk = !everyIssue([t]).some(isError);
    return h(
      'section',
      { class: `transmission ${tOk ? 'ok' : 'ng'}`, 'data-key': t.key, 'data-scope': t.scope, 'data-ok': tOk ? 'true' : 'false' },
      h('h2', {}, `■ ${sendTitle(t.report, lang)}`),
      ...files,
      whole.length > 0 ? h('div', { class: 'whole' }, h('h3', {}, ui.whole), issueTable(whole, undefined, ui, lang)) : null,
    );
  });
  return h('div', { class: 'report-body' }, summary, ...sections);
}
