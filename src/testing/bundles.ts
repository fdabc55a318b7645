/**
 * Bundle mutations: a valid transmission ({@link transmissionArb}) changed so that exactly one
 * transmission rule breaks, with the issue `validateBundle` must report.
 */
import fc from 'fast-check';
import type { ExpectedIssue } from './mutations.js';
import { stringifyFile } from '../codec/stringify.js';
import { buildFilename, type FilenameParts } from '../filenames/index.js';
import { getTable } from '../spec/kinds/index.js';
import { RELATIONS } from '../bundle/relations.js';
import { matchUnits } from '../spec/units.js';
import type { BundleFile } from '../bundle/types.js';
import { parseFile } from '../codec/parse-file.js';
import { isAlsoValidUtf8, transmissionArb, type GeneratedFile, type GeneratedImage, type GeneratedTransmission } from './files.js';
import { repairRecords, type MutableRecord } from './repairs.js';
import { officeCodeArb, timestampArb } from './values.js';

export const BUNDLE_MUTATION_IDS = ['unitTimestamp', 'unitParties', 'missingParentRecord', 'hosokuMonthSegment'] as const;
export type BundleMutationId = (typeof BUNDLE_MUTATION_IDS)[number];

/** Files for `validateBundle`, with the issue it must report (on the bundle or on `file`). */
export interface BundleMutation {
  readonly id: BundleMutationId;
  readonly via: 'validateBundle';
  readonly unitId: string;
  readonly description: string;
  readonly files: BundleFile[];
  readonly expected: ExpectedIssue;
}

type Member = GeneratedFile | GeneratedImage;
const asBundle = (files: readonly Member[]): BundleFile[] => files.map((f) => ({ name: f.name, bytes: f.bytes }));

/** Rewrites a CSV member with new records and/or name parts (re-stringified, renamed). */
function rewrite(file: GeneratedFile, records: MutableRecord[], parts: FilenameParts): GeneratedFile | null {
  const written = stringifyFile(file.kind, records);
  if (!written.ok || !written.bytes) return null;
  const name = buildFilename(file.kind, parts);
  // The member must stay valid on its own: only the bundle rule may break.
  if (isAlsoValidUtf8(written.bytes) || parseFile({ name, bytes: written.bytes }).issues.length > 0) return null;
  return { ...file, name, parts, bytes: written.bytes, records: records as never };
}

type Build = (t: GeneratedTransmission) => fc.Arbitrary<BundleMutation | null>;

/** A parent without its 別表 (BUNDLE_APPENDIX_MISSING). */
const lacksAppendix = (kinds: readonly string[]) =>
  (kinds.includes('UPKIHON') && !(kinds.includes('UPKIHON_SUB1') && kinds.includes('UPKIHON_SUB2'))) ||
  (kinds.includes('UPYOBO') && !kinds.includes('UPYOBO_SUB'));

const csvMembers = (t: GeneratedTransmission) => t.files.filter((f): f is GeneratedFile => f.kind !== 'UPKIHON_IMAGE');

const BUILDERS: Readonly<Record<BundleMutationId, Build>> = {
  // One file gets another ファイル連番: the unit splits, and one part is no unit of the spec.
  unitTimestamp: (t) => {
    if (t.files.length < 2 || t.files.some((f) => f.kind === 'UPKIHON_IMAGE')) return fc.constant(null);
    return fc
      .tuple(
        fc.nat(t.files.length - 1),
        timestampArb().filter((ts) => ts !== t.parties.timestamp),
      )
      .map(([i, ts]) => {
        const moved = t.files[i] as GeneratedFile;
        const rest = t.files.filter((_, j) => j !== i);
        const splitIsInvalid = matchUnits(new Set([moved.kind])).length === 0 || matchUnits(new Set(rest.map((f) => f.kind))).length === 0;
        // A 別表 parted from its parent would add BUNDLE_APPENDIX_MISSING.
        if (!splitIsInvalid || [[moved], rest].some((part) => lacksAppendix(part.map((f) => f.kind)))) return null;
        const renamed = { ...moved, name: buildFilename(moved.kind, { ...moved.parts, timestamp: ts }) };
        return {
          id: 'unitTimestamp',
          via: 'validateBundle',
          unitId: t.unitId,
          description: `${moved.kind} has timestamp ${ts}`,
          files: asBundle([...rest, renamed]),
          expected: { code: 'BUNDLE_INVALID_COMBINATION' },
        };
      });
  },
  // One CSV file of the unit names another receiver (same timestamp). Images keep their name: the
  // image link (家族構成図ファイル名) would break too.
  unitParties: (t) => {
    if (t.files.length < 2) return fc.constant(null);
    return fc.tuple(fc.integer({ min: 1, max: t.files.length - 1 }), officeCodeArb()).map(([i, office]) => {
      const f = t.files[i]!;
      // Not UPKIHON: its 家族構成 image names carry the receiver too (FILE_IMAGE_NAME_SEGMENTS).
      if (office === t.parties.receiverOffice || office === t.parties.senderOffice || f.kind === 'UPKIHON_IMAGE' || f.kind === 'UPKIHON') return null;
      // When both parts are units on their own (Y2 = Y1 + Y3), the ファイル連番 is only shared: not this mutation.
      const rest = t.files.filter((_, j) => j !== i);
      if (matchUnits(new Set([f.kind])).length > 0 && matchUnits(new Set(rest.map((x) => x.kind))).length > 0) return null;
      const name = buildFilename(f.kind, { ...f.parts, receiverOffice: office });
      const files = t.files.map((x, j) => (j === i ? { name, bytes: x.bytes } : { name: x.name, bytes: x.bytes }));
      return {
        id: 'unitParties',
        via: 'validateBundle',
        unitId: t.unitId,
        description: `${f.kind} goes to ${office}`,
        files,
        expected: { code: 'BUNDLE_UNIT_PARTIES_DIFFER', file: name },
      };
    });
  },
  // A child record whose key (被保険者番号) its parent file does not hold.
  missingParentRecord: (t) => {
    const kinds = new Set(t.files.map((f) => f.kind));
    const relations = RELATIONS.filter(
      (r) => kinds.has(r.parent) && kinds.has(r.child) && !(r.child === 'UPHOSOKU' && r.parent === 'UPPLAN' && kinds.has('UP1KYO')),
    );
    if (relations.length === 0) return fc.constant(null);
    return fc.tuple(fc.constantFrom(...relations), fc.nat(), fc.stringMatching(/^\d{10}$/)).map(([rel, pick, insured]) => {
      if (insured === t.keys.insuredNumber) return null;
      const members = csvMembers(t);
      const child = members.find((f) => f.kind === rel.child)!;
      const childRecords = child.records as unknown as MutableRecord[];
      // 第7表: the 全合計 row moves (a line would leave its 予定 without a 第7表 line, another rule).
      const total = child.kind === 'UPSIKYU' ? childRecords.findIndex((r) => r.serviceCode === '999999') : -1;
      const i = total >= 0 ? total : pick % child.records.length;
      const records = childRecords.map((r, j) => (j === i ? { ...r, insuredNumber: insured } : r));
      const repaired = repairRecords(getTable(child.kind), records);
      // A 第7表 whose only user moved leaves that user's 予定 without any 第7表 (another rule).
      const original = childRecords[i]!.insuredNumber;
      if (child.kind === 'UPSIKYU' && !repaired.some((r) => r.insuredNumber === original)) return null;
      const rewritten = rewrite(child, repaired, child.parts);
      if (!rewritten) return null;
      // The repairs may insert rows (a user's lost 全合計): the moved record is the first of its user.
      const at = repaired.findIndex((r) => r.insuredNumber === insured);
      const files = asBundle(t.files.map((f) => (f === child ? rewritten : f)));
      return {
        id: 'missingParentRecord',
        via: 'validateBundle',
        unitId: t.unitId,
        description: `${rel.child} record ${at + 1} has no ${rel.parent} parent`,
        files,
        expected: { code: 'BUNDLE_MISSING_PARENT_RECORD', file: rewritten.name, record: at + 1 },
      };
    });
  },
  // UPHOSOKU named (and filled) for the other unit: 000000 in a 6・7表 unit, a month in a 1〜3表 unit.
  hosokuMonthSegment: (t) => {
    const hosoku = csvMembers(t).find((f) => f.kind === 'UPHOSOKU');
    if (!hosoku) return fc.constant(null);
    const month = hosoku.parts.targetMonth === '000000' ? '202504' : '000000';
    const records = repairRecords(
      getTable('UPHOSOKU'),
      (hosoku.records as unknown as MutableRecord[]).map((r) => ({ ...r, targetMonth: month })),
    );
    const rewritten = rewrite(hosoku, records, { ...hosoku.parts, targetMonth: month });
    if (!rewritten) return fc.constant(null);
    const files = asBundle(t.files.map((f) => (f === hosoku ? rewritten : f)));
    return fc.constant<BundleMutation>({
      id: 'hosokuMonthSegment',
      via: 'validateBundle',
      unitId: t.unitId,
      description: `UPHOSOKU month ${month}`,
      files,
      expected: { code: 'BUNDLE_HOSOKU_MONTH_SEGMENT', file: rewritten.name },
    });
  },
};

export interface BundleMutationArbOptions {
  readonly ids?: readonly BundleMutationId[] | undefined;
  /** Only transmissions of these unit ids. */
  readonly units?: readonly string[] | undefined;
}

/**
 * Transmissions that break exactly one transmission rule, with the issue `validateBundle` must report.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { bundleMutationArb, checkMutation } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(bundleMutationArb(), (m) => checkMutation(m).passed));
 * ```
 */
export function bundleMutationArb(options: BundleMutationArbOptions = {}): fc.Arbitrary<BundleMutation> {
  const ids = options.ids ?? BUNDLE_MUTATION_IDS;
  return fc
    .tuple(transmissionArb({ units: options.units, maxRecords: 3 }), fc.constantFrom(...ids))
    .filter(([t]) => !t.files.some((f) => isAlsoValidUtf8(f.bytes)))
    .chain(([t, id]) => BUILDERS[id](t))
    .filter((m): m is BundleMutation => m !== null);
}
