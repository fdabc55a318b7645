/** `careplan-csv sample`: write valid sample files (one kind, or a whole transmission unit). */
import { resolve } from 'node:path';
import { printable } from '../report/format.js';
import { sampleFile, sampleTransmission } from '../sample/index.js';
import { FILE_KIND_IDS, type FileKindId } from '../filenames/grammar.js';
import { TRANSMISSION_UNITS } from '../spec/units.js';
import { EXIT_OK, UsageError, nonNegativeInt, parse, type Io } from './args.js';
import { writeOutputs } from './fs.js';

const UNIT_IDS = TRANSMISSION_UNITS.map((u) => u.id);

export const SAMPLE_HELP = `Usage: careplan-csv sample <kind|unit> [--seed N] [--out DIR] [--force]

Writes valid sample files (fictitious data) and prints their names:
  a kind   one file, e.g. UPJSK     (${FILE_KIND_IDS.join(', ')})
  a unit   every file of a transmission unit, e.g. K1   (${UNIT_IDS.join(', ')})

Options:
  --seed N     same seed, same files (default 1)
  --out DIR    directory to write into (default: the current directory; created if missing)
  --force      overwrite existing files (otherwise nothing is written and the exit status is 1)
  -h, --help   show this help
`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    seed: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(SAMPLE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <kind|unit>' : 'sample takes exactly one kind or unit');
  const what = positionals[0]!;
  const seed = nonNegativeInt('seed', values.seed) ?? 1;
  let files: { name: string; bytes: Uint8Array }[];
  if (UNIT_IDS.includes(what)) files = sampleTransmission(what, { seed });
  else if ((FILE_KIND_IDS as readonly string[]).includes(what)) files = [sampleFile(what as FileKindId, { seed })];
  else throw new UsageError(`unknown kind or unit ${JSON.stringify(printable(what).slice(0, 40))}: one of ${[...FILE_KIND_IDS, ...UNIT_IDS].join(', ')}`);
  const dir = resolve(io.cwd, values.out ?? '.');
  writeOutputs(dir, files, values.force === true);
  for (const f of files) io.stdout(`${printable(f.name)}\n`);
  return EXIT_OK;
}
