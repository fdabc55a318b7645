/**
 * A vendor testing their own importer with the test kit `careplan-csv/testing` (fast-check
 * arbitraries derived from the spec's tables, and mutations that break exactly one rule).
 *
 *   node scripts/run-ts.mjs examples/test-my-importer.ts [--runs 100] [--seed 42]
 *
 * Here the properties run as a plain script; in a test suite each `fc.assert(...)` goes into an
 * `it(...)` of vitest or jest unchanged. Needs `fast-check` ^4 in the dev dependencies.
 */
import fc from 'fast-check';
import { ISSUE_CATALOGUE, parseFile, validateBundle, type BundleFile, type Issue, type IssueCode, type KindRecord } from 'careplan-csv';
import { fileArb, mutationArb, mutationIdsFor, transmissionArb, type GeneratedFile } from 'careplan-csv/testing';

// ---------------------------------------------------------------------------------------------
// The importer under test (in real life: `import { importUpplan } from '../src/importer.js'`)

interface VisitLine {
  insuredNumber: string;
  month: string;
  date: string;
  start: string;
  end: string;
  serviceCode: string;
  officeName: string;
  units: number;
}

class ImportRefused extends Error {
  constructor(readonly codes: readonly IssueCode[]) {
    super(`refused: ${codes.join(', ')}`);
  }
}

const toLines = (records: readonly KindRecord<'UPPLAN'>[]): VisitLine[] =>
  records.map((r) => ({
    insuredNumber: r.insuredNumber,
    month: r.targetMonth,
    date: r.serviceDate,
    start: r.startTime,
    end: r.endTime,
    serviceCode: r.serviceCode,
    officeName: r.serviceOfficeName,
    units: r.units === '' ? 0 : Number(r.units),
  }));

const errorCodes = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error').map((i) => i.code);

/** Imports one 第6表 (UPPLAN) file as received; refuses it on any error. */
function importUpplan(file: { name?: string | undefined; bytes: Uint8Array }): { lines: VisitLine[]; warnings: IssueCode[] } {
  const result = parseFile(file, { kind: 'UPPLAN' }); // the kind is used only when there is no name
  if (!result.ok) throw new ImportRefused(errorCodes(result.issues));
  if (result.kind !== 'UPPLAN') throw new ImportRefused(['FILE_KIND_UNKNOWN']);
  return { lines: toLines(result.records), warnings: result.issues.filter((i) => i.severity === 'warning').map((i) => i.code) };
}

/** Imports a whole send (all or nothing); returns the 第6表 lines taken. */
function importSend(files: readonly BundleFile[]): VisitLine[] {
  const result = validateBundle(files);
  if (!result.ok) throw new ImportRefused([...errorCodes(result.issues), ...result.files.flatMap((f) => errorCodes(f.issues))]);
  return result.files.flatMap((f) => (f.kind === 'UPPLAN' ? toLines(f.records) : []));
}

// ---------------------------------------------------------------------------------------------
// Properties

function option(argv: string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : undefined;
}

function main(argv: string[]): void {
  const numRuns = option(argv, '--runs') ?? 100;
  const seed = option(argv, '--seed');
  const params = { numRuns, ...(seed !== undefined ? { seed } : {}) };
  const expect = (cond: boolean, what: string) => {
    if (!cond) throw new Error(what);
  };
  let failed = 0;
  const check = (title: string, run: () => void) => {
    try {
      run();
      console.log(`✓ ${title} (${numRuns} runs)`);
    } catch (e) {
      failed++;
      console.log(`✗ ${title}\n${e instanceof Error ? e.message : String(e)}`);
    }
  };

  check('imports every valid UPPLAN file, every line intact', () =>
    fc.assert(
      fc.property(fileArb('UPPLAN'), (file: GeneratedFile<'UPPLAN'>) => {
        const { lines, warnings } = importUpplan(file); // name + Shift_JIS bytes, as received
        expect(warnings.length === 0, `warnings on a valid file: ${warnings.join(', ')}`);
        expect(lines.length === file.records.length, `${lines.length} lines for ${file.records.length} records`);
        file.records.forEach((r, i) => {
          const line = lines[i]!;
          expect(line.serviceCode === r.serviceCode && line.date === r.serviceDate && line.month === r.targetMonth, `line ${i + 1}: key fields differ`);
          expect(
            line.officeName === r.serviceOfficeName,
            `line ${i + 1}: office name ${JSON.stringify(line.officeName)} != ${JSON.stringify(r.serviceOfficeName)}`,
          );
        });
      }),
      params,
    ),
  );

  const seen = new Set<string>();
  check('refuses every file that breaks an error rule, naming the issue; takes warnings with a note', () =>
    fc.assert(
      fc.property(mutationArb('UPPLAN'), (m) => {
        if (m.via !== 'parseFile') return; // encoder mutations test writers (stringifyFile), not importers
        seen.add(m.id);
        const severity = ISSUE_CATALOGUE[m.expected.code];
        let refused: ImportRefused | undefined;
        try {
          const { warnings } = importUpplan(m);
          if (severity === 'warning') expect(warnings.includes(m.expected.code), `${m.id}: warning ${m.expected.code} not passed on`);
        } catch (e) {
          if (!(e instanceof ImportRefused)) throw e; // the importer must never crash on bad input
          refused = e;
        }
        if (severity === 'error')
          expect(
            refused?.codes.includes(m.expected.code) === true,
            `${m.id} (${m.description}): expected refusal with ${m.expected.code}, got ${refused ? refused.codes.join(', ') : 'an import'}`,
          );
        else expect(refused === undefined, `${m.id}: refused a file with only a ${severity} (${refused?.codes.join(', ')})`);
      }),
      params,
    ),
  );

  check('imports whole K2 sends (第6表 + 第7表 + 補足): every generated 第6表 line arrives', () =>
    fc.assert(
      fc.property(transmissionArb({ units: ['K2'], maxRecords: 4 }), (t) => {
        const expected = t.files.reduce((n, f) => n + ('kind' in f && f.kind === 'UPPLAN' ? f.records.length : 0), 0);
        const taken = importSend(t.files).length;
        expect(taken === expected, `${taken} lines imported, ${expected} sent`);
      }),
      params,
    ),
  );

  const applicable = mutationIdsFor('UPPLAN');
  const missed = applicable.filter((id) => !seen.has(id));
  console.log(
    `mutations exercised: ${seen.size} of ${applicable.length} that apply to UPPLAN${missed.length ? ` (not drawn or encoder-only: ${missed.join(', ')})` : ''}`,
  );
  if (failed > 0) {
    console.log(`${failed} propert${failed === 1 ? 'y' : 'ies'} failed`);
    process.exitCode = 1;
  } else console.log('all properties passed');
}

main(process.argv.slice(2));
