/**
 * The large-run fuzzer: generated inputs of every kind through parseFile (and stringifyFile on
 * records), per category, with an oracle where one exists. Records every uncaught exception, every
 * case slower than 1 s and every oracle mismatch; prints a summary table; exits 1 on any failure.
 * Then the CLI fuzzer (fuzz/cli.ts): the built CLI on hostile file systems, with a memory cap.
 *
 *   node fuzz/build-and-run.mjs [runs] [--seed N] [--cli-cases N] [--lib-only | --cli-only]
 *   FUZZ_RUNS=200000 FUZZ_CLI_CASES=400 FUZZ_SEED=42 node fuzz/build-and-run.mjs
 */
import fc from 'fast-check';
import { KIND_IDS, decodeCp932, encodeCp932, formatIssue, parseFile, stringifyFile, validateBundle, type KindId, type ParseFileResult } from '../src/index.js';
import {
  anyFileArb,
  bundleMutationArb,
  checkMutation,
  cp932TextArb,
  fieldValueArb,
  isAlsoValidUtf8,
  mutationArb,
  recordArb,
  transmissionArb,
  type BundleMutation,
  type GeneratedFile,
  type GeneratedTransmission,
  type Mutation,
} from '../src/testing/index.js';
import { getTable } from '../src/spec/kinds/index.js';
import { setByteScannerForTests, type ParseFileOptions } from '../src/codec/parse-file.js';
import { runCli } from './cli.js';

const SLOW_MS = 1000;
const BATCH = 500;

// ---------------------------------------------------------------------------------------------
// Arguments

interface Args {
  runs: number;
  seed: number;
  cliCases: number;
  /** The built CLI (dist/cli.cjs); absent: no CLI run. */
  cli: string | undefined;
  lib: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let runs = Number(process.env.FUZZ_RUNS ?? 200_000);
  let seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
  let cliCases = Number(process.env.FUZZ_CLI_CASES ?? 200);
  let cli: string | undefined;
  let lib = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--cli-cases') cliCases = Number(argv[++i]);
    else if (a === '--cli') cli = argv[++i];
    else if (a === '--cli-only') lib = false;
    else if (a === '--lib-only') {
      cli = undefined;
      cliCases = -1;
    } else if (/^\d+$/.test(a)) runs = Number(a);
    else throw new Error(`fuzz: unknown argument ${a}; usage: run [runs] [--seed N] [--cli-cases N] [--lib-only | --cli-only]`);
  }
  if (!Number.isSafeInteger(runs) || runs < 0) throw new Error(`fuzz: bad run count ${runs}`);
  if (!Number.isSafeInteger(seed)) throw new Error(`fuzz: bad seed ${seed}`);
  if (!Number.isSafeInteger(cliCases)) throw new Error(`fuzz: bad CLI case count ${cliCases}`);
  return { runs, seed, cliCases, cli: cliCases < 0 ? undefined : cli, lib };
}

// ---------------------------------------------------------------------------------------------
// Categories: an arbitrary and a check. A check returns 'known:<why>' for a known library issue,
// a failure message, or undefined when all is well.

type Verdict = undefined | string;

interface Category<T> {
  readonly name: string;
  readonly weight: number;
  readonly arb: fc.Arbitrary<T>;
  run(input: T): { verdict: Verdict; ok?: boolean };
  describe(input: T): string;
}

const wellFormed = (r: ParseFileResult): Verdict => {
  if (typeof r.ok !== 'boolean' || !Array.isArray(r.issues) || !Array.isArray(r.records)) return 'result is not { ok, issues, records }';
  if (r.ok === r.issues.some((i) => i.severity === 'error')) return `ok is ${r.ok} with ${r.issues.filter((i) => i.severity === 'error').length} errors`;
  for (const i of r.issues) formatIssue(i);
  return undefined;
};

const KNOWN_UTF8 = 'known:CP932 that is also valid UTF-8 is read as UTF-8';
const KNOWN_CONTROL = 'known:stringifyFile writes control characters that parseFile rejects';

const short = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).toString('base64') + (bytes.length > 1024 ? `…(${bytes.length} bytes)` : '');
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sameBytes = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

const kindArb = fc.constantFrom(...KIND_IDS);

const valid: Category<GeneratedFile> = {
  name: 'valid file',
  weight: 22,
  arb: anyFileArb({ maxRecords: 6 }),
  run(file) {
    const r = parseFile({ name: file.name, bytes: file.bytes });
    const bad = wellFormed(r);
    if (bad) return { verdict: bad };
    if (isAlsoValidUtf8(file.bytes)) return { verdict: r.issues.some((i) => i.code === 'ENCODING_UTF8_INPUT') ? KNOWN_UTF8 : undefined, ok: r.ok };
    if (r.issues.length > 0) return { verdict: `issues on a valid file: ${r.issues.map((i) => i.code).join(', ')}`, ok: r.ok };
    if (!sameJson(r.records, file.records)) return { verdict: 'records differ after parseFile', ok: r.ok };
    const again = stringifyFile(file.kind, r.records as Record<string, string>[]);
    if (!sameBytes(again.bytes, file.bytes)) return { verdict: 'bytes differ after stringifyFile(parseFile(bytes))', ok: r.ok };
    return { verdict: undefined, ok: r.ok };
  },
  describe: (f) => `${f.name} ${short(f.bytes)}`,
};

/** A file or bundle mutation: checkMutation says whether the expected issues came. */
function runMutation(m: Mutation | BundleMutation) {
  const c = checkMutation(m);
  for (const i of c.issues) formatIssue(i);
  return { verdict: c.passed ? undefined : `${m.id}: ${c.problems.join('; ')}`, ok: !c.issues.some((i) => i.severity === 'error') };
}

const mutation: Category<Mutation> = {
  name: 'mutation',
  weight: 22,
  arb: mutationArb(),
  run: runMutation,
  describe: (m) =>
    `${m.id} ${m.kind} ${m.description} ${m.via === 'parseFile' ? `${m.name ?? ''} ${short(m.bytes)}` : JSON.stringify(m.records).slice(0, 400)}`,
};

interface BytesCase {
  readonly kind: KindId;
  readonly bytes: Uint8Array;
}

/**
 * Oracle for parseFile's byte scanner: the same result with the scanner turned off (the input then
 * goes through decodeCp932 + the tolerant tokenizer only). Issues arrive in the order they are met
 * (codec/read-pipeline.ts): without the scanner the whole input is decoded before any record is
 * read, so the decoding issues may come earlier; the same issues otherwise, and under the issue
 * cap the same number and the same summary (as test/csv/scan-bytes.test.ts expectSameResult).
 */
function scannerAgrees(input: { name?: string; bytes: Uint8Array }, options: ParseFileOptions, r: ParseFileResult): Verdict {
  setByteScannerForTests(false);
  try {
    const t = parseFile(input, options);
    const { issues: ia, ...ra } = r;
    const { issues: ib, ...rb } = t;
    if (!sameJson(ra, rb)) return 'parseFile differs with and without the byte scanner';
    const key = (i: ParseFileResult['issues'][number]) => JSON.stringify(i);
    const capped = ia.some((i) => i.code === 'FILE_ISSUES_TRUNCATED') || ib.some((i) => i.code === 'FILE_ISSUES_TRUNCATED');
    if (!capped) return sameJson(ia.map(key).sort(), ib.map(key).sort()) ? undefined : 'parseFile finds other issues with and without the byte scanner';
    const summary = (issues: typeof ia) => issues.filter((i) => i.code === 'FILE_ISSUES_TRUNCATED');
    return ia.length === ib.length && sameJson(summary(ia), summary(ib))
      ? undefined
      : 'parseFile keeps another number of issues with and without the byte scanner';
  } finally {
    setByteScannerForTests(true);
  }
}

const parseBytes = (c: BytesCase) => {
  const r = parseFile({ bytes: c.bytes }, { kind: c.kind });
  return {
    verdict: wellFormed(r) ?? (c.bytes.length === 0 && r.ok ? 'empty input is ok' : undefined) ?? scannerAgrees({ bytes: c.bytes }, { kind: c.kind }, r),
    ok: r.ok,
  };
};
const describeBytes = (c: BytesCase) => `${c.kind} ${short(c.bytes)}`;

const bytes: Category<BytesCase> = {
  name: 'arbitrary bytes',
  weight: 15,
  arb: fc.record({ kind: kindArb, bytes: fc.uint8Array({ maxLength: 4096 }) }),
  run: parseBytes,
  describe: describeBytes,
};

const CSV_BYTES = [
  0x22, 0x2c, 0x0d, 0x0a, 0x30, 0x31, 0x32, 0x39, 0x81, 0x82, 0x87, 0x9f, 0xe0, 0xed, 0xfa, 0xfc, 0x5c, 0xa0, 0xb1, 0xc3, 0xff, 0xef, 0xbb, 0xbf, 0xf0, 0x40,
];
const csvBytes: Category<BytesCase> = {
  name: 'CSV/SJIS-biased bytes',
  weight: 10,
  arb: fc.record({
    kind: kindArb,
    bytes: fc.array(fc.oneof(fc.constantFrom(...CSV_BYTES), fc.integer({ min: 0, max: 255 })), { maxLength: 4096 }).map((a) => Uint8Array.from(a)),
  }),
  run: parseBytes,
  describe: describeBytes,
};

const text: Category<BytesCase> = {
  name: 'CP932 text',
  weight: 10,
  arb: fc.record({ kind: kindArb, bytes: cp932TextArb({ maxLength: 3000 }).map((t) => encodeCp932(t).bytes!) }),
  run: parseBytes,
  describe: describeBytes,
};

interface Cut {
  readonly file: GeneratedFile;
  readonly at: number;
}
const truncation: Category<Cut> = {
  name: 'truncated valid file',
  weight: 10,
  arb: fc
    .tuple(anyFileArb({ maxRecords: 4 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([file, x]) => ({ file, at: Math.floor(x * file.bytes.length) })),
  run({ file, at }) {
    const cut = file.bytes.subarray(0, at);
    const r = parseFile({ name: file.name, bytes: cut });
    const bad = wellFormed(r);
    if (bad) return { verdict: bad, ok: r.ok };
    const split = decodeCp932(cut).issues.some((i) => i.code === 'ENCODING_INVALID_BYTES');
    if (split && r.ok) return { verdict: 'a cut inside a two-byte character is ok', ok: r.ok };
    if (at === 0 && r.ok) return { verdict: 'an empty file is ok', ok: r.ok };
    return { verdict: scannerAgrees({ name: file.name, bytes: cut }, {}, r), ok: r.ok };
  },
  describe: ({ file, at }) => `${file.name} cut at ${at} ${short(file.bytes)}`,
};

interface Insert {
  readonly file: GeneratedFile;
  readonly inserts: readonly { readonly at: number; readonly bytes: Uint8Array }[];
}
/** Canonical files with a few bytes put in anywhere: the byte scanner stops there and hands over. */
const insertion: Category<Insert> = {
  name: 'valid file with bytes put in',
  weight: 10,
  arb: fc
    .record({
      file: anyFileArb({ minRecords: 2, maxRecords: 6 }),
      inserts: fc.array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          bytes: fc
            .array(fc.oneof(fc.constantFrom(...CSV_BYTES), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 })
            .map((a) => Uint8Array.from(a)),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ file, inserts }) => ({ file, inserts: inserts.map((i) => ({ at: Math.floor(i.at * file.bytes.length), bytes: i.bytes })) })),
  run({ file, inserts }) {
    let bytes = file.bytes;
    for (const i of inserts) bytes = Uint8Array.from([...bytes.subarray(0, i.at), ...i.bytes, ...bytes.subarray(i.at)]);
    const r = parseFile({ name: file.name, bytes });
    return { verdict: wellFormed(r) ?? scannerAgrees({ name: file.name, bytes }, {}, r), ok: r.ok };
  },
  describe: ({ file, inserts }) => `${file.name} ${inserts.map((i) => `+${Array.from(i.bytes).join(' ')}@${i.at}`).join(' ')} ${short(file.bytes)}`,
};

interface RecordsCase {
  readonly kind: KindId;
  readonly records: Record<string, string>[];
}
/** Valid records with some fields replaced by arbitrary strings (any Unicode, controls, lone surrogates). */
const recordsCaseArb: fc.Arbitrary<RecordsCase> = kindArb.chain((kind) => {
  const fields = getTable(kind).fields;
  const edit = fc.nat(fields.length - 1).chain((i) =>
    fc.tuple(
      fc.constant(fields[i]!.key),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        cp932TextArb({ maxLength: 20 }),
        fc.tuple(fieldValueArb(fields[i]!), fc.constantFrom('\t', '\u0000', '\u001b', '\u007f', '\u0080')).map(([v, c]) => v + c),
        fieldValueArb(fields[i]!),
      ),
    ),
  );
  return fc
    .array(fc.tuple(recordArb(kind), fc.array(edit, { maxLength: 3 })), { minLength: 1, maxLength: 4 })
    .map((rows) => ({ kind, records: rows.map(([r, edits]) => ({ ...(r as Record<string, string>), ...Object.fromEntries(edits) })) }));
});
const records: Category<RecordsCase> = {
  name: 'stringifyFile on records',
  weight: 5,
  arb: recordsCaseArb,
  run({ kind, records: recs }) {
    const w = stringifyFile(kind, recs);
    for (const i of w.issues) formatIssue(i);
    if (w.ok !== !w.issues.some((i) => i.severity === 'error')) return { verdict: 'stringifyFile ok disagrees with its issues', ok: w.ok };
    if (!w.ok) return { verdict: w.bytes ? 'bytes written despite errors' : undefined, ok: w.ok };
    const r = parseFile({ bytes: w.bytes! }, { kind });
    if (isAlsoValidUtf8(w.bytes!) && r.issues.some((i) => i.code === 'ENCODING_UTF8_INPUT')) return { verdict: KNOWN_UTF8, ok: w.ok };
    if (!r.ok) {
      const codes = new Set(r.issues.filter((i) => i.severity === 'error').map((i) => i.code));
      if (codes.size === 1 && codes.has('ENCODING_CONTROL_CHARACTER')) return { verdict: KNOWN_CONTROL, ok: w.ok };
      return { verdict: `written bytes do not read back: ${[...codes].join(', ')}`, ok: w.ok };
    }
    // A record without a CSVバージョン is written with the file's version (documented in stringifyFile).
    const expected = recs.map((rec, i) =>
      Object.fromEntries(
        getTable(kind).fields.map((f) => [
          f.key,
          f.key === 'csvVersion' && !rec.csvVersion ? (r.records[i] as Record<string, string> | undefined)?.csvVersion : (rec[f.key] ?? ''),
        ]),
      ),
    );
    if (!sameJson(r.records, expected)) return { verdict: 'records differ after stringifyFile → parseFile', ok: w.ok };
    return { verdict: undefined, ok: w.ok };
  },
  describe: ({ kind, records: recs }) => `${kind} ${JSON.stringify(recs).slice(0, 600)}`,
};

const transmission: Category<GeneratedTransmission> = {
  name: 'valid transmission',
  weight: 3,
  arb: transmissionArb({ maxRecords: 3 }),
  run(t) {
    const r = validateBundle(t.files.map((f) => ({ name: f.name, bytes: f.bytes })));
    const issues = [...r.issues, ...r.files.flatMap((f) => f.issues)];
    for (const i of issues) formatIssue(i);
    if (t.files.some((f) => isAlsoValidUtf8(f.bytes)))
      return { verdict: issues.some((i) => i.code === 'ENCODING_UTF8_INPUT') ? KNOWN_UTF8 : undefined, ok: r.ok };
    return { verdict: issues.length > 0 || !r.ok ? `issues on a valid unit: ${issues.map((i) => i.code).join(', ')}` : undefined, ok: r.ok };
  },
  describe: (t) => `${t.unitId} ${t.files.map((f) => f.name).join(' ')}`,
};

const bundleMutation: Category<BundleMutation> = {
  name: 'bundle mutation',
  weight: 3,
  arb: bundleMutationArb(),
  run: runMutation,
  describe: (m) => `${m.id} ${m.unitId} ${m.description} ${m.files.map((f) => f.name).join(' ')}`,
};

const CATEGORIES = [valid, mutation, bytes, csvBytes, text, truncation, insertion, records, transmission, bundleMutation] as Category<unknown>[];

// ---------------------------------------------------------------------------------------------
// The run

interface Tally {
  cases: number;
  okTrue: number;
  okFalse: number;
  known: Map<string, number>;
  failures: number;
  maxMs: number;
  totalMs: number;
}

interface Failure {
  readonly category: string;
  readonly what: string;
  readonly input: string;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let failed = false;
  if (args.lib) failed = runLibrary(args.runs, args.seed) || failed;
  if (args.cli) failed = (await runCliFuzz(args.cli, args.cliCases, args.seed)) || failed;
  console.log(`\nfuzz: ${failed ? 'FAILED' : 'all cases passed'} (seed ${args.seed})`);
  process.exitCode = failed ? 1 : 0;
}

/** The CLI fuzzer; true when any run failed. */
async function runCliFuzz(cli: string, cases: number, seed: number): Promise<boolean> {
  const r = await runCli({ cli, cases, seed, log: (s) => console.log(`\n${s}`) });
  if (r.known.size > 0) {
    console.log('\nknown CLI limitations (not counted as failures):');
    for (const [why, list] of r.known) {
      console.log(`  ${list.length} × ${why}`);
      for (const c of list.slice(0, 12)) console.log(`      ${c}`);
      if (list.length > 12) console.log(`      … ${list.length - 12} more`);
    }
  }
  if (r.failures.length > 0) {
    console.log(`\nCLI failures (${r.failures.length}; rerun with --seed ${seed}):`);
    for (const f of r.failures.slice(0, 40)) console.log(`- ${f.name}: ${f.verdict}\n    careplan-csv ${JSON.stringify(f.argv)}`);
  }
  const known = [...r.known.values()].reduce((n, l) => n + l.length, 0);
  console.log(
    `\n${r.cases} CLI cases in ${r.seconds.toFixed(1)} s (slowest ${(r.maxMs / 1000).toFixed(1)} s), ${r.failures.length} failure(s), ${known} known`,
  );
  return r.failures.length > 0;
}

/** The library fuzzer; true when any case failed. */
function runLibrary(runs: number, seed: number): boolean {
  const totalWeight = CATEGORIES.reduce((n, c) => n + c.weight, 0);
  const tallies = new Map<string, Tally>();
  const failures: Failure[] = [];
  const started = performance.now();
  console.log(`careplan-csv fuzz: ${runs} runs, seed ${seed}`);

  CATEGORIES.forEach((cat, ci) => {
    const count = Math.round((runs * cat.weight) / totalWeight);
    const t: Tally = { cases: 0, okTrue: 0, okFalse: 0, known: new Map(), failures: 0, maxMs: 0, totalMs: 0 };
    tallies.set(cat.name, t);
    for (let done = 0, batch = 0; done < count; batch++) {
      const n = Math.min(BATCH, count - done);
      const inputs = fc.sample(cat.arb, { numRuns: n, seed: seed + ci * 1_000_003 + batch });
      for (const input of inputs) {
        const t0 = performance.now();
        let verdict: Verdict;
        let ok: boolean | undefined;
        try {
          ({ verdict, ok } = cat.run(input));
        } catch (e) {
          verdict = `uncaught ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e)}`;
        }
        const ms = performance.now() - t0;
        t.cases++;
        t.totalMs += ms;
        t.maxMs = Math.max(t.maxMs, ms);
        if (ok === true) t.okTrue++;
        if (ok === false) t.okFalse++;
        if (ms > SLOW_MS) verdict = `slow: ${ms.toFixed(0)} ms${verdict ? `; ${verdict}` : ''}`;
        if (verdict?.startsWith('known:')) t.known.set(verdict.slice(6), (t.known.get(verdict.slice(6)) ?? 0) + 1);
        else if (verdict) {
          t.failures++;
          if (failures.length < 20) failures.push({ category: cat.name, what: verdict, input: safeDescribe(cat, input) });
        }
      }
      done += n;
    }
  });

  printSummary(tallies, failures, (performance.now() - started) / 1000, seed);
  return failures.length > 0 || [...tallies.values()].some((t) => t.failures > 0);
}

function safeDescribe(cat: Category<unknown>, input: unknown): string {
  try {
    return cat.describe(input);
  } catch {
    return '(could not describe the input)';
  }
}

function printSummary(tallies: Map<string, Tally>, failures: Failure[], seconds: number, seed: number): void {
  const rows = [['category', 'cases', 'ok', 'not ok', 'known issue', 'failures', 'max ms', 'mean ms']];
  let cases = 0;
  let failed = 0;
  for (const [name, t] of tallies) {
    cases += t.cases;
    failed += t.failures;
    const known = [...t.known.values()].reduce((a, b) => a + b, 0);
    rows.push([
      name,
      String(t.cases),
      String(t.okTrue),
      String(t.okFalse),
      String(known),
      String(t.failures),
      t.maxMs.toFixed(1),
      (t.totalMs / Math.max(t.cases, 1)).toFixed(3),
    ]);
  }
  rows.push(['total', String(cases), '', '', '', String(failed), '', '']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log('');
  for (const [i, r] of rows.entries()) {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
    if (i === 0 || i === rows.length - 2) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const known = new Map<string, number>();
  for (const t of tallies.values()) for (const [k, n] of t.known) known.set(k, (known.get(k) ?? 0) + n);
  if (known.size > 0) {
    console.log('\nknown library issues (not counted as failures):');
    for (const [k, n] of known) console.log(`  ${n} × ${k}`);
  }
  if (failures.length > 0) {
    console.log(`\nfailures (first ${failures.length}; rerun with --seed ${seed}):`);
    for (const f of failures) console.log(`- [${f.category}] ${f.what}\n    input: ${f.input}`);
  }
  console.log(`\n${cases} cases in ${seconds.toFixed(1)} s, ${failed} failure(s)`);
}

void main();
