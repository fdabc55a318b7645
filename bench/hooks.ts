/**
 * Hooks the library does not have yet. Each is detected, never assumed: until it exists, its rows
 * and targets say "not available", and as soon as it exists they are measured, with no change here.
 *
 * 1. The check path: `validateBundle(files, { records: false })` validates everything but returns no
 *    records. Detected on a tiny send: with the option, no file of the result carries a record
 *    (records absent or empty), while without it they do.
 * 2. The worker switch of the CLI: `CAREPLAN_WORKERS=<n> careplan-csv check <dir>` checks the
 *    transmissions of a folder on at most n threads (1: everything on the main thread; unset: one
 *    per core). Detected by `careplan-csv check --help` mentioning CAREPLAN_WORKERS. If the help
 *    also mentions `--archive`, the archive folder is checked with `check --archive <dir>`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { validateBundle, type BundleResult, type ValidateBundleOptions } from './lib.js';
import type { Send } from './data.js';

/** The options of the check path: the one place to change if the option gets another name. */
export const CHECK_PATH_OPTIONS = { records: false } as unknown as ValidateBundleOptions;

const carriesRecords = (r: BundleResult) => r.files.some((f) => Array.isArray(f.records) && f.records.length > 0);

export function checkPathAvailable(tiny: Send): boolean {
  return carriesRecords(validateBundle(tiny)) && !carriesRecords(validateBundle(tiny, CHECK_PATH_OPTIONS));
}

export const WORKERS_ENV = 'CAREPLAN_WORKERS';

export interface CliHooks {
  readonly built: boolean;
  readonly workers: boolean;
  readonly archiveFlag: boolean;
}

export function cliHooks(cli: string): CliHooks {
  if (!existsSync(cli)) return { built: false, workers: false, archiveFlag: false };
  const help = spawnSync(process.execPath, [cli, 'check', '--help'], { encoding: 'utf8' }).stdout ?? '';
  return { built: true, workers: help.includes(WORKERS_ENV), archiveFlag: /(^|\s)--archive\b/.test(help) };
}
