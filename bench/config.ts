/** The bench's command line and the sizes of a full and of a `--quick` run. */
import { resolve } from 'node:path';

export interface Config {
  readonly quick: boolean;
  /** Users per K2 send: 2,150 give about 10 MB, under the spec's 10 MiB per send. */
  readonly users: number;
  /** Sends in the archive (one folder, distinct ファイル連番): 10 × 10 MB. */
  readonly archiveSends: number;
  /** Untimed runs of each contender before its timed rounds (the archive: one run = every send). */
  readonly warmup: number;
  readonly archiveWarmup: number;
  /** Timed rounds, interleaved between contenders (the order rotates each round). */
  readonly rounds: number;
  readonly archiveRounds: number;
  /** Fresh processes for the cold measurements, and CLI runs over the archive folder per setting. */
  readonly coldRuns: number;
  readonly cliArchiveRuns: number;
  readonly streamGb: number;
  readonly writeReadme: boolean;
  /** Where the generated inputs are kept (seeded: always the same bytes). */
  readonly cacheDir: string;
  readonly cli: string;
}

export function readConfig(argv: readonly string[]): Config {
  const num = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a non-negative number`);
    return v;
  };
  const quick = argv.includes('--quick');
  // 1700 users make a K2 send of about 9.9 MB, just under the 10 MiB limit of one send.
  const users = num('users', quick ? 500 : 1700);
  const archiveSends = num('archive-sends', quick ? 3 : 10);
  return {
    quick,
    users,
    archiveSends,
    warmup: num('warmup', quick ? 2 : 3),
    archiveWarmup: quick ? 2 : 1,
    rounds: num('rounds', quick ? 3 : 9),
    archiveRounds: num('archive-rounds', quick ? 2 : 5),
    coldRuns: num('cold-runs', quick ? 3 : 7),
    cliArchiveRuns: num('cli-runs', quick ? 1 : 3),
    streamGb: num('stream-gb', quick ? 0.05 : 1),
    writeReadme: argv.includes('--write-readme'),
    cacheDir: resolve('node_modules', '.cache', 'careplan-bench', `k2-${users}x${archiveSends}`),
    cli: resolve('dist', 'cli.cjs'),
  };
}

export const USAGE = `npm run bench -- [options]
  --quick              small inputs and few rounds (a check of the method, not numbers to publish)
  --write-readme       replace the bench blocks of README.md and README.ja.md with the result
  --render-last        measure nothing: print (and with --write-readme, write) the last run's result again
  --rounds N           timed rounds on the send (default 9; quick 3)
  --archive-rounds N   timed rounds on the archive (default 5; quick 2)
  --warmup N           untimed runs per contender before the rounds (default 3; quick 2)
  --users N            users per send (default 1700, about 9.9 MB: one send under the 10 MiB limit)
  --archive-sends N    sends in the archive (default 10)
  --cold-runs N        fresh processes for the cold measurements (default 7; quick 3)
  --cli-runs N         CLI runs over the archive folder per setting (default 3; quick 1)
  --stream-gb X        size of the parseStream run (default 1; quick 0.05; 0 skips it)`;
