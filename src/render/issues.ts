/**
 * Issues → cells. Each file's issues (its own and the send's issues naming it) are indexed by
 * record and field; a form asks for the issues of the cells it draws, numbers them ※1, ※2… in the
 * order they are drawn, and lists every issue of its records that no cell took at its top.
 */
import { withoutValues } from '../report/mask.js';
import { formatIssue } from '../report/format.js';
import { type Issue } from '../core/issue.js';
import type { FieldSpec } from '../spec/fields.js';
import type { RenderInputFile } from './types.js';
import { text } from './html.js';

export interface FileIssues {
  /** record index (0-based) → field key ('' for the record as a whole) → issues. */
  readonly byRecord: ReadonlyMap<number, ReadonlyMap<string, readonly Issue[]>>;
  /** Issues of the file as a whole, or of rows that are not records. */
  readonly fileLevel: readonly Issue[];
}

/** Indexes the issues of `file` (and the send's issues that name it) by record index and field key. */
export function indexIssues(file: RenderInputFile, fields: readonly FieldSpec[] | null, sendIssues: readonly Issue[]): FileIssues {
  const byNumber = new Map<number, number>();
  file.records.forEach((_, i) => byNumber.set(file.recordNumbers?.[i] ?? i + 1, i));
  const byLine = new Map<number, number>();
  file.lines?.forEach((line, i) => {
    if (!byLine.has(line)) byLine.set(line, i);
  });
  const byRecord = new Map<number, Map<string, Issue[]>>();
  const fileLevel: Issue[] = [];
  const all = [...file.issues, ...sendIssues.filter((i) => i.file === file.name)];
  for (const issue of all) {
    // A line pins the record exactly (parse and send issues agree on lines; record numbers of
    // send issues count records only, those of parse issues count rejected rows too).
    let index: number | undefined;
    if (issue.line !== undefined && file.lines) index = byLine.get(issue.line);
    if (index === undefined && issue.record !== undefined && !(issue.line !== undefined && file.lines)) index = byNumber.get(issue.record);
    if (index === undefined) {
      fileLevel.push(issue);
      continue;
    }
    let key = '';
    if (issue.fieldKey !== undefined && fields?.some((f) => f.key === issue.fieldKey)) key = issue.fieldKey;
    else if (issue.fieldNo !== undefined && fields) key = fields[issue.fieldNo - 1]?.key ?? '';
    let rec = byRecord.get(index);
    if (!rec) byRecord.set(index, (rec = new Map()));
    const list = rec.get(key);
    if (list) list.push(issue);
    else rec.set(key, [issue]);
  }
  return { byRecord, fileLevel };
}

const SEVERITY: Record<'ja' | 'en', Record<Issue['severity'], string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** One issue as a line of HTML: severity, location in the file, message. */
export function issueLine(issue: Issue, locale: 'ja' | 'en', showValues: boolean): string {
  const shown = showValues ? issue : withoutValues(issue);
  let msg: string;
  try {
    msg = formatIssue(shown, { locale, omitFile: true });
  } catch {
    // An issue code this library has no message for (another version's): print the code and place.
    msg = `${issue.code}${issue.record !== undefined ? ` #${issue.record}` : ''}${issue.fieldNo !== undefined ? ` No.${issue.fieldNo}` : ''}`;
  }
  return `<span class="sev sev-${issue.severity}">${SEVERITY[locale][issue.severity]}</span> ${text(msg)}`;
}

const RANK: Record<Issue['severity'], number> = { error: 3, warning: 2, info: 1 };
export const worst = (issues: readonly Issue[]): Issue['severity'] | null =>
  issues.reduce<Issue['severity'] | null>((w, i) => (w === null || RANK[i.severity] > RANK[w] ? i.severity : w), null);
