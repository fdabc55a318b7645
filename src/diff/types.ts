/** The public types of diff(): inputs, options, changes and the summary. */
import type { DeletionKind } from '../bundle/deletions.js';
import type { KindId, RecordValues } from '../spec/kind.js';
import type { LocalizedText } from '../spec/fields.js';

/** A decoded file: e.g. a `parseFile` result with its name. Files of no record kind are skipped. */
export interface DiffFile {
  readonly name: string;
  readonly kind: string | null | undefined;
  readonly records: readonly RecordValues[];
}

export interface DiffOptions {
  /** Put values in the result: user numbers, personal key values, old/new field values. Default false. */
  readonly showValues?: boolean;
  /**
   * A document of the old send that the new send does not carry: `kept` (default: the receiver
   * keeps it; counted as notResent) or `removed` (its records are reported removed, cause `absent`).
   */
  readonly absent?: 'kept' | 'removed';
}

/** A user: `index` is 1-based over every user of both sends, ordered by 保険者番号, 被保険者番号. */
export interface DiffUser {
  readonly index: number;
  /** Only with showValues. */
  readonly insurerNumber?: string;
  readonly insuredNumber?: string;
}

export interface FieldChange {
  readonly key: string;
  /** 項目No. in the 202407 layout. */
  readonly no: number;
  readonly name: LocalizedText;
  /** Only with showValues. */
  readonly old?: string;
  readonly new?: string;
}

export type ChangeType = 'added' | 'removed' | 'changed';

export interface Change {
  readonly kind: KindId;
  readonly user: DiffUser;
  /** The document's key parts (see KIND_KEYS[kind].document); null = personal value, masked. */
  readonly document: Readonly<Record<string, string | null>>;
  readonly change: ChangeType;
  /** removed only: `deletion` (a deletion file of the new send) or `absent` (absent: 'removed'). */
  readonly cause?: 'deletion' | 'absent';
  /** cause deletion: the deletion file and its record (1-based) that removed this record. */
  readonly deletion?: { readonly file: string; readonly record?: number };
  /** The natural key parts (KIND_KEYS[kind].record); null = personal value, masked. */
  readonly key: Readonly<Record<string, string | null>>;
  /** changed: the fields whose values differ (after print-image blanks are filled); else []. */
  readonly fields: readonly FieldChange[];
  /** changed: only stamp fields (作成年月日, CSVバージョン, 更新業者コード, 識別子) differ. */
  readonly stampOnly: boolean;
  readonly oldFile?: string;
  /** 1-based index into the old file's records. */
  readonly oldRecord?: number;
  readonly newFile?: string;
  readonly newRecord?: number;
}

export interface KindCount {
  readonly user: number;
  readonly kind: KindId;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** Of `changed`, how many changed only stamp fields. */
  readonly stampOnly: number;
}

export interface DeletionSummary {
  readonly file: string;
  readonly kind: DeletionKind;
  readonly records: number;
  /** Deletion records that removed at least one stored record. */
  readonly matched: number;
  /** Stored records removed (cascade included), before later files of the send. */
  readonly removedRecords: number;
}

export interface DiffSummary {
  /** Users in either send. */
  readonly users: number;
  /** Users with at least one change. */
  readonly usersChanged: number;
  readonly totals: { readonly added: number; readonly removed: number; readonly changed: number; readonly stampOnly: number };
  /** Per user and kind, in report order; only pairs with a change. */
  readonly counts: readonly KindCount[];
  readonly documents: {
    /** In both states, carried by the new send. */
    readonly resent: number;
    /** Of those, with at least one change. */
    readonly changed: number;
    /** Only in the new state. */
    readonly added: number;
    /** Only in the old state (deleted, or absent with absent: 'removed'). */
    readonly removed: number;
    /** Old documents the new send did not carry. */
    readonly notResent: number;
  };
  /** The deletion files of the new send. */
  readonly deletions: readonly DeletionSummary[];
  /** Files that hold no records to compare (images, unknown kinds). */
  readonly skipped: readonly { readonly side: 'old' | 'new'; readonly file: string; readonly kind: string | null }[];
}

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly summary: DiffSummary;
}
