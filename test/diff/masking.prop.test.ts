/**
 * Without showValues, no value of a personal field (`field.personal`) or free text appears anywhere
 * in the result, the text (ja/en, with and without details) or the JSON: every such value of both
 * sends is a distinctive token, and the outputs are searched for each.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getTable, type KindId } from '../../src/index.js';
import { fileArb } from '../../src/testing/index.js';
import { diff, formatDiffJson, renderDiffText, type DiffResult } from '../../src/diff/index.js';
import { deletionRecordFor, RECORD_KINDS, sampleSend, type File, type Rec } from './helpers.js';

const isSecret = (kind: KindId, key: string) => {
  const f = getTable(kind).fields.find((x) => x.key === key);
  return f !== undefined && (f.personal || f.quoted);
};

/** Replaces every personal or free-text value by a distinctive token; 被保険者番号 consistently per person. */
function tokenize(send: readonly File[], salt: number): { send: File[]; tokens: Set<string> } {
  const tokens = new Set<string>();
  const insured = new Map<string, string>();
  let n = 0;
  const next = () => `秘${salt.toString(36)}x${(n++).toString(36)}密`;
  const out = send.map((f) => ({
    ...f,
    records: f.records.map((r) => {
      const o: Rec = { ...r };
      for (const key of Object.keys(o)) {
        if (!isSecret(f.kind, key)) continue;
        if (key === 'insuredNumber') {
          const old = o[key]!;
          if (!insured.has(old)) insured.set(old, `H${String(100000000 + ((salt * 7919 + insured.size * 104729) % 900000000)).slice(0, 9)}`);
          o[key] = insured.get(old)!;
        } else o[key] = next();
        tokens.add(o[key]!);
      }
      return o;
    }),
  }));
  return { send: out, tokens };
}

type Op = { op: 'change' | 'add' | 'remove' | 'delete'; file: number; record: number; field: number };
const opsArb = fc.array(
  fc.record({
    op: fc.constantFrom('change' as const, 'add' as const, 'remove' as const, 'delete' as const),
    file: fc.nat(),
    record: fc.nat(),
    field: fc.nat(),
  }),
  { minLength: 1, maxLength: 8 },
);

function mutate(send: readonly File[], ops: readonly Op[], salt: number, tokens: Set<string>): File[] {
  const out = send.map((f) => ({ ...f, records: f.records.map((r) => ({ ...r })) }));
  let n = 0;
  for (const m of ops) {
    const f = out[m.file % out.length]!;
    if (f.records.length === 0) continue;
    const i = m.record % f.records.length;
    const fields = getTable(f.kind).fields;
    const key = fields[m.field % fields.length]!.key;
    const fresh = isSecret(f.kind, key) && key !== 'insuredNumber' ? `秘${salt.toString(36)}y${(n++).toString(36)}密` : `${f.records[i]![key] ?? ''}9`;
    if (isSecret(f.kind, key)) tokens.add(fresh);
    if (m.op === 'change') f.records[i] = { ...f.records[i]!, [key]: fresh };
    else if (m.op === 'add') f.records.push({ ...f.records[i]!, [key]: fresh });
    else if (m.op === 'remove') f.records.splice(i, 1);
    else {
      const kind =
        f.kind === 'UP1KYO'
          ? 'DLT1KYO'
          : f.kind === 'UPPLAN'
            ? 'DLTPLAN'
            : f.kind === 'UPJSK'
              ? 'DLTJSK'
              : f.kind === 'UPKIHON'
                ? 'DLTKIHON'
                : f.kind === 'UPYOBO'
                  ? 'DLTYOBO'
                  : undefined;
      if (kind)
        out.push({ name: `${kind}_1371200101_43_1371200202_11_2099123123595${out.length % 10}.CSV`, kind, records: [deletionRecordFor(kind, f.records[i]!)] });
    }
  }
  return out;
}

function outputs(result: DiffResult): string[] {
  return [
    JSON.stringify(result),
    renderDiffText(result),
    renderDiffText(result, { lang: 'en' }),
    renderDiffText(result, { details: true }),
    formatDiffJson(result),
    formatDiffJson(result, { lang: 'en' }),
  ];
}

function expectMasked(oldSend: File[], newSend: File[], tokens: Set<string>): void {
  const masked = diff(oldSend, newSend);
  const absent = diff(oldSend, newSend, { absent: 'removed' });
  for (const text of [...outputs(masked), ...outputs(absent)])
    for (const t of tokens) if (text.includes(t)) expect.fail(`personal value ${t} printed in:\n${text.slice(0, 2000)}`);
  // The control: with values asked for, the changed personal values are there.
  const shown = outputs(diff(oldSend, newSend, { showValues: true })).join('\n');
  const changedPersonal = masked.changes.flatMap((c) => c.fields.filter((f) => isSecret(c.kind, f.key)));
  if (changedPersonal.length > 0) expect([...tokens].some((t) => shown.includes(t))).toBe(true);
  expect(masked.changes.every((c) => c.user.insuredNumber === undefined && c.fields.every((f) => f.old === undefined && f.new === undefined))).toBe(true);
}

describe('diff: masking (property)', () => {
  it('sample sends of every kind, several mutations and deletions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 3 }), opsArb, (seed, users, ops) => {
        const { send: oldSend, tokens } = tokenize(sampleSend(seed, users), seed);
        expectMasked(oldSend, mutate(oldSend, ops, seed, tokens), tokens);
      }),
      { numRuns: 60 },
    );
  });

  it.each(RECORD_KINDS)('%s: generated files', (kind) => {
    fc.assert(
      fc.property(fileArb(kind, { maxRecords: 5 }), opsArb, fc.nat(1000), (file, ops, salt) => {
        const { send: oldSend, tokens } = tokenize([{ name: file.name, kind, records: file.records.map((r) => ({ ...(r as Rec) })) }], salt);
        expectMasked(oldSend, mutate(oldSend, ops, salt, tokens), tokens);
      }),
      { numRuns: 30 },
    );
  });

  it('masks personal key values (null in JSON, ＊＊＊ in text) but keeps the others', () => {
    const { send } = tokenize(sampleSend(1, 1), 1);
    const sub = send.find((f) => f.kind === 'UPKIHON_SUB2')!;
    const changed = send.map((f) => (f === sub ? { ...f, records: f.records.slice(1) } : f));
    const r = diff(send, changed);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]!.key).toEqual({ onsetDate: null, disease: null });
    expect(r.changes[0]!.document).toEqual({ consultationDate: sub.records[0]!.consultationDate });
    expect(renderDiffText(r)).toContain('年月日 ＊＊＊、病名 ＊＊＊');
    expect(JSON.parse(formatDiffJson(r)).changes[0].key).toEqual({ onsetDate: null, disease: null });
  });
});
