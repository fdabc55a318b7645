/**
 * The JSON report of `check`, for programs (a stable contract: docs/report.schema.json). Every key
 * always present, absent values as null, keys in a fixed order. Keys are only ever added (the
 * schema's minor version), never removed or changed (its major version).
 *
 * Schema 2 keeps every key of the first report (`ok`, `files[{name, kind, csvVersion, records,
 * issues[{code, severity, message, line, record, row, fieldNo, fieldName}]}]`, `bundle.issues[… +
 * file]`) and adds: per issue its byte `offset`, its non-personal `params` and its `advice`; per
 * file its `path` as given, `size`, `formName`, `status` and why it was not read, `diagnoses` and
 * its `send`; per send its id, files, units and issues; a `summary` of counts; the tool `version`.
 */
import type { Issue } from '../core/issue.js';
import { fieldNameOf, issueAdvice, issueMessage } from './format.js';
import type { Locale } from './messages/types.js';
import { withoutValues } from './mask.js';
import { diagnosisAdvice, diagnosisMessage, type DiagnosisId, type EvidenceId } from './diagnose.js';
import { formName } from './words.js';
import { countIssues, notReadText, runOk, shownIssues, type CheckMode, type CheckRun, type RenderOptions } from './model.js';
import type { NotReadReason } from '../bundle/types.js';

/** The version of docs/report.schema.json that the report follows. */
export const REPORT_SCHEMA_VERSION = '2.0.0';
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
  /** Bytes from the start of the file, counted from 0 (encoding issues). */
  offset: number | null;
  /** The code's params, without any value (values may be personal data). */
  params: Record<string, string | number>;
  /** What to do (「対処」), in the report's language. */
  advice: string;
  file?: string | null;
  /** Index of the send in `sends` (bundle issues only). */
  send?: number;
}

export interface DiagnosisJson {
  id: DiagnosisId;
  evidence: Partial<Record<EvidenceId, number>>;
  message: string;
  advice: string;
}

export interface FileJson {
  name: string;
  kind: string | null;
  csvVersion: string | null;
  /** Records read; null when none were (the file was not read, or it is no CSV of the standard). */
  records: number | null;
  issues: IssueJson[];
  /** The path as given on the command line (`-` for stdin). */
  path: string | null;
  size: number | null;
  formName: string | null;
  status: 'checked' | 'not-read';
  notRead: { reason: NotReadReason; message: string } | null;
  diagnoses: DiagnosisJson[];
  send: number;
}

export interface SendJson {
  id: { key: string; timestamps: string[]; senders: string[]; receivers: string[] };
  scope: 'single-file' | 'transmission';
  files: string[];
  units: { timestamp: string; unitIds: string[]; files: string[] }[];
  issues: IssueJson[];
}

export interface CheckJson {
  ok: boolean;
  files: FileJson[];
  bundle: { issues: IssueJson[] };
  sends: SendJson[];
  summary: { errors: number; warnings: number; infos: number; files: number; unread: number };
  mode: CheckMode;
  version: string | null;
  schemaVersion: string;
}

/** The params of an issue that a report may carry (never a value). */
export const publicParams = (issue: Issue): Record<string, string | number> => ({ ...(withoutValues(issue).params ?? {}) }) as Record<string, string | number>;

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
    offset: issue.offset ?? null,
    params: publicParams(issue),
    advice: issueAdvice(issue, lang),
  };
  if (withFile) out.file = issue.file ?? null;
  return out;
}

export function checkJson(run: CheckRun): CheckJson {
  const files: FileJson[] = [];
  const bundle: IssueJson[] = [];
  const sends: SendJson[] = [];
  const lang = run.lang;
  const shown = (issues: readonly Issue[], options: RenderOptions | undefined) => shownIssues(issues, options);
  run.sends.forEach((s, si) => {
    for (const f of s.files) {
      files.push({
        name: f.name,
        kind: f.kind ?? null,
        csvVersion: f.csvVersion ?? null,
        records: f.records,
        issues: shown(f.issues, run.render).map((i) => issueJson(i, lang)),
        path: f.path ?? null,
        size: f.size,
        formName: f.kind ? (formName(f.kind, lang) ?? null) : null,
        status: f.notRead ? 'not-read' : 'checked',
        notRead: f.notRead ? { reason: f.notRead, message: notReadText(f.notRead, lang) } : null,
        diagnoses: f.diagnoses.map((d) => ({ id: d.id, evidence: { ...d.evidence }, message: diagnosisMessage(d, lang), advice: diagnosisAdvice(d, lang) })),
        send: si,
      });
    }
    const issues = shown(s.issues, run.render).map((i) => ({ ...issueJson(i, lang, true), send: si }));
    bundle.push(...issues);
    sends.push({
      id: { key: s.id.key, timestamps: [...s.id.timestamps], senders: [...s.id.senders], receivers: [...s.id.receivers] },
      scope: s.scope,
      files: s.files.map((f) => f.name),
      units: s.units.map((u) => ({ timestamp: u.timestamp, unitIds: [...u.unitIds], files: [...u.fileNames] })),
      issues,
    });
  });
  const c = countIssues(run);
  return {
    ok: runOk(run),
    files,
    bundle: { issues: bundle },
    sends,
    summary: { errors: c.error, warnings: c.warning, infos: c.info, files: c.files, unread: c.unread },
    mode: run.mode,
    version: run.version ?? null,
    schemaVersion: REPORT_SCHEMA_VERSION,
  };
}

export const renderJson = (run: CheckRun): string => `${escapeJsonText(JSON.stringify(checkJson(run), null, 2))}\n`;
