/**
 * defineEdition: one edition of the standard (a CSVバージョン value), declared as the difference
 * from the next newer edition, with the service month it applies from (【CSVバージョン履歴】).
 * Adding an edition is one new module in editions/ plus its fixtures.
 */
import type { LocalizedText } from './fields.js';
import type { FileKindId, KindId } from './kind.js';

/** The file-name convention of an edition: v4 names carry the service types, older ones do not. */
export type FilenameConvention = 'v4' | 'v3';

/** How a kind's layout differed in an edition from the next newer one. */
export interface LayoutChange {
  /** Fields the newer edition added (so this edition lacks them). */
  readonly removedFields?: readonly string[];
  /** Fields whose length the newer edition changed: key → this edition's length. */
  readonly lengths?: Readonly<Record<string, { readonly length: number; readonly tolerateLength?: number }>>;
}

export interface EditionChanges {
  /** Kinds the newer edition added. */
  readonly missingKinds?: readonly FileKindId[];
  readonly layouts?: Partial<Record<KindId, LayoutChange>>;
  /** Transmission units whose members differed: unit id → kinds the unit did not have yet. */
  readonly units?: Readonly<Record<string, { readonly without: readonly FileKindId[] }>>;
  /** Transmission units the newer edition added (e.g. the 介護予防 units of 本文 3.4, 第4版). */
  readonly missingUnits?: readonly string[];
}

export interface EditionSpec {
  /** The CSVバージョン value (field 1 of every record). */
  readonly csvVersion: string;
  readonly name: LocalizedText;
  /** 適用開始年月: the first service month (YYYYMM) the edition applies to. */
  readonly appliesFrom: string;
  readonly filenames: FilenameConvention;
  /** The next newer edition (its csvVersion); absent for the current edition. */
  readonly newer?: string;
  /** What differed from the newer edition. */
  readonly changes?: EditionChanges;
  readonly source: string;
}

export const defineEdition = (edition: EditionSpec): EditionSpec => edition;
