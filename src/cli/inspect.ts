/** `careplan-csv inspect`: one file as a readable list of records, personal fields masked. */
import type { KindId } from '../spec/kind.js';
import { parseFile } from '../codec/parse-file.js';
import { printable } from '../report/format.js';
import { getTable, isKindId, KIND_IDS } from '../spec/kinds/index.js';
import { layoutFor } from '../spec/editions/index.js';
import { EXIT_ISSUES, EXIT_OK, LANGS, UsageError, nonNegativeInt, oneOf, parse, type Io } from './args.js';
import { inputFile, readBytes } from './fs.js';
import { maskedValue, mustMask, oneLine, withoutValues } from '../report/mask.js';
import { issueLine } from '../report/text.js';

export const INSPECT_HELP = `Usage: careplan-csv inspect [options] <file>

Shows the records of one file, one field per line ("No. 項目名: value"), then its issues.
Personal fields (names, 被保険者番号, addresses, phone, birth dates, free text) are masked as
"＊＊＊ (12文字)" unless --show-values is given.

Options:
  --show-values       show personal values in full (and the offending values of issues)
  --lang ja|en        language of field names and messages (default ja)
  --limit N           show at most N records (the issues are always all shown)
  --kind K            the file kind, when the file name does not say it (e.g. UPJSK)
  -h, --help          show this help

Exit status: 0 no error, 1 at least one error-severity issue, 2 usage error.
`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'show-values': { type: 'boolean' },
    lang: { type: 'string' },
    limit: { type: 'string', short: 'n' },
    kind: { type: 'string' },
  });
  if (values.help) {
    io.stdout(INSPECT_HELP);
    return EXIT_OK;
  }
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const show = values['show-values'] === true;
  const limit = nonNegativeInt('limit', values.limit) ?? Infinity;
  if (values.kind !== undefined && !isKindId(values.kind)) throw new UsageError(`--kind must be one of ${KIND_IDS.join(', ')}`);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <file>' : 'inspect takes exactly one file');
  const file = inputFile(positionals[0]!, io.cwd);

  const parsed = parseFile({ name: file.name, bytes: readBytes(file) }, { reportValues: show, kind: values.kind as KindId | undefined });
  const issues = show ? parsed.issues : parsed.issues.map(withoutValues);
  const ja = lang === 'ja';
  const out: string[] = [printable(file.name)];

  const kind = parsed.kind;
  if (kind && kind !== 'UPKIHON_IMAGE') {
    const table = layoutFor(kind, parsed.csvVersion) ?? getTable(kind);
    const n = parsed.records.length;
    out.push(
      ja
        ? `種類: ${kind}（${table.title.ja}）  CSVバージョン: ${printable(parsed.csvVersion ?? '-')}  レコード: ${n}件`
        : `Kind: ${kind} (${table.title.en})  CSV version: ${printable(parsed.csvVersion ?? '-')}  Records: ${n}`,
    );
    const records = parsed.records as readonly Readonly<Record<string, string>>[];
    records.forEach((rec, i) => {
      if (i >= limit) return;
      out.push('', ja ? `── ${i + 1}件目（${parsed.lines[i]}行目） ──` : `── Record ${i + 1} (line ${parsed.lines[i]}) ──`);
      for (const f of table.fields) {
        const v = rec[f.key] ?? '';
        const shown = !show && mustMask(f, v) ? maskedValue(v, lang) : oneLine(v);
        out.push(`  ${f.no}. ${f.name[lang]}: ${shown}`);
      }
    });
    if (n > limit) out.push('', ja ? `…ほか${n - limit}件（--limit ${limit}）` : `… ${n - limit} more (--limit ${limit})`);
    for (const r of parsed.rejected) {
      out.push('', ja ? `── 読み込めなかった行（${r.line}行目、${r.fields.length}項目） ──` : `── Row not read (line ${r.line}, ${r.fields.length} fields) ──`);
      // a rejected row has no layout, so any of its fields may be personal: values only when asked
      if (show) r.fields.forEach((v, j) => out.push(`  ${j + 1}. ${oneLine(v)}`));
      else out.push(ja ? '  （値は --show-values で表示）' : '  (values shown with --show-values)');
    }
  } else {
    out.push(ja ? `種類: ${kind ?? '不明'}` : `Kind: ${kind ?? 'unknown'}`);
  }

  out.push('', ja ? `── 指摘（${issues.length}件） ──` : `── Issues (${issues.length}) ──`);
  for (const i of issues) out.push(`  ${issueLine(i, { lang, showValues: show, omitFile: true })}`);
  if (issues.length === 0) out.push(ja ? '  なし' : '  none');
  io.stdout(`${out.join('\n')}\n`);
  return issues.some((i) => i.severity === 'error') ? EXIT_ISSUES : EXIT_OK;
}
