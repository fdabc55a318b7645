/**
 * 対処: what to do about each issue, in plain Japanese for the clerk (居宅介護支援事業所・サービス事業所
 * の事務担当) and the support desk. Shown by `check --explain`, on the checker page and in
 * docs/issues.md. A new code needs a line here (the compiler and test/core/advice.test.ts say so).
 */
import type { Advice } from './types.js';
import { kindLabel, kindsLabel } from '../words.js';

const SJIS = 'ソフトの出力設定で文字コードをShift_JIS（MS932）にして、ファイルを出力し直してください';
const RE_EXPORT = '介護ソフトから出力し直してください。Excelなどで開いて保存し直すと形式が変わります';
const FIX_IN_SOFT = '介護ソフトでこの項目を入力し直してから、ファイルを出力し直してください';
const VENDOR = '介護ソフトの出力の不具合と思われます。ソフトのサポート窓口にこの表示を伝えてください';

export const adviceJa = {
  ENCODING_INVALID_BYTES: `${SJIS}。文字化けした文字が入力されていないかも確認してください`,
  ENCODING_GAIJI: '外字（ユーザー定義の文字）は送れません。介護ソフトで該当の文字を通常の漢字やかなに置き換えてください',
  ENCODING_UNREPRESENTABLE_CHAR: 'Shift_JISにない文字（絵文字・一部の異体字など）を、近い通常の文字に置き換えてください',
  ENCODING_UTF8_INPUT: SJIS,
  ENCODING_UTF8_BOM: `${SJIS}。Excelの「CSV UTF-8」で保存したファイルは送れません`,
  ENCODING_CONTROL_CHARACTER: '見えない制御文字が入っています。介護ソフトで該当の項目を入力し直してください（コピー＆貼り付けで入ることがあります）',
  ENCODING_CHAR_NORMALIZED: '対処は不要です。似た形の文字をShift_JISの文字に置き換えて出力しました',
  ENCODING_NON_CANONICAL_BYTES: '対処は不要です（受け取り側で同じ文字として読めます）',
  CSV_LF_LINE_ENDING: '対処は不要です。気になる場合はソフトの出力設定で改行をCRLFにしてください',
  CSV_CR_LINE_ENDING: 'ソフトの出力設定で改行をCRLFにしてください',
  CSV_NO_FINAL_NEWLINE: '対処は不要です',
  CSV_EMPTY_LINE: `空行を取り除いてください。${RE_EXPORT}`,
  CSV_UNTERMINATED_QUOTE: `ファイルが途中で切れているか、「"」の対応が崩れています。${RE_EXPORT}`,
  CSV_STRAY_QUOTE: `「"」の使い方が崩れています。${RE_EXPORT}`,
  CSV_TEXT_AFTER_QUOTE: `「"」の使い方が崩れています。${RE_EXPORT}`,
  CSV_TOO_MANY_FIELDS: `項目の区切り（,）が多すぎます。${RE_EXPORT}`,
  CSV_UNQUOTED_FREE_TEXT: '対処は不要です（受け取り側で読めます）',
  CSV_QUOTED_NON_FREE_FIELD: '対処は不要です（受け取り側で読めます）',
  FIELD_REQUIRED: FIX_IN_SOFT,
  FIELD_REQUIRED_DOUBTFUL: 'できれば入力してください。仕様があいまいなため警告にとどめています',
  FIELD_NECESSARY_EMPTY: '対処は不要です。分かる場合は入力すると相手先に伝わります',
  FIELD_TOO_LONG: (p) => `${p.max}文字以内に短くしてください。${FIX_IN_SOFT}`,
  FIELD_TOO_LONG_DOUBTFUL: (p) => `できれば${p.max}文字以内にしてください`,
  FIELD_WRONG_LENGTH: (p) => `${p.expected}桁で入力してください。先頭の0が消えている場合は、Excelで開いて保存し直していないか確認し、${RE_EXPORT}`,
  FIELD_INVALID_YYYYMM: '年月は西暦6桁（例: 202505）で入力してください',
  FIELD_INVALID_DATE: '日付は西暦8桁（例: 20250501）で、「/」を付けずに入力してください。Excelで保存し直すと「2025/5/1」になります',
  FIELD_INVALID_TIME: '時刻は4桁（例: 0930）で、「:」を付けずに入力してください',
  FIELD_NOT_DIGITS: '半角数字だけで入力してください',
  FIELD_INVALID_INTEGER: '半角の整数で入力してください',
  FIELD_INVALID_DECIMAL: '半角の数値（例: 12.34）で入力してください',
  FIELD_OUT_OF_RANGE: (p) => `${p.min}〜${p.max}の値を入力してください`,
  FIELD_INVALID_OFFICE_CODE: '事業所番号は半角数字10桁です。先頭の0が消えていないか確認してください',
  FIELD_INVALID_SERVICE_TYPE: 'サービス種類コードは半角2桁（例: 11）です。先頭の0が消えていないか確認してください',
  FIELD_INVALID_INSURED_NUMBER: '被保険者証の番号（半角数字10桁）を確認してください。先頭の0が消えていないかも確認してください',
  FIELD_INVALID_POSTAL_CODE: '郵便番号は「123-4567」の形で入力してください',
  FIELD_INVALID_SERVICE_CODE: 'サービスコードは半角英数字6桁です。サービスコード表で確認してください',
  FIELD_INVALID_DAY_FLAGS: '日割対象日は「0」と「1」を31文字並べてください',
  FIELD_INVALID_TAIS_CODE: 'TAISコードまたは福祉用具届出コードを「00001-000010」の形（12文字）で入力してください',
  FIELD_TAIS_FULLWIDTH_DASH: '区切りを半角の「-」にしてください',
  FIELD_INVALID_PHONE: '電話番号は半角の数字とハイフンで入力してください',
  FIELD_UNKNOWN_CODE: '表示されている「使える値」のどれかを選んでください。介護ソフトで選択肢から選び直すと確実です',
  FIELD_NOT_USED_NOT_EMPTY: 'この項目は使わないので空にしてください',
  RECORD_FIELD_COUNT: (p) => `${kindLabel(p.kind, 'ja')}のファイルではないか、古い版のレイアウトです。ファイルの種類と介護ソフトの版を確認し、${RE_EXPORT}`,
  RECORD_RENTAL_NEEDS_TAIS: '福祉用具貸与の行には、TAISコードか福祉用具届出コードを入力してください',
  RECORD_DETAIL_CODE_NOT_RENTAL: '福祉用具貸与以外の行では、明細判別コードを空にしてください',
  RECORD_TIME_PAIR: '開始時刻と終了時刻を両方入力するか、時刻のない場合は両方「9999」にしてください',
  RECORD_TOTAL_ROW_OFFICE: VENDOR,
  RECORD_TOTAL_ROW_FIELD: VENDOR,
  RECORD_PLAN_ITEM_DUPLICATE: '第2表で同じ番号の課題・目標・援助内容が重なっています。番号を振り直してください',
  RECORD_HOSOKU_LINK: VENDOR,
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: 'このサービス種類はデータ連携の対象外です。この行を出力しない設定にしてください',
  RECORD_UNKNOWN_KEY: '項目名のつづりを確認してください（この値は出力されません）',
  FILE_EMPTY: '中身のないファイルです。出力の対象（利用者・年月）を確認して、出力し直してください',
  FILE_HEADER_ROW: `1行目の見出し行を削除してください。${RE_EXPORT}`,
  FILE_MIXED_CSV_VERSIONS: '異なる版で出力したファイルを1つにまとめないでください。介護ソフトから一度に出力し直してください',
  FILE_UNKNOWN_CSV_VERSION: '介護ソフトが標準仕様に対応しているか、ソフトの版を確認してください',
  FILE_OLDER_CSV_VERSION: '介護ソフトを最新の版に更新してから出力し直してください。相手先が古い版で受け付けるか確認してもかまいません',
  FILE_UNREADABLE_CSV_VERSION: '介護ソフトを最新の版に更新してから出力し直してください',
  FILE_VERSION_LAYOUT_MISMATCH: '介護ソフトの版と出力設定（CSVバージョン）を確認してください',
  FILE_MIXED_MONTHS: '1つのファイルには1か月分だけを出力してください',
  FILE_MONTH_MISMATCH: 'ファイル名の年月と中身の年月をそろえてください。ファイル名を手で変えていないか確認してください',
  FILE_KIND_MISMATCH: 'ファイル名を変えていないか確認してください。介護ソフトから出力したときの名前のまま送ってください',
  FILE_SAME_SENDER_RECEIVER: '送信先の事業所番号が正しいか確認してください',
  FILE_KIND_UNKNOWN: 'ファイル名を介護ソフトが出力したときの名前（例: UPPLAN_202505_…CSV）に戻してください',
  FILE_TOO_LARGE: '1回の送信は10 MBまでです。対象の利用者や月を分けて出力し、何回かに分けて送ってください',
  FILE_RECORD_TOO_LARGE: `ファイルが壊れているか、CSVではありません。${RE_EXPORT}`,
  FILE_TOO_MANY_RECORDS: '対象の利用者や月を分けて出力し直してください',
  FILE_ISSUES_TRUNCATED: 'まず表示されている指摘を直してから、もう一度チェックしてください',
  FILE_NOT_JPEG: '家族構成の画像はJPEG形式（.JPG）で保存してください',
  FILE_UNREADABLE: (p) =>
    p.reason === 'EACCES' || p.reason === 'EPERM'
      ? 'ファイルを開く権限を確認してください（ほかの人が作ったフォルダーなら、コピーしてからチェックしてください）'
      : p.reason === 'ENOENT'
        ? 'ファイルが移動・削除されていないか確認して、もう一度チェックしてください'
        : 'ファイルを別の場所にコピーしてから、もう一度チェックしてください',
  FILE_NOT_REGULAR: '送信するファイルだけを入れたフォルダーでチェックしてください',
  FILE_SYMLINK_SKIPPED: 'リンク先のファイルそのものを置くか、--follow-symlinks を付けてチェックしてください',
  FILE_SIZE_UNKNOWN: 'ファイルを通常のフォルダーにコピーしてからチェックしてください',
  FILENAME_UNKNOWN_PATTERN: 'ファイル名を介護ソフトが出力したときの名前に戻してください（名前を手で変えると受け取れません）',
  FILENAME_LEGACY_CONVENTION: '介護ソフトを最新の版に更新してから出力し直してください',
  FILENAME_LOWERCASE_EXTENSION: '対処は不要です。気になる場合は拡張子を「.CSV」にしてください',
  FILENAME_UNSAFE_CHARACTER: 'ファイル名を介護ソフトが出力したときの名前に戻してください',
  FILENAME_TOO_LONG: 'ファイル名を介護ソフトが出力したときの名前に戻してください',
  FILENAME_FULLWIDTH_CHARACTER: 'ファイル名の英数字・記号を半角にしてください（介護ソフトが出力したときの名前に戻すのが確実です）',
  FILENAME_LOOKALIKE_UNDERSCORE: 'ファイル名の「_」を半角のアンダーバーで打ち直してください（PDFからコピーした名前は使わないでください）',
  FILENAME_INVALID_MONTH: 'ファイル名の年月（YYYYMM）を確認してください。介護ソフトから出力し直すのが確実です',
  FILENAME_INVALID_TIMESTAMP: 'ファイル名の末尾14桁（年月日時分秒）を確認してください。介護ソフトから出力し直すのが確実です',
  FILENAME_UNDECODABLE: 'ZIPを展開し直すか（Windowsの標準機能で展開）、ファイル名を付け直してからチェックしてください',
  BUNDLE_TOO_MANY_FILES: (p) =>
    `1回に送るファイルを${p.limit}個以下に分けてください。フォルダーに何回分もの送信が入っている場合は、送信ごとのフォルダーに分けてチェックしてください（コマンドラインでは check --archive で送信ごとにチェックできます）`,
  BUNDLE_TOO_LARGE: '1回に送るファイルを10 MB以下になるように分けて、何回かに分けて送ってください',
  BUNDLE_EXTENSION_NOT_ALLOWED: '送れるのはCSV・PDF・JPEG・JPG・GIF・PNG・TXTだけです。このファイルは送信から外してください',
  BUNDLE_NOT_STANDARD_CSV: '標準仕様のCSV以外は送れません。ファイル名を変えていないか確認し、関係ないCSVは送信から外してください',
  BUNDLE_DUPLICATE_NAME: '同じ名前のファイルは1つだけにしてください（同じファイルを二重に入れていないか確認してください）',
  BUNDLE_UNIT_PARTIES_DIFFER: '同じファイル連番のファイルは、同じ送信元から同じ送信先へ送るものだけにしてください。介護ソフトから一度に出力し直してください',
  BUNDLE_INVALID_COMBINATION: (p) =>
    p.missing
      ? `${kindsLabel(p.missing, 'ja')}も一緒に出力し、同じファイル連番のファイルをそろえて送ってください。ファイル名の連番を手で変えないでください`
      : '同じファイル連番には、標準仕様の組み合わせ（送信単位）のファイルだけを入れてください。介護ソフトから一度に出力し直してください',
  BUNDLE_DUPLICATE_KIND: '同じ種類のファイルを二重に入れていないか確認してください（1つの送信単位に1つずつです）',
  BUNDLE_MISSING_PARENT_RECORD: (p) => `${kindLabel(p.parent, 'ja')}も同じ利用者・同じ日付で一緒に出力して送ってください`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: '利用者補足情報は、一緒に送る表と同じ出力で作られたものを送ってください',
  BUNDLE_IMAGE_UNREFERENCED: '利用者基本情報の「家族構成画像ファイル名」と画像ファイルの名前をそろえてください',
  BUNDLE_IMAGE_MISSING: '利用者基本情報が指している家族構成の画像ファイルも一緒に送ってください',
  BUNDLE_SINGLE_FILE_NOTE: '送信単位のそろい方も確かめるには、一緒に送るファイルをまとめてチェックしてください（フォルダーごと指定できます）',
} satisfies Advice;
