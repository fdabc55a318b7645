/**
 * What must give no change: identical sends, files in another order, records in another order
 * (print-image kinds: plans in another order, since their row order carries meaning), and
 * print-image blanks of 第2表 / 介護予防 別表 against the same rows with every cell filled.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCarePlanTree, type KindId } from '../../src/index.js';
import { fileArb, sampleTransmission, transmissionArb } from '../../src/testing/index.js';
import { diff, fillPrintImage, userKeyOf, documentKeyOf, type DiffFile } from '../../src/diff/index.js';
import { decode, isCarryKind, oracleFill, printImageOf, RECORD_KINDS, sampleSend, type File, type Rec } from './helpers.js';

const seedArb = fc.integer({ min: 1, max: 25 });
const usersArb = fc.integer({ min: 1, max: 4 });

const noChange = (oldSend: readonly DiffFile[], newSend: readonly DiffFile[]) => {
  const r = diff(oldSend, newSend, { showValues: true });
  expect(r.changes).toEqual([]);
  expect(r.summary.totals).toEqual({ added: 0, removed: 0, changed: 0, stampOnly: 0 });
  return r;
};

/** Permutes the records; print-image kinds keep each plan's rows in order and permute the plans. */
function permute(kind: KindId, records: readonly Rec[], keys: readonly number[]): Rec[] {
  const order = (n: number) => Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a % keys.length]! - keys[b % keys.length]! || a - b);
  if (!isCarryKind(kind)) return order(records.length).map((i) => records[i]!);
  const plans = new Map<string, Rec[]>();
  for (const r of records) {
    const k = `${userKeyOf(r)}|${documentKeyOf(kind, r)}`;
    plans.set(k, [...(plans.get(k) ?? []), r]);
  }
  const blocks = [...plans.values()];
  return order(blocks.length).flatMap((i) => blocks[i]!);
}

describe('diff: no change', () => {
  it('identical sends (sample, every kind) give no change; every document counts as resent', () => {
    fc.assert(
      fc.property(seedArb, usersArb, (seed, users) => {
        const send = sampleSend(seed, users);
        const r = noChange(send, sampleSend(seed, users));
        expect(r.summary.documents.resent).toBeGreaterThan(0);
        expect(r.summary.documents.notResent).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it('identical generated transmissions give no change, in any file order', () => {
    fc.assert(
      fc.property(transmissionArb({ maxRecords: 4 }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (t, keys) => {
        const send = decode(t.files.map((f) => ({ name: f.name, bytes: f.bytes })));
        const shuffled = [...send]
          .map((f, i) => ({ f, k: keys[i % keys.length]! }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.f);
        const r = diff(send, shuffled);
        expect(r.changes).toEqual([]);
        if (t.files.some((f) => f.kind === 'UPKIHON_IMAGE')) expect(r.summary.skipped.length).toBeGreaterThan(0);
      }),
      { numRuns: 80 },
    );
  });

  it('records in another order give no change (sample sends, every kind)', () => {
    fc.assert(
      fc.property(seedArb, usersArb, fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), (seed, users, keys) => {
        const send = sampleSend(seed, users);
        noChange(
          send,
          send.map((f) => ({ ...f, records: permute(f.kind, f.records, keys) })),
        );
      }),
      { numRuns: 40 },
    );
  });

  it.each(RECORD_KINDS)('%s: generated records in another order give no change', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (file, keys) => {
        const records = file.records.map((r) => ({ ...(r as Rec) }));
        noChange([{ name: file.name, kind, records }], [{ name: file.name, kind, records: permute(kind, records, keys) }]);
      }),
      { numRuns: 40 },
    );
  });

  it('a record order that changes what print-image rows mean is reported (the reorder test can fail)', () => {
    const send = sampleSend(2, 2);
    const up2 = send.find((f) => f.kind === 'UP2KYO')!;
    const printed = printImageOf('UP2KYO', up2.records);
    const reversed = [...printed].reverse();
    const r = diff([{ ...up2, records: printed }], [{ ...up2, records: reversed }]);
    expect(r.changes.length).toBeGreaterThan(0);
  });
});

describe('diff: print-image blanks (第2表, 介護予防 別表)', () => {
  it.each(['K1', 'Y3'])('the sample %s send (print-image rows for every other user) equals its filled form', (unit) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const send = decode(sampleTransmission(unit, { seed, records: 4 }));
      const filled = send.map((f) => (f.kind === 'UP2KYO' || f.kind === 'UPYOBO_SUB' ? { ...f, records: oracleFill(f.kind, f.records) } : f));
      // The sample really has blanks to fill.
      expect(JSON.stringify(filled)).not.toBe(JSON.stringify(send));
      noChange(send, filled);
      noChange(filled, send);
    }
  });

  it.each(['UP2KYO', 'UPYOBO_SUB'] as const)('%s: generated rows, filled, and printed as print image, all give no change', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 10 }), (file) => {
        const raw = file.records.map((r) => ({ ...(r as Rec) }));
        const full = oracleFill(kind, raw);
        const printed = printImageOf(kind, full);
        expect(oracleFill(kind, printed)).toEqual(full);
        const f = (records: Rec[]): File[] => [{ name: file.name, kind, records }];
        noChange(f(raw), f(full));
        noChange(f(full), f(printed));
        noChange(f(printed), f(raw));
      }),
      { numRuns: 150 },
    );
  });

  it('fillPrintImage numbers 第2表 rows as buildCarePlanTree does', () => {
    fc.assert(
      fc.property(fileArb('UP2KYO', { maxRecords: 12 }), (file) => {
        const filled = fillPrintImage('UP2KYO', file.records);
        const fromTree = new Map<object, [string, string, string]>();
        for (const plan of buildCarePlanTree(file.records))
          for (const issue of plan.issues)
            for (const goal of issue.goals) for (const item of goal.items) fromTree.set(item.record, [issue.issueNo, goal.goalNo, item.supportNo]);
        file.records.forEach((r, i) => {
          const f = filled[i]!;
          expect([f.issueNo, f.goalNo, f.supportNo]).toEqual(fromTree.get(r));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a changed 課題 on the first row of a print-image group is a change of every row of the group', () => {
    const send = decode(sampleTransmission('K1', { seed: 1, records: 1 }));
    const up2 = send.find((f) => f.kind === 'UP2KYO')!;
    expect(up2.records[1]!.issue).toBe(''); // user 1 (index 0) is written as print image
    const group = up2.records.filter((r) => r.issueNo === up2.records[0]!.issueNo).length;
    const changed = up2.records.map((r, i) => (i === 0 ? { ...r, issue: '別の課題' } : r));
    const r = diff(
      send,
      send.map((f) => (f === up2 ? { ...f, records: changed } : f)),
    );
    expect(r.changes.map((c) => [c.change, c.fields.map((x) => x.key)])).toEqual(Array.from({ length: group }, () => ['changed', ['issue']]));
  });

  it('fillPrintImage leaves the other kinds as they are', () => {
    for (const f of sampleSend(1, 3)) if (!isCarryKind(f.kind)) expect(fillPrintImage(f.kind, f.records)).toEqual(f.records);
  });
});
