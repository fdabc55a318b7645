/** Where each issue code comes from: the spec sentence (or the library's own decision) behind it. */
import type { IssueCode } from '../core/codes.js';
import { RULES } from './rules/index.js';
import { table7UserRowsTogether } from './rules/table7/user-rows-together.js';

const ENC = '第4.1版 1 文字コード: Shift-JIS（MS932）とし、範囲外の文字は含まない。外字の利用は不可';
const CSV_Q = '別紙 ※フリーテキストは""（半角）で囲い、改行、半角カンマ（,）は削除しない。"は""に変換してエスケープ';
const LIB = 'Library decision (README, "How this library reads the spec"): tolerant reading, reported so the sender can fix it';
const LAYOUT = '別紙 CSVファイルレイアウト定義書: 項目長・必須・書式';
const UNITS = '本文 2.4 / 3.4: 下記ファイルの組み合わせをファイル送信の単位とし、各ファイルで同じファイル連番をつける';
const SEND = 'ケアプランデータ連携システム: 1回の送信は30ファイル・10MBまで、拡張子CSV/PDF/JPEG/JPG/GIF/PNG/TXT';
const NAME = '別紙 ファイル名称規約';
const DOUBT = 'A doubt (README, "How this library reads the spec"): a warning under every profile';
const ONE_MONTH = '別紙 ファイル作成単位: 複数のサービス提供年月の情報を纏めて作成することはできない。１ファイル内は単月のサービス提供年月の情報のみとする';
const VERSIONS =
  '各表 No.1: CSVバージョンが変更された場合、新しいバージョンの適用年月となるサービス提供年月から適用する; 【CSVバージョン履歴】 適用開始年月：CSVバージョン仕様の適用を開始するサービス提供年月を示す (201910: 2020年3月, 202003: 2020年10月, 202208: 2023年1月, 202504/202407: 2025年4月)';
const YOBO_SUB =
  '(補足)別表の構成について ■標準様式における記載例: ※同一の課題NOに複数の支援計画を含める場合は、課題NOを同一にして支援計画NOに連番を入力する。課題の入力について、NO以外の項目は最初の行のみに内容を記載して2回目以降は空欄とする。※同一の支援計画NOに複数の利用サービスを含める場合は、支援計画NOを同一にして利用サービスNOに連番を入力する。支援計画の入力について、NO以外の項目は最初の行のみに内容を記載して2回目以降は空欄とする';
const IMAGE_NAME =
  '利用者基本情報 No.62: ■命名規則 UPKIHON_IMAGE_送信元の事業所番号(10桁)_送信元のサービス種類コード(2桁)_送信先の事業所番号(10桁)_送信先のサービス種類コード(2桁)_YYYYMMDDHHMMSS（14桁）_枝番（4桁）.jpg ※「送信元の事業所番号…YYYYMMDDHHMMSS（14桁）」は紐づく利用者基本情報のファイルと同様とする';
const LIMIT_SLOTS = '利用者補足情報 Nos.20–55: サービス種類別限度額管理が必要な場合は１枠から順番に設定する';

/** Sources of the 第7表 accounting codes (issue 13; research/issue-13.md §0.3 quotes them in full). */
const M33 =
  'MHLW 記載例33-1 (短期入所生活介護 30日超): 755×30=22,650、−30×20=−600、単価11.10・給付率90 → 費用総額244,755、保険請求220,279、利用者負担24,476; 30日超725単位 → 全額負担8,047';
const M6 = 'MHLW 様式記載例 記載例6 (定額サービス・区分超過): 区分超505 → 全額負担5,226 (=505×10.35)、区分内3,505 → 費用総額36,276';
const M36 =
  '老企第36号 第二 1 通則: 加減算の計算（何らかの割合を乗ずる計算に限る。）を行う度に、小数点以下の端数処理（四捨五入）を行っていく; 単位数から金額に換算する際に生ずる1円未満の端数は切り捨て';
const L7_9 =
  '第7表 No.9: 区分支給対象種類別小計：CD+’AAAA’（サービスコードが複数行の場合は必須）、区分支給対象外種類別小計：CD+’EEEE’（任意出力）、30日超過分種類別小計：CD+’ZZZZ’（任意出力）、全合計：ALL9（999999）固定（必須出力）';
const L7_18 =
  '第7表 No.18: 区分支給限度外のサービスの場合はNull（空）固定（大規模型通所系・小多機・看多機の同一建物の場合を除き、出力側の仕様で給付管理単位数またはNullを選択可能）';
const REF_PRICES =
  'Reference data src/spec/reference/unit-prices.ts: 「厚生労働大臣が定める一単位の単価」（平成27年告示、地域区分×人件費割合; validFrom 201504, confidence medium) — not in the CSV spec';
const REF_LIMITS =
  'Reference data src/spec/reference/benefit-limits.ts: 「居宅介護サービス費等区分支給限度基準額…」（平成12年厚生省告示第33号、令和元年10月改正: 要支援1 5,032 … 要介護5 36,217単位)';
const T6_T7 =
  '記載要領 第7表 ⑧「回数」: 第6表「サービス利用票」の㉓「予定」欄から1月間分の合計回数; 第6表 No.11: ※月単位での算定になる加算については、取込側で1回分の取込として制御すること';

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
  CSV_EOF_MARKER: `${LIB}. The DOS end-of-file mark (0x1A) that some Windows software appends is not content; 第4.1版 1 文字コード excludes control characters from the data, so anywhere else it stays ENCODING_CONTROL_CHARACTER`,
  CSV_EMPTY_LINE: LIB,
  CSV_UNTERMINATED_QUOTE: CSV_Q,
  CSV_STRAY_QUOTE: CSV_Q,
  CSV_TEXT_AFTER_QUOTE: CSV_Q,
  CSV_TOO_MANY_FIELDS: `${LIB}; no layout has more than 63 fields, so a record is read as at most 1024 fields and the rest of its text as one more, which keeps a hostile line from costing memory per comma`,
  CSV_UNQUOTED_FREE_TEXT: CSV_Q,
  CSV_QUOTED_NON_FREE_FIELD: `${LIB}; the spec prescribes quotes only for free text`,
  FIELD_REQUIRED: `${LAYOUT} (必須 ○)`,
  FIELD_REQUIRED_DOUBTFUL: `${LAYOUT} (必須 ○ whose position the transcription doubts: a warning). Also: 利用者基本情報/介護予防サービス・支援計画書 No.6 委託の有無 (one ○, but 「地域包括支援センター及び居宅介護支援事業所のどちらの場合も記入」), and 第7表 No.16 回数／日数 and No.33 ３０日超区分 on 種類別小計/全合計 rows (the layout fixes only Nos.7, 9 and 13–15 there: 「種類別小計及び全合計の場合は0 固定」「…Null（空） 固定」)`,
  FIELD_NECESSARY_EMPTY: `${LAYOUT} (the undefined 必要 column of 第3表 and the 介護予防 layouts: info only)`,
  FIELD_TOO_LONG: `${LAYOUT} (項目長)`,
  FIELD_TOO_LONG_DOUBTFUL: `${LAYOUT} (項目長 the transcription doubts, e.g. 第7表 No.17/No.30)`,
  FIELD_WRONG_LENGTH: `${LAYOUT} (保険者番号 6桁 and other fixed-width numbers)`,
  FIELD_INVALID_YYYYMM: `${LAYOUT} (書式 YYYYMM)`,
  FIELD_INVALID_DATE: `${LAYOUT} (書式 YYYYMMDD: a real calendar date)`,
  FIELD_INVALID_TIME: `${LAYOUT} (書式 HHMM; 第6表 No.12/13 also 9999)`,
  FIELD_TIME_2400: `${DOUBT}. 第6表 No.12/13: 時間表示有りのサービス：HHMM; 第3表 Nos.8/9/11/12: HHMM — while the 第3表 form (【居宅介護支援計画書３表の構成について】) prints its axis 0:00 … 22:00 24:00, and a visit ending at midnight is written 2400 by many systems. 2401 and above stay FIELD_INVALID_TIME`,
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
  FIELD_INVALID_IMAGE_NAME: IMAGE_NAME,
  RECORD_FIELD_COUNT: `${LAYOUT}: every record has the layout's fields`,
  RECORD_RENTAL_CODE_DOUBTFUL: `${DOUBT}. 第6表 No.16 / 第7表 No.10 require a TAIS or 届出 code for every 17/67 service code, but 17/67 also have 加算 (特別地域・中山間地域等) and 減算 codes, which name no product; without the service-code master such a line is recognised only by having no 用具名称`,
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: `${DOUBT}. 第6表 No.19: 「17:福祉用具貸与」以外の場合は「Null（空）」とする — yet 67 介護予防福祉用具貸与 has the same need (same code and units, different items), and the neighbouring TAIS rule (No.16) names 17 and 67`,
  RECORD_PLAN_ITEM_DUPLICATE: `${DOUBT}. 第2表: ※ 課題ＮＯ、援助目標ＮＯ、援助内容ＮＯの優先順位でソートした際に、帳票に出力する際の順番になるようにする — a sort order; that the triple identifies a row is only inferred`,
  RECORD_UNKNOWN_KEY: "Library: stringifyFile writes only the layout's fields; nothing is dropped silently",
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: `${ONE_MONTH}; 第6表 No.5 対象年月, No.10 サービス利用日 (YYYYMMDD)`,
  RECORD_PRORATED_DAY_NOT_IN_MONTH:
    '第6表 No.11: 日割対象日は31桁で日割請求可能日については"1"を設定する (a day the month does not have cannot be a 日割請求可能日; the trailing positions stay 0)',
  RECORD_LIMIT_SLOT_GAP: LIMIT_SLOTS,
  RECORD_LIMIT_SLOT_INCOMPLETE: `${LIMIT_SLOTS} (that a slot in use has its type and its limit is inferred: never strict)`,
  RECORD_LIMIT_SLOT_TYPE:
    '利用者補足情報 Nos.20/24/…/52 サービス種類コード: 短期入所療養介護の場合は22:短期入所療養介護（介護老人保健施設）を設定する (23 and 2A are the other 短期入所療養介護 types)',
  RECORD_DEPENDENT_FIELD_EMPTY:
    '利用者基本情報 No.8 相談方法: 「03:その他」の場合は、「相談方法(その他の内容)」に内容を記載する; No.12 利用者の現況: 「02:入院又は入所中」の場合は、「本人の現況(状況補足)」に内容を記載する',
  RECORD_UNIT_AMOUNT_MISMATCH: `第7表 No.17 サービス単位/金額 = 単位数（割引後単位数があればそれ）×回数 (column of the 別表; no sentence retrieved, from the worked examples: ${M33}; ${M6})`,
  RECORD_DISCOUNTED_UNITS_MISMATCH: `記載要領 第7表: …た割引後の単位数、（小数点以下四捨五入）を記載する; ${M36} (割引後率 read as the rate applied, or as the discount: both accepted)`,
  RECORD_LIMIT_SPLIT_MISMATCH:
    '第7表 Nos.18–22 (給付管理単位数 → 種類支給限度基準を超える/基準内 → 区分支給限度基準を超える/基準内): the over and within parts add up to the units counted against the limit (from the form and MHLW 記載例6: 505 + 3,505 = 4,010)',
  RECORD_TOTAL_COST_MISMATCH: `第7表 No.24 費用総額 = 区分支給限度基準内単位数 × 単位数単価, 1円未満切り捨て: ${M36}; ${M33}`,
  RECORD_OVER30_INSURED_AMOUNT: `介護保険最新情報 Vol.116 Q&A: 介護保険の短期入所にあたらない31日目以降についてもサービス利用票の記載対象となる; ${M33} (30日超 rows carry only 全額負担)`,
  RECORD_CLAIM_MISMATCH: `第7表 No.26 保険／事業費請求額 = 費用総額 × 給付率, 1円未満切り捨て (介護給付費明細書 記載要領: 単価を乗じた結果（小数点以下切り捨て）…給付率…を乗じた結果（小数点以下切り捨て）); ${M33}`,
  RECORD_COPAY_MISMATCH: `第7表 No.28 利用者負担（保険／事業対象分）= 費用総額 − 保険／事業費請求額; ${M33}; ${M6}`,
  RECORD_FULL_COST_MISMATCH: `第7表 No.29 利用者負担（全額負担分）= 区分・種類支給限度基準を超える単位数（30日超の行はその単位数）× 単位数単価, 1円未満切り捨て: ${M33}; ${M6}; ${M36}`,
  RECORD_UNIT_PRICE_RANGE: `${REF_PRICES}: every price of the grid lies in 10.00–11.40 (第7表 No.23 says only 99.99形式; 総合事業 独自 services may use a municipal price, so a warning)`,
  RECORD_UNIT_PRICE_NOT_IN_TABLE: `${REF_PRICES}: the office's 地域区分 is not in the file, so only membership in the column of the service type's 人件費割合 is checked (info)`,
  RECORD_BENEFIT_RATE_RANGE: '第7表 No.25 給付率: a percentage (90, 80, 70 …), so 0–100',
  RECORD_BENEFIT_LIMIT_BELOW_TABLE: `${REF_LIMITS}: a municipality may raise a limit (上乗せ) but not lower it; 06 事業対象者 is set by the municipality and not compared`,
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: `${REF_LIMITS}: above the national value is legal (市町村の上乗せ), so information only`,
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC:
    '利用者補足情報 Nos.20–56: サービス種類別限度額管理が必要な場合は１枠から順番に設定する (支給限度基準額・合計単位数・限度超単位数, 合計限度超単位数): 限度超 = max(0, 合計 − 限度)',
  FILE_EMPTY: 'Library: a file with no data record carries nothing',
  FILE_HEADER_ROW: 'The spec defines no header row (layouts list data fields only)',
  FILE_MIXED_CSV_VERSIONS: '各表 No.1: 1ファイル中に複数のCSVバージョンのレコードを混在させることはできない',
  FILE_UNKNOWN_CSV_VERSION: '【CSVバージョン履歴】 201910, 202003, 202208, 202504, 202407',
  FILE_OLDER_CSV_VERSION: '【CSVバージョン履歴】: 202407 is current (第4.1版)',
  FILE_UNREADABLE_CSV_VERSION: '【CSVバージョン履歴】: this kind has no layout in that version (e.g. 第3表 before 第4版)',
  FILE_VERSION_LAYOUT_MISMATCH:
    '【CSVバージョン履歴】 and 第4版 layout changes (6表/7表 gained TAISコード…): the version value and the fields disagree; read by the fields, reported',
  FILE_MIXED_MONTHS: '別紙 ファイル作成単位: 複数のサービス提供年月の情報を纏めて作成することはできない。１ファイル内は単月',
  FILE_MONTH_MISMATCH: `${NAME}: 対象年月（YYYYMM）`,
  FILE_KIND_MISMATCH: `${NAME} and the layouts: the prefix names the layout`,
  FILE_SAME_SENDER_RECEIVER: 'Official FAQ: sends whose sender and receiver are the same office can fail',
  FILE_KIND_UNKNOWN: 'Library: without a standard file name the kind must be given',
  FILE_TOO_LARGE: `${SEND} (a single file larger than a whole send is refused before decoding)`,
  FILE_RECORD_TOO_LARGE: `${SEND} (parseStream: no record can be larger than a whole send, so an unending one stops the stream instead of filling memory)`,
  FILE_TOO_MANY_RECORDS: 'Library limit (configurable): protects receivers from hostile files',
  FILE_ISSUES_TRUNCATED: 'Library limit (configurable): keeps reports small',
  FILE_REJECTED_ROWS_TRUNCATED:
    'Library limit (configurable, parseFile maxRejected): a file of a million short rows must not cost a million kept rows; the rest are counted',
  FILE_NOT_JPEG: '利用者基本情報 No.62: 家族構成に関する画像ファイル（JPEG形式）',
  FILE_CSV_VERSION_MONTH_MISMATCH: `${VERSIONS} (checked on files with a service month: 第6表/実績/第7表 No.5, the deletions' 削除対象年月, 利用者補足情報 No.63 unless 000000)`,
  FILE_DETAIL_CODE_SEQUENCE:
    '第6表 No.19 明細判別コード: 「17:福祉用具貸与」で、同一サービスコード、同一単位数の場合で明細が異なる場合は、1 からの連番を記載（1,2,3,・・・）; grouped by user, サービス事業者コード, サービスコード and 単位数 (67 included, see RECORD_DETAIL_CODE_PREVENTIVE_RENTAL)',
  FILE_PLAN_OFFICE_NAME_MISMATCH: `${DOUBT}. 第6表 No.6 プラン担当業者コード: 居宅支援事業者番号; 本文 2.1/2.4: 居宅介護支援事業所から送信 — that No.6 is the name's 居宅介護支援 (43) party is inferred, and under 委託 (本文 3.1, 5.2.2.1) it may differ. Checked for 第6表 予定 whose sender type is 43 (or a v3 name) and 実績 whose receiver type is 43 (or a v3 name)`,
  FILE_UPDATER_NAME_MISMATCH: `${DOUBT}. 第6表 No.24 更新業者コード: 予定の場合は居宅介護支援事業者番号、実績の場合はサービス事業者番号 — that it is the name's sender is inferred (委託). Checked for 実績, and for 予定 whose sender type is 43 (or a v3 name)`,
  FILE_YOBO_SUB_NUMBERING: YOBO_SUB,
  FILE_YOBO_SUB_ISSUE_NUMBERING: `${YOBO_SUB} — 課題NO itself is numbered 1, 2 only in the example (inferred: never strict)`,
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: `${YOBO_SUB}. The 課題 items are Nos.6–9 (the example leaves 目標 empty on later rows too), the 支援計画 items Nos.11–13; the 利用サービス items Nos.15–17 belong to every row`,
  FILE_IMAGE_NAME_SEGMENTS: IMAGE_NAME,
  FILE_IMAGE_NAME_DUPLICATE:
    '(補足)別表の構成について: ※「利用者基本情報」の1行に対して、1ファイルの「家族構成 画像ファイル」を原則とする (原則: never strict)',
  FILE_SUBTOTAL_MISMATCH: `${L7_9}; ${M33}: 短期入所生活介護合計22,050 = 22,650 − 600 (the 区分外 加算 and the 30日超 rows outside it), 30日超合計725`,
  FILE_SUBTOTAL_MISSING: L7_9,
  FILE_SUBTOTAL_MISSING_DOUBTFUL: `${L7_9} (whether 「複数行」 counts lines outside the limit is not stated)`,
  FILE_SUBTOTAL_DUPLICATE: `${L7_9} (one subtotal row of each kind per office and service type)`,
  FILE_GRAND_TOTAL_MISSING: L7_9,
  FILE_T7_USER_ROWS_APART: table7UserRowsTogether.source,
  FILE_GRAND_TOTAL_DUPLICATE: `${L7_9}; 第7表 No.7: 全合計の場合はALL９（9999999999）とする (one per user)`,
  FILE_GRAND_TOTAL_MISMATCH: `${L7_9}; ${M33} (the 合計 row adds the subtotal rows)`,
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: `${L7_9}; ${L7_18} — with lines outside the limit or beyond 30 days, how they add up is not stated, so a warning under every profile`,
  FILE_OUTSIDE_LIMIT_NOT_COSTED: `${L7_18}; ${M33} (the 区分外 サービス提供体制加算 540 is costed on its own row: 5,994 / 5,394 / 600); Vol.116 Q&A: サービス利用票は利用者に保険対象内外のサービスを区分して記載`,
  FILE_UNREADABLE: 'CLI and page: a file that cannot be read is reported, and the other files are still checked',
  FILE_NOT_REGULAR: 'CLI: a FIFO, socket or device is never opened (reading one can block forever)',
  FILE_SYMLINK_SKIPPED: 'CLI: links in a directory are not followed unless --follow-symlinks',
  FILE_SIZE_UNKNOWN: 'CLI: the per-send limits are decided from sizes before reading; a file whose size cannot be known is not read',
  FILENAME_UNKNOWN_PATTERN: NAME,
  FILENAME_LEGACY_CONVENTION: `${NAME}: 第4版 added the サービス種類コード segments (older names are read)`,
  FILENAME_UPKIHON_MONTH_SEGMENT: `${DOUBT}. 利用者基本情報 ファイル名: UPKIHON_送信元の事業所番号(10桁)_…_YYYYMMDDHHMMSS(14桁).CSV (no month) against 本文 3.4 例: UPKIHON_000000_123456789_43_2468135790_11_20191110102233.CSV. Only the literal 000000 is accepted; names are written without it`,
  FILENAME_LOWERCASE_EXTENSION: `${NAME}: .CSV`,
  FILENAME_UNSAFE_CHARACTER: 'Library: names are data, never paths',
  FILENAME_TOO_LONG: 'Library: names are data, never paths',
  FILENAME_FULLWIDTH_CHARACTER: `${NAME}: 半角英数字`,
  FILENAME_LOOKALIKE_UNDERSCORE: `${NAME}: "_" (U+0332 appears when the name is copied from the PDF)`,
  FILENAME_INVALID_MONTH: `${NAME}: 対象年月（YYYYMM）; UPHOSOKU 提供年月 000000 when linked to 1・2表`,
  FILENAME_INVALID_TIMESTAMP: `${NAME}: YYYYMMDDHHMMSS（14桁）`,
  FILENAME_UNDECODABLE: `${NAME}: 半角英数字 (a name that is not UTF-8 cannot be one of them); CLI and page: the file is not read`,
  BUNDLE_TOO_MANY_FILES: SEND,
  BUNDLE_TOO_LARGE: `${SEND} (10 MB read as 10 × 1024 × 1024 bytes)`,
  BUNDLE_EXTENSION_NOT_ALLOWED: SEND,
  BUNDLE_NOT_STANDARD_CSV: `${SEND}: CSVは標準仕様に準拠していること`,
  BUNDLE_DUPLICATE_NAME: 'Library: a send cannot hold two files of one name',
  BUNDLE_UNIT_PARTIES_DIFFER: `${UNITS} (an error when the files of one ファイル連番 form no unit unless taken together; see BUNDLE_SEQUENCE_SHARED)`,
  BUNDLE_INVALID_COMBINATION: `${UNITS}. The units of the file's edition: CSV 202208 and older (第3版〜第3.2版 本文 2.4): (1)「計画書第1表」「計画書第2表」「利用者補足情報」 — 第4版 added 第3表 (更新履歴 4.0: 第3表のCSVファイルレイアウト定義を追加)`,
  BUNDLE_DUPLICATE_KIND: `${UNITS}; ファイル作成単位: 事業所番号・サービス種類が同じであれば、一つのファイルにまとめる`,
  BUNDLE_MISSING_PARENT_RECORD: '本文 2.3 / 3.3: 計画書１表を基本とし…従属情報とする (keys 保険者番号・被保険者番号・作成（変更）日 / 対象年月 / 相談日)',
  BUNDLE_HOSOKU_MONTH_SEGMENT: '利用者補足情報 ファイル名: ※１表、２表に紐づく場合は提供年月は「000000」とする',
  BUNDLE_IMAGE_UNREFERENCED: '利用者基本情報 No.62 / 本文 3.3: 画像は No.62 の画像ファイル名で紐づく',
  BUNDLE_IMAGE_MISSING: '本文 3.3: 別表１、別表2、家族構成画像ファイルを合わせて送付する',
  BUNDLE_SINGLE_FILE_NOTE: 'CLI: one file is checked on its own; checking one export is not sending it alone',
  BUNDLE_APPENDIX_MISSING:
    '本文 3.3: 利用者基本情報は単独での連携する。ただし、別表１、別表2、家族構成画像ファイルを合わせて送付する。介護予防サービス・支援計画書は単独での連携する。ただし、別表を合わせて送付する; (補足)別表の構成について: …1ファイルの「利用者基本情報（別表1）…」を原則とする (原則, and an appendix without rows cannot be sent: never strict)',
  BUNDLE_UNITS_MERGED: `${DOUBT}. ${UNITS} — but 本文 2.5: 送信されたファイルの組み合わせに関わらずファイル連番毎に処理されることを想定する, and 3.1 / 5.2.2.1: 委託先の居宅介護支援事業所は…サービス利用票・予定と実績の CSV ファイルを出力し、地域包括支援センターへ共有 (実績票に予定情報を付けて共有する). Deletion units are never merged (the order inside one ファイル連番 is not specified)`,
  BUNDLE_SEQUENCE_SHARED: `${DOUBT}. ${UNITS} — nothing ties a ファイル連番 to one receiver, and 本文 5.1.1.3's example makes files for ＸＸＸ事業所向け and YYY事業所向け from one edit (one batch, one timestamp). Only one sender's ファイル連番 is shared: two senders that happen to write the same timestamp made two sends`,
  BUNDLE_MIXED_EDITIONS: `${VERSIONS}; the units differ by edition (第4版 added 第3表 to the 1〜3表 unit), so a unit whose files disagree is judged against each of their editions`,
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: `${T6_T7}; 第6表 No.14: 1日に複数回算定可能なサービスの回数 (monthly services count less, so only an excess is a finding)`,
  BUNDLE_T7_LINE_WITHOUT_PLAN: `本文 2.3: 第7表は第6表の従属情報; ${T6_T7}`,
  BUNDLE_PLAN_SERVICE_NOT_IN_T7:
    '本文 2.6: 第6表、第７表は利用者に提示する際の内容とし、送信先のサービス事業所に関わらず関係する全てのサービス事業所のサービスを出力する; 第6表 No.8: 率加減算で単位数を計算できない場合は0 (such services are not asked for)',
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: '第7表 No.22 区分支給限度基準内単位数 and 利用者補足情報 No.19 区分支給限度基準額: units within the limit cannot exceed it',
  BUNDLE_CATEGORY_EXCESS_MISMATCH:
    '第7表 No.21 区分支給限度基準を超える単位数 = the units counted against the limit beyond 利用者補足情報 No.19 (MHLW 記載例6: 区分超505)',
  BUNDLE_TYPE_LIMIT_MISMATCH:
    '利用者補足情報 Nos.20–55 (サービス種類別の合計単位数・限度超単位数; 短期入所療養介護の場合は22を設定する) against 第7表 Nos.19–20 種類支給限度基準を超える/基準内単位数',
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN:
    '第6表 No.20: 居宅支援事業者からの送信ファイルの場合は予定の、介護サービス事業所からの送信ファイルの場合は実績の事業者コード — 実績 differ from 予定 in normal business: information for the receiver only',
};

/** Where a code comes from: its own entry above, or the sources of the rules that report it. */
export function sourceOf(code: IssueCode): string | undefined {
  const own = CODE_SOURCES[code];
  if (own !== undefined) return own;
  const rules = RULES.filter((r) => (r.codes as readonly IssueCode[]).includes(code));
  return rules.length > 0 ? [...new Set(rules.map((r) => r.source))].join(' / ') : undefined;
}
