/**
 * careplan-csv: codecs, validation and file names for ケアプランデータ連携標準仕様 第4.1版
 * (CSV version 202407). Explicit named exports only.
 *
 * @module careplan-csv
 */
export { parseFile, type FileInput, type ParseFileOptions, type ParseFileResult, type RejectedRow } from './file/parse.js';
export { parseStream, type ParseStreamOptions, type StreamEvent } from './file/stream.js';
export { stringifyFile, type StringifyFileOptions, type StringifyFileResult } from './file/stringify.js';
export { parseFilename, buildFilename, describePattern, FILENAME_GRAMMARS } from './filenames/index.js';
export type { ParsedFilename, FilenameParts, FileKindId, FilenameConvention } from './filenames/index.js';
export { formatIssue, issueMessage, fieldNameOf, type FormatIssueOptions, type Locale } from './messages/format.js';
export { ISSUE_CATALOGUE, ISSUE_CODES, docsAnchor, layerOf, type IssueCode, type Severity, type Layer } from './core/codes.js';
export { type Issue, type IssueParams, type SeverityOverrides, hasErrors } from './core/issue.js';
export { TABLES, KIND_IDS, getTable, isKindId, type KindRecord } from './tables/index.js';
export type { KindId, TableSpec, RecordValues, RecordRule, FileRule } from './core/table.js';
export type { FieldSpec, FieldFormat, LocalizedText } from './core/field.js';
export { CSV_VERSIONS, CURRENT_CSV_VERSION, layoutFor, upgrade } from './tables/versions.js';
export { buildCarePlanTree, type CarePlanTree } from './tables/rules/table2.js';
export { SERVICE_TYPES } from './codelists/service-types.js';
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
} from './validate/bundle/index.js';
export type { BuildFilenameOptions } from './filenames/index.js';
export type { CsvVersionInfo } from './tables/versions.js';
export type { PlanIssue, Goal, SupportItem } from './tables/rules/table2.js';
export type { DecodeOptions, DecodeResult, EncodeResult, Unrepresentable } from './encoding/cp932.js';
export type { TransmissionGroup } from './validate/bundle/group.js';
export type { UnitMember, Relation } from './validate/bundle/index.js';
export type { ParseStreamSource } from './file/stream.js';
