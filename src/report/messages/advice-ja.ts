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
/** 第7表 arithmetic: the amounts come from the care software's calculation, not from typing. */
const RECALC = '介護ソフトで第7表（サービス利用票別表）を計算し直してから出力し直してください。金額や単位数を手で直していないかも確認してください';
/** A finding on a doubtful reading of the spec: the file may well be right. */
const MAY_BE_RIGHT = 'このままで正しい可能性があります（仕様の読み取りに疑義があるため警告です）';
const ROLE = (role: string): string => (role === 'sender' ? '送信元' : role === 'receiver' ? '送信先' : role);
const PART = (part: string): string => (part === 'issue' ? '課題' : part === 'supportPlan' ? '支援計画' : part);

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
  CSV_EOF_MARKER:
    '受け取る側のソフトが読めないことがあります。ファイルの末尾に終端記号（0x1A、Ctrl+Z）を付けずに出力できるか、介護ソフトの設定を確認してください',
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
  FIELD_TIME_2400: `${MAY_BE_RIGHT}。相手先のソフトが2400を受け付けない場合は、終了時刻を2359にしてください`,
  FIELD_INVALID_IMAGE_NAME:
    '家族構成の画像は、介護ソフトから利用者基本情報と一緒に出力し、ソフトが付けたファイル名のまま記載してください（画像の名前を手で付けないでください）',
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
  RECORD_RENTAL_CODE_DOUBTFUL: `加算・減算の行（特別地域加算など）であれば、${MAY_BE_RIGHT}。福祉用具そのものの行であれば、TAISコードか福祉用具届出コードと用具名称を入力してください`,
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: `同じサービスコード・単位数の用具を区別するための番号であれば、${MAY_BE_RIGHT}。区別する必要がなければ、明細判別コードを空にしてください`,
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: (p) =>
    `サービス利用日を対象年月（${p.month}）の日付にしてください。別の月の予定・実績は、その月のファイルに分けて出力してください`,
  RECORD_PRORATED_DAY_NOT_IN_MONTH: (p) => `この月にない日（${p.lastDay}日より後）の「1」を「0」にしてください。介護ソフトで日割の期間を確認してください`,
  RECORD_LIMIT_SLOT_GAP: '途中に空いた枠がないように、サービス種類別限度額を1枠から順に詰めて設定してください',
  RECORD_LIMIT_SLOT_INCOMPLETE: (p) =>
    `${p.slot}枠にサービス種類コードと支給限度基準額の両方を入力してください。使わない枠であれば、その枠の項目をすべて空にしてください`,
  RECORD_LIMIT_SLOT_TYPE: (p) =>
    `短期入所療養介護の枠は、病院・診療所や介護医療院の場合も、サービス種類コードを${p.expected}（短期入所療養介護（介護老人保健施設））にしてください`,
  RECORD_DEPENDENT_FIELD_EMPTY: (p) =>
    `項目No.${p.triggerNo}の選択に合わせて、この項目に内容を入力してください。入力することがない場合は、項目No.${p.triggerNo}の選択が正しいか確認してください`,
  RECORD_UNIT_AMOUNT_MISMATCH: `単位数（割引があれば割引後単位数）と回数が正しいか確認し、${RECALC}`,
  RECORD_DISCOUNTED_UNITS_MISMATCH: `介護ソフトの割引（割引後率）の設定を確認し、${RECALC}`,
  RECORD_LIMIT_SPLIT_MISMATCH: `限度基準を超える単位数と基準内単位数の振り分けを確認し、${RECALC}`,
  RECORD_TOTAL_COST_MISMATCH: `単位数単価と区分支給限度基準内単位数を確認し、${RECALC}`,
  RECORD_OVER30_INSURED_AMOUNT:
    '30日を超えた分（31日目以降）は保険の対象外です。この行の費用総額・保険／事業費請求額・利用者負担（保険／事業対象分）を0か空にし、金額は「利用者負担（全額負担分）」に記載してください',
  RECORD_CLAIM_MISMATCH: `給付率（利用者の負担割合）の設定を確認し、${RECALC}`,
  RECORD_COPAY_MISMATCH: `利用者負担（保険／事業対象分）は、費用総額から保険／事業費請求額を引いた額です。${RECALC}`,
  RECORD_FULL_COST_MISMATCH: `限度基準を超える単位数（30日超の行はその単位数）と単位数単価を確認し、${RECALC}`,
  RECORD_UNIT_PRICE_RANGE: (p) =>
    `単位数単価（通常は${p.min}〜${p.max}円）を、介護ソフトの事業所の地域区分の設定で確認してください。総合事業で市町村が独自の単価を定めている場合は、このままで正しいことがあります`,
  RECORD_UNIT_PRICE_NOT_IN_TABLE: '対処は不要です（参考）。気になる場合は、介護ソフトの事業所の地域区分の設定が正しいか確認してください',
  RECORD_BENEFIT_RATE_RANGE: '給付率は90・80・70などの百分率です。介護ソフトで利用者の負担割合（給付率）の設定を確認してください',
  RECORD_BENEFIT_LIMIT_BELOW_TABLE:
    '利用者補足情報の区分支給限度基準額を確認してください。要介護状態区分と、古い基準額のままになっていないかを介護ソフトで確認してください',
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE:
    '対処は不要です（市町村が基準額を上乗せしている場合があります）。上乗せのない市町村であれば、要介護状態区分と区分支給限度基準額を確認してください',
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC:
    '限度超単位数は「合計単位数−支給限度基準額」（0未満は0）、合計限度超単位数は各枠の限度超単位数の合計です。介護ソフトでサービス種類別限度額を計算し直してから出力し直してください',
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
  FILE_REJECTED_ROWS_TRUNCATED:
    '対処は不要です。レコードとして読めない行が多いため、最初の行だけを結果に残しました。先に上の指摘（項目数・見出し行・ファイルの種類）を直してください',
  FILE_TOO_MANY_RECORDS: '対象の利用者や月を分けて出力し直してください',
  FILE_ISSUES_TRUNCATED: 'まず表示されている指摘を直してから、もう一度チェックしてください',
  FILE_NOT_JPEG: '家族構成の画像はJPEG形式（.JPG）で保存してください',
  FILE_CSV_VERSION_MONTH_MISMATCH: (p) =>
    `サービス提供年月${p.month}の分は、CSVバージョン${String(p.expected).split('/').join('または')}で出力してください。介護ソフトの版と出力設定（CSVバージョン）を確認してください`,
  FILE_DETAIL_CODE_SEQUENCE:
    '同じサービスコード・単位数の福祉用具が複数あるときは、明細判別コードを1から順に（1、2、3…）抜けなく振ってください。介護ソフトで明細の番号を確認してください',
  FILE_PLAN_OFFICE_NAME_MISMATCH: (p) =>
    `委託の場合は、このままで正しいことがあります。そうでなければ、プラン担当業者コード（居宅介護支援事業所の事業所番号）とファイル名の${ROLE(p.role)}事業所番号が正しいか確認してください`,
  FILE_UPDATER_NAME_MISMATCH:
    '委託の場合は、このままで正しいことがあります。そうでなければ、更新業者コード（予定は居宅介護支援事業所、実績はサービス事業所の事業所番号）と送信元の事業所番号が正しいか確認してください',
  FILE_YOBO_SUB_NUMBERING:
    '介護予防サービス・支援計画書（別表）で、同じ課題NOの支援計画NO、同じ支援計画NOの利用サービスNOを、1から順に抜けなく振り直してください',
  FILE_YOBO_SUB_ISSUE_NUMBERING: `${MAY_BE_RIGHT}。課題NOが1から順に（1、2、3…）振られているか、課題が抜けていないか確認してください`,
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: (p) => `同じ${PART(p.part)}の内容は最初の行にだけ記載し、2行目以降はNO以外の項目を空欄にして出力してください`,
  FILE_IMAGE_NAME_SEGMENTS:
    '家族構成画像ファイル名の事業所番号・サービス種類コード・ファイル連番を、この利用者基本情報のファイル名とそろえてください。画像と利用者基本情報を介護ソフトから一度に出力し直すのが確実です',
  FILE_IMAGE_NAME_DUPLICATE: '原則は1人に1つの画像です。ほかの利用者の画像と取り違えていないか確認し、利用者ごとに枝番の違う画像ファイルを付けてください',
  FILE_SUBTOTAL_MISMATCH: `明細行を直した後に種類別小計が計算し直されていない可能性があります。${RECALC}`,
  FILE_SUBTOTAL_MISSING: (p) =>
    `同じサービス種類の明細が複数行あるときは、種類別小計（${p.code}）の行が必要です。介護ソフトで小計の行も出力されるようにしてください`,
  FILE_SUBTOTAL_MISSING_DOUBTFUL: (p) =>
    `区分支給限度基準額の対象の明細が1行だけなので、${MAY_BE_RIGHT}。相手先が求める場合は、種類別小計（${p.code}）の行も出力してください`,
  FILE_SUBTOTAL_DUPLICATE: (p) =>
    `種類別小計（${p.code}）の行は、事業所・サービス種類ごとに1行にしてください。同じ利用者の明細を二重に出力していないか確認してください`,
  FILE_GRAND_TOTAL_MISSING: '利用者ごとに全合計（サービスコード999999）の行を出力してください。ファイルが途中で切れていないかも確認してください',
  FILE_T7_USER_ROWS_APART:
    '第7表は利用者ごとに行をまとめ（最後にその利用者の全合計999999の行）、帳票と同じ順に出力できるか介護ソフトで確認してください。受け取る側のソフトが利用者ごとに読み込めないことがあります',
  FILE_GRAND_TOTAL_DUPLICATE: '全合計の行は利用者ごとに1行です。同じ利用者を二重に出力していないか確認して、出力し直してください',
  FILE_GRAND_TOTAL_MISMATCH: `ほかに小計・明細の指摘があれば先に直してください。${RECALC}`,
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: `区分支給限度基準額の対象外の行や30日超の行の合計の仕方によっては、${MAY_BE_RIGHT}。ほかに小計・明細の指摘があれば先に直し、それ以外の行の金額が全合計と合っているか確認してください`,
  FILE_OUTSIDE_LIMIT_NOT_COSTED:
    '区分支給限度基準額の対象外の加算などであれば、その行（または区分支給対象外の種類別小計の行）に費用総額・請求額・利用者負担を記載してください。対象内のサービスであれば、この行に給付管理単位数を記載してください',
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
  FILENAME_UPKIHON_MONTH_SEGMENT: `本文の例に沿った名前なので、${MAY_BE_RIGHT}。相手先で受け取れない場合は、年月のない名前（UPKIHON_送信元事業所番号_…）で出力できるか、介護ソフトのサポート窓口に確認してください`,
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
  BUNDLE_APPENDIX_MISSING: (p) =>
    `${kindLabel(p.kind, 'ja')}も一緒に出力して、同じファイル連番で送ってください。記載する内容がない場合は、このままでかまいません`,
  BUNDLE_UNITS_MERGED: `予定と実績を一緒に共有する場合など、${MAY_BE_RIGHT}。相手先で受け取れない場合は、送信単位ごとに別のファイル連番で出力し直してください`,
  BUNDLE_SEQUENCE_SHARED: `${MAY_BE_RIGHT}。送信先ごとに、その送信先のファイルだけを選んで送ってください。相手先で受け取れない場合は、送信先ごとに出力し直してください`,
  BUNDLE_MIXED_EDITIONS: '同じ送信単位のファイルは、介護ソフトの同じ版（同じCSVバージョン）で一度に出力し直してください',
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: '第7表の回数は、第6表の予定の1か月分の合計です。第6表の予定と第7表の回数をそろえて、一緒に出力し直してください',
  BUNDLE_T7_LINE_WITHOUT_PLAN:
    '第6表（予定）にもこのサービスを入れてから、第6表と第7表を一緒に出力し直してください。月単位の加算を第6表に載せない運用であれば、このままでもかまいません',
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: (p) =>
    p.code === ''
      ? 'この利用者の第7表（サービス利用票別表）も一緒に出力して送ってください'
      : '第7表にもこのサービスの行が出力されるように、第6表と第7表を同じ時点のデータから一緒に出力し直してください',
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: `区分支給限度基準内単位数は区分支給限度基準額を超えられません。利用者補足情報の区分支給限度基準額（要介護状態区分）を確認し、超えた分は「区分支給限度基準を超える単位数」に振り分けてください。${RECALC}`,
  BUNDLE_CATEGORY_EXCESS_MISMATCH: `区分支給限度基準を超える単位数は、区分支給限度基準額を超えた分です。利用者補足情報の区分支給限度基準額を確認し、${RECALC}`,
  BUNDLE_TYPE_LIMIT_MISMATCH: (p) =>
    `利用者補足情報の${p.slot}枠（サービス種類${p.serviceType}）の合計単位数・限度超単位数を、第7表の種類支給限度の単位数にそろえてください。両方を同じ時点のデータから一緒に出力し直すのが確実です`,
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN:
    '対処は不要です（利用の中止や日程の変更で、実績が予定と違うのはよくあることです）。実績の入力漏れがないかだけ確認してください',
} satisfies Advice;
