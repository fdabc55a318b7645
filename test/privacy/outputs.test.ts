/**
 * The privacy rule, for every output: sends whose files carry generated personal values anywhere
 * (any field of every kind, the CSVバージョン and months, garbage rows, shifted rows) and in every
 * file-name segment, through
 * - the CLI in process (`main`): check (text, json, junit × ja, en × directory, transmission and
 *   single-file modes), inspect (ja, en), filename parse, convert (its errors and notes; its normal
 *   output is the values, by design);
 * - the rendered forms (masked HTML), the diff (text ja/en, JSON), and the checker page (DOM).
 * Reports never show a value. Views without values (inspect, forms, diff, page) show only what a
 * field can hold by its format (report/mask.ts `mustMask`): a value placed where its field accepts
 * it (a 10-digit number in a 10-digit field) cannot be told from what the field should hold, and
 * is the only exception, for views only. A value in a file-name segment may appear as part of the
 * name, nowhere else.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/args.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { renderFormsHtml, renderInputFromParse } from '../../src/render/index.js';
import { diff, formatDiffJson, renderDiffText, type DiffFile } from '../../src/diff/index.js';
import { printable } from '../../src/report/format.js';
import { parseFilename } from '../../src/filenames/parse.js';

/** A character the one escaper shows as \\uXXXX (report/escape.ts), printed raw; line breaks of the output itself aside. */
const UNSAFE_RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
import { fieldsOf, leaks, personalValues, placement, plant, rowsOf, withoutNames, writeRows } from './support.js';

const UNITS = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Y2', 'Y5', 'Y6'];

interface Send {
  readonly dir: string;
  readonly files: { name: string; bytes: Uint8Array }[];
  readonly original: { name: string; bytes: Uint8Array }[];
}

let root: string;
const sends: Send[] = [];
/** Every planted value, and those a view may show (see above). */
const values: string[] = [];
const showable = new Set<string>();
/** Names whose segments hold personal values, and those values. */
const namedFiles: { name: string; path: string; value: string }[] = [];

function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
    stderr: (s) => void err.push(s),
    stderrIsTTY: false,
    cwd,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function run(argv: readonly string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  const t = fakeIo(cwd);
  const code = await main(argv, t.io);
  return { code, out: t.out(), err: t.err() };
}

/** Reports: no planted value at all. */
const reportLeaks = (text: string) => leaks(text, values);
/** Views without values: no planted value but the ones placed where their field accepts them. */
const viewLeaks = (text: string) =>
  leaks(
    text,
    values.filter((v) => !showable.has(v)),
  );

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'careplan-privacy-'));
  const pool = fc.sample(personalValues(2000), { numRuns: 1, seed: 14 })[0]!;
  let next = 0;
  UNITS.forEach((unit, u) => {
    const original = sampleTransmission(unit, { seed: 20 + u, timestamp: `2025042${u}103000` });
    const files = original.map((f, n) => {
      if (f.name.startsWith('UPKIHON_IMAGE')) return f;
      const { kind, rows } = rowsOf(f);
      const count = fieldsOf(kind).length;
      const placements = fc.sample(fc.array(placement(rows.length, count), { minLength: 3, maxLength: 6 }), { numRuns: 1, seed: 100 * u + n })[0]!;
      // Always: the CSVバージョン of the first record, and a month or a later CSVバージョン.
      placements.push({ how: 'field', record: 0, field: 0 }, { how: 'field', record: rows.length - 1, field: (n * 13) % count });
      const p = plant(kind, rows, placements, pool.slice(next, next + 200));
      next += p.values.length;
      values.push(...p.values);
      for (const v of p.showable) showable.add(v);
      return { name: f.name, bytes: writeRows(kind, p.rows) };
    });
    const dir = join(root, unit);
    mkdirSync(dir);
    mkdirSync(join(root, 'all'), { recursive: true });
    for (const f of files) {
      writeFileSync(join(dir, f.name), f.bytes);
      writeFileSync(join(root, 'all', f.name), f.bytes);
    }
    sends.push({ dir, files, original });
  });
  // Every segment of a few names holds a personal value.
  const named = join(root, 'named');
  mkdirSync(named);
  for (const f of [...sends[1]!.original, ...sends[6]!.original].filter((f) => !f.name.startsWith('UPKIHON_IMAGE'))) {
    const [stem, ext] = [f.name.slice(0, f.name.lastIndexOf('.')), f.name.slice(f.name.lastIndexOf('.') + 1)];
    const segments = stem.split('_');
    for (let s = 1; s < segments.length; s++) {
      const value = pool[next++]!;
      const name = [...segments.slice(0, s), value, ...segments.slice(s + 1)].join('_') + `.${ext}`;
      writeFileSync(join(named, name), f.bytes);
      namedFiles.push({ name, path: join(named, name), value });
    }
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the CLI (in process): no planted value in any report', () => {
  for (const format of ['text', 'json', 'junit']) {
    for (const lang of ['ja', 'en']) {
      it(`check --format ${format} --lang ${lang}: directory, transmission and single-file modes`, async () => {
        const dir = await run(['check', '--format', format, '--lang', lang, 'all']);
        expect(dir.code, dir.err.slice(0, 500)).toBe(1);
        expect(reportLeaks(dir.out + dir.err)).toEqual([]);
        for (const s of sends) {
          const paths = s.files.map((f) => join(s.dir, f.name));
          const unit = await run(['check', '--format', format, '--lang', lang, ...paths]);
          expect(reportLeaks(unit.out + unit.err)).toEqual([]);
          const single = await run(['check', '--format', format, '--lang', lang, paths[0]!]);
          expect(reportLeaks(single.out + single.err)).toEqual([]);
        }
      });
    }
  }

  it('check: a value in a file-name segment shows as part of the name only (or as the segment it fits)', async () => {
    // A value that fits its segment (a 10-digit number as an office number) is that segment of the
    // name, which reports show as such (the transmission's parties); any other shows in the name only.
    const misfits = namedFiles.filter((f) => parseFilename(f.name).issues.some((i) => i.code === 'FILENAME_UNKNOWN_PATTERN'));
    expect(misfits.length).toBeGreaterThan(namedFiles.length / 2);
    for (const format of ['text', 'json', 'junit']) {
      for (const lang of ['ja', 'en']) {
        const r = await run(['check', '--format', format, '--lang', lang, 'named']);
        expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
        const names = namedFiles.map((f) => f.name);
        const forms = [
          ...names,
          ...names.map(printable),
          ...names.map((n) => printable(n).replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;')),
        ];
        expect(
          leaks(
            withoutNames(r.out + r.err, forms),
            misfits.map((f) => f.value),
          ),
          `${format} ${lang}`,
        ).toEqual([]);
      }
    }
  });

  it('inspect (ja, en): the header and the issues show no value; the records only what their fields can hold', async () => {
    for (const s of sends) {
      for (const f of s.files) {
        if (f.name.startsWith('UPKIHON_IMAGE')) continue;
        for (const lang of ['ja', 'en']) {
          const r = await run(['inspect', '--lang', lang, join(s.dir, f.name)]);
          expect(viewLeaks(r.out + r.err), `${f.name} ${lang}`).toEqual([]);
          // The header line and the issues are a report: nothing at all.
          const header = r.out.split('\n').slice(0, 2).join('\n');
          const at = r.out.search(/── (指摘|Issues)/);
          const issues = at < 0 ? '' : r.out.slice(at);
          expect(reportLeaks(header + issues), `${f.name} ${lang}`).toEqual([]);
        }
      }
    }
  });

  it("filename parse: hostile names print escaped (its output is the name's own segments, by design)", async () => {
    for (const f of namedFiles.slice(0, 4)) {
      for (const hostile of ['\u202e', '\u001b[2J', '\r\n0 errors', '\u2028', '\u0007']) {
        const name = f.name.replace('_', `_${hostile}`);
        const r = await run(['filename', 'parse', name]);
        expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
      }
    }
  });

  it('convert: its notes and errors show no value (its output is the values, by design)', async () => {
    for (const s of sends) {
      for (const f of s.files) {
        if (f.name.startsWith('UPKIHON_IMAGE')) continue;
        const r = await run(['convert', '--to', 'json', join(s.dir, f.name)]);
        expect(reportLeaks(r.err), f.name).toEqual([]);
      }
    }
    // JSON → CSV: values the writer refuses (unencodable, control characters), unknown keys
    const dir = join(root, 'json');
    mkdirSync(dir);
    const file = sends[1]!.original.find((f) => f.name.startsWith('UPPLAN'))!;
    const records = (parseFile(file).records as Record<string, string>[]).map((r) => ({ ...r }));
    const [a, b, c] = values.slice(0, 3);
    records[0]!.serviceOfficeName = `𠮷${a}`;
    records[1]!.serviceCode = `${b}\u0007`;
    records[2]!.insuredNumber = `${c}\u2028`;
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ kind: 'UPPLAN', records }));
    // A syntax error next to a value: JSON.parse's message quotes the text around it.
    const name = values.find((v) => !/^[\d-]+$/.test(v))!;
    for (const json of [`{"kind":"UPPLAN","records":[{"name":"${a}" "${b}"}]}`, `{"kind":"UPPLAN","records":[{"name":${name}}]}`, `[${name}]`]) {
      writeFileSync(join(dir, 'broken.json'), json);
      const broken = await run(['convert', '--lang', 'en', '--to', 'csv', join(dir, 'broken.json')]);
      expect(broken.code).toBe(1);
      expect(broken.err).toContain('not valid JSON');
      expect(reportLeaks(broken.out + broken.err)).toEqual([]);
    }
    for (const lang of ['ja', 'en']) {
      const r = await run(['convert', '--to', 'csv', '--lang', lang, join(dir, 'plan.json')]);
      expect(r.code).toBe(1);
      expect(reportLeaks(r.out + r.err)).toEqual([]);
      expect(r.out + r.err).not.toContain('𠮷');
    }
  });
});

describe('views without values: forms, diff, page', () => {
  it('the rendered forms (masked) show no value a field cannot hold', () => {
    for (const s of sends) {
      const inputs = s.files.map((f) => renderInputFromParse(parseFile(f), { name: f.name, bytes: f.bytes }));
      for (const locale of ['ja', 'en'] as const) {
        const html = renderFormsHtml(inputs, { locale });
        const found = viewLeaks(html);
        expect(
          found.map((v) => html.slice(html.indexOf(v) - 300, html.indexOf(v) + 50)),
          `${s.dir} ${locale}`,
        ).toEqual([]);
      }
    }
  });

  it('the diff (masked, text ja/en and JSON) shows no value a key field cannot hold', () => {
    const decode = (files: readonly { name: string; bytes: Uint8Array }[]): DiffFile[] =>
      files.map((f) => {
        const r = parseFile(f);
        return { name: f.name, kind: r.kind, records: r.records };
      });
    for (const s of sends) {
      for (const [before, after] of [
        [s.original, s.files],
        [s.files, s.original],
      ] as const) {
        const result = diff(decode(before), decode(after));
        const text = [renderDiffText(result), renderDiffText(result, { lang: 'en', details: true }), formatDiffJson(result), JSON.stringify(result)].join('\n');
        expect(viewLeaks(text), s.dir).toEqual([]);
      }
    }
  });

  it('the checker page (DOM, every record table open, values hidden)', async () => {
    const { checkFiles } = await import('../../src/web/check.js');
    const { renderReport } = await import('../../src/web/render.js');
    const restore = installFakeDocument();
    try {
      for (const s of sends) {
        const run = checkFiles(s.files);
        for (const lang of ['ja', 'en'] as const) {
          const ids = new Set(run.flatMap((t, ti) => t.result.files.map((_, fi) => `${ti}:${fi}`)));
          const el = renderReport(run, { lang, openRecords: ids, shownValues: new Set() }, () => {}) as unknown as FakeNode;
          const shown = textOf(el);
          expect(viewLeaks(shown), `${s.dir} ${lang}`).toEqual([]);
          // The issue tables are a report: nothing at all.
          expect(reportLeaks(textOf(el, (n) => n.attrs.class === 'records'))).toEqual([]);
        }
      }
    } finally {
      restore();
    }
  });
});

// ---- a minimal DOM for the page's element builder (web/dom.ts) ----

interface FakeNode {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: FakeNode[];
  readonly text?: string;
}

function installFakeDocument(): () => void {
  const g = globalThis as { document?: unknown };
  const before = g.document;
  const element = (tag: string) => {
    const node = {
      tag,
      attrs: {} as Record<string, string>,
      children: [] as FakeNode[],
      setAttribute(k: string, v: string) {
        node.attrs[k] = v;
      },
      appendChild(c: FakeNode) {
        node.children.push(c);
        return c;
      },
      addEventListener() {},
    };
    return node;
  };
  g.document = { createElement: element, createTextNode: (text: string) => ({ tag: '#text', attrs: {}, children: [], text }) };
  return () => {
    g.document = before;
  };
}

/** Every text and attribute value under `n` (skipping subtrees where `skip` holds). */
function textOf(n: FakeNode, skip: (n: FakeNode) => boolean = () => false): string {
  if (skip(n)) return '';
  if (n.text !== undefined) return n.text;
  return [...Object.values(n.attrs), ...n.children.map((c) => textOf(c, skip))].join('\n');
}
