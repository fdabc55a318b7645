/** `careplan-csv sample`: write valid sample files (one kind, a whole transmission unit, or a demo inbox). */
import { resolve } from 'node:path';
import { printable } from '../report/format.js';
import { sampleFile, sampleTransmission } from '../sample/index.js';
import { FILE_KIND_IDS, type FileKindId } from '../filenames/grammar.js';
import { TRANSMISSION_UNITS } from '../spec/units.js';
import { EXIT_OK, UsageError, helpLang, nonNegativeInt, parse, type Io } from './args.js';
import { writeOutputs } from './fs.js';
import type { Locale } from '../report/messages/types.js';

const UNIT_IDS = TRANSMISSION_UNITS.map((u) => u.id);

export const SAMPLE_HELP: Readonly<Record<Locale, string>> = {
  ja: `使い方: careplan-csv sample <種類|送信単位> [--seed N] [--out フォルダー] [--force]
        careplan-csv sample --all [--seed N] [--out フォルダー] [--force]

正しいサンプルファイル（架空のデータ）を書き出し、その名前を表示します:
  種類       1ファイル。例: UPJSK     (${FILE_KIND_IDS.join(', ')})
  送信単位   送信単位のファイル全部。例: K1   (${UNIT_IDS.join(', ')})
  --all      受信箱の例: すべての送信単位を、それぞれ別のファイル連番で
             （check --archive で送信ごとに検査できます）
種類と送信単位は大文字・小文字を区別しません（upjsk、k1 でも可）。
ファイル連番（名前の末尾14桁）は送信単位・種類とシードごとに違うので、同じフォルダーに
続けて書き出してもぶつかりません。

オプション:
  --seed N          同じシードなら同じファイル（既定 1）
  --timestamp T     ファイル連番（YYYYMMDDHHMMSS）を指定する（既定: 送信単位・シードごとの値）
  --out DIR         書き出すフォルダー（既定: 今のフォルダー。なければ作ります）
  --force           既にあるファイルを上書きする（付けないと何も書かず終了コード1）
  -h, --help        このヘルプ
`,
  en: `Usage: careplan-csv sample <kind|unit> [--seed N] [--out DIR] [--force]
       careplan-csv sample --all [--seed N] [--out DIR] [--force]

Writes valid sample files (fictitious data) and prints their names:
  a kind   one file, e.g. UPJSK     (${FILE_KIND_IDS.join(', ')})
  a unit   every file of a transmission unit, e.g. K1   (${UNIT_IDS.join(', ')})
  --all    a demo inbox: every unit, each with its own ファイル連番
           (check --archive checks it send by send)
Kinds and units are case-insensitive (upjsk, k1). The ファイル連番 (the last 14 digits of a
name) differs per unit or kind and per seed, so several samples can go into one folder.

Options:
  --seed N          same seed, same files (default 1)
  --timestamp T     the ファイル連番 (YYYYMMDDHHMMSS) to use (default: one per unit and seed)
  --out DIR         directory to write into (default: the current directory; created if missing)
  --force           overwrite existing files (otherwise nothing is written and the exit status is 1)
  -h, --help        show this help
`,
};

/** Every unit, then every kind: the index that gives each its own ファイル連番. */
const ITEMS: readonly string[] = [...UNIT_IDS, ...FILE_KIND_IDS];

/**
 * The ファイル連番 of a sample: 2025-04-25 from 09:00, one minute per unit or kind and 40 per seed
 * (wrapping within 14 hours), the seed's remainder by 60 as the seconds. Different units, kinds
 * and seeds get different names, so sample K1 then sample K2 into one folder do not collide.
 */
export function sampleTimestamp(what: string, seed: number): string {
  const index = Math.max(0, ITEMS.indexOf(what));
  const minutes = ((((seed - 1) * 40 + index) % 840) + 840) % 840;
  const h = 9 + Math.floor(minutes / 60);
  const m = minutes % 60;
  const s = ((seed % 60) + 60) % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `20250425${two(h)}${two(m)}${two(s)}`;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    seed: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    all: { type: 'boolean' },
    timestamp: { type: 'string' },
    lang: { type: 'string' },
  });
  if (values.help) {
    io.stdout(SAMPLE_HELP[helpLang(argv, io.env)]);
    return EXIT_OK;
  }
  const seed = nonNegativeInt('seed', values.seed) ?? 1;
  const timestamp = values.timestamp;
  if (timestamp !== undefined && !/^\d{14}$/.test(timestamp))
    throw new UsageError({
      ja: `--timestamp は14桁の数字（YYYYMMDDHHMMSS）です（指定: ${JSON.stringify(printable(timestamp).slice(0, 40))}）`,
      en: `--timestamp must be 14 digits (YYYYMMDDHHMMSS) (got ${JSON.stringify(printable(timestamp).slice(0, 40))})`,
    });
  let files: { name: string; bytes: Uint8Array }[];
  if (values.all) {
    if (positionals.length > 0) throw new UsageError({ ja: '--all には種類も送信単位も指定しません', en: '--all takes no kind or unit' });
    if (timestamp !== undefined)
      throw new UsageError({
        ja: '--all では --timestamp を使えません（送信単位ごとに違う値にします）',
        en: '--all cannot take --timestamp (each unit gets its own)',
      });
    files = UNIT_IDS.flatMap((u) => sampleTransmission(u, { seed, timestamp: sampleTimestamp(u, seed) }));
  } else {
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0
          ? { ja: '<種類|送信単位> を指定してください（または --all）', en: 'missing <kind|unit> (or --all)' }
          : { ja: 'sample には種類か送信単位を1つだけ指定します', en: 'sample takes exactly one kind or unit' },
      );
    const what = positionals[0]!.toUpperCase();
    const ts = timestamp ?? sampleTimestamp(what, seed);
    if (UNIT_IDS.includes(what)) files = sampleTransmission(what, { seed, timestamp: ts });
    else if ((FILE_KIND_IDS as readonly string[]).includes(what)) files = [sampleFile(what as FileKindId, { seed, timestamp: ts })];
    else {
      const got = JSON.stringify(printable(positionals[0]!).slice(0, 40));
      const all = [...FILE_KIND_IDS, ...UNIT_IDS].join(', ');
      throw new UsageError({ ja: `知らない種類・送信単位です: ${got}（${all}）`, en: `unknown kind or unit ${got}: one of ${all}` });
    }
  }
  const dir = resolve(io.cwd, values.out ?? '.');
  writeOutputs(dir, files, values.force === true);
  for (const f of files) io.stdout(`${printable(f.name)}\n`);
  return EXIT_OK;
}
