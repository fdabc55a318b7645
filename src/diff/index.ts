/**
 * diff: what a new send changes against the previous one (issue 16). Pure, browser-safe.
 *
 * - {@link diff}: decoded files of two sends → changes per user, document and record. The model
 *   (the receiver's import) is described in diff.ts; state.ts applies sends, match.ts pairs records.
 * - {@link KIND_KEYS}, {@link USER_KEY}, {@link STAMP_FIELDS}: the keys, as data.
 * - {@link renderDiffText} (ja/en) and {@link diffToJson} / {@link formatDiffJson}.
 */
export {
  diff,
  type DiffFile,
  type DiffOptions,
  type DiffResult,
  type DiffSummary,
  type DiffUser,
  type Change,
  type ChangeType,
  type FieldChange,
  type KindCount,
  type DeletionSummary,
} from './diff.js';
export {
  KIND_KEYS,
  KIND_ORDER,
  USER_KEY,
  STAMP_FIELDS,
  keyValue,
  keyDisplayValue,
  userKeyOf,
  documentKeyOf,
  recordKeyOf,
  fillPrintImage,
  type KeyPart,
  type KindKeys,
  type CarryLevel,
} from './keys.js';
export { renderDiffText, summaryLines, userChangeLines, printable, KIND_LABELS, type DiffLang, type RenderTextOptions } from './render-text.js';
export { diffToJson, formatDiffJson, type DiffJson, type ChangeJson, type DiffInputJson } from './json.js';
