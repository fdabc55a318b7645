/**
 * careplan-csv: codecs, validation, file names, diff and form rendering for ケアプランデータ連携標準仕様 第4.1版
 * (CSV version 202407). Explicit named exports only.
 *
 * @module careplan-csv
 */
export { parseFile, type FileInput, type ParseFileOptions, type ParseFileResult, type ReadingOptions, type RejectedRow } from './codec/parse-file.js';
export { parseStream, type ParseStreamOptions, type StreamEvent } from './codec/parse-stream.js';
export { stringifyFile, type StringifyFileOptions, type StringifyFileResult, type StringifyRecord } from './codec/stringify.js';
export { parseFilename, buildFilename, describePattern, FILENAME_GRAMMARS } from './filenames/index.js';
export type { ParsedFilename, FilenameParts, FileKindId, FilenameConvention } from './filenames/index.js';
export { formatIssue, formatLocation, issueMessage, issueAdvice, fieldNameOf, type FormatIssueOptions, type Locale } from './report/format.js';
export { ISSUE_CATALOGUE, ISSUE_CODES, docsAnchor, layerOf, type IssueCode, type Severity, type Layer, type ParamsOf } from './core/codes.js';
export {
  type Issue,
  type IssueOf,
  type IssueLocation,
  type Problem,
  type ProblemOf,
  type IssueParams,
  type ValueParams,
  type SeverityOverrides,
  type Profile,
  hasErrors,
} from './core/issue.js';
export { KINDS, TABLES, KIND_IDS, FILE_KINDS, FILE_KIND_IDS, getKind, getTable, isKindId, type KindRecord } from './spec/kinds/index.js';
export type { KindId, KindSpec, TableSpec, RecordValues, ParentLink, Deletion, Sender, AttachmentKindSpec, NameLink } from './spec/kind.js';
export type { Rule, RecordRule, FileRule, Finding, FileFinding, RuleContext } from './spec/rule.js';
export type { FieldSpec, FieldFormat, LocalizedText } from './spec/fields.js';
export { CSV_VERSIONS, CURRENT_CSV_VERSION, EDITIONS, layoutFor } from './spec/editions/index.js';
export { upgrade } from './codec/upgrade.js';
export { buildCarePlanTree, type CarePlanTree } from './codec/care-plan-tree.js';
export { SERVICE_TYPES } from './spec/codelists/service-types.js';
export { BENEFIT_LIMITS, benefitLimitPeriodFor, nationalBenefitLimit, type BenefitLimitPeriod, type CareLevelCode } from './spec/reference/benefit-limits.js';
export {
  UNIT_PRICE_GRIDS,
  UNIT_PRICE_RANGE,
  LABOUR_SHARE_BY_SERVICE_TYPE,
  unitPriceGridFor,
  unitPricesFor,
  type UnitPriceGrid,
  type AreaGrade,
  type LabourShare,
} from './spec/reference/unit-prices.js';
export { decodeCp932, encodeCp932, findUnrepresentable, isCp932Representable, cp932ByteLength, normalizeLookalikes } from './encoding/index.js';
export {
  validateBundle,
  BUNDLE_RULES,
  groupIntoTransmissions,
  TRANSMISSION_UNITS,
  RELATIONS,
  deletionScope,
  DELETION_CASCADES,
  type DeletionKind,
  type DeletionScope,
  type BundleFile,
  type BundleFileResult,
  type BundleResult,
  type ValidateBundleOptions,
  type TransmissionUnit,
  type TransmissionUnitResult,
  type NotReadReason,
} from './bundle/index.js';
export type { BuildFilenameOptions } from './filenames/index.js';
export type { CsvVersionInfo, EditionSpec } from './spec/editions/index.js';
export type { EditionChanges, LayoutChange } from './spec/edition.js';
export type { PlanIssue, Goal, SupportItem } from './codec/care-plan-tree.js';
export type { DecodeOptions, DecodeResult, EncodeResult, Unrepresentable } from './encoding/cp932.js';
export type { TransmissionGroup } from './bundle/group.js';
export type { UnitMember, Relation } from './bundle/index.js';
export type { ParseStreamSource } from './codec/parse-stream.js';
export {
  diff,
  renderDiffText,
  diffToJson,
  formatDiffJson,
  KIND_KEYS,
  STAMP_FIELDS,
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
  type KindKeys,
  type CarryLevel,
  type KeyPart,
  type DiffLang,
  type RenderTextOptions,
  type DiffJson,
  type ChangeJson,
  type DiffInputJson,
} from './diff/index.js';
export {
  renderFormsHtml,
  renderFormsBody,
  renderFormFragment,
  renderInputFromParse,
  renderDiffHtml,
  RENDER_CSS,
  FORM_NAMES,
  type RenderInputFile,
  type RenderOptions,
  type RenderDiffOptions,
} from './render/index.js';
