/**
 * careplan-csv: the command-line entry. Only the dispatch lives here; each subcommand is loaded
 * when it runs, so `--help` and small commands start fast.
 *
 * No stack trace reaches a user: usage and environment errors are one line and exit 2, a refusal
 * (an output that exists) exits 1, and only a real bug exits 3, with one line asking for a report
 * (the stack with CAREPLAN_DEBUG=1).
 */
import { EXIT_INTERNAL, EXIT_ISSUES, EXIT_OK, EXIT_USAGE, EnvironmentError, RefusedError, UsageError, helpLang, say, type Io } from './args.js';
import { version } from '../../package.json';
import { CURRENT_CSV_VERSION, CURRENT_EDITION } from '../spec/editions/index.js';
import type { Locale } from '../report/messages/types.js';
import { printable } from '../report/format.js';
import { escapeLines } from '../report/escape.js';

const TOP_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方: careplan-csv <コマンド> [オプション]

ケアプランデータ連携標準仕様 ${CURRENT_EDITION.name.ja}（CSVバージョン ${CURRENT_CSV_VERSION}）のCSVファイルを扱う参照実装です。

コマンド:
  check [--explain] [--format text|json|junit] [--archive] <パス...>
                      送るファイル（フォルダーごとでも）を検査する
  inspect [--show-values] [--limit N] <ファイル>
                      ファイルのレコードを表示する（個人情報は伏せ字）
  convert <ファイル> --to json|csv [--kind 種類] [--out 出力先]
                      CSV ⇄ JSON を損失なく変換する
  filename parse <名前> | filename build --kind 種類 ...
                      標準のファイル名を読む・作る
  sample <種類|送信単位> [--seed N] [--out フォルダー] | sample --all
                      正しいサンプルファイルを書き出す

個人情報（氏名・被保険者番号・住所など）は、--show-values を付けないかぎりどのレポートにも
表示しません。

各コマンドのオプションは 'careplan-csv <コマンド> --help' で表示します（英語は --lang en）。
終了コード: 0 正常、1 エラーあり、2 使い方の誤り・環境の問題、3 内部エラー
`,
  en: `Usage: careplan-csv <command> [options]

Reference tool for the CSV files of ケアプランデータ連携標準仕様 ${CURRENT_EDITION.name.ja} (CSV version ${CURRENT_CSV_VERSION}).

Commands:
  check [--explain] [--format text|json|junit] [--archive] <path...>
                      validate what you send (files, or a folder)
  inspect [--show-values] [--lang ja|en] [--limit N] <file>
                      show the records of a file, personal fields masked
  convert <file> --to json|csv [--kind K] [--out F]
                      lossless CSV ⇄ JSON
  filename parse <name> | filename build --kind K ...
                      parse or build a standard file name
  sample <kind|unit> [--seed N] [--out DIR] | sample --all
                      write valid sample files
  view [--out F.html] [--show-values] <path...>
                      the files as their 様式 (forms) in one HTML file, issues on the cells
  diff <old...> --to <new...> [--format text|json|html] [--show-values]
                      what a new send changes against the previous one, per user

Personal data (names, 被保険者番号, addresses, …) is masked in every report unless
--show-values is given.

Run 'careplan-csv <command> --help' for a command's options (Japanese with --lang ja).
Exit status: 0 ok, 1 issues found (error severity), 2 usage or environment error, 3 internal error.
`,
};

type Command = { run(argv: readonly string[], io: Io): Promise<number> };

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  check: () => import('./check.js'),
  inspect: () => import('./inspect.js'),
  convert: () => import('./convert.js'),
  filename: () => import('./filename.js'),
  sample: () => import('./sample.js'),
  view: () => import('./view.js'),
  diff: () => import('./diff.js'),
};

/** An error thrown by the file system (errno-shaped): the environment, not a bug. */
const errnoOf = (e: unknown): string | undefined => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  const lang = helpLang(argv, io.env);
  let name = 'careplan-csv';
  try {
    if (command === undefined)
      throw new UsageError({
        ja: 'コマンドを指定してください（check、inspect、convert、filename、sample）',
        en: 'missing command (check, inspect, convert, filename, sample)',
      });
    if (command === '--help' || command === '-h' || command === 'help') {
      if (rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) return await main([rest[0], '--help', ...rest.slice(1)], io);
      io.stdout(TOP_HELP[lang]);
      return EXIT_OK;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (command === '--lang' || command.startsWith('--lang=')) {
      // `careplan-csv --lang en` alone: the top help in that language
      if (rest.length <= 1) {
        io.stdout(TOP_HELP[lang]);
        return EXIT_OK;
      }
    }
    if (!Object.hasOwn(COMMANDS, command)) {
      const got = JSON.stringify(printable(command.slice(0, 40)));
      throw new UsageError({ ja: `知らないコマンドです: ${got}`, en: `unknown command ${got}` });
    }
    name = `careplan-csv ${command}`;
    const mod = await COMMANDS[command]!();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(
        `${name}: ${escapeLines(say(e.said, lang))}\n${lang === 'ja' ? `使い方は '${name} --help' で表示します。` : `Run '${name} --help' for usage.`}\n`,
      );
      return EXIT_USAGE;
    }
    if (e instanceof EnvironmentError) {
      io.stderr(`${name}: ${escapeLines(say(e.said, lang))}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof RefusedError) {
      io.stderr(`${name}: ${escapeLines(say(e.said, lang))}\n`);
      return EXIT_ISSUES;
    }
    const errno = errnoOf(e);
    if (errno !== undefined) {
      // A file-system error nobody turned into a message: still the environment, still one line.
      const path = (e as NodeJS.ErrnoException).path;
      io.stderr(`${name}: ${lang === 'ja' ? 'ファイルを扱えません' : 'file system error'} (${errno})${path ? `: ${printable(String(path))}` : ''}\n`);
      return EXIT_USAGE;
    }
    return internalError(name, e, io, lang);
  }
}

/** A bug: one line asking for a report; the stack only with CAREPLAN_DEBUG=1. */
function internalError(name: string, e: unknown, io: Io, lang: Locale): number {
  const what = printable(e instanceof Error ? e.message : String(e)).slice(0, 300);
  io.stderr(
    lang === 'ja'
      ? `${name}: 内部エラーです（careplan-csv ${version} の不具合です）: ${what}\nお手数ですが、このメッセージと実行したコマンドを careplan-csv の開発元に報告してください。\n`
      : `${name}: internal error (a bug in careplan-csv ${version}): ${what}\nPlease report this message and the command you ran to the careplan-csv maintainers.\n`,
  );
  if (io.env?.CAREPLAN_DEBUG === '1' && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT_INTERNAL;
}

function processIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdoutFull: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => {
            process.stdout.once('drain', resolve);
            process.stdout.once('close', resolve);
          })
        : undefined,
  };
}

// Runs when loaded as the bin (dist/cli.cjs); `main` stays importable for in-process use.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  // a closed pipe (`careplan-csv check dir | head`) is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`careplan-csv: internal error: ${printable(String(e)).slice(0, 300)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
