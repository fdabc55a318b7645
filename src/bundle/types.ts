/** Types of transmission (bundle) validation. */
import type { Issue, Problem, Profile, SeverityOverrides } from '../core/issue.js';
import type { ParseFileResult } from '../codec/parse-file.js';
import type { RecordCollector } from '../check/collector.js';
import type { BundleRule } from './rule.js';
import type { ParsedFilename } from '../filenames/parse.js';
import type { FileKindId } from '../filenames/grammar.js';

export interface BundleFile {
  /** Base name of the file (never opened as a path). */
  readonly name: string;
  readonly bytes: Uint8Array;
  /**
   * The file's size when `bytes` were deliberately not read (a file over the per-send limit need
   * not be loaded to be refused). Defaults to `bytes.length`.
   */
  readonly size?: number | undefined;
  /**
   * The file name already parsed by `parseFilename(name)` (e.g. when the caller grouped the files
   * by name first): then it is not parsed again. Must be the parse of `name`.
   */
  readonly filename?: ParsedFilename | undefined;
  /**
   * The caller could not read the file (permission denied, a FIFO, a name that is not UTF-8 …):
   * the problem becomes an issue of the file, which counts in the send (its name and `size` too)
   * but is not decoded. Its result says `notRead: 'fault'`.
   */
  readonly fault?: Problem | undefined;
}

/**
 * Why a file of a bundle was not read: 'send-limits' (the send is over 30 files or 10 MiB, so no
 * file is decoded), 'fault' (the caller could not read it: see its issues).
 */
export type NotReadReason = 'send-limits' | 'fault';

export interface ValidateBundleOptions {
  readonly reportValues?: boolean | undefined;
  readonly severity?: SeverityOverrides | undefined;
  /** 'strict' turns the warnings the spec states without doubt into errors (vendor tests); default 'default'. */
  readonly profile?: Profile | undefined;
  /** Per-send limits; defaults are the spec's 30 files and 10 MiB (10 × 1024 × 1024 bytes). */
  readonly maxFiles?: number | undefined;
  readonly maxTotalBytes?: number | undefined;
  readonly maxIssuesPerFile?: number | undefined;
  /** Read UTF-8 CSVs too (for migrations), as `parseFile`'s `acceptUtf8`; they are still reported. Default false. */
  readonly acceptUtf8?: boolean | undefined;
  /**
   * 'transmission' (default): every rule, as if the files were one send.
   * 'single-file': the file rules and per-send limits only (what `careplan-csv check` does for one file).
   */
  readonly scope?: 'transmission' | 'single-file' | undefined;
  /**
   * false: the check path. Every file is read and every rule runs as by default, and the issues
   * are exactly the same, but no record object is built or returned: each file's `records` and
   * `lines` are empty arrays and its `recordCount` says how many records it has. For callers that
   * only want the verdict (the CLI's `check`, a batch over an archive): faster and no memory per
   * record. Default true: every file's records are returned.
   */
  readonly records?: boolean | undefined;
}

/**
 * The result for one file of a bundle. With `records: false` (ValidateBundleOptions), `records`
 * and `lines` are empty and `recordCount` holds the number of records.
 */
export type BundleFileResult = ParseFileResult & {
  readonly name: string;
  readonly size: number;
  /** Set when the file was not read at all: its records and CSV version are then unknown, not empty. */
  readonly notRead?: NotReadReason | undefined;
};

export interface BundleResult {
  /** No error-severity issue in any file or in the bundle. */
  readonly ok: boolean;
  readonly files: BundleFileResult[];
  /** Issues about the transmission as a whole (limits, units, relations). */
  readonly issues: Issue[];
  /** Transmission units found, grouped by ファイル連番 (timestamp) and parties. */
  readonly units: TransmissionUnitResult[];
}

export interface TransmissionUnitResult {
  readonly timestamp: string;
  /**
   * Matched unit ids of the spec under the files' edition (e.g. 'K1'; a CSV 202208 K1 has no 第3表),
   * or empty when the combination is not one unit.
   */
  readonly unitIds: string[];
  /** When the files are several complete units under one ファイル連番 (BUNDLE_UNITS_MERGED): one split, e.g. ['K2', 'K5']. */
  readonly mergedUnitIds?: string[] | undefined;
  readonly fileNames: string[];
}

/** What a bundle rule sees: every file with its parsed name and (for CSVs) parse result. */
export interface BundleContextFile {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
  readonly extension: string;
  readonly filename: ParsedFilename;
  readonly kind: FileKindId | undefined;
  /** Parse result of CSV files of a known kind; undefined otherwise (or before parsing). */
  readonly parsed?: BundleFileResult | undefined;
  /** What each rule's collector gathered while the file was read. */
  readonly collected?: ReadonlyMap<BundleRule, RecordCollector> | undefined;
  /** The caller could not read the file (BundleFile.fault). */
  readonly fault?: Problem | undefined;
}
