import type { Messages } from './types.js';
import { bytesLabel, choiceLabel, codeListLabel, monthLabel, countLabel, elsewhere, kindLabel, kindsLabel, unitLabel, unitsLabel } from '../words.js';
import { classText, shapeText, versionText } from './shape.js';

/** The forms of ENCODING_INVALID_BYTES (encoding/cp932.ts). */
const INVALID_FORM_JA: Readonly<Record<string, string>> = {
  'unused-byte': 'Shift_JISで使われないバイト',
  'lead-without-trail': '2バイト文字の1バイト目の後に2バイト目がない',
  'unmapped-pair': '文字の割り当てのない2バイトの組',
};

/** The reasons FILENAME_UNSAFE_CHARACTER gives (filenames/parse.ts). */
const UNSAFE_JA: Readonly<Record<string, string>> = { separator: 'パス区切り', control: '制御文字', 'parent-segment': '「..」' };
/** Words for the params of the issue-13 codes; an unknown value is shown as it is. */
const ROLE_JA: Readonly<Record<string, string>> = { sender: '送信元', receiver: '送信先' };
const PART_JA: Readonly<Record<string, string>> = { issue: '課題', supportPlan: '支援計画' };
const SEGMENT_JA: Readonly<Record<string, string>> = {
  senderOffice: '送信元事業所番号',
  senderServiceType: '送信元サービス種類コード',
  receiverOffice: '送信先事業所番号',
  receiverServiceType: '送信先サービス種類コード',
  timestamp: 'YYYYMMDDHHMMSS',
};

/** 第7表 arithmetic: the factor a line's amount is computed from, and the two limit splits. */
const FACTOR_JA: Readonly<Record<string, string>> = { units: '単位数', discountedUnits: '割引後単位数' };
const SPLIT_JA: Readonly<Record<string, string>> = {
  type: '種類支給限度基準を超える単位数と基準内単位数',
  category: '区分支給限度基準を超える単位数と基準内単位数',
};

/** FILE_UNREADABLE reasons (errno codes) in words. */
const UNREADABLE_JA: Readonly<Record<string, string>> = {
  EACCES: '読み取りの権限がありません',
  EPERM: '読み取りの権限がありません',
  ENOENT: '確認している間にファイルがなくなりました',
  EIO: '入出力エラー',
  EISDIR: 'フォルダーです',
  ELOOP: 'リンクが循環しています',
  EBUSY: 'ほかのプログラムが使用中です',
  EMFILE: '同時に開けるファイルの数を超えました',
  ENAMETOOLONG: 'パスが長すぎます',
  NotReadableError: 'ブラウザーが読めませんでした',
};
/** FILE_NOT_REGULAR types in words. */
const NOT_REGULAR_JA: Readonly<Record<string, string>> = {
  fifo: '名前付きパイプ（FIFO）',
  socket: 'ソケット',
  'character-device': 'キャラクターデバイス',
  'block-device': 'ブロックデバイス',
  unknown: '種類のわからないファイル',
};

export const ja = {
  ENCODING_INVALID_BYTES: (p) =>
    `Shift_JIS（MS932）として読めないバイト列です（${INVALID_FORM_JA[p.form] ?? p.form}${p.bytes !== undefined ? `: ${p.bytes}` : ''}）`,
  ENCODING_GAIJI: (p) => `外字（ユーザー定義領域${p.bytes !== undefined ? ` ${p.bytes}` : ''}の文字）は使用できません`,
  ENCODING_UNREPRESENTABLE_CHAR: (p) =>
    `Shift_JIS（MS932）で表せない文字（${classText(p.shape, 'ja')}）があります${p.char !== undefined ? `：「${p.char}」${p.codePoint !== undefined ? `（${p.codePoint}）` : ''}` : ''}`,
  ENCODING_UTF8_INPUT: () => 'ファイルがUTF-8で保存されています。仕様はShift_JIS（MS932）です',
  ENCODING_UTF8_BOM: () => 'ファイルの先頭にUTF-8のBOMがあります。仕様はShift_JIS（MS932）でBOMなしです',
  ENCODING_CONTROL_CHARACTER: (p) => `制御文字（${p.codePoint}）が含まれています`,
  ENCODING_CHAR_NORMALIZED: (p) => `${p.from} を ${p.to} に置き換えました`,
  ENCODING_NON_CANONICAL_BYTES: (p) => `NEC選定IBM拡張文字など、再出力するとバイト列が変わる文字があります（${p.count}文字）`,
  CSV_LF_LINE_ENDING: (p) => `改行がLFです（${p.count}行）。出力時はCRLFにします`,
  CSV_CR_LINE_ENDING: (p) => `改行がCRだけの行があります（${p.count}行）`,
  CSV_NO_FINAL_NEWLINE: () => '最終行の後に改行がありません',
  CSV_EOF_MARKER: (p) => `ファイルの末尾にファイル終端記号（0x1A）が${p.count}バイトあります。読み飛ばしました`,
  CSV_EMPTY_LINE: (p) => `空行があります（${p.count}行、読み飛ばしました）`,
  CSV_UNTERMINATED_QUOTE: () => 'ダブルクォートが閉じられないままファイルが終わっています',
  CSV_STRAY_QUOTE: () => '囲まれていない項目の中にダブルクォートがあります',
  CSV_TEXT_AFTER_QUOTE: () => '閉じたダブルクォートの後に文字があります',
  CSV_TOO_MANY_FIELDS: (p) => `レコードの項目が${p.count}個あります。上限${p.limit}個を超えた分は、元の文字のまま最後の1項目にまとめました`,
  CSV_UNQUOTED_FREE_TEXT: (p) => `フリーテキストがダブルクォートで囲まれていません（${p.count}項目）`,
  CSV_QUOTED_NON_FREE_FIELD: (p) => `フリーテキスト以外の項目がダブルクォートで囲まれています（${p.count}項目）`,
  FIELD_REQUIRED: () => '必須項目が空です',
  FIELD_REQUIRED_DOUBTFUL: () => '必須と思われる項目が空です（仕様の読み取りに疑義があるため警告）',
  FIELD_NECESSARY_EMPTY: () => '「必要」欄に○のある項目が空です',
  FIELD_TOO_LONG: (p) => `項目長${p.max}を超えています（${p.actual}文字）`,
  FIELD_TOO_LONG_DOUBTFUL: (p) => `項目長${p.max}を超えています（${p.actual}文字。仕様の項目長に疑義があるため警告）`,
  FIELD_WRONG_LENGTH: (p) => `${p.expected}桁でなければなりません（${p.actual}桁）`,
  FIELD_INVALID_YYYYMM: () => '年月（YYYYMM）として正しくありません',
  FIELD_INVALID_DATE: () => '日付（YYYYMMDD）として正しくありません（存在しない日付を含む）',
  FIELD_INVALID_TIME: () => '時刻（HHMM、0000〜2359）として正しくありません',
  FIELD_TIME_2400: () =>
    '2400（24:00）です。仕様は「HHMM」とだけ定め、24:00を含むかは明記がありません（第3表の様式の時間軸は24:00まで。仕様の読み取りに疑義があるため警告）',
  FIELD_NOT_DIGITS: () => '数字以外が含まれています',
  FIELD_INVALID_INTEGER: () => '整数として正しくありません',
  FIELD_INVALID_DECIMAL: () => '99.99形式の数値として正しくありません',
  FIELD_OUT_OF_RANGE: (p) => `値が範囲（${p.min}〜${p.max}）の外です`,
  FIELD_INVALID_OFFICE_CODE: () => '事業所番号は数字10桁です',
  FIELD_INVALID_SERVICE_TYPE: () => 'サービス種類コードは英数字2桁です',
  FIELD_INVALID_INSURED_NUMBER: () => '被保険者番号は数字10桁、または生保単独の場合H＋数字9桁です',
  FIELD_INVALID_POSTAL_CODE: () => '郵便番号はXXX-XXXX形式です',
  FIELD_INVALID_SERVICE_CODE: () => 'サービスコードは英数字6桁です',
  FIELD_INVALID_DAY_FLAGS: () => '日割対象日は「0」「1」の31桁です',
  FIELD_INVALID_TAIS_CODE: () => 'TAISコード・福祉用具届出コードは「00001-000010」の形式（12文字）です',
  FIELD_TAIS_FULLWIDTH_DASH: () => 'TAISコードの区切りが全角「－」です。半角「-」を使ってください',
  FIELD_INVALID_PHONE: () => '電話番号に数字・ハイフン・括弧以外の文字があります',
  FIELD_UNKNOWN_CODE: (p) => {
    const list = codeListLabel(p.list, 'ja');
    return list ? `${list.name}のコードにない値です（使える値: ${list.allowed}）` : `コード表（${p.list}）にない値です`;
  },
  FIELD_NOT_USED_NOT_EMPTY: () => '「使用しない」項目に値があります',
  FIELD_INVALID_IMAGE_NAME: () =>
    '家族構成画像ファイル名が命名規則（UPKIHON_IMAGE_送信元事業所番号_種類_送信先事業所番号_種類_YYYYMMDDHHMMSS_枝番4桁.jpg）に合いません',
  RECORD_FIELD_COUNT: (p) => `項目数が${p.actual}です（${kindLabel(p.kind, 'ja')}は${p.expected}項目）`,
  RECORD_RENTAL_NEEDS_TAIS: (p) => `サービス種類${p.serviceType}（福祉用具貸与）はTAISコードか福祉用具届出コードが必要です`,
  RECORD_RENTAL_CODE_DOUBTFUL: (p) =>
    `サービス種類${p.serviceType}（福祉用具貸与）の行にTAISコード・福祉用具届出コード・用具名称がありません（加算・減算の行には用具がないため、仕様の読み取りに疑義があり警告）`,
  RECORD_DETAIL_CODE_NOT_RENTAL: () => '明細判別コードは「17:福祉用具貸与」以外ではNull（空）です',
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: () =>
    '「67:介護予防福祉用具貸与」の行に明細判別コードがあります（仕様は「17:福祉用具貸与」だけを挙げますが、67にも同じ必要があるため、疑義ありとして警告）',
  RECORD_TIME_PAIR: () => 'サービス開始時刻と終了時刻は、両方HHMMか両方9999にしてください',
  RECORD_TOTAL_ROW_OFFICE: () => '全合計（999999）の行だけがサービス事業所コード9999999999を持ちます',
  RECORD_TOTAL_ROW_FIELD: (p) => `種類別小計・全合計の行では${p.expected === '' ? 'Null（空）' : p.expected}固定です`,
  RECORD_PLAN_ITEM_DUPLICATE: (p) =>
    `（課題NO、援助目標NO、援助内容NO）が${p.firstRecord}件目のレコードと同じです（仕様は並び順を定めるだけで重複の禁止は明記していないため警告）`,
  RECORD_HOSOKU_LINK: () => '1〜3表に紐づく場合は対象年月000000、6・7表に紐づく場合は作成（変更）日00000000です',
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: (p) => `サービス種類${p.serviceType}は連携対象外です（レコードを生成しない）`,
  RECORD_UNKNOWN_KEY: (p) => `レイアウトにないキー「${p.key}」は出力されません`,
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: (p) => `サービス利用日が対象年月（${p.month}）の日付ではありません`,
  RECORD_PRORATED_DAY_NOT_IN_MONTH: (p) => `日割対象日に、この月にない日（${p.lastDay}日より後）が設定されています`,
  RECORD_LIMIT_SLOT_GAP: (p) => `サービス種類別限度額は1枠から順番に設定します（${p.slot}枠が空です）`,
  RECORD_LIMIT_SLOT_INCOMPLETE: (p) => `${p.slot}枠のサービス種類コードまたは支給限度基準額がありません`,
  RECORD_LIMIT_SLOT_TYPE: (p) => `${p.slot}枠: 短期入所療養介護のサービス種類コードは${p.expected}を設定します`,
  // The rule is UPKIHON's (spec/rules/dependent-fields-filled.ts).
  RECORD_DEPENDENT_FIELD_EMPTY: (p) => `${choiceLabel('UPKIHON', p.triggerNo, p.triggerCode, 'ja')}の場合は、この項目に内容を記載します`,
  RECORD_UNIT_AMOUNT_MISMATCH: (p) => `サービス単位/金額は${p.expected}です（${FACTOR_JA[p.factorField] ?? p.factorField}${p.factor}×回数${p.count}）`,
  RECORD_DISCOUNTED_UNITS_MISMATCH: (p) => `割引後単位数は${p.expected}です（単位数${p.units}×割引後率${p.rate}%、小数点以下四捨五入）`,
  RECORD_LIMIT_SPLIT_MISMATCH: (p) => `${SPLIT_JA[p.part] ?? p.part}の合計は${p.expected}です`,
  RECORD_TOTAL_COST_MISMATCH: (p) => `費用総額（保険／事業対象分）は${p.expected}円です（${p.base}単位×単価${p.price}円、1円未満切り捨て）`,
  RECORD_OVER30_INSURED_AMOUNT: () => '30日超の行に費用総額・請求額・利用者負担（保険／事業対象分）があります（0または空です）',
  RECORD_CLAIM_MISMATCH: (p) => `保険／事業費請求額は${p.expected}円です（費用総額×給付率${p.rate}%、1円未満切り捨て）`,
  RECORD_COPAY_MISMATCH: (p) => `利用者負担（保険／事業対象分）は${p.expected}円です（費用総額−保険／事業費請求額）`,
  RECORD_FULL_COST_MISMATCH: (p) => `利用者負担（全額負担分）は${p.expected}円です（${p.base}単位×単価${p.price}円、1円未満切り捨て）`,
  RECORD_UNIT_PRICE_RANGE: (p) => `単位数単価が通常の範囲（${p.min}〜${p.max}円）の外です`,
  RECORD_UNIT_PRICE_NOT_IN_TABLE: (p) =>
    `単位数単価がサービス種類${p.serviceType}の地域区分別の単価（${p.expected}）のいずれでもありません（${monthLabel(p.validFrom, 'ja')}〜の単価表、参考）`,
  RECORD_BENEFIT_RATE_RANGE: () => '給付率が0〜100の範囲外です',
  RECORD_BENEFIT_LIMIT_BELOW_TABLE: (p) => `区分支給限度基準額が、要介護状態区分の全国の基準額（${monthLabel(p.validFrom, 'ja')}〜）を下回っています`,
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: (p) =>
    `区分支給限度基準額が、要介護状態区分の全国の基準額（${monthLabel(p.validFrom, 'ja')}〜）を上回っています（市町村の上乗せの可能性があるため参考）`,
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC: (p) =>
    p.slot === 0
      ? `合計限度超単位数は${p.expected}です（各枠の限度超単位数の合計）`
      : `${p.slot}枠の限度超単位数は${p.expected}です（合計単位数−支給限度基準額、0未満は0）`,
  FILE_EMPTY: () => 'データレコードがありません',
  FILE_HEADER_ROW: () => '見出し行があります。仕様のCSVに見出し行はありません',
  FILE_MIXED_CSV_VERSIONS: (p) =>
    `1ファイルに複数のCSVバージョンが混在しています（最初のレコードは${versionText(p.first, 'ja')}、このレコードは${versionText(p.found, 'ja')}）`,
  FILE_UNKNOWN_CSV_VERSION: (p) =>
    p.shape === 'digit:6'
      ? `CSVバージョン欄の数字6桁はどの版の仕様のCSVバージョンでもありません（現行は${p.current}）`
      : `CSVバージョン欄に${shapeText(p.shape, 'ja')}があります（YYYYMMのはず。現行は${p.current}）`,
  FILE_OLDER_CSV_VERSION: (p) => `旧版（${p.edition}）のCSVバージョン${p.version}です（現行は${p.current}）`,
  FILE_UNREADABLE_CSV_VERSION: (p) => `CSVバージョン${versionText(p.version, 'ja')}の${p.kind}のレイアウトは読めません`,
  FILE_VERSION_LAYOUT_MISMATCH: (p) =>
    `CSVバージョン欄は${versionText(p.version, 'ja')}ですが、項目数${p.fieldCount}は別の版のレイアウトです（そのレイアウトで読みました）`,
  FILE_MIXED_MONTHS: (p) => `1ファイルに複数の対象年月があります（1件目と違う年月のレコードが${p.count}件。最初はこのレコード）`,
  FILE_MONTH_MISMATCH: (p) => `ファイル名の年月${p.nameMonth}とレコードの年月（${shapeText(p.shape, 'ja')}）が違います`,
  FILE_KIND_MISMATCH: (p) =>
    `ファイル名は${kindLabel(p.kind, 'ja')}ですが、内容（${p.fieldCount}項目）は${kindsLabel(String(p.candidates ?? '').replace(/\//g, '+'), 'ja')}のレイアウトです`,
  FILE_SAME_SENDER_RECEIVER: () => '送信元と送信先の事業所が同じです（送信できない場合があります）',
  FILE_KIND_UNKNOWN: () => 'ファイルの種類がわかりません（ファイル名が標準の命名規約に合っていません）',
  FILE_TOO_LARGE: (p) => `ファイルが大きすぎます（${bytesLabel(p.size, 'ja')}、上限${bytesLabel(p.limit, 'ja')}）`,
  FILE_RECORD_TOO_LARGE: (p) => `レコードが${bytesLabel(p.limit, 'ja')}を超えても終わりません。ここで読むのをやめました`,
  FILE_TOO_MANY_RECORDS: (p) => `レコード数が上限${countLabel(p.limit)}件を超えたため、以降は読んでいません`,
  FILE_ISSUES_TRUNCATED: (p) => `指摘が多すぎるため、残り${p.count}件は省略しました`,
  FILE_REJECTED_ROWS_TRUNCATED: (p) => `レコードにならない行が多すぎるため、最初の${p.limit}行だけを結果に残し、残り${p.count}行は数えるだけにしました`,
  FILE_NOT_JPEG: () => 'JPEG画像ではありません（先頭がFF D8 FFではない）',
  FILE_CSV_VERSION_MONTH_MISMATCH: (p) => `サービス提供年月${p.month}に適用されるCSVバージョンは${p.expected}です（このファイルは${p.version}）`,
  FILE_DETAIL_CODE_SEQUENCE: (p) => `同じサービスコード・単位数の明細判別コードは1からの連番です（${p.expected}がありません）`,
  FILE_PLAN_OFFICE_NAME_MISMATCH: (p) =>
    `プラン担当業者コードがファイル名の${ROLE_JA[p.role] ?? p.role}事業所番号と異なります（委託の場合はありうるため、疑義ありとして警告）`,
  FILE_UPDATER_NAME_MISMATCH: () => '更新業者コードがファイル名の送信元事業所番号と異なります（委託の場合はありうるため、疑義ありとして警告）',
  FILE_YOBO_SUB_NUMBERING: (p) => `同じ課題NOの支援計画NO、同じ支援計画NOの利用サービスNOは1からの連番です（${p.expected}がありません）`,
  FILE_YOBO_SUB_ISSUE_NUMBERING: (p) => `課題NOは計画ごとに1からの連番と思われます（${p.expected}がありません。仕様は記載例で示すだけのため警告）`,
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: (p) => `同じ${PART_JA[p.part] ?? p.part}の2行目以降は、NO以外の項目を空欄にします`,
  FILE_IMAGE_NAME_SEGMENTS: (p) => `家族構成画像ファイル名の${SEGMENT_JA[p.segment] ?? p.segment}が、このファイルの名前と異なります`,
  FILE_IMAGE_NAME_DUPLICATE: (p) => `同じ家族構成画像ファイル名が${p.firstRecord}件目のレコードにもあります（1レコードに1画像が原則）`,
  FILE_SUBTOTAL_MISMATCH: (p) => `種類別小計（${p.code}）は${p.expected}です（明細行の合計）`,
  FILE_SUBTOTAL_MISSING: (p) => `サービスコードが複数行ありますが、種類別小計（${p.code}）の行がありません`,
  FILE_SUBTOTAL_MISSING_DOUBTFUL: (p) =>
    `サービスコードが複数行ありますが、種類別小計（${p.code}）の行がありません（区分支給限度基準額の対象外の行も数えるかは仕様上明確でないため警告）`,
  FILE_SUBTOTAL_DUPLICATE: (p) => `種類別小計（${p.code}）の行が複数あります`,
  FILE_GRAND_TOTAL_MISSING: () => 'この利用者の全合計（999999）の行がありません',
  FILE_T7_USER_ROWS_APART: (p) =>
    `この利用者の行が${p.firstRecord}件目からの行と離れています。この利用者の小計・全合計は確認していません（仕様は行の並びを明記していないため警告）`,
  FILE_GRAND_TOTAL_DUPLICATE: () => 'この利用者の全合計（999999）の行が複数あります',
  FILE_GRAND_TOTAL_MISMATCH: (p) => `全合計は${p.expected}です（種類別小計・明細行の合計）`,
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: (p) =>
    `全合計は${p.expected}と思われます（種類別小計・明細行の合計。区分支給限度基準額の対象外・30日超の行の合算方法は仕様上明確でないため警告）`,
  FILE_OUTSIDE_LIMIT_NOT_COSTED: (p) => `区分支給限度基準額の対象外のサービス（${p.units}単位）の費用総額が記載されていません（${p.expected}円）`,
  FILENAME_UNKNOWN_PATTERN: (p) => (p.expected ? `ファイル名が命名規約に合いません（期待: ${p.expected}）` : 'ファイル名が命名規約に合いません'),
  FILENAME_LEGACY_CONVENTION: (p) => `サービス種類コードのない旧版の命名規約（${p.convention}、CSV 202208以前）のファイル名です`,
  FILENAME_UPKIHON_MONTH_SEGMENT: () =>
    'UPKIHON_000000_…の形式です。レイアウト定義書の命名規則に年月はなく本文3.4の例にだけあるため、疑義ありとして警告します（出力時は年月なしで書きます）',
  FILENAME_LOWERCASE_EXTENSION: (p) => `拡張子「.${p.extension}」が大文字ではありません（仕様は.CSV）`,
  FILENAME_UNSAFE_CHARACTER: (p) => `ファイル名の${p.position}文字目に${UNSAFE_JA[p.reason] ?? '使えない文字'}（${p.codePoint}）があります`,
  FILENAME_TOO_LONG: (p) => `ファイル名が長すぎます（${p.length}文字、上限${p.max}文字）`,
  FILENAME_FULLWIDTH_CHARACTER: (p) => `ファイル名に全角の英数字・記号が${p.count}文字あります（最初は${p.position}文字目の${p.codePoint}）`,
  FILENAME_LOOKALIKE_UNDERSCORE: (p) =>
    `ファイル名に「_」ではなく結合下線（${p.codePoint}）が${p.count}個あります（最初は${p.position}文字目。PDFからのコピー？）`,
  FILENAME_INVALID_MONTH: (p) => `ファイル名の年月${p.month ?? ''}が正しくありません`,
  FILENAME_INVALID_TIMESTAMP: (p) => `ファイル名の連番（YYYYMMDDHHMMSS）${p.timestamp ?? ''}が正しい日時ではありません`,
  BUNDLE_TOO_MANY_FILES: (p) => `1回の送信は${p.limit}ファイルまでです（${countLabel(p.count)}ファイルあります）`,
  BUNDLE_TOO_LARGE: (p) => `1回の送信は合計${bytesLabel(p.limit, 'ja')}までです（${bytesLabel(p.size, 'ja')}あります）`,
  BUNDLE_EXTENSION_NOT_ALLOWED: (p) => `送信できない拡張子です（${p.extension}）。CSV・PDF・JPEG・JPG・GIF・PNG・TXTのみ`,
  BUNDLE_NOT_STANDARD_CSV: () => '標準仕様のどのファイル種類でもないCSVです',
  BUNDLE_DUPLICATE_NAME: (p) => `同じファイル名が${countLabel(p.count)}回あります`,
  BUNDLE_UNIT_PARTIES_DIFFER: (p) =>
    p.party === undefined
      ? `同じファイル連番${p.timestamp}のファイルで送信元・送信先が違います`
      : `ファイル連番${p.timestamp}の他のファイルは${p.party === 'sender' ? '送信元' : '送信先'}が${p.expected ?? ''}ですが、このファイルは${p.actual ?? ''}です`,
  BUNDLE_INVALID_COMBINATION: (p) => {
    const head = `ファイル連番${p.timestamp}のファイル（${kindsLabel(p.kinds, 'ja')}）は送信単位になりません`;
    if (p.unit === undefined) return head;
    const parts: string[] = [];
    if (p.missing) parts.push(`${kindsLabel(p.missing, 'ja')}がありません`);
    if (p.extra) parts.push(`${kindsLabel(p.extra, 'ja')}は${p.unit}に入りません`);
    const where = elsewhere(p.elsewhere, 'ja').map(([ts, kinds]) => (ts === undefined ? kinds : `${kinds}はファイル連番${ts}`));
    return `${head}。いちばん近い${unitLabel(p.unit, 'ja')}に対し、${parts.join('。')}${where.length > 0 ? `（${where.join('、')}になっています）` : ''}`;
  },
  BUNDLE_DUPLICATE_KIND: (p) => `1つの送信単位に${kindLabel(p.kind, 'ja')}が複数あります`,
  BUNDLE_MISSING_PARENT_RECORD: (p) => `紐づく${kindLabel(p.parent, 'ja')}のレコードがありません（${p.keys}が同じレコード）`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: (p) => `この送信単位の利用者補足情報のファイル名の年月は${p.expected}です`,
  BUNDLE_IMAGE_UNREFERENCED: () => 'どの利用者基本情報からも参照されていない画像ファイルです',
  BUNDLE_IMAGE_MISSING: () => '利用者基本情報が参照する家族構成画像ファイルがありません',
  BUNDLE_SINGLE_FILE_NOTE: () => '1ファイル単独のチェックです。送信単位・ファイル間の紐づけは確認していません',
  BUNDLE_APPENDIX_MISSING: (p) => `${kindLabel(p.kind, 'ja')}が同じ送信単位にありません（原則として合わせて送付）`,
  BUNDLE_UNITS_MERGED: (p) =>
    `ファイル連番${p.timestamp}に複数の送信単位（${unitsLabel(p.units, 'ja')}）があります（仕様の例には予定と実績を合わせて共有する場合があるため警告）`,
  BUNDLE_SEQUENCE_SHARED: (p) =>
    `同じ送信元のファイル連番${p.timestamp}が${p.count}か所の送信先に使われています（それぞれ送信単位として成立。仕様は連番を送信先ごとと定めていないため警告）`,
  BUNDLE_MIXED_EDITIONS: (p) => `ファイル連番${p.timestamp}のファイルのCSVバージョンが版をまたいでいます（${p.versions}）`,
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: (p) => `第7表の回数（${p.count}）が第6表の予定の合計（${p.planned}）を超えています`,
  BUNDLE_T7_LINE_WITHOUT_PLAN: (p) => `サービスコード${p.code}の第6表（予定）のレコードがありません`,
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: (p) => (p.code === '' ? 'この利用者の第7表の行がありません' : `第6表（予定）のサービスコード${p.code}が第7表にありません`),
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: (p) => `区分支給限度基準内単位数の合計（${p.total}単位）が、利用者補足情報の区分支給限度基準額を${p.over}単位超えています`,
  BUNDLE_CATEGORY_EXCESS_MISMATCH: (p) => `区分支給限度基準を超える単位数の合計は${p.expected}単位です（区分支給限度基準額を超える分）`,
  BUNDLE_TYPE_LIMIT_MISMATCH: (p) => `${p.slot}枠（サービス種類${p.serviceType}）の単位数は、第7表の種類支給限度の単位数から${p.expected}です`,
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN: (p) => `サービスコード${p.code}の実績の回数（${p.actual}）または日付が予定（${p.planned}）と異なります（参考）`,
  FILE_UNREADABLE: (p) => `ファイルを読めません（${UNREADABLE_JA[p.reason] ?? p.reason}）。このファイルは未検査です`,
  FILE_NOT_REGULAR: (p) => `通常のファイルではありません（${NOT_REGULAR_JA[p.type] ?? p.type}）。このファイルは未検査です`,
  FILE_SYMLINK_SKIPPED: () => 'シンボリックリンクです。リンク先は読んでいません（未検査）',
  FILE_SIZE_UNKNOWN: () => 'ファイルの大きさが読む前にわからない（または読んでいる間に変わった）ため、読んでいません（未検査）',
  FILENAME_UNDECODABLE: () => 'ファイル名の文字がUTF-8として読めません（Shift_JISの名前のまま展開されたZIPなど）。このファイルは未検査です',
} satisfies Messages;
