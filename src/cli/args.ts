/** Argument parsing shared by the subcommands: node:util parseArgs, with usage errors as exit 2. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../report/messages/types.js';

export const EXIT_OK = 0;
/** At least one error-severity issue (or the command refused to do its job on bad data). */
export const EXIT_ISSUES = 1;
/** Usage or environment error: unknown option, missing argument, a path that does not exist, an output that cannot be written. */
export const EXIT_USAGE = 2;
/** Unexpected internal error (a bug: please report it). */
export const EXIT_INTERNAL = 3;

/** A text in both languages; a plain string reads the same in both. */
export type Said = string | { readonly ja: string; readonly en: string };
export const say = (s: Said, lang: Locale): string => (typeof s === 'string' ? s : s[lang]);

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(readonly said: Said) {
    super(say(said, 'en'));
  }
}

/**
 * The environment does not let the command work (an output directory that cannot be written, a
 * directory that cannot be listed, a full disk): one line on stderr, exit 2, no stack trace.
 */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
  constructor(readonly said: Said) {
    super(say(said, 'en'));
  }
}

/** The command refused to do something harmful (overwrite a file): message on stderr, exit 1. */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
  constructor(readonly said: Said) {
    super(say(said, 'en'));
  }
}

/** Where a command writes and reads. Injected so that the commands stay testable and never call process.exit. */
export interface Io {
  readonly stdout: (s: string | Uint8Array) => void;
  readonly stderr: (s: string) => void;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
  /** The environment (LANG, LC_ALL, LC_MESSAGES choose the language of help and usage errors). */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** What `-` reads. */
  readonly stdin?: AsyncIterable<Uint8Array> | undefined;
  /**
   * A promise when stdout's buffer is full (a slow pipe), resolved when it has drained; undefined
   * otherwise. Commands that stream records wait on it, so that memory stays bounded.
   */
  readonly stdoutFull?: (() => Promise<void> | undefined) | undefined;
}

/** Waits while stdout's buffer is full (see Io.stdoutFull). */
export async function whileStdoutFull(io: Io): Promise<void> {
  const full = io.stdoutFull?.();
  if (full) await full;
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs in strict mode; every parse problem becomes a UsageError. */
export function parse<O extends Options>(argv: readonly string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' }, ...options }, strict: true, allowPositionals });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new UsageError({ ja: parseErrorJa(message), en: message });
  }
}

/** node:util's parse errors in Japanese (the option name stays as typed). */
function parseErrorJa(message: string): string {
  const option = /'(-[^']*)'/.exec(message)?.[1];
  if (/^Unknown option/.test(message)) return `知らないオプションです: ${option ?? ''}`.trim();
  if (/argument missing/.test(message)) return `オプション ${option ?? ''} には値が必要です`;
  if (/does not take an argument/.test(message)) return `オプション ${option ?? ''} は値をとりません`;
  if (/Unexpected argument/.test(message)) return `余分な引数があります: ${/'([^']*)'/.exec(message)?.[1] ?? ''}`;
  return message;
}

/** One of a fixed set of values (`--format`, `--lang`, `--to`). */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const got = JSON.stringify(value.slice(0, 40));
  throw new UsageError({
    ja: `--${name} は ${allowed.join('、')} のどれかです（指定: ${got}）`,
    en: `--${name} must be one of ${allowed.join(', ')} (got ${got})`,
  });
}

/** A non-negative decimal integer (`--limit`, `--seed`). */
export function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const got = JSON.stringify(value.slice(0, 40));
  if (!/^\d{1,15}$/.test(value))
    throw new UsageError({ ja: `--${name} は0以上の整数です（指定: ${got}）`, en: `--${name} must be a non-negative integer (got ${got})` });
  return Number(value);
}

/** A byte count: `10485760`, `10MB`, `10MiB`, `512k` (K/M/G are powers of 1024). */
export function byteCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,15})\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  const got = JSON.stringify(value.slice(0, 40));
  if (!m)
    throw new UsageError({
      ja: `--${name} はバイト数です（例: 10485760、10MB）（指定: ${got}）`,
      en: `--${name} must be a byte count such as 10485760 or 10MB (got ${got})`,
    });
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}

export const LANGS: readonly Locale[] = ['ja', 'en'];

/**
 * The language of help and usage errors: `--lang` when given, else Japanese when the locale is
 * Japanese (LC_ALL, LC_MESSAGES, LANG, LANGUAGE), else English. Reports default to Japanese.
 */
export function helpLang(argv: readonly string[], env: Io['env']): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'ja' || v === 'en') return v;
  }
  const e = env ?? {};
  const locale = e.LC_ALL || e.LC_MESSAGES || e.LANG || e.LANGUAGE || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}
