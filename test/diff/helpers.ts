/**
 * Test helpers for diff: sample sends, an independent print-image filler (the oracle), and the
 * expected changes of a single mutation computed from the known row correspondence, not from keys
 * matching.
 */
import fc from 'fast-check';
import { deletionScope, DELETION_CASCADES, getTable, parseFile, type DeletionKind, type KindId, type RecordValues } from '../../src/index.js';
import { sampleTransmission } from '../../src/sample/index.js';
import type { DiffFile, DiffResult } from '../../src/diff/index.js';
import { documentKeyOf, KIND_ORDER, recordKeyOf, userKeyOf } from '../../src/diff/index.js';

export type Rec = Record<string, string>;
export interface File {
  readonly name: string;
  readonly kind: KindId;
  readonly records: Rec[];
}

/** Every deletion kind, and every kind whose records diff compares (the others). */
export const DELETION_KINDS = Object.keys(DELETION_CASCADES) as DeletionKind[];
export const RECORD_KINDS: readonly KindId[] = KIND_ORDER.filter((k) => !Object.hasOwn(DELETION_CASCADES, k));

/** Decodes the CSVs of a send (other files are passed on with their kind and no records). */
export function decode(files: readonly { name: string; bytes: Uint8Array }[]): DiffFile[] {
  return files.map((f) => {
    const r = parseFile(f);
    if (r.kind !== null && r.kind !== 'UPKIHON_IMAGE' && !r.ok) throw new Error(`sample file does not parse: ${f.name}`);
    return { name: f.name, kind: r.kind, records: r.records.map((x) => ({ ...(x as Rec) })) };
  });
}

// ---------------------------------------------------------------------------------------------
// Print image: an independent filler (previous row of the same plan, numberer semantics for NOs)

const CARRY: Partial<Record<KindId, { nos: [string, string]; cells: [string[], string[]] }>> = {
  UP2KYO: { nos: ['issueNo', 'goalNo'], cells: [['issue'], ['longTermGoal', 'shortTermGoal', 'longTermPeriod', 'shortTermPeriod']] },
  UPYOBO_SUB: {
    nos: ['issueNo', 'supportPlanNo'],
    cells: [
      ['overallIssue', 'goalProposal', 'userFamilyIntent', 'goal'],
      ['supportPoints', 'selfCareInformal', 'insuredServices'],
    ],
  },
};

export const isCarryKind = (kind: KindId) => CARRY[kind] !== undefined;

/** The rows as a reader sees them: print-image blanks filled from the row above. */
export function oracleFill(kind: KindId, records: readonly RecordValues[]): Rec[] {
  const spec = CARRY[kind];
  if (!spec) return records.map((r) => ({ ...r }));
  const [n1, n2] = spec.nos;
  let prev: Rec | undefined;
  return records.map((r) => {
    const out: Rec = { ...r };
    const samePlan = prev && prev.insurerNumber === r.insurerNumber && prev.insuredNumber === r.insuredNumber && prev.planDate === r.planDate;
    if (prev && samePlan) {
      if ((out[n1] ?? '') === '') {
        out[n1] = prev[n1] ?? '';
        if ((out[n2] ?? '') === '') out[n2] = prev[n2] ?? '';
      } else if (out[n1] === prev[n1] && (out[n2] ?? '') === '') out[n2] = prev[n2] ?? '';
      if (out[n1] !== '' && out[n1] === prev[n1]) {
        for (const c of spec.cells[0]) if ((out[c] ?? '') === '') out[c] = prev[c] ?? '';
        if (out[n2] !== '' && out[n2] === prev[n2]) for (const c of spec.cells[1]) if ((out[c] ?? '') === '') out[c] = prev[c] ?? '';
      }
    }
    prev = out;
    return out;
  });
}

/** The inverse: blank every cell (and NO) that repeats the row above, as a print-image exporter does. */
export function printImageOf(kind: KindId, full: readonly Rec[]): Rec[] {
  const spec = CARRY[kind];
  if (!spec) return full.map((r) => ({ ...r }));
  const [n1, n2] = spec.nos;
  return full.map((r, i) => {
    const prev = full[i - 1];
    const out: Rec = { ...r };
    if (!prev || prev.insurerNumber !== r.insurerNumber || prev.insuredNumber !== r.insuredNumber || prev.planDate !== r.planDate) return out;
    if (r[n1] !== '' && r[n1] === prev[n1]) {
      for (const c of spec.cells[0]) if (r[c] === prev[c]) out[c] = '';
      if (r[n2] !== '' && r[n2] === prev[n2]) {
        for (const c of spec.cells[1]) if (r[c] === prev[c]) out[c] = '';
        out[n2] = '';
      }
      out[n1] = '';
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Sample sends

const SEND_UNITS = ['K1', 'K2', 'K5', 'Y2'] as const;
const cache = new Map<string, File[]>();

/** A send of every record kind (units K1, K2, K5, Y2 of one seed), 第2表/別表 in full form. */
export function sampleSend(seed: number, users: number): File[] {
  const id = `${seed}/${users}`;
  let files = cache.get(id);
  if (!files) {
    files = decode(SEND_UNITS.flatMap((u) => sampleTransmission(u, { seed, records: users })))
      .filter((f): f is DiffFile & { kind: KindId } => f.kind !== null && f.kind !== 'UPKIHON_IMAGE')
      .map((f) => ({ name: f.name, kind: f.kind, records: oracleFill(f.kind, f.records) }));
    cache.set(id, files);
  }
  return files.map((f) => ({ ...f, records: f.records.map((r) => ({ ...r })) }));
}

// ---------------------------------------------------------------------------------------------
// Expected changes

/** A change as the test compares it: identity by content, not by record number. */
export type Descriptor = string;

const describe = (
  kind: KindId,
  change: string,
  old: Rec | undefined,
  nw: Rec | undefined,
  fields: readonly string[],
  cause: string | null,
  deletionFile: string | null,
) => {
  const r = (nw ?? old)!;
  return JSON.stringify([kind, r.insurerNumber, r.insuredNumber, change, [...fields].sort(), cause, deletionFile, old ?? null, nw ?? null]);
};

const sameContent = (kind: KindId, a: Rec, b: Rec) => getTable(kind).fields.every((f) => (a[f.key] ?? '') === (b[f.key] ?? ''));
const sameKeys = (kind: KindId, a: Rec, b: Rec) =>
  userKeyOf(a) === userKeyOf(b) && documentKeyOf(kind, a) === documentKeyOf(kind, b) && recordKeyOf(kind, a) === recordKeyOf(kind, b);

/** The descriptors of a diff result (run with showValues), records looked up and filled by the oracle. */
export function actual(result: DiffResult, oldSend: readonly File[], newSend: readonly File[]): Descriptor[] {
  const lookup = (send: readonly File[], file: string | undefined, record: number | undefined) => {
    if (file === undefined) return undefined;
    const f = send.find((x) => x.name === file)!;
    return oracleFill(f.kind, f.records)[record! - 1];
  };
  return result.changes
    .map((c) =>
      describe(
        c.kind,
        c.change,
        lookup(oldSend, c.oldFile, c.oldRecord),
        lookup(newSend, c.newFile, c.newRecord),
        c.fields.map((f) => f.key),
        c.cause ?? null,
        c.deletion?.file ?? null,
      ),
    )
    .sort();
}

/**
 * Expected changes when one file changed and the correspondence of its rows is known
 * (`mapping[i]` = new index of old record i, or undefined when it was removed): pairs with the
 * same content are no change, pairs with the same keys are a change of the differing fields, other
 * pairs are a removal and an addition; a record removed from a document the new send no longer
 * carries is no change (the receiver keeps it; absent: 'kept').
 */
export function expectedForMapping(
  kind: KindId,
  oldRecords: readonly Rec[],
  newRecords: readonly Rec[],
  mapping: readonly (number | undefined)[],
  newSend: readonly File[],
  absent: 'kept' | 'removed' = 'kept',
): Descriptor[] {
  const oldF = oracleFill(kind, oldRecords);
  const newF = oracleFill(kind, newRecords);
  const carried = new Set(newSend.filter((f) => f.kind === kind).flatMap((f) => f.records.map((r) => `${userKeyOf(r)}\u0001${documentKeyOf(kind, r)}`)));
  const out: Descriptor[] = [];
  const removed = (r: Rec) => {
    if (carried.has(`${userKeyOf(r)}\u0001${documentKeyOf(kind, r)}`)) out.push(describe(kind, 'removed', r, undefined, [], null, null));
    else if (absent === 'removed') out.push(describe(kind, 'removed', r, undefined, [], 'absent', null));
  };
  const used = new Set<number>();
  oldF.forEach((o, i) => {
    const j = mapping[i];
    if (j === undefined) return removed(o);
    used.add(j);
    const n = newF[j]!;
    if (sameContent(kind, o, n)) return;
    if (sameKeys(kind, o, n)) {
      const fields = getTable(kind)
        .fields.filter((f) => (o[f.key] ?? '') !== (n[f.key] ?? ''))
        .map((f) => f.key);
      out.push(describe(kind, 'changed', o, n, fields, null, null));
      return;
    }
    removed(o);
    out.push(describe(kind, 'added', undefined, n, [], null, null));
  });
  newF.forEach((n, j) => used.has(j) || out.push(describe(kind, 'added', undefined, n, [], null, null)));
  return out.sort();
}

/** Expected changes of a deletion file applied to the old send: every record deletionScope removes. */
export function expectedForDeletion(kind: DeletionKind, deletions: readonly Rec[], file: string, oldSend: readonly File[]): Descriptor[] {
  const scope = deletionScope(kind, deletions);
  return oldSend
    .filter((f) => scope.kinds.includes(f.kind))
    .flatMap((f) =>
      oracleFill(f.kind, f.records)
        .filter((r) => scope.removes(f.kind, r))
        .map((r) => describe(f.kind, 'removed', r, undefined, [], 'deletion', file)),
    )
    .sort();
}

/** The deletion record that deletes the document of `target` (its cascade's keys). */
export function deletionRecordFor(kind: DeletionKind, target: Rec): Rec {
  const out: Rec = { csvVersion: '202407' };
  for (const k of DELETION_CASCADES[kind].keys) out[k] = k === 'serviceType' ? (target.serviceCode ?? '').slice(0, 2) : (target[k] ?? '');
  return out;
}

/** A value different from `old` (non-empty). */
export const otherValue = (old: string, candidate: string): string => {
  const v = candidate === '' ? 'x' : candidate;
  return v === old ? `${v}x` : v;
};

export const valueArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^[0-9]{1,3}$/),
  fc.constantFrom('1', '01', '１', '20250101', '9999', '福祉用具', '\u202eevil', 'a\r\nb'),
);
