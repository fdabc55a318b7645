/**
 * defineTable: one declaration per file kind. A malformed table (numbers not contiguous, duplicate
 * keys, empty code list, a code field without a list) throws when the module loads.
 */
import type { FieldSpec, LocalizedText } from './fields.js';
import type { IssueCode } from '../core/codes.js';

export type KindId =
  | 'UPHOSOKU'
  | 'UP1KYO'
  | 'DLT1KYO'
  | 'UP2KYO'
  | 'UP3KYO'
  | 'UPPLAN'
  | 'UPJSK'
  | 'DLTPLAN'
  | 'DLTJSK'
  | 'UPSIKYU'
  | 'UPKIHON'
  | 'DLTKIHON'
  | 'UPKIHON_SUB1'
  | 'UPKIHON_SUB2'
  | 'UPYOBO'
  | 'DLTYOBO'
  | 'UPYOBO_SUB';

/** A decoded record: every field's text, keyed by field key. Values are never converted, so nothing is lost. */
export type RecordValues = Readonly<Record<string, string>>;

export interface RuleIssue {
  readonly code: IssueCode;
  /** Field the issue points at (its No. is looked up from the table). */
  readonly fieldKey?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A cross-field rule on one record. Returns the problems it finds (empty when fine). */
export interface RecordRule {
  readonly id: string;
  readonly description: LocalizedText;
  readonly codes: readonly IssueCode[];
  check(record: RecordValues): readonly RuleIssue[];
}

export interface FileRuleIssue extends RuleIssue {
  /** 0-based index into the records array. */
  readonly recordIndex: number;
}

/**
 * A rule across the records of one file (e.g. uniqueness). Incremental, so that streams are
 * checked with memory bounded by the rule's own state: `start()` returns a checker that is fed
 * each record in order.
 */
export interface FileRule {
  readonly id: string;
  readonly description: LocalizedText;
  readonly codes: readonly IssueCode[];
  start(): (record: RecordValues, index: number) => readonly FileRuleIssue[];
}

/** Runs a file rule over a whole array of records. */
export function runFileRule(rule: FileRule, records: readonly RecordValues[]): FileRuleIssue[] {
  const check = rule.start();
  return records.flatMap((r, i) => check(r, i));
}

/** How the YYYYMM segment of the file name relates to the content. */
export type MonthInName =
  | { readonly kind: 'none' }
  /** The name carries the month; every record's field `fieldKey` must equal it. */
  | { readonly kind: 'target'; readonly fieldKey: string }
  /** UPHOSOKU: the name carries 000000 (1〜3表 unit) or the service month (6・7表 unit). */
  | { readonly kind: 'provide'; readonly fieldKey: string };

export interface TableSpec<Fields extends readonly FieldSpec[] = readonly FieldSpec[]> {
  readonly id: KindId;
  readonly title: LocalizedText;
  /** 第4.1版 section, for docs. */
  readonly section: string;
  readonly fields: Fields;
  readonly monthInName: MonthInName;
  /** One service month per file (UPPLAN/UPJSK/UPSIKYU/DLTPLAN/DLTJSK): the key of the month field. */
  readonly singleMonthField?: string;
  readonly recordRules: readonly RecordRule[];
  readonly fileRules: readonly FileRule[];
  /** Notes for the docs (record unit, row layout, doubts of the whole table). */
  readonly notes?: readonly string[];
}

export interface TableInput<Fields extends readonly FieldSpec[]> {
  readonly id: KindId;
  readonly title: LocalizedText;
  readonly section: string;
  readonly fields: Fields;
  readonly monthInName?: MonthInName;
  readonly singleMonthField?: string;
  readonly recordRules?: readonly RecordRule[];
  readonly fileRules?: readonly FileRule[];
  readonly notes?: readonly string[];
}

export function defineTable<const Fields extends readonly FieldSpec[]>(input: TableInput<Fields>): TableSpec<Fields> {
  const keys = new Set<string>();
  input.fields.forEach((f, i) => {
    if (f.no !== i + 1) throw new Error(`${input.id}: field #${i + 1} has No.${f.no}; numbers must be contiguous from 1`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(f.key)) throw new Error(`${input.id} No.${f.no}: key "${f.key}" is not ASCII camelCase`);
    if (keys.has(f.key)) throw new Error(`${input.id} No.${f.no}: duplicate key "${f.key}"`);
    keys.add(f.key);
    if (f.format === 'code' && (!f.codes || Object.keys(f.codes.codes).length === 0))
      throw new Error(`${input.id} No.${f.no}: code field without a code list`);
    if (f.format !== 'code' && f.codes) throw new Error(`${input.id} No.${f.no}: code list on a ${f.format} field`);
  });
  const known = (k: string | undefined) => {
    if (k !== undefined && !keys.has(k)) throw new Error(`${input.id}: unknown field key "${k}"`);
  };
  known(input.singleMonthField);
  if (input.monthInName && input.monthInName.kind !== 'none') known(input.monthInName.fieldKey);
  return {
    id: input.id,
    title: input.title,
    section: input.section,
    fields: input.fields,
    monthInName: input.monthInName ?? { kind: 'none' },
    singleMonthField: input.singleMonthField,
    recordRules: input.recordRules ?? [],
    fileRules: input.fileRules ?? [],
    notes: input.notes,
  } as TableSpec<Fields>;
}

/** The record type of a table: one string per field key. */
export type RecordOf<T extends TableSpec> = { [F in T['fields'][number] as F['key']]: string };
