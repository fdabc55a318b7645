/** `careplan-csv diff`: what a new send changes against the previous one, per user. */
import { resolve } from 'node:path';
import { diff } from '../diff/diff.js';
import { formatDiffJson, type DiffInputJson } from '../diff/json.js';
import { renderDiffText, summaryLines } from '../diff/render-text.js';
import { renderDiffHtml } from '../render/diff.js';
import { printable } from '../report/format.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, UsageError, oneOf, parse, type Io } from './args.js';
import { writeOutput } from './fs.js';
import { readSend, type ReadSend } from './send.js';

export const DIFF_HELP = `Usage: careplan-csv diff [options] <old...> --to <new...>

Compares two sends of the same plans or months, per user, as the receiver imports them:
each send is applied in ファイル連番 order, a document (one plan, one month's 利用票, one
consultation …) in the new send replaces the stored one, a deletion file removes what it
names and its dependants. It answers "what must I re-import, and what did the care
manager change?": records added, removed (and by which deletion) and changed (which
fields). <old...> and <new...> are files or directories (a directory's files).

Options:
  --to <new...>           the new send (everything after --to)
  --format text|json|html text report (default), JSON for programs, or the new send's
                          forms with the changed cells marked (HTML)
  --lang ja|en            language of the report (default ja)
  --show-values           show the user numbers, personal key values and old → new values.
                          Without it no value is printed (personal keys are ＊＊＊)
  --details               text/html: also list stamp-only changes (作成年月日 …) and every
                          record a deletion removed
  --absent kept|removed   a document of the old send that the new send does not carry:
                          kept (default, as the receiver keeps it) or removed (to compare
                          two complete exports)
  --all-users             html: draw every user's forms, not only those with a change
  --out FILE              write the report to FILE (refused if it exists, unless --force)
  --force                 overwrite --out
  --recursive             also read subdirectories of directory arguments
  -h, --help              show this help

JSON (--format json): { "changes": [ { "kind", "user", "document", "change", "cause",
"deletion", "key", "fields": [ { "key", "no", "name", "old", "new" } ], "stampOnly",
"oldFile", "oldRecord", "newFile", "newRecord" } ], "summary": {…},
"inputs": [ { "side", "file", "kind", "records", "errors" } ] }; values are null unless
--show-values. Files with errors are compared as far as their records could be read (a
note goes to stderr; run check for the details).

Exit status: 0 no change, 1 changes (or --out refused), 2 usage error.
`;

const FORMATS = ['text', 'json', 'html'] as const;
const ABSENT = ['kept', 'removed'] as const;

const OPTIONS = {
  to: { type: 'string' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  'show-values': { type: 'boolean' },
  details: { type: 'boolean' },
  absent: { type: 'string' },
  'all-users': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  recursive: { type: 'boolean', short: 'r' },
} as const;

/** Splits the arguments at `--to`: the old send's paths before, the new send's after (options anywhere). */
function sides(argv: readonly string[]) {
  const at = argv.findIndex((a) => a === '--to' || a.startsWith('--to='));
  const before = at < 0 ? argv : argv.slice(0, at);
  const after = at < 0 ? [] : argv[at]!.startsWith('--to=') ? [argv[at]!.slice('--to='.length), ...argv.slice(at + 1)] : argv.slice(at + 1);
  const a = parse(before, OPTIONS);
  const b = parse(after, OPTIONS);
  if (b.values.to !== undefined) throw new UsageError('--to is given twice');
  return { values: { ...a.values, ...b.values }, old: a.positionals, new: b.positionals, hasTo: at >= 0 };
}

const inputsOf = (side: 'old' | 'new', send: ReadSend): DiffInputJson[] =>
  send.summary.map((f) => ({ side, file: f.file, kind: f.kind, records: f.records, errors: f.errors }));

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, old, new: next, hasTo } = sides(argv);
  if (values.help) {
    io.stdout(DIFF_HELP);
    return EXIT_OK;
  }
  const format = oneOf('format', values.format, FORMATS, 'text');
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const absent = oneOf('absent', values.absent, ABSENT, 'kept');
  const showValues = values['show-values'] === true;
  if (!hasTo) throw new UsageError('missing --to <new...> (the new send)');
  if (old.length === 0) throw new UsageError('missing <old...> (the previous send, before --to)');
  if (next.length === 0) throw new UsageError('missing the new send after --to');
  if (values['all-users'] && format !== 'html') throw new UsageError('--all-users is for --format html');

  const read = { recursive: values.recursive === true, showValues };
  const before = readSend(old, io.cwd, read);
  const after = readSend(next, io.cwd, read);
  const result = diff(before.files, after.files, { showValues, absent });
  const inputs = [...inputsOf('old', before), ...inputsOf('new', after)];

  const withErrors = inputs.filter((i) => i.errors > 0);
  if (withErrors.length > 0)
    io.stderr(
      lang === 'ja'
        ? `注意: ${withErrors.length}ファイルにエラーがあります（${withErrors.map((i) => printable(i.file)).join(', ')}）。読めたレコードだけを比べています。詳しくは check で確かめてください。\n`
        : `Note: ${withErrors.length} file(s) have errors (${withErrors.map((i) => printable(i.file)).join(', ')}); only the records that could be read are compared. Run check for the details.\n`,
    );

  const out =
    format === 'json'
      ? formatDiffJson(result, { lang, inputs })
      : format === 'html'
        ? renderDiffHtml(before.files, after.files, {
            result,
            showValues,
            locale: lang,
            absent,
            sendIssues: after.sendIssues,
            ...(values.details ? { details: true } : {}),
            ...(values['all-users'] ? { allUsers: true } : {}),
          })
        : renderDiffText(result, { lang, ...(values.details ? { details: true } : {}) });
  if (values.out === undefined) io.stdout(out);
  else {
    writeOutput(resolve(io.cwd, values.out), new TextEncoder().encode(out), values.force === true);
    io.stderr(`${printable(values.out)}: ${summaryLines(result, { lang })[0]}\n`);
  }
  return result.changes.length === 0 ? EXIT_OK : EXIT_ISSUES;
}
