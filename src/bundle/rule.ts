/**
 * A bundle rule: one rule of a send or of a transmission unit per module in rules/. A rule that
 * needs the records of a file collects what it needs while the file is read (`collect`), and
 * judges in `check` from what was collected (`ctx.collected`), never from the records.
 */
import type { IssueCode } from '../core/codes.js';
import type { IssueSink } from '../core/issue.js';
import type { RecordCollector } from '../check/collector.js';
import type { KindId } from '../spec/kind.js';
import type { BundleContextFile, ValidateBundleOptions } from './types.js';

export interface BundleContext {
  readonly files: readonly BundleContextFile[];
  /**
   * Files grouped into transmission units by ファイル連番 (timestamp); a ファイル連番 of several
   * (sender, receiver) pairs whose files each form units is split by pair (bundle/unit-groups.ts).
   */
  readonly groups: ReadonlyMap<string, readonly BundleContextFile[]>;
  readonly options: ValidateBundleOptions;
  /** What this rule's collector gathered from a file (undefined when the file was not read). */
  collected<T extends RecordCollector>(rule: BundleRule, file: BundleContextFile): T | undefined;
}

export interface BundleRule {
  readonly id: string;
  readonly codes: readonly IssueCode[];
  /** 'send': per-send limits, checked even for a single file; 'transmission': units and relations. */
  readonly scope: 'send' | 'transmission';
  /** Runs before any file is decoded (sizes, names, extensions only). */
  readonly beforeDecoding?: boolean;
  /** A collector for the records of a file of `kind`, when the rule needs them. */
  collect?(kind: KindId): RecordCollector | undefined;
  check(ctx: BundleContext, sink: IssueSink): void;
}
