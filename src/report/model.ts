/**
 * What `check` (and the checker page) hands to the reporters: the sends it validated, in order.
 * One send (送信) is what the user is about to send: a folder, the files given, a drop on the page.
 * Each send has an id (its ファイル連番 and parties), its files, its transmission units and the
 * issues about it as a whole. A file carries its own issues, its diagnoses, and whether it was read.
 *
 * The model holds no record and no value: the CLI builds it right after a send is validated and
 * drops the records, so a folder of many sends does not accumulate them.
 */
import type { Issue } from '../core/issue.js';
import type { BundleFileResult, BundleResult, NotReadReason, TransmissionUnitResult } from '../bundle/types.js';
import type { FileKindId } from '../filenames/grammar.js';
import type { ParsedFilename } from '../filenames/parse.js';
import { diagnoseFile, type Diagnosis } from './diagnose.js';
import type { Locale } from './messages/types.js';

/**
 * 'single-file': one file alone (file rules and the per-send limits only); 'send': the files given
 * (a folder, several files, a drop) are one send; 'archive': a folder of many sends, split by
 * (ファイル連番, sender, receiver) (`check --archive`).
 */
export type CheckMode = 'single-file' | 'send' | 'archive';

/** A send's id: its ファイル連番 and parties as the file names give them (sorted, each once). */
export interface SendId {
  /** `20250420093000 1371200101-43→1371200202-11`, several of each joined by ',' ('' when no name parses). */
  readonly key: string;
  readonly timestamps: readonly string[];
  /** `office-serviceType` of each sender. */
  readonly senders: readonly string[];
  readonly receivers: readonly string[];
}

export interface FileReport {
  /** Base name (what the spec's rules read). */
  readonly name: string;
  /** The path as the user gave it (CLI), `-` for stdin; undefined on the page. */
  readonly path?: string | undefined;
  readonly kind: FileKindId | null;
  readonly csvVersion: string | null;
  /** Size in bytes, when known. */
  readonly size: number | null;
  /**
   * Records read; null when none were: the file was not read (`notRead` says why), or it is no CSV
   * of the standard (an attachment, a family image, a CSV of unknown kind).
   */
  readonly records: number | null;
  readonly notRead?: NotReadReason | undefined;
  readonly issues: readonly Issue[];
  readonly diagnoses: readonly Diagnosis[];
}

export interface SendReport {
  readonly id: SendId;
  readonly scope: 'single-file' | 'transmission';
  readonly files: readonly FileReport[];
  readonly units: readonly TransmissionUnitResult[];
  /** Issues about the send as a whole (limits, units, relations); those about one file name it. */
  readonly issues: readonly Issue[];
}

/** How the text and junit reports show the issues. */
export interface RenderOptions {
  /** Print the advice (「対処」) under each issue. */
  readonly explain?: boolean | undefined;
  /** Every issue on its own line (otherwise repeated issues of one code and field fold into one). */
  readonly all?: boolean | undefined;
  /** Only error-severity issues (the counts still count every issue). */
  readonly errorsOnly?: boolean | undefined;
}

export interface CheckRun {
  readonly mode: CheckMode;
  readonly sends: readonly SendReport[];
  readonly lang: Locale;
  readonly showValues: boolean;
  readonly render?: RenderOptions | undefined;
  /** The tool's version (package.json), for the JSON report. */
  readonly version?: string | undefined;
}

export interface Counts {
  files: number;
  /** Files not read (send limits or a fault). */
  unread: number;
  error: number;
  warning: number;
  info: number;
}

/** What `sendReport` needs besides the result. */
export interface SendReportInput {
  readonly scope: 'single-file' | 'transmission';
  /** Per file (same order as the result's files): its path as given and its bytes, when read. */
  readonly files?:
    readonly { readonly path?: string | undefined; readonly bytes?: Uint8Array | undefined; readonly filename?: ParsedFilename | undefined }[] | undefined;
  /** The files were read with `acceptUtf8` (a diagnosis may read one again). */
  readonly acceptUtf8?: boolean | undefined;
}

const uniqSorted = (xs: readonly string[]) => [...new Set(xs)].sort();

/** The id of a send: the ファイル連番 and parties of its files' names. */
export function sendId(filenames: readonly (Partial<ParsedFilename> | null | undefined)[]): SendId {
  const named = filenames.filter((f): f is Partial<ParsedFilename> => !!f?.timestamp);
  const timestamps = uniqSorted(named.map((f) => f.timestamp!));
  const senders = uniqSorted(named.map((f) => `${f.senderOffice ?? ''}-${f.senderServiceType ?? ''}`));
  const receivers = uniqSorted(named.map((f) => `${f.receiverOffice ?? ''}-${f.receiverServiceType ?? ''}`));
  const key = timestamps.length === 0 ? '' : `${timestamps.join(',')} ${senders.join(',')}→${receivers.join(',')}`;
  return { key, timestamps, senders, receivers };
}

/** Records read: null when none could be (the file was not read, or it is no CSV of the standard). */
const recordsOf = (f: BundleFileResult & { recordCount?: number }): number | null =>
  f.notRead || f.kind === null || f.kind === 'UPKIHON_IMAGE' ? null : (f.recordCount ?? f.records.length);

/**
 * The report of one validated send: files with their diagnoses (read from the bytes and records
 * while they are at hand), without records.
 */
export function sendReport(result: BundleResult, input: SendReportInput): SendReport {
  const files = result.files.map((f, i): FileReport => {
    const extra = input.files?.[i];
    return {
      name: f.name,
      path: extra?.path,
      kind: f.kind,
      csvVersion: f.csvVersion,
      size: Number.isFinite(f.size) ? f.size : null,
      records: recordsOf(f),
      notRead: f.notRead,
      issues: f.issues,
      diagnoses: f.notRead ? [] : diagnoseFile(f, extra?.bytes, { acceptUtf8: input.acceptUtf8 }),
    };
  });
  return { id: sendId(result.files.map((f) => f.filename)), scope: input.scope, files, units: result.units, issues: result.issues };
}

export function everyIssue(run: Pick<CheckRun, 'sends'>): Issue[] {
  const out: Issue[] = [];
  for (const s of run.sends) {
    for (const f of s.files) out.push(...f.issues);
    out.push(...s.issues);
  }
  return out;
}

export function countIssues(run: Pick<CheckRun, 'sends'>): Counts {
  const counts: Counts = { files: 0, unread: 0, error: 0, warning: 0, info: 0 };
  for (const s of run.sends) {
    counts.files += s.files.length;
    counts.unread += s.files.filter((f) => f.notRead !== undefined).length;
  }
  for (const i of everyIssue(run)) counts[i.severity]++;
  return counts;
}

/** True when no error-severity issue exists anywhere (exit 0). */
export const runOk = (run: Pick<CheckRun, 'sends'>): boolean => everyIssue(run).every((i) => i.severity !== 'error');

/** The heading of a send: its id, units and number of files. */
export function sendTitle(s: SendReport, lang: Locale): string {
  const n = s.files.length;
  const units = [...new Set(s.units.map((u) => u.unitIds.join('/')).filter(Boolean))];
  const what = [units.join(lang === 'ja' ? '、' : ', '), lang === 'ja' ? `${n}ファイル` : `${n} ${n === 1 ? 'file' : 'files'}`].filter(Boolean);
  if (!s.id.key) {
    return lang === 'ja'
      ? `送信（ファイル名から送信単位を判別できないファイル、${n}ファイル）`
      : `Send (files without a transmission in their name, ${n} ${n === 1 ? 'file' : 'files'})`;
  }
  return lang === 'ja' ? `送信 ${shortKey(s.id, lang)}（${what.join('、')}）` : `Send ${shortKey(s.id, lang)} (${what.join(', ')})`;
}

/** A send's id for a heading: many ファイル連番 or parties as the first, the last and how many. */
function shortKey(id: SendId, lang: Locale): string {
  const few = (xs: readonly string[]) =>
    xs.length <= 3 ? xs.join(',') : lang === 'ja' ? `${xs[0]}〜${xs[xs.length - 1]}（${xs.length}個）` : `${xs[0]}…${xs[xs.length - 1]} (${xs.length})`;
  return `${few(id.timestamps)} ${few(id.senders)}→${few(id.receivers)}`;
}

/** Bundle issues split by the file they concern (undefined key: the send as a whole). */
export function bundleIssuesByFile(send: Pick<SendReport, 'files' | 'issues'>): Map<string | undefined, Issue[]> {
  const map = new Map<string | undefined, Issue[]>();
  const names = new Set(send.files.map((f) => f.name));
  for (const i of send.issues) {
    const key = i.file !== undefined && names.has(i.file) ? i.file : undefined;
    const list = map.get(key) ?? [];
    list.push(i);
    map.set(key, list);
  }
  return map;
}

/** Why a file was not read, in words (the 「未検査」 line). */
export function notReadText(reason: NotReadReason, lang: Locale): string {
  if (reason === 'send-limits')
    return lang === 'ja' ? '未検査（送信の上限を超えているため、ファイルを読んでいません）' : 'not checked (the send is over its limits, so no file was read)';
  return lang === 'ja' ? '未検査（ファイルを読めませんでした。下の指摘を参照）' : 'not checked (the file could not be read; see below)';
}

/** A file's issues, then the bundle issues about it (each duplicated name gets them once). */
export function filesWithIssues(send: SendReport): { file: FileReport; issues: Issue[] }[] {
  const byFile = bundleIssuesByFile(send);
  return send.files.map((file) => {
    const issues = [...file.issues, ...(byFile.get(file.name) ?? [])];
    byFile.delete(file.name);
    return { file, issues };
  });
}

/** The issues about the send as a whole (naming no file of it). */
export const wholeSendIssues = (send: SendReport): Issue[] => bundleIssuesByFile(send).get(undefined) ?? [];

/** A group of issues of one code at one field of one file: shown as one line with a count. */
export interface IssueGroup {
  readonly first: Issue;
  readonly issues: readonly Issue[];
}

/**
 * Folds repeated issues: those of one code, severity and 項目No. at different lines or records of
 * one file become one group, placed where the first of them was. Issues without a line or record
 * (about a whole file or send) fold only when they say the same. With `all`, every issue is its own
 * group.
 */
export function foldIssues(issues: readonly Issue[], all = false): IssueGroup[] {
  if (all) return issues.map((i) => ({ first: i, issues: [i] }));
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const placed = i.line !== undefined || i.record !== undefined;
    const key = `${i.file ?? ''}\u0000${i.code}\u0000${i.severity}\u0000${i.fieldNo ?? ''}${placed ? '' : `\u0000${JSON.stringify(i.params ?? {})}\u0000${i.offset ?? ''}`}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.values()].map((g) => ({ first: g[0]!, issues: g }));
}

/** Drops the issues that an `errorsOnly` report leaves out. */
export const shownIssues = (issues: readonly Issue[], options: RenderOptions | undefined): Issue[] =>
  options?.errorsOnly ? issues.filter((i) => i.severity === 'error') : [...issues];
