/**
 * diff reports exactly the change a mutation made, and nothing else: one record added, removed or
 * changed in a file of each kind, or a deletion file (with its cascade). The expectation comes from
 * the known row correspondence and an independent print-image filler (helpers.ts), not from the
 * implementation's key matching.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFilename, DELETION_CASCADES, getTable, parseFilename, type DeletionKind, type KindId } from '../../src/index.js';
import { fileArb } from '../../src/testing/index.js';
import { diff, documentKeyOf, userKeyOf } from '../../src/diff/index.js';
import {
  actual,
  DELETION_KINDS,
  deletionRecordFor,
  expectedForDeletion,
  expectedForMapping,
  isCarryKind,
  oracleFill,
  otherValue,
  RECORD_KINDS,
  sampleSend,
  valueArb,
  type File,
  type Rec,
} from './helpers.js';

type Op =
  | { op: 'change'; record: number; field: number; value: string }
  | { op: 'add'; record: number; at: number; field: number | null; value: string }
  | { op: 'remove'; record: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('change' as const), record: fc.nat(), field: fc.nat(), value: valueArb }),
  fc.record({ op: fc.constant('add' as const), record: fc.nat(), at: fc.nat(), field: fc.option(fc.nat(), { nil: null }), value: valueArb }),
  fc.record({ op: fc.constant('remove' as const), record: fc.nat() }),
);

/** Applies one mutation to the records of one file; returns the new records and the row correspondence. */
function mutate(kind: KindId, records: readonly Rec[], m: Op): { records: Rec[]; mapping: (number | undefined)[] } | undefined {
  const n = records.length;
  const fields = getTable(kind).fields;
  const identity = records.map((_, i) => i as number | undefined);
  if (m.op === 'change') {
    if (n === 0) return undefined;
    const i = m.record % n;
    const f = fields[m.field % fields.length]!.key;
    const out = records.map((r) => ({ ...r }));
    out[i]![f] = otherValue(records[i]![f] ?? '', m.value);
    return { records: out, mapping: identity };
  }
  if (m.op === 'remove') {
    if (n === 0) return undefined;
    const i = m.record % n;
    return { records: records.filter((_, k) => k !== i).map((r) => ({ ...r })), mapping: records.map((_, k) => (k < i ? k : k > i ? k - 1 : undefined)) };
  }
  if (n === 0) return undefined;
  const source = m.record % n;
  const copy: Rec = { ...records[source]! };
  if (m.field !== null) {
    const f = fields[m.field % fields.length]!.key;
    copy[f] = otherValue(copy[f] ?? '', m.value);
  }
  // Print-image rows take blank cells from the row above, so where a row goes changes what the
  // next row means: there, an exact copy goes right after its original (the next row reads the
  // same values as before) and any other new row after the last row of its plan.
  const samePlan = (r: Rec) => userKeyOf(r) === userKeyOf(copy) && documentKeyOf(kind, r) === documentKeyOf(kind, copy);
  const at = !isCarryKind(kind) ? m.at % (n + 1) : m.field === null ? source + 1 : records.reduce((last, r, k) => (samePlan(r) ? k + 1 : last), 0) || n;
  const out = records.map((r) => ({ ...r }));
  out.splice(at, 0, copy);
  return { records: out, mapping: records.map((_, k) => (k < at ? k : k + 1)) };
}

function checkMutation(oldSend: File[], kind: KindId, m: Op, absent: 'kept' | 'removed' = 'kept'): void {
  const target = oldSend.find((f) => f.kind === kind);
  if (!target) return;
  const done = mutate(kind, target.records, m);
  if (!done) return;
  const newSend = oldSend.map((f) => (f === target ? { ...f, records: done.records } : f));
  const result = diff(oldSend, newSend, { showValues: true, absent });
  // The other files are resent unchanged: only the mutated file can change anything.
  const expected = expectedForMapping(kind, target.records, done.records, done.mapping, newSend, absent);
  expect(actual(result, oldSend, newSend)).toEqual(expected);
  // The masked run reports the same changes, without values.
  const masked = diff(oldSend, newSend, { absent });
  expect(masked.changes.map((c) => [c.kind, c.change, c.user.index, c.fields.map((f) => f.key), c.oldRecord, c.newRecord])).toEqual(
    result.changes.map((c) => [c.kind, c.change, c.user.index, c.fields.map((f) => f.key), c.oldRecord, c.newRecord]),
  );
}

const seedArb = fc.integer({ min: 1, max: 25 });
const usersArb = fc.integer({ min: 1, max: 3 });

describe('diff: one mutation of a sample send, per kind (property)', () => {
  it.each(RECORD_KINDS)('%s: an added, removed or changed record is reported exactly', (kind) => {
    fc.assert(
      fc.property(seedArb, usersArb, opArb, (seed, users, m) => checkMutation(sampleSend(seed, users), kind, m)),
      { numRuns: 80 },
    );
  });

  it.each(RECORD_KINDS)('%s: the same with absent: removed (a document left out of the new send is removed)', (kind) => {
    fc.assert(
      fc.property(seedArb, usersArb, opArb, (seed, users, m) => checkMutation(sampleSend(seed, users), kind, m, 'removed')),
      { numRuns: 25 },
    );
  });
});

describe('diff: one mutation of a generated file, per kind (property)', () => {
  // fileArb: random values of every format, empty optional fields, and (half the time) every record
  // of the file sharing user and document, so natural keys collide.
  it.each(RECORD_KINDS)('%s', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 6 }), opArb, (file, m) => {
        // Print-image kinds in full form (blanks filled), as the sample sends.
        checkMutation([{ name: file.name, kind, records: oracleFill(kind, file.records) }], kind, m);
      }),
      { numRuns: 60 },
    );
  });
});

describe('diff: a deletion file in the new send (property)', () => {
  it.each(DELETION_KINDS)('%s removes the matching records and their dependants, and nothing else', (kind: DeletionKind) => {
    fc.assert(
      fc.property(seedArb, usersArb, fc.nat(), fc.boolean(), (seed, users, pick, alone) => {
        const oldSend = sampleSend(seed, users);
        const targetKind = DELETION_CASCADES[kind].kinds[0]!;
        const target = oldSend.find((f) => f.kind === targetKind)!;
        const victim = target.records[pick % target.records.length]!;
        const dlt = deletionRecordFor(kind, victim);
        const parts = parseFilename(target.name);
        const name = buildFilename(kind, {
          ...(dlt.targetMonth !== undefined ? { targetMonth: dlt.targetMonth } : {}),
          senderOffice: parts.senderOffice!,
          senderServiceType: parts.senderServiceType!,
          receiverOffice: parts.receiverOffice!,
          receiverServiceType: parts.receiverServiceType!,
          timestamp: '20991231235959',
        });
        const deletionFile: File = { name, kind, records: [dlt] };
        // The deletion alone (the other documents are not resent), or after a resend of everything.
        const newSend = alone ? [deletionFile] : [...oldSend, deletionFile];
        const result = diff(oldSend, newSend, { showValues: true });
        const expected = expectedForDeletion(kind, [dlt], name, oldSend);
        expect(expected.length).toBeGreaterThan(0);
        expect(actual(result, oldSend, newSend)).toEqual(expected);
        expect(result.changes.every((c) => c.deletion?.record === 1)).toBe(true);
        expect(result.summary.deletions).toEqual([{ file: name, kind, records: 1, matched: 1, removedRecords: expected.length }]);
      }),
      { numRuns: 40 },
    );
  });
});
