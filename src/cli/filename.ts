/** `careplan-csv filename parse|build`: the file-name grammar of 第4.1版. */
import { buildFilename } from '../filenames/build.js';
import { FILE_KIND_IDS, describePattern, type FileKindId, type FilenameParts } from '../filenames/grammar.js';
import { parseFilename } from '../filenames/parse.js';
import { escapeJsonText } from '../report/escape.js';
import { EXIT_ISSUES, EXIT_OK, EXIT_USAGE, UsageError, oneOf, parse, type Io } from './args.js';

export const FILENAME_HELP = `Usage:
  careplan-csv filename parse <name>
  careplan-csv filename build --kind K [--month YYYYMM] --sender OFFICE --sender-type SS
                              --receiver OFFICE --receiver-type SS --timestamp YYYYMMDDHHMMSS
                              [--branch NNNN] [--convention v3|v4]

parse  prints the parsed name as JSON (kind, parts, issues); exit 1 when the name is not valid.
build  prints the file name; a missing or invalid part is a usage error (exit 2).
       --month is the YYYYMM segment of the kinds that have one (UPHOSOKU: YYYYMM or 000000);
       --branch is for UPKIHON_IMAGE; v3 names (CSV 202208 and earlier) have no --sender-type
       and --receiver-type.

Kinds: ${FILE_KIND_IDS.join(', ')}
e.g. ${describePattern('UPPLAN', 'v4')}
`;

const OPTION_OF_PART: Readonly<Record<string, string>> = {
  targetMonth: '--month',
  senderOffice: '--sender',
  senderServiceType: '--sender-type',
  receiverOffice: '--receiver',
  receiverServiceType: '--receiver-type',
  timestamp: '--timestamp',
  branch: '--branch',
};

/** The library names parts (targetMonth …); the user typed options (--month …). */
const optionNames = (message: string) => message.replace(/\b(targetMonth|senderOffice|senderServiceType|receiverOffice|receiverServiceType|timestamp|branch)\b(?= (?:is|must))|(?<=unexpected )\b(\w+)\b/g, (m) => OPTION_OF_PART[m] ?? m);

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    if (sub === undefined) throw new UsageError('missing subcommand: parse or build');
    io.stdout(FILENAME_HELP);
    return EXIT_OK;
  }
  if (sub === 'parse') {
    const { values, positionals } = parse(rest, {});
    if (values.help) {
      io.stdout(FILENAME_HELP);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <name>' : 'filename parse takes exactly one name');
    const parsed = parseFilename(positionals[0]!);
    io.stdout(`${escapeJsonText(JSON.stringify(parsed, null, 2))}\n`);
    return parsed.ok ? EXIT_OK : EXIT_ISSUES;
  }
  if (sub === 'build') {
    const { values, positionals } = parse(
      rest,
      {
        kind: { type: 'string' },
        month: { type: 'string' },
        sender: { type: 'string' },
        'sender-type': { type: 'string' },
        receiver: { type: 'string' },
        'receiver-type': { type: 'string' },
        timestamp: { type: 'string' },
        branch: { type: 'string' },
        convention: { type: 'string' },
      },
      false,
    );
    if (values.help) {
      io.stdout(FILENAME_HELP);
      return EXIT_OK;
    }
    void positionals;
    if (values.kind === undefined) throw new UsageError('missing --kind');
    if (!(FILE_KIND_IDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind must be one of ${FILE_KIND_IDS.join(', ')}`);
    const convention = oneOf('convention', values.convention, ['v4', 'v3'] as const, 'v4');
    const parts: Record<string, string | undefined> = {
      targetMonth: values.month,
      senderOffice: values.sender,
      senderServiceType: values['sender-type'],
      receiverOffice: values.receiver,
      receiverServiceType: values['receiver-type'],
      timestamp: values.timestamp,
      branch: values.branch,
    };
    for (const k of Object.keys(parts)) if (parts[k] === undefined) delete parts[k];
    try {
      io.stdout(`${buildFilename(values.kind as FileKindId, parts as unknown as FilenameParts, { convention })}\n`);
      return EXIT_OK;
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      io.stderr(`careplan-csv filename build: ${optionNames(e.message)}\n`);
      return EXIT_USAGE;
    }
  }
  throw new UsageError(`unknown subcommand ${JSON.stringify(sub.slice(0, 40))}: use parse or build`);
}
