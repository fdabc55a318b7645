/**
 * The import model and the pairing rules, case by case, and two properties: no record is ever lost
 * (the changes turn the old records into the new ones), and the result does not depend on the
 * order of records in a file.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getTable, type KindId } from '../../src/index.js';
import { fileArb } from '../../src/testing/index.js';
import { diff, fillPrintImage, KIND_KEYS, KIND_ORDER, renderDiffText } from '../../src/diff/index.js';
import { actual, isCarryKind, oracleFill, RECORD_KINDS, sampleSend, valueArb, otherValue, type File, type Rec } from './helpers.js';

const find = (send: readonly File[], kind: KindId) => send.find((f) => f.kind === kind)!;
const renamed = (name: string, timestamp: string) => name.replace(/_\d{14}(\.CSV)$/, `_${timestamp}$1`);
const withRecords = (send: readonly File[], kind: KindId, records: Rec[]) => send.map((f) => (f.kind === kind ? { ...f, records } : f));

describe('diff: the import model', () => {
  it('KIND_KEYS covers every kind, in KIND_ORDER, and names only fields of the kind', () => {
    expect([...KIND_ORDER].sort()).toEqual(Object.keys(KIND_KEYS).sort());
    for (const kind of KIND_ORDER) {
      const keys = new Set(getTable(kind).fields.map((f) => f.key));
      const k = KIND_KEYS[kind];
      for (const p of [...k.document, ...k.record]) expect(keys.has(p.field), `${kind}.${p.field}`).toBe(true);
      for (const level of k.carry ?? []) for (const f of [level.no, ...level.fields]) expect(keys.has(f), `${kind}.${f}`).toBe(true);
      expect(k.reason.length).toBeGreaterThan(20);
    }
  });

  it('実績 (UPJSK) are replaced per office and service type: a resend of one office leaves the others', () => {
    const send = sampleSend(3, 2);
    const jsk = find(send, 'UPJSK');
    const other = jsk.records.map((r) => ({ ...r, serviceOfficeCode: '1399999999' }));
    const oldSend = withRecords(send, 'UPJSK', [...jsk.records, ...other]);
    const changedFirst = jsk.records.map((r, i) => (i === 0 ? { ...r, units: '1' } : r));
    const newSend = [{ ...jsk, name: renamed(jsk.name, '20250601000000'), records: changedFirst }];
    const r = diff(oldSend, newSend);
    expect(r.changes.map((c) => [c.kind, c.change, c.fields.map((f) => f.key)])).toEqual([['UPJSK', 'changed', ['units']]]);
    expect(r.summary.documents.resent).toBe(countDocuments(newSend));
    expect(r.summary.documents.notResent).toBe(countDocuments(oldSend) - countDocuments(newSend));
    expect(countDocuments(oldSend.filter((f) => f.kind === 'UPJSK')) - countDocuments(newSend)).toBe(2); // office 1399999999, two users
  });

  it('a deletion followed, in a later ファイル連番, by a resend: only the differences, and the unsent dependants removed', () => {
    const send = sampleSend(4, 1);
    const plan = find(send, 'UPPLAN');
    const r0 = plan.records[0]!;
    const dlt: File = {
      name: renamed(plan.name.replace('UPPLAN', 'DLTPLAN'), '20250501000000'),
      kind: 'DLTPLAN',
      records: [{ csvVersion: '202407', insurerNumber: r0.insurerNumber!, insuredNumber: r0.insuredNumber!, targetMonth: r0.targetMonth! }],
    };
    const resent: File = {
      ...plan,
      name: renamed(plan.name, '20250502000000'),
      records: plan.records.map((r, i) => (i === 1 ? { ...r, startTime: '0000' } : r)),
    };
    const r = diff(send, [dlt, resent], { showValues: true });
    const sikyu = find(send, 'UPSIKYU').records.length;
    expect(r.changes.filter((c) => c.kind === 'UPPLAN').map((c) => [c.change, c.fields.map((f) => [f.key, f.old, f.new])])).toEqual([
      ['changed', [['startTime', plan.records[1]!.startTime, '0000']]],
    ]);
    expect(r.changes.filter((c) => c.kind === 'UPSIKYU')).toHaveLength(sikyu);
    expect(
      r.changes
        .filter((c) => c.kind === 'UPSIKYU')
        .every((c) => c.change === 'removed' && c.cause === 'deletion' && c.deletion?.file === dlt.name && c.deletion.record === 1),
    ).toBe(true);
    expect(r.changes.every((c) => c.kind === 'UPPLAN' || c.kind === 'UPSIKYU')).toBe(true);

    // The other way round (resend, then the deletion) removes everything of the month.
    const late = { ...dlt, name: renamed(dlt.name, '20250503000000') };
    const r2 = diff(send, [resent, late]);
    expect(r2.changes.every((c) => c.change === 'removed' && c.cause === 'deletion')).toBe(true);
    expect(r2.changes).toHaveLength(plan.records.length + sikyu);
  });

  it('within one ファイル連番, deletions apply before the other files', () => {
    const send = sampleSend(4, 1);
    const plan = find(send, 'UPPLAN');
    const r0 = plan.records[0]!;
    const dlt: File = {
      name: plan.name.replace('UPPLAN', 'DLTPLAN'),
      kind: 'DLTPLAN',
      records: [{ csvVersion: '202407', insurerNumber: r0.insurerNumber!, insuredNumber: r0.insuredNumber!, targetMonth: r0.targetMonth! }],
    };
    const r = diff(send, [plan, dlt]);
    expect(r.changes.map((c) => c.kind)).toEqual(find(send, 'UPSIKYU').records.map(() => 'UPSIKYU'));
  });

  it('deletion files of the old send apply to the old send; a deletion that matches nothing is counted', () => {
    const send = sampleSend(5, 1);
    const one = find(send, 'UP1KYO').records[0]!;
    const dlt: File = {
      name: 'DLT1KYO_1371200101_43_1371200202_11_20991231000000.CSV',
      kind: 'DLT1KYO',
      records: [{ csvVersion: '202407', insurerNumber: one.insurerNumber!, insuredNumber: one.insuredNumber!, planDate: one.planDate! }],
    };
    const r = diff([...send, dlt], send);
    expect(new Set(r.changes.map((c) => `${c.kind}:${c.change}`))).toEqual(new Set(['UP1KYO:added', 'UP2KYO:added', 'UP3KYO:added']));
    const none = { ...dlt, records: [{ ...dlt.records[0]!, planDate: '19990101' }] };
    const r2 = diff(send, [none]);
    expect(r2.changes).toEqual([]);
    expect(r2.summary.deletions).toEqual([{ file: dlt.name, kind: 'DLT1KYO', records: 1, matched: 0, removedRecords: 0 }]);
  });

  it('changes confined to 作成年月日 and the other stamp fields are flagged, counted, and listed only with details', () => {
    const send = sampleSend(6, 2);
    const plan = find(send, 'UPPLAN');
    const newSend = withRecords(
      send,
      'UPPLAN',
      plan.records.map((r, i) => ({ ...r, createdOn: '20250430', ...(i === 0 ? { units: '1' } : {}) })),
    );
    const r = diff(send, newSend);
    expect(r.summary.totals).toEqual({ added: 0, removed: 0, changed: plan.records.length, stampOnly: plan.records.length - 1 });
    expect(r.changes.filter((c) => !c.stampOnly).map((c) => c.fields.map((f) => f.key))).toEqual([['createdOn', 'units']]);
    const brief = renderDiffText(r);
    const stampCounts = [...brief.matchAll(/うち作成年月日のみの変更 (\d+)件/g)].map((m) => Number(m[1]));
    expect(stampCounts.reduce((a, b) => a + b, 0)).toBe(plan.records.length - 1);
    expect(brief.split('\n').filter((l) => l.includes('変更 対象年月'))).toHaveLength(1);
    expect(
      renderDiffText(r, { details: true })
        .split('\n')
        .filter((l) => l.includes('変更 対象年月')),
    ).toHaveLength(plan.records.length);
  });

  it('"01" and "1" are the same 課題NO: a change of the field, not a removal and an addition', () => {
    const send = sampleSend(7, 1);
    const up2 = find(send, 'UP2KYO');
    const r = diff(
      send,
      withRecords(
        send,
        'UP2KYO',
        up2.records.map((x, i) => (i === 0 ? { ...x, issueNo: `0${x.issueNo}` } : x)),
      ),
    );
    expect(r.changes.map((c) => [c.change, c.fields.map((f) => f.key)])).toEqual([['changed', ['issueNo']]]);
  });

  it('files of no record kind are skipped and listed; users are numbered by 保険者番号, 被保険者番号', () => {
    const a: File = { name: 'UPKIHON_1371200101_43_1371200303_A2_20250418100000.CSV', kind: 'UPKIHON', records: [] };
    const rec = (insurer: string, insured: string): Rec => ({
      csvVersion: '202407',
      insurerNumber: insurer,
      insuredNumber: insured,
      consultationDate: '20250401',
    });
    const r = diff(
      [
        { ...a, records: [rec('222222', '0000000001')] },
        { name: 'x.jpg', kind: 'UPKIHON_IMAGE', records: [] },
      ],
      [
        { ...a, records: [rec('222222', '0000000001'), rec('111111', '0000000009'), rec('222222', '0000000000')] },
        { name: 'notes.txt', kind: null, records: [] },
      ],
      { showValues: true },
    );
    expect(r.changes.map((c) => [c.user.index, c.user.insurerNumber, c.user.insuredNumber])).toEqual([
      [1, '111111', '0000000009'],
      [2, '222222', '0000000000'],
    ]);
    expect(r.summary.users).toBe(3);
    expect(r.summary.skipped).toEqual([
      { side: 'old', file: 'x.jpg', kind: 'UPKIHON_IMAGE' },
      { side: 'new', file: 'notes.txt', kind: null },
    ]);
  });

  it('print-image cells are carried only under non-blank NOs down to their level', () => {
    const row = (issueNo: string, goalNo: string, supportNo: string, longTermGoal: string): Rec => ({
      insurerNumber: '131016',
      insuredNumber: '0000000001',
      planDate: '20250401',
      issueNo,
      goalNo,
      supportNo,
      longTermGoal,
      issue: '',
    });
    // A goal under a blank 課題NO is no group: its blank 長期目標 stays blank.
    expect(fillPrintImage('UP2KYO', [row('', '1', '1', '目標'), row('', '', '2', '')]).map((r) => [r.goalNo, r.longTermGoal])).toEqual([
      ['1', '目標'],
      ['1', ''],
    ]);
    expect(fillPrintImage('UP2KYO', [row('1', '1', '1', '目標'), row('', '', '2', '')]).map((r) => [r.issueNo, r.goalNo, r.longTermGoal])).toEqual([
      ['1', '1', '目標'],
      ['1', '1', '目標'],
    ]);
  });

  it('refuses input that is not a list of decoded files', () => {
    expect(() => diff([{ name: 1 } as never], [])).toThrow(TypeError);
    expect(() => diff([], [{ name: 'a', kind: 'UPPLAN' } as never])).toThrow(TypeError);
  });
});

function countDocuments(send: readonly File[]): number {
  const ids = new Set<string>();
  for (const f of send) {
    const keys = KIND_KEYS[f.kind];
    if (keys.role !== 'records') continue;
    for (const r of f.records)
      ids.add(
        JSON.stringify([f.kind, r.insurerNumber, r.insuredNumber, keys.document.map((p) => (p.prefix ? (r[p.field] ?? '').slice(0, p.prefix) : r[p.field]))]),
      );
  }
  return ids.size;
}

describe('diff: records with the same natural key', () => {
  it('two changed records of one key, in another order, are paired by fewest differing fields', () => {
    const send = sampleSend(8, 1);
    const plan = find(send, 'UPPLAN');
    const base = plan.records[0]!;
    const a = { ...base, startTime: '0900', endTime: '0930', units: '100' };
    const b = { ...base, startTime: '1800', endTime: '1830', units: '100' };
    // Both get other units, the morning one more than the evening one: content order (単位数 comes
    // before the times) would pair the morning visit with the evening one.
    const a2 = { ...a, units: '300' };
    const b2 = { ...b, units: '200' };
    const r = diff([{ ...plan, records: [a, b] }], [{ ...plan, records: [b2, a2] }], { showValues: true });
    expect(r.changes.map((c) => [c.oldRecord, c.newRecord, c.fields.map((f) => `${f.key}:${f.old}→${f.new}`)])).toEqual([
      [1, 2, ['units:100→300']],
      [2, 1, ['units:100→200']],
    ]);
  });

  const multiOpArb = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('change' as const), record: fc.nat(), field: fc.nat(), value: valueArb }),
      fc.record({ op: fc.constant('add' as const), record: fc.nat(), field: fc.nat(), value: valueArb }),
      fc.record({ op: fc.constant('remove' as const), record: fc.nat() }),
    ),
    { maxLength: 6 },
  );

  function mutateMany(kind: KindId, records: Rec[], ops: readonly { op: string; record: number; field?: number; value?: string }[]): Rec[] {
    const fields = getTable(kind).fields;
    let out = records.map((r) => ({ ...r }));
    for (const m of ops) {
      if (out.length === 0) break;
      const i = m.record % out.length;
      if (m.op === 'remove') out = out.filter((_, k) => k !== i);
      else {
        const f = fields[m.field! % fields.length]!.key;
        const r = { ...out[i]!, [f]: otherValue(out[i]![f] ?? '', m.value!) };
        if (m.op === 'change') out[i] = r;
        else out.push(r);
      }
    }
    return out;
  }

  it.each(RECORD_KINDS)('%s: no record is lost — the changes turn the old records into the new ones (several mutations)', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 8 }), multiOpArb, (file, ops) => {
        const oldRecords = file.records.map((r) => ({ ...(r as Rec) }));
        const newRecords = mutateMany(kind, oldRecords, ops);
        const oldSend: File[] = [{ name: file.name, kind, records: oldRecords }];
        const newSend: File[] = [{ name: file.name, kind, records: newRecords }];
        const r = diff(oldSend, newSend, { absent: 'removed' });
        const oldF = oracleFill(kind, oldRecords).map((x) => JSON.stringify(getTable(kind).fields.map((f) => x[f.key] ?? '')));
        const newF = oracleFill(kind, newRecords).map((x) => JSON.stringify(getTable(kind).fields.map((f) => x[f.key] ?? '')));
        const oldUsed = r.changes.flatMap((c) => (c.oldRecord ? [c.oldRecord - 1] : []));
        const newUsed = r.changes.flatMap((c) => (c.newRecord ? [c.newRecord - 1] : []));
        expect(new Set(oldUsed).size).toBe(oldUsed.length);
        expect(new Set(newUsed).size).toBe(newUsed.length);
        // Old records not named by a change are unchanged: they are the new records not named by one.
        const keptOld = oldF.filter((_, i) => !oldUsed.includes(i)).sort();
        const keptNew = newF.filter((_, i) => !newUsed.includes(i)).sort();
        expect(keptOld).toEqual(keptNew);
        // A change pairs records of the same key and lists exactly the fields that differ.
        for (const c of r.changes.filter((x) => x.change === 'changed')) {
          const o = JSON.parse(oldF[c.oldRecord! - 1]!) as string[];
          const n = JSON.parse(newF[c.newRecord! - 1]!) as string[];
          expect(c.fields.map((f) => f.no)).toEqual(
            getTable(kind)
              .fields.filter((_, k) => o[k] !== n[k])
              .map((f) => f.no),
          );
          expect(c.fields.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each(RECORD_KINDS.filter((k) => !isCarryKind(k)))('%s: the changes do not depend on the order of records (several mutations)', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 8 }), multiOpArb, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), (file, ops, keys) => {
        const oldRecords = file.records.map((r) => ({ ...(r as Rec) }));
        const newRecords = mutateMany(kind, oldRecords, ops);
        const shuffle = (rs: Rec[]) =>
          rs
            .map((r, i) => ({ r, k: keys[i % keys.length]! }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
        const f = (records: Rec[]): File[] => [{ name: file.name, kind, records }];
        const straight = actual(diff(f(oldRecords), f(newRecords), { showValues: true }), f(oldRecords), f(newRecords));
        const o2 = shuffle(oldRecords);
        const n2 = shuffle([...newRecords].reverse());
        expect(actual(diff(f(o2), f(n2), { showValues: true }), f(o2), f(n2))).toEqual(straight);
      }),
      { numRuns: 60 },
    );
  });
});
