/** `careplan-csv check`: validate files, a transmission, or directories of transmissions. */
import { printable } from '../report/format.js';
import { groupIntoTransmissions } from '../bundle/group.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, UsageError, oneOf, parse, type Io } from './args.js';
import { collectInputs } from './fs.js';
import { runOk, type CheckMode, type CheckRun } from '../report/model.js';
import { checkSends, WORKERS_HELP, type SendJob } from './workers.js';

export const CHECK_HELP = `Usage: careplan-csv check [options] <path...>

Validates CSV files of ケアプランデータ連携標準仕様 第4.1版 (Shift_JIS / CP932).

  one file          file rules and per-send limits only (the report says so)
  two or more files one transmission (送信): units and relations between the files too
  a directory       its files (not recursive unless --recursive), split into transmissions
                    by ファイル連番 (timestamp), sender and receiver; each is validated
                    (files given together with a directory are split the same way)

Options:
  --format text|json|junit   output format (default text)
  --lang ja|en               language of messages and field names (default ja)
  --show-values              show offending values in text and junit reports. Without it,
                             values are never printed: personal data (names, 被保険者番号,
                             addresses, …) stays masked. The JSON never carries values.
  --recursive                also read subdirectories of directory arguments
  -h, --help                 show this help

JSON (--format json) is exactly:
  { "ok", "files": [ { "name", "kind", "csvVersion", "records", "issues": [ISSUE] } ],
    "bundle": { "issues": [ISSUE + "file"] } }
  ISSUE = { "code", "severity", "message", "line", "record", "row", "fieldNo", "fieldName" }
  (absent values are null; "row" equals "record")

A progress line goes to stderr when it is a terminal and there are more than 10 files
(never with --format json).

Exit status: 0 no error, 1 at least one error-severity issue, 2 usage error
(unknown option, missing argument, a path that does not exist), 3 internal error.

${WORKERS_HELP}`;

const FORMATS = ['text', 'json', 'junit'] as const;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string' },
    'show-values': { type: 'boolean' },
    recursive: { type: 'boolean', short: 'r' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format, FORMATS, 'text');
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const showValues = values['show-values'] === true;
  if (positionals.length === 0) throw new UsageError('missing <path> (a file or a directory)');

  const inputs = collectInputs(positionals, io.cwd, values.recursive === true);
  if (inputs.files.length === 0) throw new UsageError('no files to check (the directories are empty)');

  let mode: CheckMode;
  let groups: SendJob[];
  if (inputs.sawDirectory) {
    mode = 'directory';
    groups = groupIntoTransmissions(inputs.files).map((g) => ({ key: g.key, files: g.files }));
  } else if (inputs.files.length === 1) {
    mode = 'single-file';
    groups = [{ files: inputs.files }];
  } else {
    mode = 'transmission';
    groups = [{ files: inputs.files }];
  }

  const total = inputs.files.length;
  const progress = format !== 'json' && io.stderrIsTTY && total > 10;
  let done = 0;
  // The sends, validated on one thread or several (src/cli/workers.ts); reports in send order.
  const transmissions = await checkSends(groups, { scope: mode === 'single-file' ? 'single-file' : 'transmission', showValues }, (g) => {
    if (progress) for (const f of g.files) io.stderr(`\r\x1b[K[${++done}/${total}] ${printable(f.name)}`);
  });
  if (progress) io.stderr('\r\x1b[K');

  const report: CheckRun = { mode, transmissions, lang, showValues };
  const render =
    format === 'json'
      ? (await import('../report/json.js')).renderJson
      : format === 'junit'
        ? (await import('../report/junit.js')).renderJunit
        : (await import('../report/text.js')).renderText;
  io.stdout(render(report));
  return runOk(report) ? EXIT_OK : EXIT_ISSUES;
}
