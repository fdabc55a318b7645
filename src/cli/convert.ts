/** `careplan-csv convert`: CSV ⇄ JSON, lossless (for migrations). */
import { closeSync, existsSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Issue } from '../core/issue.js';
import type { KindId } from '../spec/kind.js';
import { parseStream } from '../codec/parse-stream.js';
import { parseFilename } from '../filenames/parse.js';
import { stringifyFile, type StringifyRecord } from '../codec/stringify.js';
import { printable } from '../report/format.js';
import { jsonErrorPosition } from '../report/mask.js';
import { isKindId, KIND_IDS } from '../spec/kinds/index.js';
import { isKnownCsvVersion } from '../spec/editions/index.js';
import {
  EXIT_ISSUES,
  EXIT_OK,
  EnvironmentError,
  LANGS,
  RefusedError,
  UsageError,
  byteCount,
  helpLang,
  oneOf,
  parse,
  whileStdoutFull,
  type Io,
} from './args.js';
import type { Locale } from '../report/messages/types.js';
import { readBounded, writeOutput } from './fs.js';
import { issueJson } from '../report/json.js';
import { issueLine } from '../report/text.js';
import { bytesLabel } from '../report/words.js';
import { openInput } from './stream-input.js';

const KINDS = KIND_IDS.join(', ');

export const CONVERT_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方:
  careplan-csv convert <ファイル.CSV|-> --to json [--kind 種類] [--out 出力先]
  careplan-csv convert <ファイル.json|-> --to csv [--kind 種類] [--out 出力先]

CSV → JSON は { "kind", "csvVersion", "name", "records": [...], "issues": [...] } を出力します。
ファイルは少しずつ読み書きするので、大きなファイルも変換できます。
JSON → CSV は正規形のCP932（CRLF、仕様どおりのダブルクォート）で書きます。入力は同じ形のJSONか、
レコードの配列だけ（そのときは --kind が必要）です。エラーのあるレコードは書き出さず、指摘を標準
エラーに出して終了コード1で終わります。

変換は移行用で、値を失いません: JSONには氏名・被保険者番号・住所などの個人情報がそのまま
入ります（LOSSLESS）。CSVと同じように扱ってください。json → csv → json で同じJSONに戻ります。

オプション:
  --to json|csv     出力形式（必須）
  --kind K          ファイルの種類（${KINDS}）。CSVはファイル名からわからないときだけ必要
  --name NAME       標準入力（-）のファイル名
  --out F           標準出力でなくFに書く（既にあれば --force がないかぎり上書きしない）
  --force           --out を上書きする
  --max-bytes N     Nバイトより大きい入力は読まない（例: 10MB）
  --accept-utf8     UTF-8のCSVも読む（移行用。UTF-8であることは指摘します）
  --lang ja|en      指摘の言語（既定 ja）
  -h, --help        このヘルプ

終了コード: 0 エラーなく変換、1 データにエラー（CSV → JSON でもJSONは出力）、2 使い方の誤り・
環境の問題
`,
  en: `Usage:
  careplan-csv convert <file.CSV|-> --to json [--kind K] [--out F]
  careplan-csv convert <file.json|-> --to csv [--kind K] [--out F]

CSV → JSON prints { "kind", "csvVersion", "name", "records": [...], "issues": [...] }, reading
and writing as a stream (any size works).
JSON → CSV writes canonical CP932 bytes (CRLF, quoting as the spec says); the input is that same
object, or a plain array of records (then --kind is required). Nothing is written when the
records have errors: the issues go to stderr and the exit status is 1.

Conversion is for migrations and is LOSSLESS: the JSON holds every value IN FULL, personal data
(names, 被保険者番号, addresses, …) included. Handle it like the CSV itself.
json → csv → json gives the same JSON.

Options:
  --to json|csv     output format (required)
  --kind K          file kind (${KINDS});
                    for CSV input only needed when the file name does not say it
  --name NAME       the file name of stdin (-)
  --out F           write to F instead of stdout (refuses to overwrite unless --force)
  --force           overwrite --out
  --max-bytes N     do not read an input larger than N bytes (e.g. 10MB)
  --accept-utf8     read UTF-8 CSVs too (migrations; still reported)
  --lang ja|en      language of issue messages (default ja)
  -h, --help        show this help

Exit status: 0 converted without errors, 1 errors in the data (CSV → JSON still prints the
JSON), 2 usage or environment error.
`,
};

function kindOption(value: string | undefined): KindId | undefined {
  if (value === undefined) return undefined;
  if (!isKindId(value)) throw new UsageError({ ja: `--kind は ${KIND_IDS.join('、')} のどれかです`, en: `--kind must be one of ${KINDS}` });
  return value;
}

const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

function printIssues(io: Io, issues: readonly Issue[], lang: Locale) {
  for (const i of issues) io.stderr(`${issueLine(i, { lang, showValues: false })}\n`);
}

/** Where converted output goes: stdout, or a file written whole or not at all (a temporary file renamed at the end). */
class Output {
  private fd: number | undefined;
  private tmp: string | undefined;
  constructor(
    private readonly io: Io,
    private readonly path: string | undefined,
    private readonly force: boolean,
  ) {
    if (path !== undefined && !force && existsSync(path)) writeOutput(path, '', false); // throws the refusal
  }
  write(s: string): void {
    if (this.path === undefined) return void this.io.stdout(s);
    try {
      if (this.fd === undefined) {
        this.tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
        this.fd = openSync(this.tmp, 'wx');
      }
      writeSync(this.fd, s);
    } catch (e) {
      this.abort();
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      throw new EnvironmentError({ ja: `書き込めません（${code}）: ${printable(this.path)}`, en: `cannot write (${code}): ${printable(this.path)}` });
    }
  }
  finish(): void {
    if (this.fd === undefined || this.tmp === undefined || this.path === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    if (!this.force && existsSync(this.path)) {
      rmSync(this.tmp, { force: true });
      writeOutput(this.path, '', false);
    }
    renameSync(this.tmp, this.path);
  }
  abort(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.tmp) rmSync(this.tmp, { force: true });
  }
}

/** JSON.stringify(value, null, 2), indented to sit at `depth` in the document. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    to: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    lang: { type: 'string' },
    'max-bytes': { type: 'string' },
    'accept-utf8': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(CONVERT_HELP[helpLang(argv, io.env)]);
    return EXIT_OK;
  }
  if (values.to === undefined) throw new UsageError({ ja: '--to json か --to csv を指定してください', en: 'missing --to json|csv' });
  const to = oneOf('to', values.to, ['json', 'csv'] as const, 'json');
  const lang = oneOf('lang', values.lang, LANGS, 'ja');
  const kind = kindOption(values.kind);
  const maxBytes = byteCount('max-bytes', values['max-bytes']);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? { ja: '<ファイル> を指定してください', en: 'missing <file>' }
        : { ja: 'convert にはファイルを1つだけ指定します', en: 'convert takes exactly one file' },
    );
  const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
  const force = values.force === true;
  const input = openInput(positionals[0]!, io, { name: values.name, maxBytes });
  const ja = lang === 'ja';
  if (maxBytes !== undefined && input.size !== undefined && input.size > maxBytes)
    throw new RefusedError({
      ja: `${printable(input.shown)} は ${bytesLabel(input.size, lang)} で、--max-bytes の ${bytesLabel(maxBytes, lang)} を超えるため読みません（FILE_TOO_LARGE）`,
      en: `${printable(input.shown)} is ${bytesLabel(input.size, lang)}, over --max-bytes ${bytesLabel(maxBytes, lang)}; not read (FILE_TOO_LARGE)`,
    });

  if (to === 'json') {
    const nameKind = input.name !== undefined ? parseFilename(input.name).kind : undefined;
    const finalKind = nameKind ?? kind;
    if (!finalKind || finalKind === 'UPKIHON_IMAGE') {
      if (finalKind === 'UPKIHON_IMAGE')
        throw new UsageError({
          ja: `${printable(input.shown)} は画像です。変換できるのはCSVだけです`,
          en: `${printable(input.shown)} is an image; only CSVs convert`,
        });
      throw new UsageError({
        ja: `${printable(input.shown)} の種類がわかりません: --kind で指定してください`,
        en: `cannot tell the kind of ${printable(input.shown)}: give --kind`,
      });
    }
    const sink = new Output(io, out, force);
    const issues: Issue[] = [];
    const rejected: number[] = [];
    let records = 0;
    let opened = false;
    const open = (csvVersion: string | null) => {
      opened = true;
      sink.write(
        `{\n  "kind": ${JSON.stringify(finalKind)},\n  "csvVersion": ${JSON.stringify(csvVersion)},\n  "name": ${JSON.stringify(input.name ?? null)},\n  "records": [`,
      );
    };
    try {
      for await (const e of parseStream(input.chunks, { name: input.name, kind, reportValues: false, acceptUtf8: values['accept-utf8'] === true })) {
        if (e.type === 'issue') issues.push(e.issue);
        else if (e.type === 'rejected') rejected.push(e.line);
        else {
          if (!opened) open(e.record.csvVersion ?? null);
          sink.write(`${records++ === 0 ? '' : ','}\n    ${nested(e.record, 2)}`);
          await whileStdoutFull(io);
        }
      }
      if (!opened) open(null);
      sink.write(
        `${records > 0 ? '\n  ' : ''}],\n  "issues": ${
          issues.length === 0
            ? '[]'
            : nested(
                issues.map((i) => issueJson(i, lang)),
                1,
              )
        }\n}\n`,
      );
      sink.finish();
    } catch (e) {
      sink.abort();
      throw e;
    }
    if (rejected.length > 0) {
      const lines = rejected.slice(0, 20).join(', ');
      io.stderr(
        ja
          ? `注意: ${rejected.length}行はレイアウトに合わないため変換していません（行: ${lines}）\n`
          : `note: ${rejected.length} row(s) do not fit the layout and were not converted (lines ${lines})\n`,
      );
    }
    if (input.cut() && maxBytes !== undefined) {
      io.stderr(
        ja
          ? `注意: --max-bytes（${bytesLabel(maxBytes, lang)}）で読むのをやめました。出力は途中までです\n`
          : `note: reading stopped at --max-bytes (${bytesLabel(maxBytes, lang)}); the output is partial\n`,
      );
      return EXIT_ISSUES;
    }
    return hasErrors(issues) ? EXIT_ISSUES : EXIT_OK;
  }

  // JSON → CSV: the JSON is parsed whole (JSON.parse has no stream), read with a bound.
  let text: string;
  if (input.shown === '-') {
    const chunks: Uint8Array[] = [];
    for await (const c of input.chunks) chunks.push(c);
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    const r = readBounded(resolve(io.cwd, input.shown), maxBytes ?? 1024 ** 3, input.size ?? null);
    if (!r.ok) {
      const code = r.fault.code === 'FILE_UNREADABLE' ? String(r.fault.params.reason) : r.fault.code;
      if (r.fault.code === 'FILE_TOO_LARGE')
        throw new RefusedError({ ja: `${printable(input.shown)} は大きすぎます（${code}）`, en: `${printable(input.shown)} is too large (${code})` });
      throw new EnvironmentError({ ja: `読めません（${code}）: ${printable(input.shown)}`, en: `cannot read (${code}): ${printable(input.shown)}` });
    }
    text = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength).toString('utf8');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    io.stderr(`${printable(input.shown)}: ${ja ? 'JSONとして読めません' : 'not valid JSON'}${jsonErrorPosition(e)}\n`);
    return EXIT_ISSUES;
  }
  let records: unknown;
  let docKind: unknown;
  let csvVersion: unknown;
  if (Array.isArray(doc)) records = doc;
  else if (doc !== null && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    records = o.records;
    docKind = o.kind;
    csvVersion = o.csvVersion;
  }
  if (!Array.isArray(records) || !records.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    io.stderr(
      ja
        ? `${printable(input.shown)}: レコードの配列か、"records"（オブジェクトの配列）を持つオブジェクトが必要です\n`
        : `${printable(input.shown)}: expected an array of records, or an object with "records" (an array of objects)\n`,
    );
    return EXIT_ISSUES;
  }
  if (docKind !== undefined && docKind !== null && !isKindId(docKind)) {
    io.stderr(
      ja
        ? `${printable(input.shown)}: "kind" がファイルの種類（${KINDS}）ではありません\n`
        : `${printable(input.shown)}: "kind" is not a file kind (${KINDS})\n`,
    );
    return EXIT_ISSUES;
  }
  if (kind && isKindId(docKind) && docKind !== kind)
    throw new UsageError({ ja: `--kind ${kind} が入力の "kind": "${docKind}" と違います`, en: `--kind ${kind} contradicts "kind": "${docKind}" of the input` });
  const finalKind = kind ?? (isKindId(docKind) ? docKind : undefined);
  if (!finalKind) throw new UsageError({ ja: '--kind を指定してください（入力に種類がありません）', en: 'missing --kind (the input does not say its kind)' });
  const layout = typeof csvVersion === 'string' && isKnownCsvVersion(csvVersion) ? csvVersion : undefined;

  let result;
  try {
    result = stringifyFile(finalKind, records as StringifyRecord[], { csvVersion: layout, file: out ? basename(out) : undefined, maxBytes });
  } catch (e) {
    io.stderr(`${e instanceof Error ? printable(e.message) : 'cannot write'}\n`);
    return EXIT_ISSUES;
  }
  if (!result.ok) {
    printIssues(io, result.issues, lang);
    io.stderr(ja ? 'エラーがあるため出力していません\n' : 'not written: the records have errors\n');
    return EXIT_ISSUES;
  }
  if (out) writeOutput(out, result.bytes, force);
  else io.stdout(result.bytes);
  return EXIT_OK;
}
