/**
 * The issue catalogue: every stable code with its default severity and the types of its params,
 * declared once per layer in codes/. Codes are frozen `LAYER_SUBJECT_PROBLEM`; messages live in
 * report/messages (typed by these params, so a missing or misspelt param fails to compile).
 */
import { ACCOUNTING_BUNDLE_CODES, ACCOUNTING_FILE_CODES, ACCOUNTING_RECORD_CODES } from './codes/accounting.js';
import { describeValue } from './refuse.js';
import { BUNDLE_CODES } from './codes/bundle.js';
import { CSV_CODES } from './codes/csv.js';
import type { ParamsFromDecl } from './codes/define.js';
import { ENCODING_CODES } from './codes/encoding.js';
import { FIELD_CODES } from './codes/field.js';
import { FILE_CODES } from './codes/file.js';
import { FILENAME_CODES } from './codes/filename.js';
import { RECORD_CODES } from './codes/record.js';

export type { Severity, ParamType } from './codes/define.js';

/** Every code with its declaration, in the order of the docs (by layer). */
export const ISSUE_CODE_DECLARATIONS = {
  ...ENCODING_CODES,
  ...CSV_CODES,
  ...FIELD_CODES,
  ...RECORD_CODES,
  ...ACCOUNTING_RECORD_CODES,
  ...FILE_CODES,
  ...ACCOUNTING_FILE_CODES,
  ...FILENAME_CODES,
  ...BUNDLE_CODES,
  ...ACCOUNTING_BUNDLE_CODES,
} as const;

type Declarations = typeof ISSUE_CODE_DECLARATIONS;
export type IssueCode = keyof Declarations;

/** The params a code carries (values only when the caller asked for them: see `ValueParams`). */
export type ParamsOf<C extends IssueCode> = ParamsFromDecl<Declarations[C]['params']>;

/** Every code with its default severity. */
export const ISSUE_CATALOGUE = Object.fromEntries(Object.entries(ISSUE_CODE_DECLARATIONS).map(([c, d]) => [c, d.severity])) as {
  readonly [C in IssueCode]: Declarations[C]['severity'];
};
export const ISSUE_CODES = Object.keys(ISSUE_CODE_DECLARATIONS) as IssueCode[];

export type Layer = 'ENCODING' | 'CSV' | 'FIELD' | 'RECORD' | 'FILE' | 'FILENAME' | 'BUNDLE';
/**
 * The layer of a code: the part before its first `_`.
 *
 * @example
 * ```ts
 * import { layerOf } from 'careplan-csv';
 *
 * layerOf('BUNDLE_TOO_LARGE'); // 'BUNDLE'
 * ```
 */
export const layerOf = (code: IssueCode): Layer => checkIssueCode('layerOf', code).slice(0, code.indexOf('_')) as Layer;
/**
 * Anchor of the code in docs/issues.md.
 *
 * @example
 * ```ts
 * import { docsAnchor } from 'careplan-csv';
 *
 * `docs/issues.md#${docsAnchor('FIELD_TOO_LONG')}`; // 'docs/issues.md#field-too-long'
 * ```
 */
export const docsAnchor = (code: IssueCode): string => checkIssueCode('docsAnchor', code).toLowerCase().replace(/_/g, '-');

/** One of ISSUE_CODES, else a TypeError naming the function (never the value). */
export function checkIssueCode(where: string, code: unknown): IssueCode {
  if (typeof code === 'string' && Object.hasOwn(ISSUE_CODE_DECLARATIONS, code)) return code as IssueCode;
  throw new TypeError(`${where}: not an issue code (got ${describeValue(code)})`);
}
