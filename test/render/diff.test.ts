/**
 * renderDiffHtml: the new send's forms with what it changes marked. Every field changed in any
 * record of any kind marks a cell of that record's form; a record added is marked added; a cell
 * that gathers old and new records is not; removed records are listed; users are numbered as
 * diff() numbers them; masked, no personal value of either send is printed.
 */
import { describe, expect, it } from 'vitest';
import { diff, isKindId } from '../../src/index.js';
import { renderDiffHtml, type RenderInputFile } from '../../src/render/index.js';
import { KIND_KEYS, STAMP_FIELDS } from '../../src/diff/keys.js';
import { dayCells, esc, fieldsOf, formsOf, sections, transmissions } from './helpers.js';

const kyotaku = () => transmissions().find((s) => s.dir === 'kyotaku')!;
const yobo = () => transmissions().find((s) => s.dir === 'yobo')!;

type Rec = Record<string, string>;
const withRecords = (input: RenderInputFile, edit: (records: Rec[]) => void): RenderInputFile => {
  const records = input.records.map((r) => ({ ...r }));
  edit(records);
  return { ...input, records };
};
const replace = (inputs: readonly RenderInputFile[], name: string, edit: (records: Rec[]) => void) =>
  inputs.map((i) => (i.name === name ? withRecords(i, edit) : i));

const formsHtml = (html: string) =>
  sections(html)
    .map((s) => s.html)
    .join('\n');

/** Cells (td/th/span/div) with a diff mark, as `mark text`. */
const marked = (html: string) => [...html.matchAll(/<(td|th|span|div)[^>]*class="[^"]*\bdif-(add|chg|stamp)\b[^"]*"[^>]*>/g)].map((m) => m[2]!);

describe('renderDiffHtml', () => {
  it("marks every changed field of every kind on its record's form (or as new, when the field is part of its key)", () => {
    const missed: string[] = [];
    let checked = 0;
    for (const { inputs } of [kyotaku(), yobo()]) {
      for (const input of inputs) {
        if (!isKindId(input.kind) || KIND_KEYS[input.kind].role !== 'records' || input.records.length === 0) continue;
        for (const f of fieldsOf(input)) {
          const before = input.records[0]![f.key] ?? '';
          const value = before === '9' ? '8' : '9';
          const next = withRecords(input, (rs) => {
            rs[0]![f.key] = value;
          });
          // allUsers: a change of a stamp field alone (作成年月日 …) does not draw its user otherwise.
          const html = renderDiffHtml([input], [next], { showValues: true, allUsers: true });
          const marks = marked(formsOf(html, input.name));
          checked++;
          const want = STAMP_FIELDS.includes(f.key) ? 'stamp' : 'chg';
          // A key field moves the record: the old one is removed, the new one added (or it joins another user).
          if (!marks.includes(want) && !marks.includes('add') && !(f.key === 'insurerNumber' || f.key === 'insuredNumber'))
            missed.push(`${input.kind} ${f.key}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });

  it("marks an added 第6表 record's day cell added, but not the cells it shares with old records", () => {
    const { inputs, sendIssues } = kyotaku();
    const plan = inputs.find((i) => i.kind === 'UPPLAN')!;
    const next = replace(inputs, plan.name, (rs) => {
      rs.push({ ...rs[0]!, serviceDate: '20250531' });
    });
    const html = renderDiffHtml(inputs, next, { sendIssues });
    const forms = formsOf(html, plan.name);
    expect(marked(forms)).toEqual(['add']);
    // The added record's day: day 31 of its line.
    const line = [...forms.matchAll(/<tr class="ln ln-plan">([\s\S]*?)<\/tr>/g)].map((m) => m[1]!).find((l) => l.includes('dif-add'))!;
    expect(
      dayCells(line)
        .map((c, k) => (/dif-add/.test(c.cls) ? k + 1 : 0))
        .filter((k) => k > 0),
    ).toEqual([31]);
  });

  it('lists removed records under their user, numbered as diff() numbers users, and draws only users with a change', () => {
    const { inputs } = kyotaku();
    const plan = inputs.find((i) => i.kind === 'UPPLAN')!;
    const last = plan.records[plan.records.length - 1]!;
    const next = replace(inputs, plan.name, (rs) => {
      rs.pop();
    });
    const result = diff(inputs, next);
    expect(result.changes).toHaveLength(1);
    const n = result.changes[0]!.user.index;
    const html = renderDiffHtml(inputs, next, { result });
    const heads = [...html.matchAll(/<div class="user-head" id="u(\d+)">/g)].map((m) => Number(m[1]));
    expect(heads).toEqual([n]);
    expect(html).toContain(`利用者${n}`);
    expect(html).toMatch(/<div class="dif-list">[\s\S]*削除 [^<]*サービス利用日 /);
    expect(html).toContain(esc(last.serviceDate!));
    expect(marked(formsHtml(html)).filter((m) => m !== 'stamp')).toEqual([]);
    // With allUsers every user is drawn.
    const all = renderDiffHtml(inputs, next, { result, allUsers: true });
    expect([...all.matchAll(/<div class="user-head" id="u(\d+)">/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3]);
  });

  it('says so when nothing changed, and draws no user', () => {
    const { inputs } = kyotaku();
    const html = renderDiffHtml(inputs, inputs, { locale: 'en' });
    expect(html).toContain('No changes.');
    expect(sections(html)).toEqual([]);
  });

  it('prints no personal value of either send when masked, and does not depend on them', () => {
    const { inputs } = yobo();
    const personal = (input: RenderInputFile) => fieldsOf(input).filter((f) => f.personal);
    // Key fields order the report (diff() sorts users and records by them, masked or not): they are
    // left as they are; every other personal value of every record is changed, and tokenized below.
    const keyFields = (input: RenderInputFile) => {
      if (!isKindId(input.kind)) return new Set<string>();
      const k = KIND_KEYS[input.kind];
      return new Set(['insurerNumber', 'insuredNumber', ...k.document.map((p) => p.field), ...k.record.map((p) => p.field)]);
    };
    const free = (input: RenderInputFile) => personal(input).filter((f) => !keyFields(input).has(f.key));
    const next = inputs.map((i) =>
      withRecords(i, (rs) => rs.forEach((r) => free(i).forEach((f) => (r[f.key] = (r[f.key] ?? '') === '' ? '' : `${r[f.key]}改`)))),
    );
    // The same sends with those values replaced by tokens (the same value, the same token).
    const tokens = new Map<string, string>();
    const token = (v: string) => tokens.get(v) ?? (tokens.set(v, `〓${tokens.size}〓`), tokens.get(v)!);
    const tokenized = (side: readonly RenderInputFile[]) =>
      side.map((i) => withRecords(i, (rs) => rs.forEach((r) => free(i).forEach((f) => (r[f.key] = (r[f.key] ?? '') === '' ? '' : token(r[f.key]!))))));
    const options = { details: true, allUsers: true } as const;
    const html = renderDiffHtml(inputs, next, options);
    expect(marked(formsHtml(html))).toContain('chg');
    expect(html).toBe(renderDiffHtml(tokenized(inputs), tokenized(next), options));
    // The equality says the page holds none of those values; and directly, the users' names (old and new):
    const names = [...inputs, ...next].flatMap((i) => i.records.map((r) => r.name ?? '')).filter((v) => v !== '');
    expect(names.length).toBeGreaterThan(3);
    const leaks = names.filter((v) => html.includes(esc(v)));
    expect(leaks).toEqual([]);
  });
});
