/** The human-readable report: grouped by transmission (directory mode) and by file. */
import type { Issue } from '../core/issue.js';
import { formatLocation, issueMessage, printable, severityLabel } from './format.js';
import type { Locale } from './messages/types.js';
import { issueValue, oneLine } from './mask.js';
import { bundleIssuesByFile, countIssues, recordCount, transmissionTitle, type CheckRun, type Counts } from './model.js';

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

export function summaryLine(c: Counts, lang: Locale): string {
  if (lang === 'ja') return `${c.files}ファイル: エラー ${c.error}件、警告 ${c.warning}件、情報 ${c.info}件`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(c.files, 'file')}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;
}

function fileHeading(f: { name: string; kind: string | null; csvVersion: string | null; records: readonly unknown[]; recordCount?: number }, lang: Locale): string {
  const n = recordCount(f);
  const parts = [f.kind ?? (lang === 'ja' ? '種類不明' : 'unknown kind')];
  if (f.csvVersion) parts.push(`CSV ${printable(f.csvVersion)}`);
  if (f.kind && f.kind !== 'UPKIHON_IMAGE') parts.push(lang === 'ja' ? `${n}件` : `${n} ${n === 1 ? 'record' : 'records'}`);
  return `${printable(f.name)} (${parts.join(lang === 'ja' ? '、' : ', ')})`;
}

export function renderText(run: CheckRun): string {
  const { lang, showValues } = run;
  const out: string[] = [];
  const opts: IssueLineOptions = { lang, showValues };
  for (const t of run.transmissions) {
    if (run.mode === 'directory') {
      if (out.length > 0) out.push('');
      out.push(`■ ${transmissionTitle(t, lang)}`);
    }
    const byFile = bundleIssuesByFile(t.result);
    for (const f of t.result.files) {
      const issues = [...f.issues, ...(byFile.get(f.name) ?? [])];
      byFile.delete(f.name); // a duplicated name gets its bundle issues once
      out.push(`${fileHeading(f, lang)}${issues.length === 0 ? (lang === 'ja' ? ' 問題なし' : ' OK') : ''}`);
      for (const i of issues) out.push(`  ${issueLine(i, opts)}`);
    }
    const whole = byFile.get(undefined) ?? [];
    if (whole.length > 0) {
      out.push(lang === 'ja' ? '送信全体' : 'Transmission as a whole');
      for (const i of whole) out.push(`  ${issueLine(i, opts)}`);
    }
  }
  if (out.length > 0) out.push('');
  out.push(summaryLine(countIssues(run), lang));
  return `${out.join('\n')}\n`;
}
