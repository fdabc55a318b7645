/** The page's own words (the report's words come from the library and the CLI reporters). */
import { CURRENT_CSV_VERSION, CURRENT_EDITION } from '../spec/editions/index.js';
import type { Locale } from '../index.js';

export interface UiText {
  readonly title: string;
  readonly lead: string;
  readonly privacy: string;
  readonly drop: string;
  readonly dropHint: string;
  readonly choose: string;
  readonly switchTo: string;
  readonly switchLabel: string;
  readonly reading: (n: number) => string;
  readonly checked: (n: number, ok: boolean) => string;
  readonly nothing: string;
  readonly whole: string;
  readonly noIssues: string;
  readonly cols: {
    severity: string;
    file: string;
    record: string;
    line: string;
    fieldNo: string;
    fieldName: string;
    code: string;
    message: string;
    advice: string;
  };
  readonly unread: string;
  readonly byte: (n: number) => string;
  readonly kindUnknown: string;
  readonly records: (n: number) => string;
  readonly showRecords: string;
  readonly hideRecords: string;
  readonly showValues: string;
  readonly hideValues: string;
  readonly masked: string;
  readonly recordNo: string;
  readonly noRecords: string;
  readonly rejected: (n: number) => string;
  readonly truncated: (shown: number, total: number) => string;
  readonly tableCaption: (name: string) => string;
  readonly readError: (name: string) => string;
}

export const UI: Readonly<Record<Locale, UiText>> = {
  ja: {
    title: 'ケアプランデータ連携 CSV チェッカー',
    lead: `ケアプランデータ連携標準仕様 ${CURRENT_EDITION.name.ja}（CSVバージョン ${CURRENT_CSV_VERSION}）の CSV・PDF・画像ファイルを検査します。`,
    privacy: 'ファイルはこのブラウザの中だけで処理され、送信されません。',
    drop: 'ここにファイルやフォルダーをドロップ',
    dropHint: 'またはクリック（Enter キー）してファイルを選択',
    choose: 'ファイルを選択',
    switchTo: 'English',
    switchLabel: 'Switch to English',
    reading: (n) => `${n}ファイルを読み込み中…`,
    checked: (n, ok) => `${n}ファイルを検査しました: ${ok ? 'エラーはありません' : 'エラーがあります'}`,
    nothing: 'ファイルがありません。',
    whole: '送信全体',
    noIssues: '問題なし',
    cols: {
      severity: '重大度',
      file: 'ファイル',
      record: '件目',
      line: '行',
      fieldNo: '項目No.',
      fieldName: '項目名',
      code: 'コード',
      message: 'メッセージ',
      advice: '対処',
    },
    unread: '未検査',
    byte: (n) => `${n}バイト目`,
    kindUnknown: '種類不明',
    records: (n) => `${n}件`,
    showRecords: 'レコードを表示',
    hideRecords: 'レコードを閉じる',
    showValues: '値を表示',
    hideValues: '値を隠す',
    masked: '個人情報の項目は「＊＊＊」で隠しています。',
    recordNo: '件目',
    noRecords: 'レコードはありません。',
    rejected: (n) => `読み込めなかった行が${n}行あります（値は表示しません）。`,
    truncated: (shown, total) => `先頭の${shown}件を表示しています（全${total}件）。`,
    tableCaption: (name) => `${name} のレコード`,
    readError: (name) => `${name} を読み込めませんでした。`,
  },
  en: {
    title: 'Care plan data CSV checker',
    lead: `Checks the CSV, PDF and image files of ケアプランデータ連携標準仕様 ${CURRENT_EDITION.name.ja} (CSV version ${CURRENT_CSV_VERSION}).`,
    privacy: 'Your files are processed only inside this browser and are never sent anywhere.',
    drop: 'Drop files or folders here',
    dropHint: 'or click (press Enter) to choose files',
    choose: 'Choose files',
    switchTo: '日本語',
    switchLabel: '日本語に切り替える',
    reading: (n) => `Reading ${n} ${n === 1 ? 'file' : 'files'}…`,
    checked: (n, ok) => `Checked ${n} ${n === 1 ? 'file' : 'files'}: ${ok ? 'no errors' : 'errors found'}`,
    nothing: 'No files.',
    whole: 'The send as a whole',
    noIssues: 'OK',
    cols: {
      severity: 'Severity',
      file: 'File',
      record: 'Record',
      line: 'Line',
      fieldNo: 'Field No.',
      fieldName: 'Field',
      code: 'Code',
      message: 'Message',
      advice: 'What to do',
    },
    unread: 'Not checked',
    byte: (n) => `byte ${n}`,
    kindUnknown: 'unknown kind',
    records: (n) => `${n} ${n === 1 ? 'record' : 'records'}`,
    showRecords: 'Show records',
    hideRecords: 'Hide records',
    showValues: 'Show values',
    hideValues: 'Hide values',
    masked: 'Personal fields are masked as "***".',
    recordNo: 'Record',
    noRecords: 'No records.',
    rejected: (n) => `${n} ${n === 1 ? 'row' : 'rows'} could not be read (values not shown).`,
    truncated: (shown, total) => `Showing the first ${shown} of ${total} records.`,
    tableCaption: (name) => `Records of ${name}`,
    readError: (name) => `Could not read ${name}.`,
  },
};
