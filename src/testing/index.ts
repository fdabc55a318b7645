/**
 * `careplan-csv/testing`: fast-check arbitraries for the files of ケアプランデータ連携標準仕様
 * 第4.1版, derived from the library's own table declarations (no per-kind code), and mutations
 * that break exactly one rule each, with the issue they must produce.
 *
 * Needs `fast-check` ^4 in the caller's dev dependencies.
 *
 * - Values: {@link fieldValueArb} (one field), {@link cp932TextArb}, {@link cp932CharArb}.
 * - Records and files: {@link recordArb}, {@link recordsArb}, {@link fileArb} (name + canonical
 *   CP932 bytes + the records they hold), {@link anyFileArb}, {@link transmissionArb} (one
 *   送信単位 with shared timestamp, sender, receiver and linked keys).
 * - Broken input: {@link mutationArb} (one file, or records for the encoder),
 *   {@link bundleMutationArb} (one transmission), and {@link checkMutation} for both.
 * - Rules: {@link RULE_KIT} holds one repair (and one violation) per record/file rule id.
 *
 * @example A vendor testing their own importer
 * ```ts
 * import fc from 'fast-check';
 * import { describe, expect, it } from 'vitest';
 * import { ISSUE_CATALOGUE } from 'careplan-csv';
 * import { fileArb, mutationArb, type GeneratedFile } from 'careplan-csv/testing';
 * import { importUpplan } from '../src/importer.js'; // your code
 *
 * describe('our UPPLAN importer', () => {
 *   it('imports every valid file, rows intact', () => {
 *     fc.assert(
 *       fc.property(fileArb('UPPLAN'), (file: GeneratedFile<'UPPLAN'>) => {
 *         const rows = importUpplan(file.name, file.bytes); // Shift_JIS bytes, as received
 *         expect(rows.map((r) => r.serviceCode)).toEqual(file.records.map((r) => r.serviceCode));
 *         expect(rows.map((r) => r.serviceOfficeName)).toEqual(file.records.map((r) => r.serviceOfficeName));
 *       }),
 *     );
 *   });
 *
 *   it('rejects every file that breaks an error-severity rule', () => {
 *     fc.assert(
 *       fc.property(mutationArb('UPPLAN'), (m) => {
 *         if (m.via !== 'parseFile') return; // encoder mutations are for writers
 *         if (ISSUE_CATALOGUE[m.expected.code] === 'error') expect(() => importUpplan(m.name ?? 'x.CSV', m.bytes)).toThrow();
 *       }),
 *     );
 *   });
 * });
 * ```
 * @packageDocumentation
 */
export {
  fieldValueArb,
  cp932CharArb,
  cp932TextArb,
  cp932Chars,
  yyyymmArb,
  yyyymmddArb,
  dateInMonthArb,
  hhmmArb,
  timestampArb,
  officeCodeArb,
  serviceTypeArb,
  serviceCodeArb,
  FORMAT_ARBITRARIES,
  TRICKY_CP932_CHARS,
  YEAR_RANGE,
  type FieldValueOptions,
  type Cp932TextOptions,
} from './values.js';
export { recordArb, recordsArb, monthArbFor, monthKeysOf, identityFieldsOf, SERVICE_YEARS, type RecordArbOptions, type RecordsArbOptions } from './records.js';
export {
  fileArb,
  anyFileArb,
  filenamePartsArb,
  transmissionArb,
  encodeRows,
  rowOf,
  isAlsoValidUtf8,
  TINY_JPEG,
  type GeneratedFile,
  type GeneratedImage,
  type GeneratedTransmission,
  type FileArbOptions,
  type FilenamePartsOptions,
  type TransmissionArbOptions,
} from './files.js';
export {
  mutationArb,
  mutationIdsFor,
  checkMutation,
  compareIssues,
  MUTATION_IDS,
  UNREPRESENTABLE_CHARS,
  type Mutation,
  type MutationId,
  type ParseMutation,
  type StringifyMutation,
  type ExpectedIssue,
  type MutationCheck,
  type MutationArbOptions,
} from './mutations.js';
export { bundleMutationArb, BUNDLE_MUTATION_IDS, type BundleMutation, type BundleMutationId, type BundleMutationArbOptions } from './bundles.js';
export { RULE_KIT, repairRecord, repairRecords, ruleIssues, type RuleKit, type RecordRuleKit, type FileRuleKit, type MutableRecord } from './repairs.js';
export {
  sampleRecords,
  sampleFile,
  sampleTransmission,
  DEFAULT_CARE_OFFICE,
  DEFAULT_PROVIDER,
  DEFAULT_YOBO_PROVIDER,
  type SampleOptions,
  type Party,
} from '../sample/index.js';
/** MHLW 記載例33-1 (短期入所生活介護 beyond 30 days) as a K2 unit: a fixture of the 第7表 arithmetic. */
export { workedExample33, type WorkedExample, type Values as WorkedExampleValues } from '../sample/worked-examples.js';
