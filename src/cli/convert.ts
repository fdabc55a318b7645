/** `careplan-csv convert`: CSV ⇄ JSON, lossless (for migrations). */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Issue } from '../core/issue.js';
import type { KindId } from '../spec/kind.js';
import { parseFile } from '../codec/parse-file.js';
import { stringifyFile } from '../codec/stringify.js';
import { printable } from '../report/format.js';
import { jsonErrorPosition } from '../report/mask.js';
import { isKindId, KIND_IDS } from '../spec/kinds/index.js';
import { isKnownCsvVersion } from '../spec/editions/index.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, UsageError, oneOf, parse, type Io } from './args.js';
import type { Locale } from '../report/messages/types.js';
import { inputFile, readBytes, writeOutput } from './fs.js';
import { issueJson } from '../report/json.js';
import { issueLine } from '../report/text.js';

export const CONVERT_HELP = `Usage:
  careplan-csv convert <file.CSV> --to json [--kind K] [--out F]
  careplan-csv convert <file.json> --to csv [--kind K] [--out F]

CSV → JSON prints { "kind", "csvVersion", "name", "records": [...], "issues": [...] }.
JSON → CSV writes canonical CP932 bytes (CRLF, quoting as the spec says); the input is that same
object, or a plain array of records (then --kind is required). Nothing is written when the
records have errors: the issues go to stderr and the exit status is 1.

Conversion is for migrations and is LOSSLESS: the JSON holds every value IN FULL, personal data
(names, 被保険者番号, addresses, …) included. Handle it like the CSV itself.
json → csv → json gives the same JSON.

Options:
  --to json|csv     output format (required)
  --kind K          file kind (${KIND_IDS.join(', ')});
                    for CSV input only needed when the file name does not say it
  --out F           write to F instead of stdout (refuses to overwrite unless --force)
  --force           overwrite --out
  --lang ja|en      language of issue messages (default ja)
  -h, --help        show this help

Exit status: 0 converted without errors, 1 errors in the data (CSV → JSON still prints the
JSON), 2 usage error.
`;

function kindOption(value: string | undefined): KindId | undefined {
  if (value === undefined) return undefined;
  if (!isKindId(value)) throw new UsageError(`--kind must be one of ${KIND_IDS.join(', ')}`);
  return value;
}

const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

function printIssues(io: Io, issues: readonly Issue[], lang: Locale) {
  for (const i of issues) io.stderr(`${issueLine(i, { lang, showValues: false })}\n`);
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    to: { type: 'string' },
    kind: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
  });
  if (values.help) {
    io.stdout(CONVERT_HELP);
    return EXIT_OK;
  }
  if (values.to === undefined) throw new UsageError('missing --to json|csv');
  const to = oneOf('to', values.to, ['json', 'csv'] as const, 'json');
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const kind = kindOption(values.kind);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <file>' : 'convert takes exactly one file');
  const file = inputFile(positionals[0]!, io.cwd);
  const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  const force = values.force === true;

  if (to === 'json') {
    const parsed = parseFile({ name: file.name, bytes: readBytes(file) }, { kind, reportValues: false });
    if (!parsed.kind || parsed.kind === 'UPKIHON_IMAGE') {
      printIssues(io, parsed.issues, lang);
      throw new UsageError(`cannot tell the kind of ${printable(file.name)}: give --kind`);
    }
    const doc = {
      kind: parsed.kind,
      csvVersion: parsed.csvVersion,
      name: file.name,
      records: parsed.records,
      issues: parsed.issues.map((i) => issueJson(i, lang)),
    };
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    if (out) writeOutput(out, text, force);
    else io.stdout(text);
    if (parsed.rejected.length > 0) {
      io.stderr(
        lang === 'ja'
          ? `注意: ${parsed.rejected.length}行はレイアウトに合わないため変換していません（行: ${parsed.rejected.map((r) => r.line).slice(0, 20).join(', ')}）\n`
          : `note: ${parsed.rejected.length} row(s) do not fit the layout and were not converted (lines ${parsed.rejected.map((r) => r.line).slice(0, 20).join(', ')})\n`,
      );
    }
    return hasErrors(parsed.issues) ? EXIT_ISSUES : EXIT_OK;
  }

  // JSON → CSV
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file.path, 'utf8'));
  } catch (e) {
    io.stderr(`${printable(file.name)}: not valid JSON${jsonErrorPosition(e)}\n`);
    return EXIT_ISSUES;
  }
  let records: unknown;
  let docKind: unknown;
  let csvVersion: unknown;
  if (Array.isArray(input)) records = input;
  else if (input !== null && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    records = o.records;
    docKind = o.kind;
    csvVersion = o.csvVersion;
  }
  if (!Array.isArray(records) || !records.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    io.stderr(`${printable(file.name)}: expected an array of records, or an object with "records" (an array of objects)\n`);
    return EXIT_ISSUES;
  }
  if (docKind !== undefined && docKind !== null && !isKindId(docKind)) {
    io.stderr(`${printable(file.name)}: "kind" is not a file kind (${KIND_IDS.join(', ')})\n`);
    return EXIT_ISSUES;
  }
  if (kind && isKindId(docKind) && docKind !== kind) throw new UsageError(`--kind ${kind} contradicts "kind": "${docKind}" of the input`);
  const finalKind = kind ?? (isKindId(docKind) ? docKind : undefined);
  if (!finalKind) throw new UsageError('missing --kind (the input does not say its kind)');
  const layout = typeof csvVersion === 'string' && isKnownCsvVersion(csvVersion) ? csvVersion : undefined;

  let result;
  try {
    result = stringifyFile(finalKind, records as Record<string, string | undefined>[], { csvVersion: layout, file: out ? basename(out) : undefined });
  } catch (e) {
    io.stderr(`${e instanceof Error ? printable(e.message) : 'cannot write'}\n`);
    return EXIT_ISSUES;
  }
  if (!result.ok || !result.bytes) {
    printIssues(io, result.issues, lang);
    io.stderr(lang === 'ja' ? 'エラーがあるため出力していません\n' : 'not written: the records have errors\n');
    return EXIT_ISSUES;
  }
  if (out) writeOutput(out, result.bytes, force);
  else io.stdout(result.bytes);
  return EXIT_OK;
}
