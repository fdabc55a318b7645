/** The issue model shared by every layer. */
import { ISSUE_CATALOGUE, type IssueCode, type Severity } from './codes.js';
import type { KindId } from './table.js';

export type { IssueCode, Severity };
export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly params?: IssueParams;
  /** File name, when known. */
  readonly file?: string;
  /** File kind, when known (used to name the field in reports). */
  readonly kind?: KindId;
  /** 1-based physical line. */
  readonly line?: number;
  /** 1-based data record (differs from line when a quoted field holds a newline). */
  readonly record?: number;
  /** The spec's 項目No. */
  readonly fieldNo?: number;
  readonly fieldKey?: string;
  /** 0-based byte offset in the file (encoding issues). */
  readonly offset?: number;
}

export type IssueLocation = Pick<Issue, 'file' | 'kind' | 'line' | 'record' | 'fieldNo' | 'fieldKey' | 'offset'>;

/** Per-code severity overrides, e.g. `{ FILE_OLDER_CSV_VERSION: 'error' }`. */
export type SeverityOverrides = Partial<Record<IssueCode, Severity>>;

const LOCATION_KEYS = ['file', 'kind', 'line', 'record', 'fieldNo', 'fieldKey', 'offset'] as const;

export function makeIssue(code: IssueCode, location: IssueLocation = {}, params?: IssueParams, overrides?: SeverityOverrides): Issue {
  const severity = overrides?.[code] ?? ISSUE_CATALOGUE[code];
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = { code, severity };
  if (params !== undefined) issue.params = params;
  for (const k of LOCATION_KEYS) {
    const v = location[k];
    if (v !== undefined) (issue as Record<string, unknown>)[k] = v;
  }
  return issue;
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

/**
 * Collects issues up to a cap, so that a hostile file cannot make the report itself huge.
 * Past the cap it only counts; `finish()` appends one FILE_ISSUES_TRUNCATED summary.
 */
export class IssueSink {
  readonly issues: Issue[] = [];
  private dropped = 0;
  /** Issues kept so far, drained ones included. */
  private kept = 0;
  /** An error-severity issue was left out: the result is still not ok. */
  droppedError = false;
  constructor(
    private readonly max = Infinity,
    readonly overrides?: SeverityOverrides,
  ) {}
  /** Keeps an issue, adding the location keys of `at` that are defined. */
  push(issue: Issue, at?: IssueLocation): void {
    const severity = this.overrides?.[issue.code] ?? issue.severity;
    if (this.kept >= this.max) {
      this.skip(1, severity === 'error');
      return;
    }
    let final: Issue = severity !== issue.severity ? { ...issue, severity } : issue;
    if (at) {
      const merged: Record<string, unknown> = { ...final };
      for (const k of LOCATION_KEYS) if (at[k] !== undefined) merged[k] = at[k];
      final = merged as unknown as Issue;
    }
    this.issues.push(final);
    this.kept++;
  }
  pushAll(issues: readonly Issue[], at?: IssueLocation): void {
    for (const i of issues) this.push(i, at);
  }
  add(code: IssueCode, location: IssueLocation = {}, params?: IssueParams): void {
    if (this.kept >= this.max) {
      this.skip(1, (this.overrides?.[code] ?? ISSUE_CATALOGUE[code]) === 'error');
      return;
    }
    this.push(makeIssue(code, location, params, this.overrides));
  }
  /**
   * Puts issues at position `mark`, as if they had been pushed before the ones kept since then,
   * and keeps the cap: issues that no longer fit are counted as left out, as they would have been.
   * For a fast path that learns only later of issues that come first (parseFile's byte scanner).
   */
  insertAt(mark: number, issues: readonly Issue[], at?: IssueLocation): void {
    const later = this.issues.splice(mark);
    this.kept -= later.length;
    for (const i of issues) this.push(i, at);
    for (const i of later) this.push(i);
  }
  /** Counts issues left out elsewhere (e.g. by the tokenizer's own cap). */
  skip(count: number, anyError: boolean): void {
    this.dropped += count;
    if (anyError) this.droppedError = true;
  }
  get full(): boolean {
    return this.kept >= this.max;
  }
  /** Takes the issues collected since the last drain (streaming). */
  drain(): Issue[] {
    return this.issues.splice(0, this.issues.length);
  }
  finish(location: IssueLocation = {}): Issue[] {
    if (this.dropped > 0) this.issues.push(makeIssue('FILE_ISSUES_TRUNCATED', location, { count: this.dropped }, this.overrides));
    return this.issues;
  }
  /** No error-severity issue, kept or left out. */
  get ok(): boolean {
    return !this.droppedError && !hasErrors(this.issues);
  }
}
