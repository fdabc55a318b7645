/**
 * Every valid fixture and transmission renders; every value of every record is printed (in its
 * printed form: 和暦 dates, H:MM times, codes with their labels), except the fields the forms draw
 * as a grid, which are checked as grids:
 *   - 第6表 サービス利用日 + サービス回数 (UPPLAN/UPJSK): a record's count is in its day's column, so
 *     per day the counts printed on 予定 (実績) lines add up to the counts of the UPPLAN (UPJSK)
 *     records of that day;
 *   - 第6表 日割対象日 (dayFlags31): the days marked 日割 are the days flagged by some record;
 *   - 第3表 曜日 (UP3KYO): each weekly service is a box in its day's column (data-wd).
 * Masked, no personal or free-text value is printed, and the page does not depend on them at all.
 */
import { describe, expect, it } from 'vitest';
import { isKindId, type FieldSpec } from '../../src/index.js';
import { renderFormsHtml, type RenderInputFile, type RenderOptions } from '../../src/render/index.js';
import { dayCells, esc, fieldsOf, formsOf, printed, sections, transmissions, validInputs, textOf } from './helpers.js';

const GRID_KEYS: Readonly<Record<string, readonly string[]>> = {
  UPPLAN: ['serviceDate', 'serviceCount', 'proratedDays'],
  UPJSK: ['serviceDate', 'serviceCount', 'proratedDays'],
  UP3KYO: ['weekday'],
};

/** Values not printed as expected, as "file#record field=value" lines. */
function missingValues(html: string, inputs: readonly RenderInputFile[]): string[] {
  const missing: string[] = [];
  for (const input of inputs) {
    if (!isKindId(input.kind)) continue;
    const forms = formsOf(html, input.name);
    const grid = GRID_KEYS[input.kind] ?? [];
    const fields = fieldsOf(input);
    input.records.forEach((r, i) => {
      for (const f of fields) {
        const v = r[f.key] ?? '';
        if (v === '' || grid.includes(f.key)) continue;
        const where = `${input.name}#${i + 1} ${f.key}=${v}`;
        if (!forms.includes(printed(f, v))) missing.push(`${where} (as ${printed(f, v)})`);
        const label = f.codes?.codes[v]?.ja;
        if (label !== undefined && !forms.includes(esc(label)) && !label.split('＆').every((a) => forms.includes(`<span class="opt on">${esc(a)}</span>`)))
          missing.push(`${where}: label ${label}`);
      }
    });
  }
  return missing;
}

const add = (a: number[], k: number, n: number) => {
  a[k] = (a[k] ?? 0) + n;
};

/** Per side and day of month: the counts printed on 第6表 lines, and the counts the records carry. */
function gridTotals(html: string, inputs: readonly RenderInputFile[]) {
  const printedCounts = { plan: new Array<number>(32).fill(0), actual: new Array<number>(32).fill(0) };
  const prorated = new Set<number>();
  for (const s of sections(html)) {
    for (const m of s.html.matchAll(/<tr class="ln ln-(plan|actual)">([\s\S]*?)<\/tr>/g)) {
      const days = dayCells(m[2]!);
      days.forEach((c, d) => {
        const n = textOf(c.html.replace(/<sup[\s\S]*?<\/sup>/g, ''));
        if (n !== '') add(printedCounts[m[1] as 'plan' | 'actual'], d + 1, Number(n));
        if (/\bpr\b/.test(c.cls)) prorated.add(d + 1);
      });
    }
  }
  const recordCounts = { plan: new Array<number>(32).fill(0), actual: new Array<number>(32).fill(0) };
  const flagged = new Set<number>();
  for (const input of inputs) {
    if (input.kind !== 'UPPLAN' && input.kind !== 'UPJSK') continue;
    const side = input.kind === 'UPPLAN' ? 'plan' : 'actual';
    for (const r of input.records) {
      const date = r.serviceDate ?? '';
      const y = Number(date.slice(0, 4));
      const mo = Number(date.slice(4, 6));
      const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      add(recordCounts[side], Number(date.slice(6, 8)), Number(r.serviceCount));
      [...(r.proratedDays ?? '')].forEach((c, d) => {
        if (c === '1' && d < days) flagged.add(d + 1);
      });
    }
  }
  return { printedCounts, recordCounts, prorated, flagged };
}

/** 第3表: boxes per weekday column against the weekly records with times. */
function weekBoxes(html: string, inputs: readonly RenderInputFile[]) {
  const boxes = new Array<number>(8).fill(0);
  for (const m of html.matchAll(/<div class="blk[^"]*" data-wd="(\d)"/g)) add(boxes, Number(m[1]), 1);
  const records = new Array<number>(8).fill(0);
  for (const input of inputs)
    if (input.kind === 'UP3KYO') for (const r of input.records) if ((r.weekday ?? '') !== '' && (r.startTime ?? '') !== '') add(records, Number(r.weekday), 1);
  return { boxes, records };
}

function checkDocument(html: string, inputs: readonly RenderInputFile[]) {
  expect(missingValues(html, inputs)).toEqual([]);
  const g = gridTotals(html, inputs);
  expect(g.printedCounts).toEqual(g.recordCounts);
  expect([...g.prorated].sort((a, b) => a - b)).toEqual([...g.flagged].sort((a, b) => a - b));
  const w = weekBoxes(html, inputs);
  expect(w.boxes).toEqual(w.records);
}

/** Personal and free-text fields (what the renderer must mask). */
const isPersonal = (f: FieldSpec) => f.personal || f.quoted || f.format === 'free';

/** The inputs with every personal value replaced, consistently (the same value, the same token). */
function replacePersonal(inputs: readonly RenderInputFile[]): RenderInputFile[] {
  const tokens = new Map<string, string>();
  const token = (v: string) => {
    let tk = tokens.get(v);
    if (!tk) tokens.set(v, (tk = `〓${tokens.size}${'x'.repeat(tokens.size % 7)}〓`));
    return tk;
  };
  return inputs.map((input) => {
    const personal = fieldsOf(input).filter(isPersonal);
    return {
      ...input,
      records: input.records.map((r) => ({
        ...r,
        ...Object.fromEntries(personal.filter((f) => (r[f.key] ?? '') !== '').map((f) => [f.key, token(r[f.key]!)])),
      })),
    };
  });
}

function checkMasked(inputs: readonly RenderInputFile[], options: RenderOptions) {
  const masked = renderFormsHtml(inputs, options);
  const baseline = renderFormsHtml(replacePersonal(inputs), options);
  // The masked page does not depend on personal values at all: not on their text, length or form.
  expect(masked).toBe(baseline);
  // And, directly: a personal value of two or more characters is not printed, unless it is also
  // text that the page prints anyway (then it is in the baseline, which holds no personal value).
  const leaks: string[] = [];
  let checked = 0;
  for (const input of inputs)
    for (const f of fieldsOf(input).filter(isPersonal))
      for (const r of input.records) {
        const v = r[f.key] ?? '';
        if ([...v].length < 2 || baseline.includes(esc(v))) continue;
        checked++;
        if (masked.includes(esc(v))) leaks.push(`${input.name} ${f.key}=${v}`);
      }
  expect(leaks).toEqual([]);
  return checked;
}

describe('valid fixtures, each file alone', () => {
  const inputs = validInputs();
  it('finds the fixtures', () => {
    expect(inputs.filter((i) => i.kind !== null).length).toBeGreaterThanOrEqual(20);
  });
  for (const input of inputs) {
    it(`renders ${input.name} with every value in place`, () => {
      const html = renderFormsHtml([input], { showValues: true });
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      if (input.kind !== null) expect(sections(html).filter((s) => s.files.includes(input.name)).length).toBeGreaterThan(0);
      checkDocument(html, [input]);
    });
    it(`masks every personal value of ${input.name}`, () => {
      checkMasked([input], {});
    });
  }
});

describe('valid transmissions, each as one send', () => {
  for (const { dir, inputs, sendIssues } of transmissions()) {
    it(`renders ${dir} with every value in place`, () => {
      const html = renderFormsHtml(inputs, { showValues: true, sendIssues });
      checkDocument(html, inputs);
    });
    it(`masks every personal value of ${dir}`, () => {
      expect(checkMasked(inputs, { sendIssues })).toBeGreaterThan(20);
    });
  }
  it('renders all the transmissions together (予定 and 実績 share their 第6表)', () => {
    const all = transmissions();
    const inputs = all.flatMap((t) => t.inputs);
    const html = renderFormsHtml(inputs, { showValues: true, sendIssues: all.flatMap((t) => t.sendIssues) });
    checkDocument(html, inputs);
    const shared = sections(html).filter((s) => s.files.some((f) => f.startsWith('UPPLAN_')) && s.files.some((f) => f.startsWith('UPJSK_')));
    expect(shared.length).toBeGreaterThan(0);
    expect(shared[0]!.html).toContain('ln-actual');
  });
});
