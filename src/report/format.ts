/** Rendering issues for people: the location first, then the message, in the chosen language. */
import type { Issue, IssueCode } from '../core/issue.js';
import { getTable, isKindId } from '../spec/kinds/index.js';
import { ja } from './messages/ja.js';
import { en } from './messages/en.js';
import { adviceJa } from './messages/advice-ja.js';
import { adviceEn } from './messages/advice-en.js';
import type { Advice, Locale, Messages } from './messages/types.js';

export type { Locale };
export const MESSAGES: Readonly<Record<Locale, Messages>> = { ja, en };
/** What to do about each code (「対処」), per language. */
export const ADVICE: Readonly<Record<Locale, Advice>> = { ja: adviceJa, en: adviceEn };
import { escapeLine } from './escape.js';
import { checkOneOf, checkOptions, describeValue } from '../core/refuse.js';
import { checkIssueCode } from '../core/codes.js';
const LOCALES: readonly Locale[] = ['ja', 'en'];

export interface FormatIssueOptions {
  /** Default 'ja'. */
  readonly locale?: Locale | undefined;
  /** Leave out the file name (when the report already groups by file). */
  readonly omitFile?: boolean | undefined;
}

/** Longest text param shown in a message (a caller's key, a name's extension…). */
const MAX_PARAM_SHOWN = 100;

/**
 * The params as a message shows them: every text param on one safe line (report/escape.ts) and
 * cut at MAX_PARAM_SHOWN, so that no param can move the cursor, forge a line or reorder the text.
 * (Params never hold a file's values: core/shape.ts.)
 */
function shownParams(params: object | undefined): object {
  if (params === undefined) return {};
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') continue;
    const safe = escapeLine(v, MAX_PARAM_SHOWN);
    if (safe !== v) (out ??= { ...params })[k] = safe;
  }
  return out ?? params;
}

/**
 * The message of an issue, without its location. Safe to print: its text params are escaped.
 *
 * @example
 * ```ts
 * import { issueMessage } from 'careplan-csv';
 *
 * issueMessage({ code: 'FIELD_TOO_LONG', severity: 'error', params: { max: 20, actual: 23 } }); // '項目長20を超えています（23文字）'
 * ```
 */
export function issueMessage(issue: Issue, locale: Locale = 'ja'): string {
  // The union of codes cannot be correlated with the union of messages by the compiler; the
  // message of each code is typed by that code's params (messages/types.ts).
  const message = MESSAGES[checkLocale('issueMessage', locale)][checkIssue('issueMessage', issue).code] as (p: object) => string;
  return message(shownParams(issue.params));
}

const checkLocale = (where: string, locale: unknown): Locale => checkOneOf(where, 'locale', locale, LOCALES) ?? 'ja';

/** An issue given to the API: an object with a known code. */
function checkIssue(where: string, issue: unknown): Issue {
  if (typeof issue !== 'object' || issue === null) throw new TypeError(`${where}: issue must be an issue object (got ${describeValue(issue)})`);
  checkIssueCode(where, (issue as { code?: unknown }).code);
  return issue as Issue;
}

/** Params that show as placeholders (`{max}`): what the docs render messages and advice with. */
const placeholders = (): object => new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `{${key}}` : undefined) });

/** The message of a code with its params shown as placeholders (`{max}`), for the docs. */
export function messageTemplate(code: IssueCode, locale: Locale): string {
  const message = MESSAGES[locale][code] as (p: object) => string;
  return message(placeholders());
}

/**
 * What to do about an issue (「対処」), e.g. 「ソフトの出力設定で文字コードをShift_JIS（MS932）にして…」.
 *
 * @example
 * ```ts
 * import { issueAdvice } from 'careplan-csv';
 *
 * issueAdvice({ code: 'ENCODING_UTF8_BOM' }); // 'ソフトの出力設定で文字コードを…'
 * ```
 */
export function issueAdvice(issue: Pick<Issue, 'code' | 'params'>, locale: Locale = 'ja'): string {
  const advice = ADVICE[locale][issue.code] as string | ((p: object) => string);
  return typeof advice === 'string' ? advice : advice(issue.params ?? {});
}

/** The advice of a code with its params shown as placeholders, for the docs. */
export function adviceTemplate(code: IssueCode, locale: Locale): string {
  const advice = ADVICE[locale][code] as string | ((p: object) => string);
  return typeof advice === 'string' ? advice : advice(placeholders());
}

/**
 * The spec's name of the field an issue points at (Japanese, or English with locale 'en').
 *
 * @example
 * ```ts
 * import { fieldNameOf } from 'careplan-csv';
 *
 * fieldNameOf({ kind: 'UPJSK', fieldNo: 3 }); // '被保険者番号'
 * fieldNameOf({ kind: 'UPJSK', fieldNo: 3 }, 'en'); // 'Insured person number'
 * ```
 */
export function fieldNameOf(issue: Pick<Issue, 'kind' | 'fieldKey' | 'fieldNo'>, locale: Locale = 'ja'): string | undefined {
  if (!issue.kind || !isKindId(issue.kind)) return undefined;
  const table = getTable(issue.kind);
  const field = issue.fieldKey !== undefined ? table.fields.find((f) => f.key === issue.fieldKey) : table.fields.find((f) => f.no === issue.fieldNo);
  return field?.name[locale];
}

const SEVERITY_LABEL: Record<Locale, Record<Issue['severity'], string>> = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
export const severityLabel = (s: Issue['severity'], locale: Locale = 'ja') => SEVERITY_LABEL[locale][s];

/** Makes a string safe to print on one terminal line (file names can be hostile): at most 300 UTF-16 units, escaped by {@link escapeLine}. */
export const printable = (s: string): string => escapeLine(String(s).slice(0, 300));

/** `47バイト目` / `byte 47`: a 0-based offset shown 1-based, as people count. */
export const byteLabel = (offset: number, locale: Locale = 'ja'): string => (locale === 'ja' ? `${offset + 1}バイト目` : `byte ${offset + 1}`);

/**
 * Where an issue is, for people: `UPJSK_…CSV:12 項目15「サービスコード」`, `12行目` when the file
 * is left out, `12行目 項目3「被保険者番号」（47バイト目）` for an encoding issue (bytes counted from
 * 1, as people count). Empty when it has no location.
 *
 * @example
 * ```ts
 * import { formatLocation } from 'careplan-csv';
 *
 * formatLocation({ code: 'FIELD_REQUIRED', severity: 'error', file: 'UPJSK_….CSV', kind: 'UPJSK', line: 12, fieldNo: 3 });
 * // 'UPJSK_….CSV:12 項目3「被保険者番号」'
 * ```
 */
export function formatLocation(issue: Issue, options: FormatIssueOptions = {}): string {
  const locale = options.locale ?? 'ja';
  const parts: string[] = [];
  const file = issue.file !== undefined && !options.omitFile ? printable(issue.file) : '';
  if (issue.line !== undefined) parts.push(file ? `${file}:${issue.line}` : locale === 'ja' ? `${issue.line}行目` : `line ${issue.line}`);
  else if (file) parts.push(file);
  if (issue.fieldNo !== undefined) {
    const name = fieldNameOf(issue, locale);
    parts.push(locale === 'ja' ? `項目${issue.fieldNo}${name ? `「${name}」` : ''}` : `field ${issue.fieldNo}${name ? ` "${name}"` : ''}`);
  } else if (issue.record !== undefined && issue.line === undefined) {
    parts.push(locale === 'ja' ? `${issue.record}件目` : `record ${issue.record}`);
  }
  if (issue.offset !== undefined) {
    const at = byteLabel(issue.offset, locale);
    if (issue.line === undefined && issue.fieldNo === undefined) parts.push(at);
    else if (parts.length > 0) parts[parts.length - 1] += locale === 'ja' ? `（${at}）` : ` (${at})`;
  }
  return parts.join(' ');
}

/**
 * Renders the location and the message, e.g.
 * `UPJSK_…CSV:12 項目15「サービスコード」: サービスコードは英数字6桁です`.
 *
 * @example
 * ```ts
 * import { formatIssue, parseFile } from 'careplan-csv';
 *
 * declare const bytes: Uint8Array;
 * for (const issue of parseFile({ name: 'UPJSK_….CSV', bytes }).issues) console.log(formatIssue(issue, { locale: 'en' }));
 * ```
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  checkOptions('formatIssue', options);
  checkLocale('formatIssue', options.locale);
  checkIssue('formatIssue', issue);
  const where = formatLocation(issue, options);
  const message = issueMessage(issue, options.locale ?? 'ja');
  return where ? `${where}: ${message}` : message;
}
