/**
 * defineKind: one declaration per file kind of the standard: its fields, its file-name pattern,
 * who sends it, which records it links to (its parents), and, for a deletion, what it removes.
 * A malformed declaration (numbers not contiguous, duplicate keys, empty code list, a code field
 * without a list, a key that names no field) throws when the module loads.
 */
import type { IssueCode } from '../core/codes.js';
import type { FieldSpec, LocalizedText } from './fields.js';
import type { FileRule, RecordRule } from './rule.js';

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

/** Every file kind, the 家族構成 image (a JPEG, not a CSV) included. */
export type FileKindId = KindId | 'UPKIHON_IMAGE';

/** A decoded record: every field's text, keyed by field key. Values are never converted, so nothing is lost. */
export type RecordValues = Readonly<Record<string, string>>;

/** How the YYYYMM segment of the file name relates to the content. */
export type MonthInName =
  | { readonly kind: 'none' }
  /** The name carries the month; every record's field `fieldKey` must equal it. */
  | { readonly kind: 'target'; readonly fieldKey: string }
  /** UPHOSOKU: the name carries 000000 (1〜3表 unit) or the service month (6・7表 unit). */
  | { readonly kind: 'provide'; readonly fieldKey: string };

/**
 * Who sends a kind: the office that makes the plan (居宅介護支援事業所 / 介護予防支援事業所), or
 * the service provider (実績 and its deletion).
 */
export type Sender = 'planner' | 'provider';

/**
 * A field that names one party of the file name (第6表 No.6 プラン担当業者コード, No.24 更新業者コード).
 * The link is inferred (委託 may break it), so a mismatch is a warning, once per file.
 */
export interface NameLink {
  readonly fieldKey: string;
  /** The party of the name whose office number the field holds. */
  readonly party: 'sender' | 'receiver';
  /** Only when that party's service type in the name is one of these; a v3 name (no types) always. */
  readonly whenServiceType?: readonly string[];
  readonly code: Extract<IssueCode, 'FILE_PLAN_OFFICE_NAME_MISMATCH' | 'FILE_UPDATER_NAME_MISMATCH'>;
}

/** A child record links to a parent record of another kind by the same values of `keys` (本文 2.3 / 3.3). */
export interface ParentLink {
  readonly kind: KindId;
  readonly keys: readonly string[];
  readonly section: string;
}

/** What a deletion file removes: records of `kinds` (the deleted kind first, then its dependants). */
export interface Deletion {
  readonly kinds: readonly KindId[];
  /** Key fields on the deletion record. */
  readonly keys: readonly string[];
  /** The same keys on stored records; `serviceType` of 第6表 is the first two characters of サービスコード. */
  readonly targetKeys: readonly string[];
  readonly section: string;
}

interface KindBase {
  readonly id: FileKindId;
  readonly title: LocalizedText;
  /** The form's name as clerks know it (第6表, 利用者基本情報 …), Japanese first. */
  readonly formName: LocalizedText;
  /** 第4.1版 section, for docs. */
  readonly section: string;
  /** The file-name pattern (filenames/grammar.ts compiles it). */
  readonly filename: string;
  /**
   * A segment the 本文's example writes right after the prefix although the layout's naming rule
   * has none (UPKIHON: 000000, 本文 3.4). Such a name is read, with FILENAME_UPKIHON_MONTH_SEGMENT
   * (a doubt); names are always written without it.
   */
  readonly doubtfulLeadingSegment?: string;
  readonly sender: Sender;
  readonly parents: readonly ParentLink[];
  readonly notes?: readonly string[];
}

/** A kind whose files are CSVs of a field layout. */
export interface KindSpec<Fields extends readonly FieldSpec[] = readonly FieldSpec[]> extends KindBase {
  readonly id: KindId;
  readonly fields: Fields;
  readonly monthInName: MonthInName;
  /** One service month per file (UPPLAN/UPJSK/UPSIKYU/DLTPLAN/DLTJSK): the key of the month field. */
  readonly singleMonthField?: string;
  /** Deletion kinds: what the records remove. */
  readonly deletes?: Deletion;
  /** Fields that name a party of the file name (checked against it, as warnings). */
  readonly nameLinks?: readonly NameLink[];
  /** The rules that apply to this kind (attached by the rule registry, spec/rules/index.ts). */
  readonly recordRules: readonly RecordRule[];
  readonly fileRules: readonly FileRule[];
}

/** The 家族構成 image: a JPEG with a standard name, referenced by UPKIHON No.62. */
export interface AttachmentKindSpec extends KindBase {
  readonly id: 'UPKIHON_IMAGE';
}

/** The former name of a kind's declaration. */
export type TableSpec<Fields extends readonly FieldSpec[] = readonly FieldSpec[]> = KindSpec<Fields>;

export type KindInput<Fields extends readonly FieldSpec[]> = Omit<KindSpec<Fields>, 'monthInName' | 'recordRules' | 'fileRules' | 'parents'> & {
  readonly monthInName?: MonthInName;
  readonly parents?: readonly ParentLink[];
};

export function defineKind<const Fields extends readonly FieldSpec[]>(input: KindInput<Fields>): KindSpec<Fields> {
  const fail = (why: string): never => {
    throw new Error(`${input.id}: ${why}`);
  };
  const keys = new Set<string>();
  input.fields.forEach((f, i) => {
    if (f.no !== i + 1) fail(`field #${i + 1} has No.${f.no}; numbers must be contiguous from 1`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(f.key)) fail(`No.${f.no}: key "${f.key}" is not ASCII camelCase`);
    if (keys.has(f.key)) fail(`No.${f.no}: duplicate key "${f.key}"`);
    keys.add(f.key);
    if (f.format === 'code' && (!f.codes || Object.keys(f.codes.codes).length === 0)) fail(`No.${f.no}: code field without a code list`);
    if (f.format !== 'code' && f.codes) fail(`No.${f.no}: code list on a ${f.format} field`);
  });
  const known = (k: string | undefined, where: string) => {
    if (k !== undefined && !keys.has(k)) fail(`${where}: unknown field key "${k}"`);
  };
  known(input.singleMonthField, 'singleMonthField');
  if (input.monthInName && input.monthInName.kind !== 'none') known(input.monthInName.fieldKey, 'monthInName');
  for (const p of input.parents ?? []) for (const k of p.keys) known(k, `parent ${p.kind}`);
  for (const k of input.deletes?.keys ?? []) known(k, 'deletes');
  for (const l of input.nameLinks ?? []) known(l.fieldKey, 'nameLinks');
  return {
    ...input,
    monthInName: input.monthInName ?? { kind: 'none' },
    parents: input.parents ?? [],
    recordRules: [],
    fileRules: [],
  };
}

export function defineAttachmentKind(input: Omit<AttachmentKindSpec, 'parents'> & { readonly parents?: readonly ParentLink[] }): AttachmentKindSpec {
  return { ...input, parents: input.parents ?? [] };
}

/** The record type of a kind: one string per field key. */
export type RecordOf<T extends KindSpec> = { [F in T['fields'][number] as F['key']]: string };
