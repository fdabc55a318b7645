/** `careplan-csv view`: the files of a send as their MHLW 様式, in one self-contained HTML file. */
import { resolve } from 'node:path';
import { renderFormsHtml } from '../render/index.js';
import { printable } from '../report/format.js';
import { EXIT_OK, LANGS, UsageError, oneOf, parse, type Io } from './args.js';
import { writeOutput } from './fs.js';
import { readSend } from './send.js';

export const VIEW_HELP = `Usage: careplan-csv view [options] <path...>

Renders files of ケアプランデータ連携標準仕様 第4.1版 as their 様式 (第1〜3表, 第6・7表,
利用者補足情報, 利用者基本情報, 介護予防サービス・支援計画書, deletions) in one HTML file: a
table of contents by user, each form with its file, kind and CSV version, and the issues of
the send marked on the cells they concern (※1, ※2…). Print it for A4 landscape pages.

  files          one send (one file alone: the file rules only, as check does)
  a directory    its files (not recursive unless --recursive), split into transmissions

Options:
  --out FILE.html   write the HTML to FILE.html (refused if it exists, unless --force);
                    otherwise the HTML goes to stdout
  --force           overwrite --out
  --show-values     show personal data and free text. Without it they are ＊＊＊, and the
                    HTML holds no personal value at all. The file is written locally;
                    nothing leaves the machine (the HTML loads nothing either).
  --lang ja|en      language of messages and of the page's own words (default ja); the
                    forms' printed headings stay Japanese
  --title TEXT      the document's title
  --recursive       also read subdirectories of directory arguments
  -h, --help        show this help

Exit status: 0 rendered (issues are shown in the HTML, not in the exit status; use check
for that), 1 refused (--out exists), 2 usage error.
`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'show-values': { type: 'boolean' },
    lang: { type: 'string' },
    title: { type: 'string' },
    recursive: { type: 'boolean', short: 'r' },
  });
  if (values.help) {
    io.stdout(VIEW_HELP);
    return EXIT_OK;
  }
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const showValues = values['show-values'] === true;
  if (positionals.length === 0) throw new UsageError('missing <path> (files or a directory)');
  const started = Date.now();
  const send = readSend(positionals, io.cwd, { recursive: values.recursive === true, showValues });
  const html = renderFormsHtml(send.files, {
    showValues,
    locale: lang,
    sendIssues: send.sendIssues,
    ...(values.title !== undefined ? { title: values.title } : {}),
  });
  if (values.out === undefined) {
    io.stdout(html);
    return EXIT_OK;
  }
  const out = resolve(io.cwd, values.out);
  writeOutput(out, html, values.force === true);
  const size = Buffer.byteLength(html, 'utf8');
  let forms = 0;
  for (let at = html.indexOf('<section class="form"'); at >= 0; at = html.indexOf('<section class="form"', at + 1)) forms++;
  const loose = send.sendIssues.filter((i) => i.file === undefined);
  const errors = send.summary.reduce((n, f) => n + f.errors, 0) + loose.filter((i) => i.severity === 'error').length;
  const warnings = send.summary.reduce((n, f) => n + f.warnings, 0) + loose.filter((i) => i.severity === 'warning').length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr(
    lang === 'ja'
      ? `${printable(values.out)}: ${send.files.length}ファイル、様式 ${forms}枚、エラー ${errors}件・警告 ${warnings}件（${(size / 1048576).toFixed(1)} MiB、${seconds}秒）${showValues ? '。個人情報を含みます' : ''}\n`
      : `${printable(values.out)}: ${send.files.length} file(s), ${forms} form(s), ${errors} error(s), ${warnings} warning(s) (${(size / 1048576).toFixed(1)} MiB, ${seconds} s)${showValues ? '; holds personal data' : ''}\n`,
  );
  return EXIT_OK;
}
