/** `careplan-csv filename parse|build`: the file-name grammar of 第4.1版. */
import { buildFilename } from '../filenames/build.js';
import { FILE_KIND_IDS, describePattern, type FileKindId, type FilenameParts } from '../filenames/grammar.js';
import { parseFilename } from '../filenames/parse.js';
import { EXIT_ISSUES, EXIT_OK, EXIT_USAGE, UsageError, helpLang, oneOf, parse, type Io } from './args.js';
import type { Locale } from '../report/messages/types.js';
import { escapeJsonText } from '../report/escape.js';

export const FILENAME_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方:
  careplan-csv filename parse <名前またはパス>
  careplan-csv filename build --kind 種類 [--month YYYYMM] --sender 事業所番号 --sender-type SS
                              --receiver 事業所番号 --receiver-type SS [--timestamp YYYYMMDDHHMMSS]
                              [--branch NNNN] [--convention v3|v4]

parse  名前を読んでJSON（種類、各部分、指摘）で表示します。パスを渡すとファイル名の部分だけを
       読みます。名前が正しくないときは終了コード1。
build  ファイル名を表示します。足りない・正しくない部分は使い方の誤り（終了コード2）。
       --timestamp を省くと今の日時（YYYYMMDDHHMMSS）になります。
       --month は年月のある種類の YYYYMM（UPHOSOKU は YYYYMM か 000000）、--branch は
       UPKIHON_IMAGE 用。v3 の名前（CSV 202208 以前）には --sender-type と --receiver-type が
       ありません。

種類: ${FILE_KIND_IDS.join(', ')}
例: ${describePattern('UPPLAN', 'v4')}
`,
  en: `Usage:
  careplan-csv filename parse <name or path>
  careplan-csv filename build --kind K [--month YYYYMM] --sender OFFICE --sender-type SS
                              --receiver OFFICE --receiver-type SS [--timestamp YYYYMMDDHHMMSS]
                              [--branch NNNN] [--convention v3|v4]

parse  prints the parsed name as JSON (kind, parts, issues); given a path, it reads the file
       name part. Exit 1 when the name is not valid.
build  prints the file name; a missing or invalid part is a usage error (exit 2).
       Without --timestamp, the ファイル連番 is now (local time, YYYYMMDDHHMMSS).
       --month is the YYYYMM segment of the kinds that have one (UPHOSOKU: YYYYMM or 000000);
       --branch is for UPKIHON_IMAGE; v3 names (CSV 202208 and earlier) have no --sender-type
       and --receiver-type.

Kinds: ${FILE_KIND_IDS.join(', ')}
e.g. ${describePattern('UPPLAN', 'v4')}
`,
};

/** The file-name part of a path (either separator: paths copied from Windows too). */
export const nameOfPath = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** Now as a ファイル連番 (local time). */
export function nowTimestamp(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

const OPTION_OF_PART: Readonly<Record<string, string>> = {
  targetMonth: '--month',
  senderOffice: '--sender',
  senderServiceType: '--sender-type',
  receiverOffice: '--receiver',
  receiverServiceType: '--receiver-type',
  timestamp: '--timestamp',
  branch: '--branch',
};

/** The library names parts (targetMonth …); the user typed options (--month …). */
const optionNames = (message: string) =>
  message.replace(
    /\b(targetMonth|senderOffice|senderServiceType|receiverOffice|receiverServiceType|timestamp|branch)\b(?= (?:is|must))|(?<=unexpected )\b(\w+)\b/g,
    (m) => OPTION_OF_PART[m] ?? m,
  );

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const help = FILENAME_HELP[helpLang(argv, io.env)];
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    if (sub === undefined) throw new UsageError({ ja: 'parse か build を指定してください', en: 'missing subcommand: parse or build' });
    io.stdout(help);
    return EXIT_OK;
  }
  if (sub === 'parse') {
    const { values, positionals } = parse(rest, { lang: { type: 'string' } });
    if (values.help) {
      io.stdout(help);
      return EXIT_OK;
    }
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? { ja: '<名前> を指定してください', en: 'missing <name>' }
          : { ja: 'filename parse には名前を1つだけ指定します', en: 'filename parse takes exactly one name' },
      );
    const parsed = parseFilename(nameOfPath(positionals[0]!));
    io.stdout(`${escapeJsonText(JSON.stringify(parsed, null, 2))}\n`);
    return parsed.ok ? EXIT_OK : EXIT_ISSUES;
  }
  if (sub === 'build') {
    const { values, positionals } = parse(
      rest,
      {
        kind: { type: 'string' },
        month: { type: 'string' },
        sender: { type: 'string' },
        'sender-type': { type: 'string' },
        receiver: { type: 'string' },
        'receiver-type': { type: 'string' },
        timestamp: { type: 'string' },
        branch: { type: 'string' },
        convention: { type: 'string' },
        lang: { type: 'string' },
      },
      false,
    );
    if (values.help) {
      io.stdout(help);
      return EXIT_OK;
    }
    void positionals;
    if (values.kind === undefined) throw new UsageError({ ja: '--kind を指定してください', en: 'missing --kind' });
    if (!(FILE_KIND_IDS as readonly string[]).includes(values.kind))
      throw new UsageError({ ja: `--kind は ${FILE_KIND_IDS.join('、')} のどれかです`, en: `--kind must be one of ${FILE_KIND_IDS.join(', ')}` });
    const convention = oneOf('convention', values.convention, ['v4', 'v3'] as const, 'v4');
    const parts: Record<string, string | undefined> = {
      targetMonth: values.month,
      senderOffice: values.sender,
      senderServiceType: values['sender-type'],
      receiverOffice: values.receiver,
      receiverServiceType: values['receiver-type'],
      timestamp: values.timestamp ?? nowTimestamp(),
      branch: values.branch,
    };
    for (const k of Object.keys(parts)) if (parts[k] === undefined) delete parts[k];
    try {
      io.stdout(`${buildFilename(values.kind as FileKindId, parts as unknown as FilenameParts, { convention })}\n`);
      return EXIT_OK;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      const lang = helpLang(argv, io.env);
      io.stderr(`careplan-csv filename build: ${lang === 'ja' ? 'ファイル名を作れません: ' : ''}${optionNames(e.message)}\n`);
      return EXIT_USAGE;
    }
  }
  const got = JSON.stringify(sub.slice(0, 40));
  throw new UsageError({ ja: `知らないサブコマンドです: ${got}（parse か build）`, en: `unknown subcommand ${got}: use parse or build` });
}
