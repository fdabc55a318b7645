/**
 * The form renderer: decoded files → self-contained HTML laid out after the MHLW 様式 (第1〜3表,
 * 第6・7表, 利用者補足情報, 利用者基本情報 and its 別表, 介護予防サービス・支援計画書 and its 別表, and the
 * deletions as a statement). Inline CSS, no script, no external URL, A4 landscape print.
 *
 * Personal data and free text are masked (＊＊＊) unless `showValues: true`.
 *
 * @module careplan-csv/render
 */
import type { ParseFileResult } from '../codec/parse-file.js';
import { renderBody, renderDocument, renderFragment } from './document.js';
import type { RenderInputFile, RenderOptions } from './types.js';

export type { RenderInputFile, RenderOptions } from './types.js';
export { RENDER_CSS } from './style.js';
export { FORM_NAMES } from './kinds.js';
export { renderDiffHtml, renderDiffBody, type RenderDiffOptions } from './diff.js';

/** A whole HTML document: table of contents by user, the files, the send's issues, every form.  *
 * @example
 * ```ts
 * import { renderFormsHtml, renderInputFromParse, validateBundle } from 'careplan-csv';
 *
 * declare const files: { name: string; bytes: Uint8Array }[];
 * const send = validateBundle(files);
 * const html = renderFormsHtml(send.files.map((f) => renderInputFromParse(f)), { sendIssues: send.issues }); // personal values masked
 * ```
 */
export function renderFormsHtml(files: readonly RenderInputFile[], options: RenderOptions = {}): string {
  return renderDocument(files, options);
}

/**
 * The same document as one element (`<div class="cpr cpr-doc">`, no `<html>`), for a page that
 * includes `RENDER_CSS` once (the checker page's 帳票で見る view).
 *
 * @example
 * ```ts
 * import { RENDER_CSS, renderFormsBody, type RenderInputFile } from 'careplan-csv';
 *
 * declare const inputs: RenderInputFile[], container: { innerHTML: string };
 * container.innerHTML = `<style>${RENDER_CSS}</style>${renderFormsBody(inputs)}`;
 * ```
 */
export function renderFormsBody(files: readonly RenderInputFile[], options: RenderOptions = {}): string {
  return renderBody(files, options);
}

/**
 * One file's forms (split by user), wrapped in `<div class="cpr">`, for embedding in a page that
 * includes `RENDER_CSS` once. Pass the other files of the send as `relatedFiles` for what the
 * forms borrow (the 家族構成 image, the user's name from 利用者補足情報).
 *
 * @example
 * ```ts
 * import { parseFile, renderFormFragment, renderInputFromParse } from 'careplan-csv';
 *
 * declare const bytes: Uint8Array;
 * const name = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
 * const fragment = renderFormFragment(renderInputFromParse(parseFile({ name, bytes }), { name }));
 * ```
 */
export function renderFormFragment(file: RenderInputFile, options: RenderOptions = {}): string {
  return renderFragment(file, options);
}

/**
 * The renderer's input from a `parseFile` result (or a `validateBundle` file result), with the
 * record numbers and lines that place issues on their cells. `name` is needed for a parseFile
 * result (a validateBundle file result carries its own); pass `bytes` for attachments.
 *
 * @example
 * ```ts
 * import { parseFile, renderFormsHtml, renderInputFromParse } from 'careplan-csv';
 *
 * declare const bytes: Uint8Array;
 * const name = 'UP1KYO_1371200101_43_1371200202_11_20250420093000.CSV';
 * const html = renderFormsHtml([renderInputFromParse(parseFile({ name, bytes }), { name })]);
 * ```
 */
export function renderInputFromParse(result: ParseFileResult & { readonly name?: string }, extra: { name?: string; bytes?: Uint8Array } = {}): RenderInputFile {
  // Data records and rejected rows share one numbering: the records take the numbers the rejected rows leave.
  const rejected = new Set(result.rejected.map((r) => r.record));
  const recordNumbers: number[] = [];
  let n = 0;
  for (let i = 0; i < result.records.length; i++) {
    do n++;
    while (rejected.has(n));
    recordNumbers.push(n);
  }
  return {
    name: extra.name ?? result.name ?? '',
    kind: result.kind,
    csvVersion: result.csvVersion,
    records: result.records as readonly Readonly<Record<string, string>>[],
    issues: result.issues,
    recordNumbers,
    lines: result.lines,
    ...(extra.bytes ? { bytes: extra.bytes } : {}),
  };
}
