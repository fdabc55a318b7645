/** Where each issue code comes from: the spec sentence (or the library's own decision) behind it. */
import type { IssueCode } from '../core/codes.js';
import { RULES } from './rules/index.js';

const ENC = '第4.1版 1 文字コード: Shift-JIS（MS932）とし、範囲外の文字は含まない。外字の利用は不可';
const CSV_Q = '別紙 ※フリーテキストは""（半角）で囲い、改行、半角カンマ（,）は削除しない。"は""に変換してエスケープ';
const LIB = 'Library decision (README, "How this library reads the spec"): tolerant reading, reported so the sender can fix it';
const LAYOUT = '別紙 CSVファイルレイアウト定義書: 項目長・必須・書式';
const UNITS = '本文 2.4 / 3.4: 下記ファイルの組み合わせをファイル送信の単位とし、各ファイルで同じファイル連番をつける';
const SEND = 'ケアプランデータ連携システム: 1回の送信は30ファイル・10MBまで、拡張子CSV/PDF/JPEG/JPG/GIF/PNG/TXT';
const NAME = '別紙 ファイル名称規約';

/** The sources of the codes that no rule declares (a rule's codes take the rule's own `source`). */
export const CODE_SOURCES: Readonly<Partial<Record<IssueCode, string>>> = {
  ENCODING_INVALID_BYTES: ENC,
  ENCODING_GAIJI: ENC,
  ENCODING_UNREPRESENTABLE_CHAR: ENC,
  ENCODING_UTF8_INPUT: ENC,
  ENCODING_UTF8_BOM: ENC,
  ENCODING_CONTROL_CHARACTER: `${ENC}; control characters are never valid text (Node's decoder also maps 0x1A/0x1C/0x7F differently from the web standard)`,
  ENCODING_CHAR_NORMALIZED: 'Library option normalize: 範囲外の文字はMS932の範囲内で有効な文字に変換すること',
  ENCODING_NON_CANONICAL_BYTES: `${LIB}; Microsoft's encoder writes one canonical byte sequence per character`,
  CSV_LF_LINE_ENDING: `${LIB}; the spec does not name the line ending, CRLF is written`,
  CSV_CR_LINE_ENDING: LIB,
  CSV_NO_FINAL_NEWLINE: LIB,
  CSV_EMPTY_LINE: LIB,
  CSV_UNTERMINATED_QUOTE: CSV_Q,
  CSV_STRAY_QUOTE: CSV_Q,
  CSV_TEXT_AFTER_QUOTE: CSV_Q,
  CSV_TOO_MANY_FIELDS: `${LIB}; no layout has more than 63 fields, so a record is read as at most 1024 fields and the rest of its text as one more, which keeps a hostile line from costing memory per comma`,
  CSV_UNQUOTED_FREE_TEXT: CSV_Q,
  CSV_QUOTED_NON_FREE_FIELD: `${LIB}; the spec prescribes quotes only for free text`,
  FIELD_REQUIRED: `${LAYOUT} (必須 ○)`,
  FIELD_REQUIRED_DOUBTFUL: `${LAYOUT} (必須 ○ whose position the transcription doubts: a warning)`,
  FIELD_NECESSARY_EMPTY: `${LAYOUT} (the undefined 必要 column of 第3表 and the 介護予防 layouts: info only)`,
  FIELD_TOO_LONG: `${LAYOUT} (項目長)`,
  FIELD_TOO_LONG_DOUBTFUL: `${LAYOUT} (項目長 the transcription doubts, e.g. 第7表 No.17/No.30)`,
  FIELD_WRONG_LENGTH: `${LAYOUT} (保険者番号 6桁 and other fixed-width numbers)`,
  FIELD_INVALID_YYYYMM: `${LAYOUT} (書式 YYYYMM)`,
  FIELD_INVALID_DATE: `${LAYOUT} (書式 YYYYMMDD: a real calendar date)`,
  FIELD_INVALID_TIME: `${LAYOUT} (書式 HHMM; 第6表 No.12/13 also 9999)`,
  FIELD_NOT_DIGITS: LAYOUT,
  FIELD_INVALID_INTEGER: `${LAYOUT} (整数)`,
  FIELD_INVALID_DECIMAL: `${LAYOUT} (第7表 No.23 単位数単価: 99.99 形式)`,
  FIELD_OUT_OF_RANGE: `${LAYOUT} (第2表 課題ＮＯ・援助目標ＮＯ・援助内容ＮＯ １～99)`,
  FIELD_INVALID_OFFICE_CODE: `${LAYOUT} (事業所番号 10桁)`,
  FIELD_INVALID_SERVICE_TYPE: `${NAME} / layouts: サービス種類コード（2桁）`,
  FIELD_INVALID_INSURED_NUMBER: `${LAYOUT}: 被保険者番号。生保単独の場合は先頭H＋数字9桁`,
  FIELD_INVALID_POSTAL_CODE: `${LAYOUT} (XXX-XXXX)`,
  FIELD_INVALID_SERVICE_CODE: `${LAYOUT}: 介護給付費単位数等サービスコード（6桁）`,
  FIELD_INVALID_DAY_FLAGS: '第6表 No.11: 日割対象日は31桁で日割請求可能日については"1"を設定する',
  FIELD_INVALID_TAIS_CODE: '第6表 No.16/17, 第7表 No.10/11: TAISコード 例:00001－000010 (12桁)',
  FIELD_TAIS_FULLWIDTH_DASH: 'The spec example prints a full-width dash; 12 characters imply a half-width one (transcription doubt: warning)',
  FIELD_INVALID_PHONE: `${LAYOUT} (電話番号: no format stated; a warning only)`,
  FIELD_UNKNOWN_CODE: '【コード表】 and the 書式 column choice lists',
  FIELD_NOT_USED_NOT_EMPTY: `${LAYOUT}: 識別子 ※使用しない`,
  RECORD_FIELD_COUNT: `${LAYOUT}: every record has the layout's fields`,
  RECORD_UNKNOWN_KEY: 'Library: stringifyFile writes only the layout\'s fields; nothing is dropped silently',
  FILE_EMPTY: 'Library: a file with no data record carries nothing',
  FILE_HEADER_ROW: 'The spec defines no header row (layouts list data fields only)',
  FILE_MIXED_CSV_VERSIONS: '各表 No.1: 1ファイル中に複数のCSVバージョンのレコードを混在させることはできない',
  FILE_UNKNOWN_CSV_VERSION: '【CSVバージョン履歴】 201910, 202003, 202208, 202504, 202407',
  FILE_OLDER_CSV_VERSION: '【CSVバージョン履歴】: 202407 is current (第4.1版)',
  FILE_UNREADABLE_CSV_VERSION: '【CSVバージョン履歴】: this kind has no layout in that version (e.g. 第3表 before 第4版)',
  FILE_VERSION_LAYOUT_MISMATCH: '【CSVバージョン履歴】 and 第4版 layout changes (6表/7表 gained TAISコード…): the version value and the fields disagree; read by the fields, reported',
  FILE_MIXED_MONTHS: '別紙 ファイル作成単位: 複数のサービス提供年月の情報を纏めて作成することはできない。１ファイル内は単月',
  FILE_MONTH_MISMATCH: `${NAME}: 対象年月（YYYYMM）`,
  FILE_KIND_MISMATCH: `${NAME} and the layouts: the prefix names the layout`,
  FILE_SAME_SENDER_RECEIVER: 'Official FAQ: sends whose sender and receiver are the same office can fail',
  FILE_KIND_UNKNOWN: 'Library: without a standard file name the kind must be given',
  FILE_TOO_LARGE: `${SEND} (a single file larger than a whole send is refused before decoding)`,
  FILE_RECORD_TOO_LARGE: `${SEND} (parseStream: no record can be larger than a whole send, so an unending one stops the stream instead of filling memory)`,
  FILE_TOO_MANY_RECORDS: 'Library limit (configurable): protects receivers from hostile files',
  FILE_ISSUES_TRUNCATED: 'Library limit (configurable): keeps reports small',
  FILE_NOT_JPEG: '利用者基本情報 No.62: 家族構成に関する画像ファイル（JPEG形式）',
  FILENAME_UNKNOWN_PATTERN: NAME,
  FILENAME_LEGACY_CONVENTION: `${NAME}: 第4版 added the サービス種類コード segments (older names are read)`,
  FILENAME_LOWERCASE_EXTENSION: `${NAME}: .CSV`,
  FILENAME_UNSAFE_CHARACTER: 'Library: names are data, never paths',
  FILENAME_TOO_LONG: 'Library: names are data, never paths',
  FILENAME_FULLWIDTH_CHARACTER: `${NAME}: 半角英数字`,
  FILENAME_LOOKALIKE_UNDERSCORE: `${NAME}: "_" (U+0332 appears when the name is copied from the PDF)`,
  FILENAME_INVALID_MONTH: `${NAME}: 対象年月（YYYYMM）; UPHOSOKU 提供年月 000000 when linked to 1・2表`,
  FILENAME_INVALID_TIMESTAMP: `${NAME}: YYYYMMDDHHMMSS（14桁）`,
  BUNDLE_TOO_MANY_FILES: SEND,
  BUNDLE_TOO_LARGE: `${SEND} (10 MB read as 10 × 1024 × 1024 bytes)`,
  BUNDLE_EXTENSION_NOT_ALLOWED: SEND,
  BUNDLE_NOT_STANDARD_CSV: `${SEND}: CSVは標準仕様に準拠していること`,
  BUNDLE_DUPLICATE_NAME: 'Library: a send cannot hold two files of one name',
  BUNDLE_UNIT_PARTIES_DIFFER: UNITS,
  BUNDLE_INVALID_COMBINATION: UNITS,
  BUNDLE_DUPLICATE_KIND: `${UNITS}; ファイル作成単位: 事業所番号・サービス種類が同じであれば、一つのファイルにまとめる`,
  BUNDLE_MISSING_PARENT_RECORD: '本文 2.3 / 3.3: 計画書１表を基本とし…従属情報とする (keys 保険者番号・被保険者番号・作成（変更）日 / 対象年月 / 相談日)',
  BUNDLE_HOSOKU_MONTH_SEGMENT: '利用者補足情報 ファイル名: ※１表、２表に紐づく場合は提供年月は「000000」とする',
  BUNDLE_IMAGE_UNREFERENCED: '利用者基本情報 No.62 / 本文 3.3: 画像は No.62 の画像ファイル名で紐づく',
  BUNDLE_IMAGE_MISSING: '本文 3.3: 別表１、別表2、家族構成画像ファイルを合わせて送付する',
  BUNDLE_SINGLE_FILE_NOTE: 'CLI: one file is checked on its own; checking one export is not sending it alone',
};

/** Where a code comes from: its own entry above, or the sources of the rules that report it. */
export function sourceOf(code: IssueCode): string | undefined {
  const own = CODE_SOURCES[code];
  if (own !== undefined) return own;
  const rules = RULES.filter((r) => (r.codes as readonly IssueCode[]).includes(code));
  return rules.length > 0 ? [...new Set(rules.map((r) => r.source))].join(' / ') : undefined;
}
