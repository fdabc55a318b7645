/**
 * The printed result, in English (the console, README.md) or Japanese (README.ja.md): one Markdown
 * table of the steady-state steps, one table of the targets, and a few lines for what is measured
 * once (cold, RSS, the archive folder through the CLI, the stream).
 */
import type { ArchiveCliResult, ColdResult } from './cli-runs.js';
import type { Stats } from './harness.js';
import type { CliHooks } from './hooks.js';
import type { Phase, PhaseResult } from './phases.js';

export interface BenchResult {
  readonly date: string;
  readonly node: string;
  readonly machine: string;
  readonly load: readonly [number, number];
  readonly cores: number;
  readonly quick: boolean;
  readonly users: number;
  readonly archiveSends: number;
  readonly versions: Record<string, string>;
  readonly phases: Record<Phase, PhaseResult>;
  readonly first?: (Stats & { readonly ok: boolean }) | undefined;
  readonly rss?: { readonly ok: boolean; readonly beforeMb: number; readonly peakMb: number; readonly bytes: number } | undefined;
  readonly stream?:
    { readonly bytes: number; readonly records: number; readonly seconds: number; readonly beforeMb: number; readonly peakMb: number } | undefined;
  readonly cold?: ColdResult | undefined;
  readonly archiveCli?: ArchiveCliResult | undefined;
  readonly checkPath: boolean;
  readonly cliHooks: CliHooks;
  readonly coldRuns: number;
  readonly seconds: number;
}

type Lang = 'en' | 'ja';

const mb = (bytes: number) => bytes / 1e6;
const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtX = (x: number) => `${x.toFixed(x >= 10 ? 0 : 1)}×`;
const fmtMb = (bytes: number) => `${mb(bytes).toFixed(1)} MB`;
const rate = (bytes: number, ms: number) => `${((mb(bytes) / ms) * 1000).toFixed(0)} MB/s`;
const range = (s: Stats) => `${fmtMs(s.median)} ms (${fmtMs(s.min)}–${fmtMs(s.max)})`;

interface Row {
  readonly id: string;
  readonly en: string;
  readonly ja: string;
  readonly write?: boolean | undefined;
}

const ROWS: readonly Row[] = [
  { id: 'floor', en: 'floor loop: find `,` `"` LF in the bytes', ja: '下限ループ: バイト列から `,` `"` LF を探すだけ' },
  { id: 'textDecoder', en: "TextDecoder('shift_jis') alone", ja: "TextDecoder('shift_jis') のみ" },
  { id: 'decode', en: 'decodeCp932 (the library’s decoder)', ja: 'decodeCp932（本ライブラリのデコーダー）' },
  { id: 'byteScanner', en: 'byte scanner on canonical files, no records', ja: 'バイトスキャナー（正規の形のファイル、レコードは作らない）' },
  { id: 'tolerant', en: 'decodeCp932 + tolerant tokenizer', ja: 'decodeCp932 + 寛容なトークナイザー' },
  {
    id: 'parseFile',
    en: 'parseFile, each file (records, field/record/file rules)',
    ja: 'parseFile、ファイルごと（レコード、項目・レコード・ファイルのルール）',
  },
  { id: 'check', en: '**validateBundle, check path** (`records: false`)', ja: '**validateBundle、チェックのみ**（`records: false`）' },
  {
    id: 'validate',
    en: '**validateBundle, record path** (default: every rule, records returned)',
    ja: '**validateBundle、レコードあり**（既定: 全ルール、レコードを返す）',
  },
  { id: 'oracleRead', en: 'iconv-lite + csv-parse (no validation)', ja: 'iconv-lite + csv-parse（検証なし）' },
  { id: 'udsv', en: 'TextDecoder + uDSV (no validation)', ja: 'TextDecoder + uDSV（検証なし）' },
  { id: 'csvSimple', en: 'TextDecoder + csv-simple-parser (no validation)', ja: 'TextDecoder + csv-simple-parser（検証なし）' },
  { id: 'papa', en: 'TextDecoder + PapaParse (no validation)', ja: 'TextDecoder + PapaParse（検証なし）' },
  { id: 'floor', en: 'floor loop, in the writing process', ja: '下限ループ（書き込みのプロセス内）', write: true },
  {
    id: 'encode',
    en: '**encode: stringifyFile, each file (validation included)**',
    ja: '**エンコード: stringifyFile、ファイルごと（検証込み）**',
    write: true,
  },
  { id: 'oracleWrite', en: 'csv-stringify + iconv-lite (no validation)', ja: 'csv-stringify + iconv-lite（検証なし）', write: true },
];

function cells(p: PhaseResult | undefined, row: Row, checkPath: boolean, lang: Lang): string[] {
  const s = p?.stats[row.id];
  if (!p || !s) {
    if (row.id === 'check' && !checkPath && p) return [lang === 'en' ? 'not available' : '未対応', '', '', ''];
    return ['—', '', '', ''];
  }
  const floor = p.stats.floor!;
  const oracle = p.stats[row.write ? 'oracleWrite' : 'oracleRead'];
  return [range(s), rate(p.bytes, s.median), fmtX(s.median / floor.median), oracle && row.id !== 'floor' ? fmtX(oracle.median / s.median) : ''];
}

function mainTable(r: BenchResult, lang: Lang): string[] {
  const L = (en: string, ja: string) => (lang === 'en' ? en : ja);
  const send = r.phases['read-send'];
  const archive = r.phases['read-archive'];
  const head = (what: string, p: PhaseResult) => `${what} ${fmtMb(p.bytes)}: ${L('median (min–max)', '中央値（最小–最大）')}`;
  const lines = [
    `| ${L('step', '処理')} | ${head(L('send', '送信'), send)} | MB/s | ${L('× floor', '× 下限')} | ${L('× faster than the oracle¹', 'オラクル¹比の速さ')} | ${head(L('archive', 'アーカイブ'), archive)} | MB/s | ${L('× floor', '× 下限')} | ${L('× faster than the oracle¹', 'オラクル¹比の速さ')} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of ROWS) {
    const [ps, pa] = row.write ? [r.phases['write-send'], r.phases['write-archive']] : [send, archive];
    const a = cells(ps, row, r.checkPath, lang);
    const b = cells(pa, row, r.checkPath, lang);
    lines.push(`| ${row[lang]} | ${[...a, ...b].join(' | ')} |`);
  }
  return lines;
}

type Verdict = 'met' | 'not met' | 'n/a' | 'skipped';
interface Target {
  readonly what: string;
  readonly input: string;
  readonly measured: string;
  readonly verdict: Verdict;
}

function targets(r: BenchResult, lang: Lang): Target[] {
  const L = (en: string, ja: string) => (lang === 'en' ? en : ja);
  const na = L('not available', '未対応');
  const out: Target[] = [];
  const inputs: [string, Phase, Phase][] = [
    [L(`send ${fmtMb(r.phases['read-send'].bytes)}`, `送信 ${fmtMb(r.phases['read-send'].bytes)}`), 'read-send', 'write-send'],
    [L(`archive ${fmtMb(r.phases['read-archive'].bytes)}`, `アーカイブ ${fmtMb(r.phases['read-archive'].bytes)}`), 'read-archive', 'write-archive'],
  ];
  const ratio = (p: PhaseResult, id: string, base: string) => {
    const a = p.stats[id];
    const b = p.stats[base];
    return a && b ? a.median / b.median : undefined;
  };
  const skipped = L('not measured', '未計測');
  /** `x` undefined: the hook does not exist yet; null: this run did not measure it (skipped, or no build). */
  const push = (what: string, input: string, x: number | undefined | null, ok: (x: number) => boolean, show = fmtX) =>
    out.push(
      x === undefined
        ? { what, input, measured: na, verdict: 'n/a' }
        : x === null
          ? { what, input, measured: skipped, verdict: 'skipped' }
          : { what, input, measured: show(x), verdict: ok(x) ? 'met' : 'not met' },
    );
  for (const [input, read] of inputs)
    push(L('check path ≤ 4× the floor', 'チェックのみ ≤ 下限の 4 倍'), input, ratio(r.phases[read], 'check', 'floor'), (x) => x <= 4);
  for (const [input, read] of inputs)
    push(L('record path ≤ 6× the floor', 'レコードあり ≤ 下限の 6 倍'), input, ratio(r.phases[read], 'validate', 'floor'), (x) => x <= 6);
  for (const [input, read] of inputs)
    push(
      L('check path ≥ 5× faster than iconv-lite + csv-parse', 'チェックのみ ≥ iconv-lite + csv-parse の 5 倍速'),
      input,
      ratio(r.phases[read], 'oracleRead', 'check'),
      (x) => x >= 5,
    );
  for (const [input, read] of inputs)
    push(
      L('record path ≥ 5× faster than iconv-lite + csv-parse', 'レコードあり ≥ iconv-lite + csv-parse の 5 倍速'),
      input,
      ratio(r.phases[read], 'oracleRead', 'validate'),
      (x) => x >= 5,
    );
  for (const [input, , write] of inputs)
    push(L('encode ≤ 4× the floor', 'エンコード ≤ 下限の 4 倍'), input, ratio(r.phases[write], 'encode', 'floor'), (x) => x <= 4);
  const small = r.phases['read-small30'];
  push(
    L('30 small files: validateBundle no slower than iconv-lite + csv-parse', '小さな 30 ファイル: validateBundle が iconv-lite + csv-parse より遅くない'),
    L(`30 files, ${(small.bytes / 1e3).toFixed(0)} KB`, `30 ファイル、${(small.bytes / 1e3).toFixed(0)} KB`),
    ratio(small, 'oracleRead', 'validate'),
    (x) => x >= 1,
    (x) => L(`${x.toFixed(2)}× as fast`, `${x.toFixed(2)} 倍速`),
  );
  const cli = r.archiveCli;
  push(
    L('archive folder (CLI): 2 cores ≥ 1.6× faster than one', 'アーカイブのフォルダー（CLI）: 2 コアで 1 コアの 1.6 倍速以上'),
    L(`${r.archiveSends} sends, ${fmtMb(r.phases['read-archive'].bytes)}`, `${r.archiveSends} 送信、${fmtMb(r.phases['read-archive'].bytes)}`),
    !cli ? null : cli.oneThread ? cli.oneThread.median / cli.byDefault.median : undefined,
    (x) => x >= 1.6,
  );
  const st = r.stream;
  push(
    L('parseStream of 1 GB within 100 MB RSS', 'parseStream で 1 GB を RSS 100 MB 以内'),
    st ? `${(st.bytes / 1e9).toFixed(2)} GB` : '—',
    st ? st.peakMb : null,
    (x) => x <= 100,
    (x) => L(`peak RSS ${x.toFixed(0)} MB`, `ピーク RSS ${x.toFixed(0)} MB`),
  );
  push(
    L('cold `careplan-csv check` of the send ≤ 0.3 s', '送信のコールドな `careplan-csv check` ≤ 0.3 秒'),
    L(`send ${fmtMb(r.phases['read-send'].bytes)}`, `送信 ${fmtMb(r.phases['read-send'].bytes)}`),
    r.cold ? r.cold.check.median / 1000 : null,
    (x) => x <= 0.3,
    (x) => L(`${x.toFixed(2)} s (median wall)`, `${x.toFixed(2)} 秒（実時間の中央値）`),
  );
  return out;
}

function targetTable(r: BenchResult, lang: Lang): string[] {
  const L = (en: string, ja: string) => (lang === 'en' ? en : ja);
  const word = (v: Verdict) => ({ met: L('met', '達成'), 'not met': L('**not met**', '**未達**'), 'n/a': L('not available', '未対応'), skipped: '' })[v];
  return [
    `| ${L('target', '目標')} | ${L('input', '入力')} | ${L('measured', '計測値')} | |`,
    '|---|---|---:|---|',
    ...targets(r, lang).map((t) => `| ${t.what} | ${t.input} | ${t.measured} | ${word(t.verdict)} |`),
  ];
}

/** Anything that makes a number suspect: printed under the tables (in English only: they are for whoever runs the bench). */
function warnings(r: BenchResult): string[] {
  const w = Object.values(r.phases).flatMap((p) => p.notes.map((n) => `${p.phase}: ${n}`));
  if ((r.first && !r.first.ok) || (r.rss && !r.rss.ok)) w.push('validateBundle reported errors on the send');
  if (!r.first) w.push('first call, peak RSS and stream not measured: dist/index.js is missing (run `npm run build`)');
  if (r.cold && r.cold.status !== 0) w.push(`careplan-csv check on the send exited with ${r.cold.status}`);
  if (r.archiveCli && r.archiveCli.status !== 0) w.push(`careplan-csv check on the archive folder exited with ${r.archiveCli.status}`);
  if (r.archiveCli && !r.archiveCli.sameReport) w.push('the CLI reports on the archive folder differ between runs or settings');
  return w;
}

export function render(r: BenchResult, lang: Lang): string {
  const L = (en: string, ja: string) => (lang === 'en' ? en : ja);
  const send = r.phases['read-send'];
  const archive = r.phases['read-archive'];
  const small = r.phases['read-small30'];
  const sendMb = fmtMb(send.bytes);
  const quick = r.quick
    ? [
        L(
          '**A `--quick` run: small inputs and few rounds, to check the method; the targets are for the full sizes.**',
          '**`--quick` の実行: 手法を確かめるための小さな入力と少ない回数です。目標はフルサイズに対するものです。**',
        ),
        '',
      ]
    : [];
  const ms = (p: PhaseResult, id: string) => p.stats[id];
  const smallLine = () => {
    const v = ms(small, 'validate')!;
    const o = ms(small, 'oracleRead')!;
    const c = ms(small, 'check');
    const u = ms(small, 'udsv')!;
    return L(
      `- 30-file send (${(small.bytes / 1e3).toFixed(0)} KB: 3 × K1 + 6 × K2, 8 users each; ${small.rounds} rounds): validateBundle ${range(v)}${c ? `, check path ${range(c)}` : ''}; iconv-lite + csv-parse ${range(o)}; TextDecoder + uDSV ${range(u)}.`,
      `- 30 ファイルの送信（${(small.bytes / 1e3).toFixed(0)} KB: K1 × 3 + K2 × 6、各 8 人。${small.rounds} ラウンド）: validateBundle ${range(v)}${c ? `、チェックのみ ${range(c)}` : ''}。iconv-lite + csv-parse ${range(o)}。TextDecoder + uDSV ${range(u)}。`,
    );
  };
  const cold = r.cold;
  const cli = r.archiveCli;
  const steadyValidate = ms(send, 'validate')!;
  const lines = [
    `careplan-csv bench — ${r.date}, \`npm run bench${r.quick ? ' -- --quick' : ''}\`, Node ${r.node}, ${r.machine}; ${L('load average', 'ロードアベレージ')} ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}; ${L('the run took', '所要')} ${r.seconds.toFixed(0)} ${L('s', '秒')}`,
    '',
    ...quick,
    ...(Math.max(...r.load) > r.cores
      ? [
          L(
            `**The machine was busy during this run (load average above its ${r.cores} cores): every number here is noisy. Re-run on a quiet machine before relying on any of them.**`,
            `**この実行中、マシンは混んでいました（ロードアベレージがコア数 ${r.cores} を超過）。ここの数値はすべてノイズを含みます。当てにする前に、空いているマシンで計測し直してください。**`,
          ),
          '',
        ]
      : []),
    L(
      `Inputs: the send is one K2 transmission (UPPLAN + UPSIKYU + UPHOSOKU, ${r.users} users, ${sendMb}); the archive is one folder of ${r.archiveSends} such sends (${fmtMb(archive.bytes)}). Steady state: each column is one fresh process (reading and writing apart); every contender runs ${send.warmup} times untimed (the archive: ${archive.warmup} pass over all its sends), then ${send.rounds} timed rounds (archive: ${archive.rounds}) interleaved between the contenders, the order rotated each round; median (min–max). No forced GC anywhere; results kept in a sink, one send's at a time; the writing processes hold the records they write (the archive's: all its sends'). Ratios are between numbers of the same process.`,
      `入力: 送信は K2 の 1 送信（UPPLAN + UPSIKYU + UPHOSOKU、利用者 ${r.users} 人、${sendMb}）、アーカイブはその送信 ${r.archiveSends} 個を入れた 1 つのフォルダー（${fmtMb(archive.bytes)}）です。定常状態: 列ごとに新しいプロセス 1 つ（読み込みと書き込みは別）で、各処理を計測せずに ${send.warmup} 回（アーカイブは全送信を ${archive.warmup} 周）実行してから、処理を交互に、毎ラウンド順番をずらして ${send.rounds} ラウンド（アーカイブは ${archive.rounds}）計測し、中央値（最小–最大）を示します。GC の強制はどこでも行わず、結果は一度に 1 送信分だけシンクに保持します。書き込みのプロセスは書き込むレコードを保持しています（アーカイブでは全送信分）。比はすべて同じプロセス内の数値どうしです。`,
    ),
    '',
    ...mainTable(r, lang),
    '',
    L(
      '¹ The oracle: iconv-lite + csv-parse for reading steps, csv-stringify + iconv-lite for writing steps; "3×" means three times as fast. None of the reference pipelines validates anything; each reference parser gave the same rows as csv-parse on the send before it was timed.',
      '¹ オラクル: 読み込みは iconv-lite + csv-parse、書き込みは csv-stringify + iconv-lite。「3×」は 3 倍速の意味です。参照パイプラインはどれも何も検証しません。各参照パーサーは計測前に、送信について csv-parse と同じ行を返すことを確かめています。',
    ),
    '',
    ...targetTable(r, lang),
    '',
    ...[
      smallLine(),
      cold
        ? L(
            `- Cold: \`careplan-csv check --format json\` on the send's 3 files, a fresh process each (${r.coldRuns} runs): ${range(cold.check)} wall, of which Node's start-up alone (\`node -e 0\`) ${range(cold.node)}; exit status ${cold.status}.`,
            `- コールド: 送信の 3 ファイルに \`careplan-csv check --format json\`、毎回新しいプロセス（${r.coldRuns} 回）: 実時間 ${range(cold.check)}、うち Node の起動のみ（\`node -e 0\`）${range(cold.node)}。終了コード ${cold.status}。`,
          )
        : L(
            '- Cold: not measured (dist/cli.cjs is missing: run `npm run build`).',
            '- コールド: 未計測（dist/cli.cjs がありません。`npm run build` を実行してください）。',
          ),
      r.first
        ? L(
            `- First call: validateBundle on the send as the first call of a fresh process that loads the published build (dist/index.js; bytes read before; ${r.coldRuns} processes): ${range(r.first)}, against ${fmtMs(steadyValidate.median)} ms in steady state.`,
            `- 最初の呼び出し: 公開ビルド（dist/index.js）を読み込んだ新しいプロセスで最初に呼ぶ validateBundle（送信、バイト列は読み込み済み。${r.coldRuns} プロセス）: ${range(r.first)}。定常状態では ${fmtMs(steadyValidate.median)} ms。`,
          )
        : '',
      cli
        ? L(
            `- Archive folder through the CLI (\`${cli.command}\`, ${cli.byDefault.samples.length} run${cli.byDefault.samples.length === 1 ? '' : 's'} each): ${cli.oneThread ? `one thread (CAREPLAN_WORKERS=1) ${range(cli.oneThread)}, default ${range(cli.byDefault)}: ${fmtX(cli.oneThread.median / cli.byDefault.median)}${cli.sameReport ? ', identical reports' : ', **the reports differ**'}` : `${range(cli.byDefault)} (${rate(archive.bytes, cli.byDefault.median)}) on one thread; the CLI has no worker switch yet (CAREPLAN_WORKERS)`}; exit status ${cli.status}.`,
            `- CLI でアーカイブのフォルダー（\`${cli.command}\`、各 ${cli.byDefault.samples.length} 回）: ${cli.oneThread ? `1 スレッド（CAREPLAN_WORKERS=1）${range(cli.oneThread)}、既定 ${range(cli.byDefault)}: ${fmtX(cli.oneThread.median / cli.byDefault.median)}${cli.sameReport ? '、レポートは同一' : '、**レポートが異なります**'}` : `1 スレッドで ${range(cli.byDefault)}（${rate(archive.bytes, cli.byDefault.median)}）。CLI にはまだワーカーの切り替え（CAREPLAN_WORKERS）がありません`}。終了コード ${cli.status}。`,
          )
        : '',
      r.rss
        ? L(
            `- Peak RSS of a fresh process that loads the published build, reads the send (${fmtMb(r.rss.bytes)}) and validates it: ${r.rss.peakMb.toFixed(0)} MB (${r.rss.beforeMb.toFixed(0)} MB before reading; ok: ${r.rss.ok}).`,
            `- 公開ビルドを読み込み、送信（${fmtMb(r.rss.bytes)}）を読み込んで検証する新しいプロセスのピーク RSS: ${r.rss.peakMb.toFixed(0)} MB（読み込み前 ${r.rss.beforeMb.toFixed(0)} MB。ok: ${r.rss.ok}）。`,
          )
        : '',
      L(
        `- Batch: validateBundle over the ${fmtMb(archive.bytes)} archive in one process runs at ${rate(archive.bytes, ms(archive, 'validate')!.median)} (the archive column).`,
        `- バッチ: 1 プロセスで ${fmtMb(archive.bytes)} のアーカイブを validateBundle すると ${rate(archive.bytes, ms(archive, 'validate')!.median)}（アーカイブの列）。`,
      ),
      r.stream
        ? L(
            `- Stream: ${(r.stream.bytes / 1e9).toFixed(2)} GB of UPPLAN generated on the fly through parseStream: ${r.stream.records.toLocaleString('en')} records in ${r.stream.seconds.toFixed(1)} s (${rate(r.stream.bytes, r.stream.seconds * 1000)}), peak RSS ${r.stream.peakMb.toFixed(0)} MB (${r.stream.beforeMb.toFixed(0)} MB at start).`,
            `- ストリーム: その場で生成した ${(r.stream.bytes / 1e9).toFixed(2)} GB の UPPLAN を parseStream で: ${r.stream.records.toLocaleString('en')} レコードを ${r.stream.seconds.toFixed(1)} 秒（${rate(r.stream.bytes, r.stream.seconds * 1000)}）、ピーク RSS ${r.stream.peakMb.toFixed(0)} MB（開始時 ${r.stream.beforeMb.toFixed(0)} MB）。`,
          )
        : '',
      L(
        `- Reference packages: ${Object.entries(r.versions)
          .map(([p, v]) => `${p} ${v}`)
          .join(', ')}.`,
        `- 参照パッケージ: ${Object.entries(r.versions)
          .map(([p, v]) => `${p} ${v}`)
          .join('、')}。`,
      ),
      ...warnings(r).map((w) => `- ${L('Warning', '警告')}: ${w}`),
    ].filter((l) => l !== ''),
  ];
  return lines.join('\n').trim();
}
