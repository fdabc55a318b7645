/**
 * Diagnoses: when the pattern of a file's issues says what happened to it, one line says so, so
 * that ten separate errors are read as one cause. Two causes are recognised:
 *
 * - 'excel-resaved': the export was opened and saved again by Excel (leading zeros gone from
 *   codes and numbers, dates written 2025/5/1, times with ':', numbers in exponent form, UTF-8 with
 *   a BOM from 「CSV UTF-8」, a heading row).
 * - 'utf16': the file is UTF-16 (Excel's 「Unicode テキスト」, some Windows tools).
 *
 * The evidence is read from the file's bytes and records while they are still at hand (before the
 * report drops them); a diagnosis holds counts only, never a value.
 */
import type { Issue } from '../core/issue.js';
import type { BundleFileResult } from '../bundle/types.js';
import { getTable, isKindId } from '../spec/kinds/index.js';
import { layoutFor } from '../spec/editions/index.js';
import type { Locale } from './messages/types.js';
import { parseFileNamed } from '../codec/parse-file.js';

/** How the file was read (so that it can be read again the same way). */
export interface DiagnoseOptions {
  readonly acceptUtf8?: boolean | undefined;
}

export type DiagnosisId = 'excel-resaved' | 'utf16';

/** What one kind of evidence counted. */
export type EvidenceId = 'leading-zeros' | 'date-slashes' | 'time-colons' | 'exponent' | 'utf8-bom' | 'header-row' | 'utf16-bom' | 'utf16-nuls';

export interface Diagnosis {
  readonly id: DiagnosisId;
  /** Each kind of evidence with how often it was seen. */
  readonly evidence: Readonly<Partial<Record<EvidenceId, number>>>;
}

const DIGITS = /^\d+$/;
/** Excel writes large numbers as 1.37E+09. */
const EXPONENT = /^\d(?:\.\d+)?E\+\d+$/i;
/** Codes whose value Excel turns into a number (losing leading zeros). */
const NUMERIC_CODES: ReadonlySet<string> = new Set([
  'FIELD_WRONG_LENGTH',
  'FIELD_INVALID_OFFICE_CODE',
  'FIELD_INVALID_INSURED_NUMBER',
  'FIELD_INVALID_SERVICE_TYPE',
  'FIELD_INVALID_SERVICE_CODE',
  'FIELD_INVALID_YYYYMM',
  'FIELD_INVALID_DATE',
  'FIELD_INVALID_TIME',
  'FIELD_UNKNOWN_CODE',
  'FIELD_NOT_DIGITS',
  'FIELD_INVALID_POSTAL_CODE',
]);

function utf16Evidence(bytes: Uint8Array | undefined): Partial<Record<EvidenceId, number>> | undefined {
  if (!bytes || bytes.length < 2) return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { 'utf16-bom': 1 };
  // ASCII text in UTF-16: every other byte is 0. Shift_JIS text has no NUL at all.
  const n = Math.min(bytes.length, 4096);
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  return nuls >= 8 && nuls * 3 >= n ? { 'utf16-nuls': nuls } : undefined;
}

type Values = readonly Readonly<Record<string, string>>[];

/**
 * The records of a file, for the values its issues point at. On the check path
 * (`records: false`) the result has none: the bytes are read again, which costs only for a file
 * with an issue that needs a value (a file that was valid is never read twice).
 */
function recordsOf(result: BundleFileResult, bytes: Uint8Array | undefined, options: DiagnoseOptions): Values {
  const kept = result.records as Values;
  const count = (result as { recordCount?: number }).recordCount ?? kept.length;
  if (kept.length > 0 || count === 0 || bytes === undefined) return kept;
  return parseFileNamed({ name: result.name, bytes }, result.filename, { acceptUtf8: options.acceptUtf8 }).records as Values;
}

/** The value a located issue points at. */
function valueAt(result: BundleFileResult, records: Values, issue: Issue): string | undefined {
  if (issue.record === undefined || issue.fieldNo === undefined || !result.kind || !isKindId(result.kind)) return undefined;
  const record = records[issue.record - 1];
  if (!record) return undefined;
  const table = layoutFor(result.kind, result.csvVersion) ?? getTable(result.kind);
  const field = table.fields.find((f) => f.no === issue.fieldNo);
  if (!field) return undefined;
  const v = record[field.key];
  return v === undefined ? undefined : v;
}

function lengthOf(result: BundleFileResult, issue: Issue): number | undefined {
  if (!result.kind || !isKindId(result.kind) || issue.fieldNo === undefined) return undefined;
  const table = layoutFor(result.kind, result.csvVersion) ?? getTable(result.kind);
  return table.fields.find((f) => f.no === issue.fieldNo)?.length;
}

/**
 * The diagnoses of one file from its bytes (when read) and its parse result (records still in it).
 * Issues are the file's own (bundle issues say nothing of how a file was saved).
 */
export function diagnoseFile(result: BundleFileResult, bytes?: Uint8Array, options: DiagnoseOptions = {}): Diagnosis[] {
  const out: Diagnosis[] = [];
  const utf16 = utf16Evidence(bytes);
  if (utf16) return [{ id: 'utf16', evidence: utf16 }];
  const ev: Partial<Record<EvidenceId, number>> = {};
  const add = (k: EvidenceId) => (ev[k] = (ev[k] ?? 0) + 1);
  let records: Values | undefined;
  for (const issue of result.issues) {
    if (issue.code === 'ENCODING_UTF8_BOM') add('utf8-bom');
    else if (issue.code === 'FILE_HEADER_ROW') add('header-row');
    else if (NUMERIC_CODES.has(issue.code)) {
      records ??= recordsOf(result, bytes, options);
      const v = valueAt(result, records, issue);
      if (v === undefined) continue;
      if (EXPONENT.test(v)) add('exponent');
      else if ((issue.code === 'FIELD_INVALID_DATE' || issue.code === 'FIELD_INVALID_YYYYMM') && /^\d{4}\/\d{1,2}(?:\/\d{1,2})?$/.test(v)) add('date-slashes');
      else if (issue.code === 'FIELD_INVALID_TIME' && /^\d{1,2}:\d{2}$/.test(v)) add('time-colons');
      else if (DIGITS.test(v)) {
        const len = lengthOf(result, issue);
        if (len !== undefined && v.length < len) add('leading-zeros');
      }
    }
  }
  const kinds = Object.keys(ev).length;
  // One kind of evidence is not enough (a single short number is a typing slip), but a BOM of
  // 「CSV UTF-8」 or a number in exponent form is Excel's own mark.
  if (kinds >= 2 || ev['utf8-bom'] !== undefined || ev.exponent !== undefined || (ev['date-slashes'] ?? 0) >= 3)
    out.push({ id: 'excel-resaved', evidence: ev });
  return out;
}

const EVIDENCE_JA: Readonly<Record<EvidenceId, (n: number) => string>> = {
  'leading-zeros': (n) => `先頭の0が消えた項目 ${n}件`,
  'date-slashes': (n) => `「/」入りの日付 ${n}件`,
  'time-colons': (n) => `「:」入りの時刻 ${n}件`,
  exponent: (n) => `「1.37E+09」形式の数値 ${n}件`,
  'utf8-bom': () => 'UTF-8（BOM付き）で保存',
  'header-row': () => '見出し行',
  'utf16-bom': () => 'UTF-16のBOM',
  'utf16-nuls': () => '1バイトおきの00',
};
const EVIDENCE_EN: Readonly<Record<EvidenceId, (n: number) => string>> = {
  'leading-zeros': (n) => `${n} field${n === 1 ? '' : 's'} lost leading zeros`,
  'date-slashes': (n) => `${n} date${n === 1 ? '' : 's'} with "/"`,
  'time-colons': (n) => `${n} time${n === 1 ? '' : 's'} with ":"`,
  exponent: (n) => `${n} number${n === 1 ? '' : 's'} like 1.37E+09`,
  'utf8-bom': () => 'saved as UTF-8 with a BOM',
  'header-row': () => 'a heading row',
  'utf16-bom': () => 'a UTF-16 byte order mark',
  'utf16-nuls': () => 'a 00 byte every other byte',
};

const evidenceText = (d: Diagnosis, locale: Locale) =>
  (Object.entries(d.evidence) as [EvidenceId, number][])
    .map(([k, n]) => (locale === 'ja' ? EVIDENCE_JA : EVIDENCE_EN)[k](n))
    .join(locale === 'ja' ? '、' : ', ');

/** What the diagnosis says, with its evidence. */
export function diagnosisMessage(d: Diagnosis, locale: Locale): string {
  const ev = evidenceText(d, locale);
  if (d.id === 'utf16')
    return locale === 'ja' ? `このファイルはUTF-16（Unicode テキスト）で保存されています（${ev}）` : `This file is saved as UTF-16 ("Unicode text") (${ev})`;
  return locale === 'ja'
    ? `このファイルはExcelなどで開いて保存し直されたと思われます（${ev}）。下の指摘の多くはそのためです`
    : `This file seems to have been opened and saved again by Excel or a similar program (${ev}); most issues below come from that`;
}

/** What to do about it. */
export function diagnosisAdvice(d: Diagnosis, locale: Locale): string {
  if (d.id === 'utf16')
    return locale === 'ja'
      ? '介護ソフトから文字コードShift_JIS（MS932）で出力し直してください。Excelの「Unicode テキスト」で保存したファイルは送れません'
      : 'Export the file again from the care software as Shift_JIS (MS932); files saved as "Unicode text" cannot be sent';
  return locale === 'ja'
    ? 'Excelで開いて保存し直さず、介護ソフトから出力したファイルをそのまま送ってください。中身を見るだけなら careplan-csv inspect かチェッカーページの「レコードを表示」を使ってください'
    : 'Do not open and save the file in Excel: send the file as the care software exported it. To look at it, use careplan-csv inspect or "Show records" on the checker page';
}
