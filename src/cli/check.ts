/**
 * `careplan-csv check`: validate what the user is about to send.
 *
 * One send (送信) is what the user sends: the files given, or a folder (with --recursive, its
 * subfolders too), or stdin. The per-send limits (30 files, 10 MiB) apply to all of it, decided
 * from the sizes before any file is read; transmission units are formed inside it by ファイル連番.
 * `--archive` is the opt-in for a folder that holds many sends (an inbox, an archive): it is split
 * by (ファイル連番, sender, receiver), and each part is one send.
 *
 * The steps, each its own function so that one can be replaced (a parallel per-send step):
 * 1. `collect`    arguments → input files (types and sizes from stat; faults per file, never thrown)
 * 2. `planSends`  input files → the sends (each file name parsed once, here)
 * 3. `checkSends` the sends → their reports; by default `checkSend` on each (send-check.ts),
 *    on worker threads when there are many sends and bytes enough (workers.ts)
 *    (`checkSend`: limits from sizes, bounded reads, `validateBundle`, then the records dropped)
 * 4. a renderer   the reports → text, JSON or JUnit
 */
import { MAX_BYTES_PER_SEND } from '../bundle/rules/limits.js';
import { printable } from '../report/format.js';
import { parseFilename } from '../filenames/parse.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, UsageError, helpLang, nonNegativeInt, oneOf, parse, type Io } from './args.js';
import { collectInputs, readStreamBounded } from './fs.js';
import { runOk, type CheckMode, type CheckRun } from '../report/model.js';
import { planSends, type PlannedFile, type SendChecker, type SendContext } from './send-check.js';
import { WORKERS_HELP, checkSendsOnThreads } from './workers.js';
import type { Locale } from '../report/messages/types.js';
import { version } from '../../package.json';

export const CHECK_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方: careplan-csv check [オプション] <パス...>

ケアプランデータ連携標準仕様 第4.1版のCSVファイル（Shift_JIS / CP932）を検査します。

  1ファイル         そのファイルの規則と送信の上限だけ（レポートにそう書きます）
  複数のファイル     1回の送信として: 送信単位とファイル間の紐づけも検査
  フォルダー        中のファイル全部を1回の送信として（--recursive でサブフォルダーも）。
                    上限（30ファイル・10 MB）はフォルダー全体に、送信単位はファイル連番ごとに
  -                 標準入力から1ファイル（--name でファイル名）

オプション:
  --archive                  フォルダーに何回分もの送信があるとき: ファイル連番・送信元・
                             送信先ごとに分けて、それぞれを1回の送信として検査
  --format text|json|junit   出力形式（既定 text）
  --lang ja|en               メッセージと項目名の言語（既定 ja）
  --explain                  指摘ごとに「対処」を表示
  --all                      同じ項目の同じ指摘もまとめずに1行ずつ表示
  --errors-only              エラーだけを表示（件数はすべて数えます）
  --max-issues N             1ファイルの指摘を最大N件まで（既定 1000）
  --strict                   仕様に明記された警告をエラーにする（ベンダーの試験用）
  --accept-utf8              UTF-8のファイルも読む（移行用。UTF-8であることは指摘します）
  --show-values              指摘に該当の値を表示（text・junit）。付けないかぎり値は表示しません
                             （氏名・被保険者番号・住所などの個人情報）。JSONには値を入れません
  --recursive, -r            サブフォルダーも読む
  --follow-symlinks          フォルダー内のシンボリックリンクをたどる（既定ではたどらず指摘）
  --name NAME                標準入力（-）のファイル名（- には必須）
  -h, --help                 このヘルプ

JSON（--format json）の形式は docs/report.schema.json（schemaVersion）にあります。
  { "ok", "files": [ { "name", "kind", "csvVersion", "records", "issues": [ISSUE], "path", … } ],
    "bundle": { "issues": [ISSUE + "file"] }, "sends": [...], "summary": {...}, "version", … }
  ISSUE = { "code", "severity", "message", "line", "record", "row", "fieldNo", "fieldName",
            "offset", "params", "advice" }（ない値は null。"records" は読まなかったファイルで null）

端末では、11ファイル以上のとき進み具合を標準エラーに表示します（--format json では表示しません）。

終了コード: 0 エラーなし、1 エラーあり、2 使い方の誤り・環境の問題（知らないオプション、
ないパス、読めないフォルダー）、3 内部エラー（不具合。報告してください）
`,
  en: `Usage: careplan-csv check [options] <path...>

Validates CSV files of ケアプランデータ連携標準仕様 第4.1版 (Shift_JIS / CP932).

  one file          file rules and per-send limits only (the report says so)
  several files     one send (送信): units and relations between the files too
  a directory       all its files are one send (with --recursive, its subdirectories too):
                    the limits (30 files, 10 MB) apply to all of it, units are formed by
                    ファイル連番
  -                 one file from stdin (--name gives its file name)

Options:
  --archive                  a directory that holds many sends: split it by ファイル連番,
                             sender and receiver, and check each part as one send
  --format text|json|junit   output format (default text)
  --lang ja|en               language of messages and field names (default ja)
  --explain                  show what to do (「対処」) under each issue
  --all                      one line per issue (repeated issues of one field are folded otherwise)
  --errors-only              show errors only (the counts still count every issue)
  --max-issues N             keep at most N issues per file (default 1000)
  --strict                   warnings the spec states without doubt are errors (vendor tests)
  --accept-utf8              read UTF-8 files too (migrations; still reported)
  --show-values              show offending values in text and junit reports. Without it,
                             values are never printed: personal data (names, 被保険者番号,
                             addresses, …) stays masked. The JSON never carries values.
  --recursive, -r            also read subdirectories of directory arguments
  --follow-symlinks          follow symbolic links in directories (reported, not followed, otherwise)
  --name NAME                the file name of stdin (-; required with -)
  -h, --help                 show this help

JSON (--format json) follows docs/report.schema.json (schemaVersion):
  { "ok", "files": [ { "name", "kind", "csvVersion", "records", "issues": [ISSUE], "path", … } ],
    "bundle": { "issues": [ISSUE + "file"] }, "sends": [...], "summary": {...}, "version", … }
  ISSUE = { "code", "severity", "message", "line", "record", "row", "fieldNo", "fieldName",
            "offset", "params", "advice" } (absent values are null; "records" is null for a
  file that was not read)

A progress line goes to stderr when it is a terminal and there are more than 10 files
(never with --format json).

Exit status: 0 no error, 1 at least one error-severity issue, 2 usage or environment error
(unknown option, a path that does not exist, a directory that cannot be listed), 3 internal
error (a bug: please report it).
`,
};

const FORMATS = ['text', 'json', 'junit'] as const;

export type { PlannedFile, PlannedSend, SendChecker, SendContext } from './send-check.js';

export interface CheckDeps {
  /** Replaces the per-send step (by default `checkSendsOnThreads`: worker threads when they pay). */
  readonly checkSends?: SendChecker | undefined;
}

export async function run(argv: readonly string[], io: Io, deps: CheckDeps = {}): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'show-values': { type: 'boolean' },
    recursive: { type: 'boolean', short: 'r' },
    archive: { type: 'boolean' },
    strict: { type: 'boolean' },
    'accept-utf8': { type: 'boolean' },
    'follow-symlinks': { type: 'boolean' },
    name: { type: 'string' },
    'max-issues': { type: 'string' },
    'errors-only': { type: 'boolean' },
    explain: { type: 'boolean' },
    all: { type: 'boolean' },
  });
  if (values.help) {
    const lang = helpLang(argv, io.env);
    io.stdout(CHECK_HELP[lang] + '\n' + WORKERS_HELP[lang]);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format, FORMATS, 'text');
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const showValues = values['show-values'] === true;
  const maxIssues = nonNegativeInt('max-issues', values['max-issues']);
  if (positionals.length === 0)
    throw new UsageError({
      ja: '<パス>（ファイルかフォルダー、標準入力なら -）を指定してください',
      en: 'missing <path> (a file or a directory, or - for stdin)',
    });
  const stdinCount = positionals.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError({ ja: '- （標準入力）は1回だけ指定できます', en: '- (stdin) can be given once only' });
  if (values.name !== undefined && stdinCount === 0)
    throw new UsageError({ ja: '--name は - （標準入力）のファイル名です', en: '--name names stdin (-); give - too' });

  const inputs = collectInputs(
    positionals.filter((p) => p !== '-'),
    io.cwd,
    { recursive: values.recursive === true, followSymlinks: values['follow-symlinks'] === true },
  );
  const planned: PlannedFile[] = inputs.files.map((f) => ({ ...f, filename: parseFilename(f.name) }));
  if (stdinCount === 1) {
    if (!io.stdin) throw new UsageError({ ja: '標準入力を読めません', en: 'stdin is not available' });
    // The name says the kind, the month and the parties: without it nothing could be checked.
    if (values.name === undefined)
      throw new UsageError({
        ja: '標準入力（-）には --name でファイル名を指定してください（例: --name UPJSK_202505_….CSV）',
        en: 'give the file name of stdin (-) with --name (e.g. --name UPJSK_202505_….CSV)',
      });
    const name = values.name;
    const read = await readStreamBounded(io.stdin, MAX_BYTES_PER_SEND);
    planned.push({ name, path: '-', shown: '-', size: read.size, filename: parseFilename(name), ...(read.over ? {} : { bytes: read.bytes }) });
  }
  if (planned.length === 0)
    throw new UsageError({ ja: '検査するファイルがありません（フォルダーが空です）', en: 'no files to check (the directories are empty)' });

  const single = !inputs.sawDirectory && planned.length === 1;
  const archive = values.archive === true;
  const mode: CheckMode = single ? 'single-file' : archive ? 'archive' : 'send';
  const sends = planSends(planned, { archive, single });

  const total = planned.length;
  const progress = format !== 'json' && io.stderrIsTTY && total > 10;
  let done = 0;
  const ctx: SendContext = {
    showValues,
    profile: values.strict === true ? 'strict' : 'default',
    acceptUtf8: values['accept-utf8'] === true,
    maxIssuesPerFile: maxIssues,
    onFile: progress ? (f) => io.stderr(`\r\x1b[K[${++done}/${total}] ${printable(f.name)}`) : undefined,
  };
  const reports = await (deps.checkSends ?? checkSendsOnThreads)(sends, ctx);
  if (progress) io.stderr('\r\x1b[K');

  const report: CheckRun = {
    mode,
    sends: reports,
    lang,
    showValues,
    version,
    render: { explain: values.explain === true, all: values.all === true, errorsOnly: values['errors-only'] === true },
  };
  const render =
    format === 'json'
      ? (await import('../report/json.js')).renderJson
      : format === 'junit'
        ? (await import('../report/junit.js')).renderJunit
        : (await import('../report/text.js')).renderText;
  io.stdout(render(report));
  return runOk(report) ? EXIT_OK : EXIT_ISSUES;
}
