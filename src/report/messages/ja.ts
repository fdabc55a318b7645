import type { Messages } from './types.js';
import { bytesLabel, codeListLabel, countLabel, elsewhere, kindLabel, kindsLabel, unitLabel } from '../words.js';

/** The reasons FILENAME_UNSAFE_CHARACTER gives (filenames/parse.ts). */
const UNSAFE_JA: Readonly<Record<string, string>> = { separator: 'パス区切り', control: '制御文字', 'parent-segment': '「..」' };

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
  ENCODING_INVALID_BYTES: (p) => `Shift_JIS（MS932）として読めないバイト列です（${p.bytes}）`,
  ENCODING_GAIJI: (p) => `外字（ユーザー定義領域 ${p.bytes ?? ''}）は使用できません`,
  ENCODING_UNREPRESENTABLE_CHAR: (p) => `文字「${p.char}」（${p.codePoint}）はShift_JIS（MS932）で表せません`,
  ENCODING_UTF8_INPUT: () => 'ファイルがUTF-8で保存されています。仕様はShift_JIS（MS932）です',
  ENCODING_UTF8_BOM: () => 'ファイルの先頭にUTF-8のBOMがあります。仕様はShift_JIS（MS932）でBOMなしです',
  ENCODING_CONTROL_CHARACTER: (p) => `制御文字（${p.codePoint}）が含まれています`,
  ENCODING_CHAR_NORMALIZED: (p) => `${p.from} を ${p.to} に置き換えました`,
  ENCODING_NON_CANONICAL_BYTES: (p) => `NEC選定IBM拡張文字など、再出力するとバイト列が変わる文字があります（${p.count}文字）`,
  CSV_LF_LINE_ENDING: (p) => `改行がLFです（${p.count}行）。出力時はCRLFにします`,
  CSV_CR_LINE_ENDING: (p) => `改行がCRだけの行があります（${p.count}行）`,
  CSV_NO_FINAL_NEWLINE: () => '最終行の後に改行がありません',
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
  RECORD_FIELD_COUNT: (p) => `項目数が${p.actual}です（${kindLabel(p.kind, 'ja')}は${p.expected}項目）`,
  RECORD_RENTAL_NEEDS_TAIS: (p) => `サービス種類${p.serviceType}（福祉用具貸与）はTAISコードか福祉用具届出コードが必要です`,
  RECORD_DETAIL_CODE_NOT_RENTAL: () => '明細判別コードは「17:福祉用具貸与」以外ではNull（空）です',
  RECORD_TIME_PAIR: () => 'サービス開始時刻と終了時刻は、両方HHMMか両方9999にしてください',
  RECORD_TOTAL_ROW_OFFICE: () => '全合計（999999）の行だけがサービス事業所コード9999999999を持ちます',
  RECORD_TOTAL_ROW_FIELD: (p) => `種類別小計・全合計の行では${p.expected === '' ? 'Null（空）' : p.expected}固定です`,
  RECORD_PLAN_ITEM_DUPLICATE: (p) => `（課題NO、援助目標NO、援助内容NO）が${p.firstRecord}件目のレコードと重複しています`,
  RECORD_HOSOKU_LINK: () => '1〜3表に紐づく場合は対象年月000000、6・7表に紐づく場合は作成（変更）日00000000です',
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: (p) => `サービス種類${p.serviceType}は連携対象外です（レコードを生成しない）`,
  RECORD_UNKNOWN_KEY: (p) => `レイアウトにないキー「${p.key}」は出力されません`,
  FILE_EMPTY: () => 'データレコードがありません',
  FILE_HEADER_ROW: () => '見出し行があります。仕様のCSVに見出し行はありません',
  FILE_MIXED_CSV_VERSIONS: (p) => `1ファイルに複数のCSVバージョンが混在しています（${p.versions}）`,
  FILE_UNKNOWN_CSV_VERSION: (p) => `CSVバージョン${p.version}はどの版の仕様にもありません（現行は${p.current}）`,
  FILE_OLDER_CSV_VERSION: (p) => `旧版（${p.edition}）のCSVバージョン${p.version}です（現行は${p.current}）`,
  FILE_UNREADABLE_CSV_VERSION: (p) => `CSVバージョン${p.version}の${p.kind}のレイアウトは読めません`,
  FILE_VERSION_LAYOUT_MISMATCH: (p) => `CSVバージョンは${p.version}ですが、項目数${p.fieldCount}は別の版のレイアウトです（そのレイアウトで読みました）`,
  FILE_MIXED_MONTHS: (p) => `1ファイルに複数の対象年月があります（${p.months}）`,
  FILE_MONTH_MISMATCH: (p) => `ファイル名の年月${p.nameMonth}とレコードの年月${p.recordMonth}が違います`,
  FILE_KIND_MISMATCH: (p) => `ファイル名は${kindLabel(p.kind, 'ja')}ですが、内容（${p.fieldCount}項目）は${kindsLabel(String(p.candidates ?? '').replace(/\//g, '+'), 'ja')}のレイアウトです`,
  FILE_SAME_SENDER_RECEIVER: () => '送信元と送信先の事業所が同じです（送信できない場合があります）',
  FILE_KIND_UNKNOWN: () => 'ファイルの種類がわかりません（ファイル名が標準の命名規約に合っていません）',
  FILE_TOO_LARGE: (p) => `ファイルが大きすぎます（${bytesLabel(p.size, 'ja')}、上限${bytesLabel(p.limit, 'ja')}）`,
  FILE_RECORD_TOO_LARGE: (p) => `レコードが${bytesLabel(p.limit, 'ja')}を超えても終わりません。ここで読むのをやめました`,
  FILE_TOO_MANY_RECORDS: (p) => `レコード数が上限${countLabel(p.limit)}件を超えたため、以降は読んでいません`,
  FILE_ISSUES_TRUNCATED: (p) => `指摘が多すぎるため、残り${p.count}件は省略しました`,
  FILE_NOT_JPEG: () => 'JPEG画像ではありません（先頭がFF D8 FFではない）',
  FILENAME_UNKNOWN_PATTERN: (p) => (p.expected ? `ファイル名が命名規約に合いません（期待: ${p.expected}）` : 'ファイル名が命名規約に合いません'),
  FILENAME_LEGACY_CONVENTION: (p) => `サービス種類コードのない旧版の命名規約（${p.convention}、CSV 202208以前）のファイル名です`,
  FILENAME_LOWERCASE_EXTENSION: (p) => `拡張子「.${p.extension}」が大文字ではありません（仕様は.CSV）`,
  FILENAME_UNSAFE_CHARACTER: (p) => `ファイル名の${p.position}文字目に${UNSAFE_JA[p.reason] ?? '使えない文字'}（${p.codePoint}）があります`,
  FILENAME_TOO_LONG: (p) => `ファイル名が長すぎます（${p.length}文字、上限${p.max}文字）`,
  FILENAME_FULLWIDTH_CHARACTER: (p) => `ファイル名に全角の英数字・記号が${p.count}文字あります（最初は${p.position}文字目の${p.codePoint}）`,
  FILENAME_LOOKALIKE_UNDERSCORE: (p) => `ファイル名に「_」ではなく結合下線（${p.codePoint}）が${p.count}個あります（最初は${p.position}文字目。PDFからのコピー？）`,
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
  FILE_UNREADABLE: (p) => `ファイルを読めません（${UNREADABLE_JA[p.reason] ?? p.reason}）。このファイルは未検査です`,
  FILE_NOT_REGULAR: (p) => `通常のファイルではありません（${NOT_REGULAR_JA[p.type] ?? p.type}）。このファイルは未検査です`,
  FILE_SYMLINK_SKIPPED: () => 'シンボリックリンクです。リンク先は読んでいません（未検査）',
  FILE_SIZE_UNKNOWN: () => 'ファイルの大きさが読む前にわからない（または読んでいる間に変わった）ため、読んでいません（未検査）',
  FILENAME_UNDECODABLE: () => 'ファイル名の文字がUTF-8として読めません（Shift_JISの名前のまま展開されたZIPなど）。このファイルは未検査です',
} satisfies Messages;
