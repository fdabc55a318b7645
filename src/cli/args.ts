/** Argument parsing shared by the subcommands: node:util parseArgs, with usage errors as exit 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
/** At least one error-severity issue (or the command refused to do its job on bad data). */
export const EXIT_ISSUES = 1;
/** Usage error: unknown option, missing argument, a path that does not exist. */
export const EXIT_USAGE = 2;
/** Unexpected internal error (a bug: please report it). */
export const EXIT_INTERNAL = 3;

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command refused to do something harmful (overwrite a file): message on stderr, exit 1. */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
}

/** Where a command writes. Injected so that the commands stay testable and never call process.exit. */
export interface Io {
  readonly stdout: (s: string | Uint8Array) => void;
  readonly stderr: (s: string) => void;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs in strict mode; every parse problem becomes a UsageError. */
export function parse<O extends Options>(argv: readonly string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' }, ...options }, strict: true, allowPositionals });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** One of a fixed set of values (`--format`, `--lang`, `--to`). */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value.slice(0, 40))})`);
}

/** A non-negative decimal integer (`--limit`, `--seed`). */
export function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer (got ${JSON.stringify(value.slice(0, 40))})`);
  return Number(value);
}

import type { Locale } from '../report/messages/types.js';
export const LANGS: readonly Locale[] = ['ja', 'en'];
