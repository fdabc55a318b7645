/** The renderer's input and options. */
import type { Issue } from '../core/issue.js';

/**
 * One file of a send, as the renderer reads it: a decoded CSV (kind, records, issues) or an
 * attachment (an image: `kind: null`, no records, `bytes`). `renderInputFromParse` builds it from
 * a `parseFile` or `validateBundle` result.
 */
export interface RenderInputFile {
  readonly name: string;
  /** The file kind (`UPPLAN`, …), or null for attachments and files of no known kind. */
  readonly kind: string | null;
  readonly csvVersion: string | null;
  readonly records: readonly Readonly<Record<string, string>>[];
  readonly issues: readonly Issue[];
  /** The bytes of an attachment (the 家族構成 JPEG of UPKIHON). */
  readonly bytes?: Uint8Array;
  /**
   * The 1-based data-record number of each record (what `Issue.record` counts). Rows that are not
   * records (a header row, a wrong field count) take numbers too, so without this the i-th record
   * is taken as number i + 1. `renderInputFromParse` fills it in.
   */
  readonly recordNumbers?: readonly number[];
  /** The 1-based physical line of each record (`ParseFileResult.lines`); used to place issues that carry a line. */
  readonly lines?: readonly number[];
}

export interface RenderOptions {
  /** Show personal data and free text. Default false: they are shown as ＊＊＊. */
  readonly showValues?: boolean;
  /** Language of messages, code labels, field names and the page's own text. Default 'ja'. The forms' printed headings stay Japanese. */
  readonly locale?: 'ja' | 'en';
  /** Document title (renderFormsHtml). */
  readonly title?: string;
  /** Issues of the whole send (`BundleResult.issues`); those with a file, record and field are placed on their cell. */
  readonly sendIssues?: readonly Issue[];
  /**
   * renderFormFragment only: other files of the same send, read for what the form borrows (the
   * 家族構成 image, the user's name and limits from 利用者補足情報). Never rendered themselves.
   */
  readonly relatedFiles?: readonly RenderInputFile[];
}
