/**
 * careplan-csv: the command-line entry. Only the dispatch lives here; each subcommand is loaded
 * when it runs, so `--help` and small commands start fast.
 */
import { EXIT_INTERNAL, EXIT_ISSUES, EXIT_OK, EXIT_USAGE, RefusedError, UsageError, type Io } from './args.js';
import { version } from '../../package.json';
import { CURRENT_CSV_VERSION, CURRENT_EDITION } from '../spec/editions/index.js';
import { escapeLines } from '../report/escape.js';

const TOP_HELP = `Usage: careplan-csv <command> [options]

Reference tool for the CSV files of ケアプランデータ連携標準仕様 ${CURRENT_EDITION.name.ja} (CSV version ${CURRENT_CSV_VERSION}).

Commands:
  check [--format text|json|junit] [--lang ja|en] [--show-values] <path...>
                      validate files, a transmission, or directories of transmissions
  inspect [--show-values] [--lang ja|en] [--limit N] <file>
                      show the records of a file, personal fields masked
  convert <file> --to json|csv [--kind K] [--out F]
                      lossless CSV ⇄ JSON
  filename parse <name> | filename build --kind K ...
                      parse or build a standard file name
  sample <kind|unit> [--seed N] [--out DIR]
                      write valid sample files

Personal data (names, 被保険者番号, addresses, …) is masked in every report unless
--show-values is given.

Run 'careplan-csv <command> --help' for a command's options.
Exit status: 0 ok, 1 issues found (error severity), 2 usage error, 3 internal error.
`;

type Command = { run(argv: readonly string[], io: Io): Promise<number> };

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  check: () => import('./check.js'),
  inspect: () => import('./inspect.js'),
  convert: () => import('./convert.js'),
  filename: () => import('./filename.js'),
  sample: () => import('./sample.js'),
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  let name = 'careplan-csv';
  try {
    if (command === undefined) throw new UsageError('missing command');
    if (command === '--help' || command === '-h' || command === 'help') {
      if (rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) return await main([rest[0], '--help'], io);
      io.stdout(TOP_HELP);
      return EXIT_OK;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`${version}\n`);
      return EXIT_OK;
    }
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command ${JSON.stringify(command.slice(0, 40))}`);
    name = `careplan-csv ${command}`;
    const mod = await COMMANDS[command]!();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${name}: ${escapeLines(e.message)}\nRun '${name} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof RefusedError) {
      io.stderr(`${name}: ${escapeLines(e.message)}\n`);
      return EXIT_ISSUES;
    }
    io.stderr(`${name}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

function processIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

// Runs when loaded as the bin (dist/cli.cjs); `main` stays importable for in-process use.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  // a closed pipe (`careplan-csv check dir | head`) is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`careplan-csv: internal error: ${String(e)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
