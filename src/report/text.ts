/**
 * The human-readable report: per send (its id, units and files), per file its kind with the form's
 * name, whether it was read (「未検査」 and why, never 「問題なし」 for a file not read), its
 * diagnoses, and its issues — repeated ones folded into one line with a count unless `all` — each
 * with its advice (「対処」) when `explain`.
 */
import type { Issue } from '../core/issue.js';
import { formatLocation, issueAdvice, issueMessage, printable, severityLabel } from './format.js';
import type { Locale } from './messages/types.js';
import { issueValue, oneLine } from './mask.js';
import { diagnosisAdvice, diagnosisMessage } from './diagnose.js';
import { formName } from './words.js';
import {
  countIssues,
  filesWithIssues,
  foldIssues,
  notReadText,
  sendTitle,
  shownIssues,
  wholeSendIssues,
  type CheckRun,
  type Counts,
  type FileReport,
  type IssueGroup,
} from './model.js';

export interface IssueLineOptions {
  readonly lang: Locale;
  /** Append the offending value when the issue carries one (--show-values). */
  readonly showValues: boolean;
  /** Leave the file name out (inspect: one file only); the line number stays. */
  readonly omitFile?: boolean;
}

/**
 * `<severity> <file>:<line> 項目<No>「<name>」 <CODE>: <message>`.
 */
export function issueLine(issue: Issue, options: IssueLineOptions): string {
  const { lang } = options;
  const message = issueMessage(issue, lang);
  const where = formatLocation(issue, { locale: lang, omitFile: options.omitFile === true });
  let line = `${severityLabel(issue.severity, lang)} ${where ? `${where} ` : ''}${issue.code}: ${message}`;
  if (options.showValues) {
    const v = issueValue(issue);
    if (v !== undefined) line += lang === 'ja' ? ` 値「${oneLine(v)}」` : ` value "${oneLine(v)}"`;
  }
  return line;
}

/** How many places a folded line lists before 「…」. */
const PLACES = 5;

/** `（同じ指摘がほかに39件: 13, 14, 15, 16, 17行目 …）`: the count and the first places of a fold. */
function foldSuffix(group: IssueGroup, lang: Locale): string {
  const rest = group.issues.slice(1);
  if (rest.length === 0) return '';
  const lines = rest.map((i) => i.line).filter((l): l is number => l !== undefined);
  const records = rest.map((i) => i.record).filter((r): r is number => r !== undefined);
  let places = '';
  if (lines.length === rest.length) places = lang === 'ja' ? `${lines.slice(0, PLACES).join(', ')}行目` : `lines ${lines.slice(0, PLACES).join(', ')}`;
  else if (records.length === rest.length)
    places = lang === 'ja' ? `${records.slice(0, PLACES).join(', ')}件目` : `records ${records.slice(0, PLACES).join(', ')}`;
  const more = places && rest.length > PLACES ? ' …' : '';
  if (lang === 'ja') return `（同じ指摘がほかに${rest.length}件${places ? `: ${places}${more}` : ''}。すべて表示するには --all）`;
  return ` (${rest.length} more like it${places ? `: ${places}${more}` : ''}; --all shows each)`;
}

/** The lines of a list of issues: folded, each with its advice when asked. */
export function issueLines(issues: readonly Issue[], run: Pick<CheckRun, 'lang' | 'showValues' | 'render'>, indent = '  ', omitFile = false): string[] {
  const out: string[] = [];
  const opts: IssueLineOptions = { lang: run.lang, showValues: run.showValues, omitFile };
  for (const g of foldIssues(shownIssues(issues, run.render), run.render?.all === true)) {
    out.push(`${indent}${issueLine(g.first, opts)}${foldSuffix(g, run.lang)}`);
    if (run.render?.explain) out.push(`${indent}  ${run.lang === 'ja' ? '対処' : 'What to do'}: ${issueAdvice(g.first, run.lang)}`);
  }
  return out;
}

export function summaryLine(c: Counts, lang: Locale): string {
  if (lang === 'ja') return `${c.files}ファイル${c.unread > 0 ? `（未検査 ${c.unread}）` : ''}: エラー ${c.error}件、警告 ${c.warning}件、情報 ${c.info}件`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(c.files, 'file')}${c.unread > 0 ? ` (${c.unread} not checked)` : ''}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;
}

/** `UPPLAN_….CSV (UPPLAN 第6表（サービス利用票）予定、CSV 202407、55件)`. */
export function fileHeading(f: FileReport, lang: Locale): string {
  const sep = lang === 'ja' ? '、' : ', ';
  const parts: string[] = [];
  if (f.kind) parts.push(`${f.kind} ${formName(f.kind, lang) ?? ''}`.trim());
  else parts.push(lang === 'ja' ? '種類不明' : 'unknown kind');
  if (f.csvVersion) parts.push(`CSV ${printable(f.csvVersion)}`);
  if (f.notRead) parts.push(lang === 'ja' ? '未検査' : 'not checked');
  else if (f.records !== null) parts.push(lang === 'ja' ? `${f.records}件` : `${f.records} ${f.records === 1 ? 'record' : 'records'}`);
  return `${printable(f.name)} (${parts.join(sep)})`;
}

export function renderText(run: CheckRun): string {
  const { lang } = run;
  const out: string[] = [];
  for (const s of run.sends) {
    if (run.mode !== 'single-file') {
      if (out.length > 0) out.push('');
      out.push(`■ ${sendTitle(s, lang)}`);
    }
    for (const { file, issues } of filesWithIssues(s)) {
      const clean = !file.notRead && issues.length === 0;
      out.push(`${fileHeading(file, lang)}${clean ? (lang === 'ja' ? ' 問題なし' : ' OK') : ''}`);
      if (file.notRead) out.push(`  ${notReadText(file.notRead, lang)}`);
      for (const d of file.diagnoses) {
        out.push(`  ${lang === 'ja' ? '診断' : 'Diagnosis'}: ${diagnosisMessage(d, lang)}`);
        out.push(`    ${lang === 'ja' ? '対処' : 'What to do'}: ${diagnosisAdvice(d, lang)}`);
      }
      out.push(...issueLines(issues, run));
    }
    const whole = wholeSendIssues(s);
    if (shownIssues(whole, run.render).length > 0) {
      out.push(lang === 'ja' ? '送信全体' : 'The send as a whole');
      out.push(...issueLines(whole, run));
    }
  }
  if (out.length > 0) out.push('');
  const counts = countIssues(run);
  if (counts.error + counts.warning > 0 && !run.render?.explain)
    out.push(lang === 'ja' ? '（それぞれの対処は --explain を付けると表示されます）' : '(add --explain to see what to do about each issue)');
  out.push(summaryLine(counts, lang));
  return `${out.join('\n')}\n`;
}
