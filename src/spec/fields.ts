/**
 * Field declarations: the vocabulary in which every file kind of the spec is written down once.
 * Everything else (types, codec, validation, schemas, docs, arbitraries) is derived from these.
 */
import type { CodeList } from './codelists/types.js';

/** The formats of the spec's 書式 column, as this library checks them. */
export type FieldFormat =
  | 'yyyymm'
  | 'yyyymmdd'
  | 'hhmm'
  | 'free'
  | 'code'
  | 'integer'
  | 'decimal'
  | 'digits'
  | 'officeCode'
  | 'serviceType'
  | 'insuredNumber'
  | 'postalCode'
  | 'serviceCode'
  | 'dayFlags31'
  | 'taisCode'
  | 'phone'
  | 'text'
  | 'notUsed'
  /** 利用者基本情報 No.62: a 家族構成 image name (printed as フリーテキスト, so written quoted). */
  | 'imageFileName';

export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

/** How sure the transcription is of a rule: a doubtful rule is checked as a warning, never an error. */
export type Certainty = 'certain' | 'doubt';

export interface FieldSpec<K extends string = string> {
  /** 項目No. (1-based CSV column). */
  readonly no: number;
  /** ASCII camelCase key used in records. */
  readonly key: K;
  readonly name: LocalizedText;
  readonly format: FieldFormat;
  /** 項目長; undefined for ― (free length). Characters, not bytes. */
  readonly length?: number;
  /** digits/integer: true when the value must have exactly `length` characters. */
  readonly exact?: boolean;
  /** A longer value up to this many characters is only a warning (doubtful length in the transcription). */
  readonly tolerateLength?: number;
  /** 必須 ○. 'doubt' = the transcription is unsure; checked as a warning. */
  readonly required: false | Certainty;
  /** 必要 ○ (second column of 第3表 and the 介護予防 layouts). Never an error; see docs. */
  readonly necessary?: boolean;
  readonly codes?: CodeList;
  /** Extra accepted special values (e.g. 000000, 00000000, 9999). */
  readonly specialValues?: readonly string[];
  /** Personal data: masked in every report unless the caller asks for values. */
  readonly personal: boolean;
  /** Free text (always quoted on write). */
  readonly quoted: boolean;
  /** Smallest and largest value (numbers only). */
  readonly min?: number;
  readonly max?: number;
  /** Why a rule is doubtful, shown in docs. */
  readonly doubt?: string;
  /** The spec's own 書式/notes summarised, shown in docs. */
  readonly note?: string;
  /**
   * 第7表 only: a 必須 field that an empty value on a 種類別小計/全合計 row (No.9 {CD}AAAA/EEEE/ZZZZ,
   * 999999) leaves in doubt: there it is FIELD_REQUIRED_DOUBTFUL (a warning), on a detail line
   * FIELD_REQUIRED. The text says why.
   */
  readonly summaryRowDoubt?: string;
}

export interface FieldOptions {
  readonly length?: number;
  readonly exact?: boolean;
  readonly tolerateLength?: number;
  readonly required?: boolean | Certainty;
  readonly necessary?: boolean;
  readonly codes?: CodeList;
  readonly specialValues?: readonly string[];
  readonly personal?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly doubt?: string;
  readonly note?: string;
  readonly summaryRowDoubt?: string;
}

const PERSONAL_BY_FORMAT: ReadonlySet<FieldFormat> = new Set(['free', 'insuredNumber', 'postalCode', 'phone', 'imageFileName']);

/** The generic field builder; the named builders below only fix the format. */
export function field<K extends string>(no: number, key: K, name: LocalizedText, format: FieldFormat, options: FieldOptions = {}): FieldSpec<K> {
  const required = options.required === true ? 'certain' : options.required === false || options.required === undefined ? false : options.required;
  const { required: _ignored, personal, ...rest } = options;
  return {
    no,
    key,
    name,
    format,
    required,
    personal: personal ?? PERSONAL_BY_FORMAT.has(format),
    quoted: format === 'free' || format === 'imageFileName',
    ...rest,
  };
}

type Builder = <K extends string>(no: number, key: K, name: LocalizedText, options?: FieldOptions) => FieldSpec<K>;
const builder =
  (format: FieldFormat): Builder =>
  (no, key, name, options) =>
    field(no, key, name, format, options);

export const yyyymm = builder('yyyymm');
export const yyyymmdd = builder('yyyymmdd');
export const hhmm = builder('hhmm');
export const free = builder('free');
export const code = builder('code');
export const integer = builder('integer');
export const decimal = builder('decimal');
export const digits = builder('digits');
export const officeCode = builder('officeCode');
export const serviceType = builder('serviceType');
export const insuredNumber = builder('insuredNumber');
export const postalCode = builder('postalCode');
export const serviceCode = builder('serviceCode');
export const dayFlags31 = builder('dayFlags31');
export const taisCode = builder('taisCode');
export const phone = builder('phone');
export const text = builder('text');
export const notUsed = builder('notUsed');
export const imageFileName = builder('imageFileName');

/* Fields that recur in almost every layout, declared once. */
export const csvVersionField = (no = 1) =>
  yyyymm(
    no,
    'csvVersion',
    { ja: 'CSVバージョン', en: 'CSV version' },
    { length: 6, required: true, note: 'YYYYMM。1ファイル中に複数のCSVバージョンのレコードを混在させることはできない。' },
  );
export const insurerNumberField = (no = 2) =>
  digits(no, 'insurerNumber', { ja: '保険者番号', en: 'Insurer number' }, { length: 6, exact: true, required: true });
export const insuredNumberField = (no = 3) =>
  insuredNumber(
    no,
    'insuredNumber',
    { ja: '被保険者番号', en: 'Insured person number' },
    { length: 10, required: true, note: '10桁。生保単独の場合は先頭H＋数字9桁' },
  );
export const updaterCodeField = (no: number, note = '居宅支援事業者番号') =>
  officeCode(no, 'updaterCode', { ja: '更新業者コード', en: 'Updater office code' }, { length: 10, note });
export const identifierField = (no: number) => notUsed(no, 'identifier', { ja: '識別子', en: 'Identifier (not used)' }, { length: 1, note: '※使用しない' });

/**
 * The three fields every layout starts with (CSVバージョン, 保険者番号, 被保険者番号). `necessary`
 * marks them in the layouts that have the second ○ column 必要 (第3表, 介護予防).
 */
export const personKeyFields = (options: { necessary?: boolean } = {}) =>
  [
    { ...csvVersionField(), ...options },
    { ...insurerNumberField(), ...options },
    { ...insuredNumberField(), ...options },
  ] as const;
