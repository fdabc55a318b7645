/** The issue model shared by every layer: typed issues, problems, and the capped sink. */
import { ISSUE_CATALOGUE, ISSUE_CODE_DECLARATIONS, type IssueCode, type ParamsOf, type Severity } from './codes.js';
import { checkOneOf, describeValue } from './refuse.js';

export type { IssueCode, Severity, ParamsOf };

/** Generic view of any issue's params. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** Params that carry the offending value(s): only ever set when the caller asked for values (`reportValues`). */
export interface ValueParams {
  readonly value?: string | undefined;
  readonly values?: string | undefined;
}

export interface IssueLocation {
  /** File name, when known. */
  readonly file?: string | undefined;
  /** File kind, when known (used to name the field in reports). */
  readonly kind?: string | undefined;
  /** 1-based physical line. */
  readonly line?: number | undefined;
  /** 1-based data record (differs from line when a quoted field holds a newline). */
  readonly record?: number | undefined;
  /** The spec's 項目No. */
  readonly fieldNo?: number | undefined;
  readonly fieldKey?: string | undefined;
  /** 0-based byte offset in the file (encoding issues). */
  readonly offset?: number | undefined;
}

/** One issue of code `C`: its params are typed by the code's declaration. */
export type IssueOf<C extends IssueCode> = IssueLocation & {
  readonly code: C;
  readonly severity: Severity;
  /** Typed by the code; any other key reads as `string | number | undefined` for generic consumers. */
  readonly params?: (ParamsOf<C> & ValueParams & IssueParams) | undefined;
};

/** Any issue: a union discriminated by `code`. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

/** Params are required when the code declares a required one. */
type ParamsRequired<C extends IssueCode> = {} extends ParamsOf<C> ? false : true;

/** A problem before it has a location: a code and its params, as rules and checks return them. */
export type ProblemOf<C extends IssueCode> =
  ParamsRequired<C> extends true ? { readonly code: C; readonly params: ParamsOf<C> } : { readonly code: C; readonly params?: ParamsOf<C> };
export type Problem<C extends IssueCode = IssueCode> = C extends IssueCode ? ProblemOf<C> : never;

/** The trailing arguments of `makeIssue`/`IssueSink.add`: params (required when the code has required ones). */
export type ParamsArgs<C extends IssueCode> = ParamsRequired<C> extends true ? [params: ParamsOf<C> & ValueParams] : [params?: ParamsOf<C> & ValueParams];

/** Per-code severity overrides, e.g. `{ FILE_OLDER_CSV_VERSION: 'error' }`. */
export type SeverityOverrides = Partial<Record<IssueCode, Severity>>;

/**
 * 'default': arithmetic and consistency findings are warnings (the official client does not check
 * them, and a receiver recomputes its own claim). 'strict' (vendor tests): the warnings that the
 * spec or the 記載要領 state without doubt are errors. Doubts stay warnings under every profile.
 */
export type Profile = 'default' | 'strict';

const STRICT_OVERRIDES: SeverityOverrides = Object.fromEntries(
  Object.entries(ISSUE_CODE_DECLARATIONS)
    .filter(([, d]) => (d as { strict?: true }).strict === true)
    .map(([c]) => [c, 'error']),
);

/** The severity overrides a call works with: the profile's, then the caller's own (which win). */
export function severityOverridesFor(
  options: { readonly severity?: SeverityOverrides | undefined; readonly profile?: Profile | undefined },
  where = 'options',
): SeverityOverrides | undefined {
  const profile = checkOneOf(where, 'profile', options.profile, ['default', 'strict']);
  const severity = checkSeverityOverrides(where, options.severity);
  if (profile === undefined || profile === 'default') return severity;
  return { ...STRICT_OVERRIDES, ...severity };
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

/** Severity overrides given to the API: an object of known codes → 'error' | 'warning' | 'info'. */
function checkSeverityOverrides(where: string, severity: unknown): SeverityOverrides | undefined {
  if (severity === undefined) return undefined;
  if (typeof severity !== 'object' || severity === null || Array.isArray(severity))
    throw new TypeError(`${where}: severity must be an object of issue codes (got ${describeValue(severity)})`);
  for (const [code, value] of Object.entries(severity)) {
    if (!Object.hasOwn(ISSUE_CATALOGUE, code)) throw new RangeError(`${where}: severity names an unknown issue code (got ${describeValue(code)})`);
    checkOneOf(where, `severity.${code}`, value, SEVERITIES);
  }
  return severity as SeverityOverrides;
}

const LOCATION_KEYS = ['file', 'kind', 'line', 'record', 'fieldNo', 'fieldKey', 'offset'] as const;

/**
 * Makes an issue whose code is chosen at run time (a decoder's run of one of several codes), with
 * severity overrides applied. The params are not checked against the code here: prefer
 * `makeIssue` or `IssueSink.add`, which check them.
 */
export function createIssue(code: IssueCode, location: IssueLocation, params: object | undefined, overrides?: SeverityOverrides): Issue {
  return build(code, location, params, overrides);
}

function build(code: IssueCode, location: IssueLocation, params: object | undefined, overrides: SeverityOverrides | undefined): Issue {
  const issue: Record<string, unknown> = { code, severity: overrides?.[code] ?? ISSUE_CATALOGUE[code] };
  if (params !== undefined) issue.params = params;
  for (const k of LOCATION_KEYS) {
    const v = location[k];
    if (v !== undefined) issue[k] = v;
  }
  return issue as unknown as Issue;
}

/** Makes an issue with its default severity. */
export function makeIssue<C extends IssueCode>(code: C, location: IssueLocation = {}, ...params: ParamsArgs<C>): IssueOf<C> {
  return build(code, location, params[0], undefined) as IssueOf<C>;
}

/** Makes an issue from a problem, at a location, with optional value params. */
export function issueFromProblem(problem: Problem, location: IssueLocation, values?: ValueParams, overrides?: SeverityOverrides): Issue {
  const params = values ? { ...problem.params, ...values } : problem.params;
  return build(problem.code, location, params, overrides);
}

/**
 * True when any issue has error severity.
 *
 * @example
 * ```ts
 * import { hasErrors, parseFile } from 'careplan-csv';
 *
 * declare const bytes: Uint8Array;
 * if (hasErrors(parseFile({ bytes }, { kind: 'UPJSK' }).issues)) process.exitCode = 1;
 * ```
 */
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
  private severityOf(code: IssueCode): Severity {
    return this.overrides?.[code] ?? ISSUE_CATALOGUE[code];
  }
  /** Keeps an issue made elsewhere, adding the location keys of `at` that are defined. */
  push(issue: Issue, at?: IssueLocation): void {
    const severity = this.severityOf(issue.code);
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
  /** Adds an issue of `code` at `location`. */
  add<C extends IssueCode>(code: C, location: IssueLocation = {}, ...params: ParamsArgs<C>): void {
    if (this.kept >= this.max) {
      this.skip(1, this.severityOf(code) === 'error');
      return;
    }
    this.keep(build(code, location, params[0], this.overrides));
  }
  /**
   * Adds an issue even when the cap is full: for the issues that say reading stopped (records went
   * unread), which must never be left out.
   */
  addAlways<C extends IssueCode>(code: C, location: IssueLocation = {}, ...params: ParamsArgs<C>): void {
    this.keep(build(code, location, params[0], this.overrides));
  }
  /** Adds a problem (from a check or a rule) at `location`, with optional value params. */
  report(problem: Problem, location: IssueLocation, values?: ValueParams): void {
    if (this.kept >= this.max) {
      this.skip(1, this.severityOf(problem.code) === 'error');
      return;
    }
    this.keep(issueFromProblem(problem, location, values, this.overrides));
  }
  private keep(issue: Issue): void {
    this.issues.push(issue);
    this.kept++;
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
  /** How many more issues it keeps. */
  get room(): number {
    return Math.max(0, this.max - this.kept);
  }
  /** Takes the issues collected since the last drain (streaming). */
  drain(): Issue[] {
    return this.issues.splice(0, this.issues.length);
  }
  finish(location: IssueLocation = {}): Issue[] {
    if (this.dropped > 0) this.issues.push(build('FILE_ISSUES_TRUNCATED', location, { count: this.dropped }, this.overrides));
    return this.issues;
  }
  /** No error-severity issue, kept or left out. */
  get ok(): boolean {
    return !this.droppedError && !hasErrors(this.issues);
  }
}
