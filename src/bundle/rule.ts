/** A bundle rule: one cross-file rule per module in rules/. */
import type { IssueCode } from '../core/codes.js';
import type { IssueSink } from '../core/issue.js';
import type { BundleContextFile, ValidateBundleOptions } from './types.js';

export interface BundleContext {
  readonly files: readonly BundleContextFile[];
  /** Files grouped into transmission units by ファイル連番 (timestamp). */
  readonly groups: ReadonlyMap<string, readonly BundleContextFile[]>;
  readonly options: ValidateBundleOptions;
}

export interface BundleRule {
  readonly id: string;
  readonly codes: readonly IssueCode[];
  /** 'send': per-send limits, checked even for a single file; 'transmission': units and relations. */
  readonly scope: 'send' | 'transmission';
  /** Runs before any file is decoded (sizes, names, extensions only). */
  readonly beforeDecoding?: boolean;
  check(ctx: BundleContext, sink: IssueSink): void;
}
