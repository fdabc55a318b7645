/**
 * defineRule: a rule of the standard as data. A rule names the kinds it applies to and the fields
 * it reads; it may read only those (the type of the record it gets has just those keys), and a
 * rule that reads a field its kind lacks fails when the registry loads (spec/rules/index.ts).
 *
 * A record rule looks at one record; a file rule is fed every record of a file in order (its state
 * is its own, so a stream is checked with bounded memory) and may report more at the end.
 */
import type { IssueCode, Problem } from '../core/issue.js';
import type { LocalizedText } from './fields.js';
import type { KindId } from './kind.js';

/** What a rule finds: a problem, and the field it concerns. */
export type Finding<C extends IssueCode = IssueCode> = Problem<C> & {
  /** Field the finding points at (its No. is looked up from the layout). */
  readonly fieldKey?: string;
};

/** A file rule's finding also says which record (0-based index in the file) it concerns. */
export type FileFinding<C extends IssueCode = IssueCode> = Finding<C> & { readonly recordIndex: number };

/** The values a rule reads: exactly the fields it declares. */
export type RuleRecord<R extends string> = { readonly [K in R]: string };

/**
 * What a rule may know besides the records: facts of the file's name, when it has a standard
 * one. A rule must give the same findings without a context as with the context of a file whose
 * name agrees with its content (the test kit runs rules without one).
 */
export interface RuleContext {
  /** The YYYYMM segment of the file name (UPHOSOKU: 000000 = linked to 1〜3表). */
  readonly nameMonth?: string | undefined;
}

const NO_CONTEXT: RuleContext = {};

interface RuleBase<C extends IssueCode, R extends string> {
  readonly id: string;
  readonly description: LocalizedText;
  /** Where the spec (or MHLW's 記載要領) states the rule. */
  readonly source: string;
  readonly kinds: readonly KindId[];
  readonly reads: readonly R[];
  readonly codes: readonly C[];
}

export interface RecordRule<C extends IssueCode = IssueCode, R extends string = string> extends RuleBase<C, R> {
  readonly scope: 'record';
  /** The findings of one record (the fields it reads only). */
  check(record: RuleRecord<R>, context: RuleContext): readonly Finding<C>[];
}

/** The checker a file rule starts for each file. */
export interface FileRuleChecker<C extends IssueCode = IssueCode, R extends string = string> {
  /**
   * Takes one record (0-based index); returns what it can tell at once. The record may be reused
   * for the next one (the check path refills one record per file): copy the values you keep,
   * never keep the record itself.
   */
  add(record: RuleRecord<R>, index: number): readonly FileFinding<C>[];
  /** After the last record: what only the whole file can tell. */
  finish?(): readonly FileFinding<C>[];
}

export interface FileRule<C extends IssueCode = IssueCode, R extends string = string> extends RuleBase<C, R> {
  readonly scope: 'file';
  /** A checker for one file: fed each record, then finished. */
  start(context: RuleContext): FileRuleChecker<C, R>;
}

export type Rule = RecordRule | FileRule;

const none: readonly never[] = [];
/** No finding (shared empty array). */
export const noFinding = <T>(): readonly T[] => none;

type RecordRuleInput<C extends IssueCode, R extends string> = Omit<RecordRule<C, R>, 'scope'>;
type FileRuleInput<C extends IssueCode, R extends string> = Omit<FileRule<C, R>, 'scope'>;

export function defineRule<const C extends IssueCode, const R extends string>(input: RecordRuleInput<C, R>): RecordRule<C, R>;
export function defineRule<const C extends IssueCode, const R extends string>(input: FileRuleInput<C, R>): FileRule<C, R>;
export function defineRule(input: RecordRuleInput<IssueCode, string> | FileRuleInput<IssueCode, string>): Rule {
  if (input.kinds.length === 0) throw new Error(`rule ${input.id}: no kinds`);
  if (input.codes.length === 0) throw new Error(`rule ${input.id}: no codes`);
  return 'start' in input ? { ...input, scope: 'file' } : { ...input, scope: 'record' };
}

/** Runs a record rule on one record (without a context unless given). */
export const checkRecordRule = <C extends IssueCode, R extends string>(
  rule: RecordRule<C, R>,
  record: Readonly<Record<string, string>>,
  context: RuleContext = NO_CONTEXT,
): readonly Finding<C>[] => rule.check(record as RuleRecord<R>, context);

/** Runs a file rule over a whole array of records. */
export function runFileRule(rule: FileRule, records: readonly Readonly<Record<string, string>>[], context: RuleContext = NO_CONTEXT): FileFinding[] {
  const checker = rule.start(context);
  const out = records.flatMap((r, i) => [...checker.add(r, i)]);
  return checker.finish ? [...out, ...checker.finish()] : out;
}
