/**
 * The JSON report of `check` (a stable contract; see --help): every key always present, absent
 * values as null, keys in a fixed order.
 */
import type { Issue } from '../core/issue.js';
import { fieldNameOf, issueMessage } from './format.js';
import type { Locale } from './messages/types.js';
import { recordCount, runOk, type CheckRun } from './model.js';
import { escapeJsonText } from './escape.js';

export interface IssueJson {
  code: string;
  severity: string;
  message: string;
  line: number | null;
  record: number | null;
  row: number | null;
  fieldNo: number | null;
  fieldName: string | null;
  file?: string | null;
}

export interface FileJson {
  name: string;
  kind: string | null;
  csvVersion: string | null;
  records: number;
  issues: IssueJson[];
}

export interface CheckJson {
  ok: boolean;
  files: FileJson[];
  bundle: { issues: IssueJson[] };
}

/** One issue in the report shape; `withFile` adds the `file` key (bundle issues only). */
export function issueJson(issue: Issue, lang: Locale, withFile = false): IssueJson {
  const out: IssueJson = {
    code: issue.code,
    severity: issue.severity,
    message: issueMessage(issue, lang),
    line: issue.line ?? null,
    record: issue.record ?? null,
    row: issue.record ?? null,
    fieldNo: issue.fieldNo ?? null,
    fieldName: fieldNameOf(issue, lang) ?? null,
  };
  if (withFile) out.file = issue.file ?? null;
  return out;
}

export function checkJson(run: CheckRun): CheckJson {
  const files: FileJson[] = [];
  const bundle: IssueJson[] = [];
  for (const t of run.transmissions) {
    for (const f of t.result.files) {
      files.push({
        name: f.name,
        kind: f.kind ?? null,
        csvVersion: f.csvVersion ?? null,
        records: recordCount(f as typeof f & { recordCount?: number }),
        issues: f.issues.map((i) => issueJson(i, run.lang)),
      });
    }
    for (const i of t.result.issues) bundle.push(issueJson(i, run.lang, true));
  }
  return { ok: runOk(run), files, bundle: { issues: bundle } };
}

export const renderJson = (run: CheckRun): string => `${escapeJsonText(JSON.stringify(checkJson(run), null, 2))}\n`;
