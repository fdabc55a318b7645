/** `careplan-csv inspect`: one file as a readable list of records, personal fields masked. */
import type { Issue } from '../core/issue.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import { parseStream } from '../codec/parse-stream.js';
import { parseFile } from '../codec/parse-file.js';
import { parseFilename } from '../filenames/parse.js';
import { printable } from '../report/format.js';
import { getTable, isKindId, KIND_IDS } from '../spec/kinds/index.js';
import { isKnownCsvVersion, layoutFor } from '../spec/editions/index.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, RefusedError, UsageError, byteCount, helpLang, nonNegativeInt, oneOf, parse, whileStdoutFull, type Io } from './args.js';
import { maskedValue, mustMask, oneLine, withoutValues } from '../report/mask.js';
import { issueLines } from '../report/text.js';
import { bytesLabel, formName } from '../report/words.js';
import { MAX_BYTES_PER_SEND } from '../bundle/rules/limits.js';
import type { Locale } from '../report/messages/types.js';
import { openInput } from './stream-input.js';

/** Rows that are not records print no values (without --show-values): the first ones are shown, the rest counted. */
const NOT_READ_SHOWN = 100;

export const INSPECT_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方: careplan-csv inspect [オプション] <ファイル|->

1つのファイルのレコードを「No. 項目名: 値」の形で1項目1行で表示し、最後に指摘を表示します。
個人情報の項目（氏名・被保険者番号・住所・電話・生年月日・自由記述）は、--show-values を
付けないかぎり「＊＊＊ (12文字)」と伏せます。ファイルは少しずつ読むので、大きなファイルも読めます。

オプション:
  --show-values       個人情報の値と、指摘の該当値をそのまま表示
  --lang ja|en        項目名とメッセージの言語（既定 ja）
  --limit N           表示するレコードを最大N件に（指摘はすべて表示）
  --kind K            ファイル名から種類がわからないときの種類（例: UPJSK）
  --name NAME         標準入力（-）のファイル名
  --max-bytes N       N バイトより大きいファイルは読まない（例: 10MB）
  --accept-utf8       UTF-8のファイルも読む（移行用）
  --explain           指摘ごとに「対処」を表示
  --all               同じ指摘もまとめずに1行ずつ表示
  -h, --help          このヘルプ

終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り・環境の問題
`,
  en: `Usage: careplan-csv inspect [options] <file|->

Shows the records of one file, one field per line ("No. 項目名: value"), then its issues.
Personal fields (names, 被保険者番号, addresses, phone, birth dates, free text) are masked as
"＊＊＊ (12文字)" unless --show-values is given. The file is read as a stream: any size works.

Options:
  --show-values       show personal values in full (and the offending values of issues)
  --lang ja|en        language of field names and messages (default ja)
  --limit N           show at most N records (the issues are always all shown)
  --kind K            the file kind, when the file name does not say it (e.g. UPJSK)
  --name NAME         the file name of stdin (-)
  --max-bytes N       do not read a file larger than N bytes (e.g. 10MB)
  --accept-utf8       read UTF-8 files too (migrations)
  --explain           show what to do under each issue
  --all               one line per issue (repeated issues are folded otherwise)
  -h, --help          show this help

Exit status: 0 no error, 1 at least one error-severity issue, 2 usage or environment error.
`,
};

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'show-values': { type: 'boolean' },
    lang: { type: 'string' },
    limit: { type: 'string', short: 'n' },
    kind: { type: 'string' },
    name: { type: 'string' },
    'max-bytes': { type: 'string' },
    'accept-utf8': { type: 'boolean' },
    explain: { type: 'boolean' },
    all: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(INSPECT_HELP[helpLang(argv, io.env)]);
    return EXIT_OK;
  }
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const show = values['show-values'] === true;
  const limit = nonNegativeInt('limit', values.limit) ?? Infinity;
  const maxBytes = byteCount('max-bytes', values['max-bytes']);
  if (values.kind !== undefined && !isKindId(values.kind))
    throw new UsageError({ ja: `--kind は ${KIND_IDS.join('、')} のどれかです`, en: `--kind must be one of ${KIND_IDS.join(', ')}` });
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? { ja: '<ファイル> を指定してください', en: 'missing <file>' }
        : { ja: 'inspect にはファイルを1つだけ指定します', en: 'inspect takes exactly one file' },
    );
  const input = openInput(positionals[0]!, io, { name: values.name, maxBytes });
  const ja = lang === 'ja';
  const size = (n: number) => bytesLabel(n, lang);
  if (maxBytes !== undefined && input.size !== undefined && input.size > maxBytes)
    throw new RefusedError({
      ja: `${printable(input.shown)} は ${size(input.size)} で、--max-bytes の ${size(maxBytes)} を超えるため読みません（FILE_TOO_LARGE）`,
      en: `${printable(input.shown)} is ${size(input.size)}, over --max-bytes ${size(maxBytes)}; not read (FILE_TOO_LARGE)`,
    });

  const nameKind = input.name !== undefined ? parseFilename(input.name).kind : undefined;
  const kind = nameKind ?? (values.kind as KindId | undefined);
  io.stdout(`${printable(input.name ?? input.shown)}\n`);
  if (!kind || kind === 'UPKIHON_IMAGE') {
    io.stdout(`${ja ? `種類: ${kind ?? '不明'}` : `Kind: ${kind ?? 'unknown'}`}${kind ? ` ${formName(kind, lang) ?? ''}` : ''}\n`);
  }
  const issues: Issue[] = [];
  let table: TableSpec | undefined;
  let csvVersion: string | undefined;
  let n = 0;
  let notRead = 0;
  const heading = () => {
    if (!table) return;
    io.stdout(
      ja
        ? `種類: ${table.id}（${formName(table.id, 'ja') ?? table.title.ja}）  CSVバージョン: ${printable(csvVersion ?? '-')}\n`
        : `Kind: ${table.id} (${formName(table.id, 'en') ?? table.title.en})  CSV version: ${printable(csvVersion ?? '-')}\n`,
    );
  };
  if (kind === 'UPKIHON_IMAGE') {
    // An image: its bytes (bounded) are checked as parseFile checks them (JPEG signature).
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const c of input.chunks) {
      chunks.push(c);
      size += c.length;
      if (size > MAX_BYTES_PER_SEND) break;
    }
    const bytes = size > MAX_BYTES_PER_SEND ? new Uint8Array(size) : Buffer.concat(chunks);
    for (const i of parseFile({ name: input.name, bytes }).issues) issues.push(show ? i : withoutValues(i));
  } else if (!kind) {
    // No kind: the reader says so (FILE_KIND_UNKNOWN), and the file is not read.
    for await (const e of parseStream([], { name: input.name })) if (e.type === 'issue') issues.push(e.issue);
  } else {
    for await (const e of parseStream(input.chunks, {
      name: input.name,
      kind: values.kind as KindId | undefined,
      reportValues: show,
      acceptUtf8: values['accept-utf8'] === true,
    })) {
      if (e.type === 'issue') {
        issues.push(show ? e.issue : withoutValues(e.issue));
        continue;
      }
      if (!table) {
        // The header names a recognised version only: a shifted file may hold anything in field 1.
        const version = e.type === 'record' ? e.record.csvVersion : undefined;
        csvVersion = version !== undefined && isKnownCsvVersion(version) ? version : undefined;
        table = layoutFor(kind as KindId, version) ?? getTable(kind as KindId);
        heading();
      }
      if (e.type === 'record') {
        if (n++ >= limit) continue;
        const out = ['', ja ? `── ${e.recordNo}件目（${e.line}行目） ──` : `── Record ${e.recordNo} (line ${e.line}) ──`];
        for (const f of table.fields) {
          const v = e.record[f.key] ?? '';
          out.push(`  ${f.no}. ${f.name[lang]}: ${!show && mustMask(f, v) ? maskedValue(v, lang) : oneLine(v)}`);
        }
        io.stdout(`${out.join('\n')}\n`);
        await whileStdoutFull(io);
      } else {
        if (notRead++ >= Math.min(limit, NOT_READ_SHOWN)) continue;
        const out = [
          '',
          ja ? `── 読み込めなかった行（${e.line}行目、${e.fields.length}項目） ──` : `── Row not read (line ${e.line}, ${e.fields.length} fields) ──`,
        ];
        // a rejected row has no layout, so any of its fields may be personal: values only when asked
        if (show) e.fields.forEach((v, j) => out.push(`  ${j + 1}. ${oneLine(v)}`));
        else out.push(ja ? '  （値は --show-values で表示）' : '  (values shown with --show-values)');
        io.stdout(`${out.join('\n')}\n`);
        await whileStdoutFull(io);
      }
    }
    if (!table) {
      table = getTable(kind as KindId);
      heading();
    }
  }
  const out: string[] = [];
  if (table) {
    if (n > limit) out.push('', ja ? `…ほか${n - limit}件（--limit ${limit}）` : `… ${n - limit} more (--limit ${limit})`);
    out.push('', ja ? `レコード: ${n}件` : `Records: ${n}`);
    const notShown = notRead - Math.min(limit, NOT_READ_SHOWN, notRead);
    if (notRead > 0)
      out.push(
        ja
          ? `読み込めなかった行: ${notRead}行${notShown > 0 ? `（うち${notShown}行は表示していません）` : ''}`
          : `Rows not read: ${notRead}${notShown > 0 ? ` (${notShown} of them not shown)` : ''}`,
      );
    if (input.cut() && maxBytes !== undefined)
      out.push(ja ? `注意: --max-bytes（${size(maxBytes)}）で読むのをやめました` : `note: reading stopped at --max-bytes (${size(maxBytes)})`);
    else if (input.read() > MAX_BYTES_PER_SEND)
      out.push(
        ja ? `注意: ${size(input.read())} あり、1回の送信の上限（10 MB）を超えています` : `note: ${size(input.read())}, over the 10 MB limit of one send`,
      );
  }
  out.push('', ja ? `── 指摘（${issues.length}件） ──` : `── Issues (${issues.length}) ──`);
  out.push(...issueLines(issues, { lang, showValues: show, render: { explain: values.explain === true, all: values.all === true } }, '  ', true));
  if (issues.length === 0) out.push(ja ? '  なし' : '  none');
  io.stdout(`${out.join('\n')}\n`);
  const cutError = input.cut() && maxBytes !== undefined;
  return cutError || issues.some((i) => i.severity === 'error') ? EXIT_ISSUES : EXIT_OK;
}
