/**
 * A format of the spec's 書式 column as ONE object: the check that the field checks, the zod
 * schema (derive/zod.ts calls `check`) and the JSON-Schema fragment (`jsonSchema`) are derived
 * from it, and so are the sample values (`sample`), which the seeded samples (sample/) and the
 * test kit's arbitraries (testing/) both draw through a small `Random` interface. The way
 * date-fns keeps one parser object per token.
 */
import type { Problem } from '../core/issue.js';
import type { FieldFormat, FieldSpec, LocalizedText } from './fields.js';

/** The random source a sample generator draws from; sample/ and testing/ each implement it. */
export interface Random {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /**
   * Text that MS932 can hold, of `minLength`..`maxLength` characters; with `delimiters`, it may
   * hold `,` `"` and line breaks (free text is always quoted).
   */
  text(minLength: number, maxLength: number, delimiters: boolean): string;
}

/** What a format check may report. */
export type FormatProblem = Problem;

export interface Format {
  readonly id: FieldFormat;
  /** How docs name the format. */
  readonly label: LocalizedText;
  /** The format fixes the width itself, so 項目長 is not checked separately. */
  readonly fixedWidth: boolean;
  /** Null when the (non-empty) value is well-formed, else what is wrong. */
  check(value: string, field: FieldSpec): FormatProblem | null;
  /** JSON-Schema keywords for a well-formed value (a `pattern` where a pattern can say it). */
  jsonSchema(field: FieldSpec): Readonly<Record<string, unknown>>;
  /** A well-formed, non-empty value (within the field's length, code list and range). */
  sample(random: Random, field: FieldSpec): string;
}

export const defineFormat = (format: Format): Format => format;
