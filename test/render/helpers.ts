/** Shared test helpers for the renderer: fixtures as render inputs, a small HTML reader, oracles. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isKindId, layoutFor, getTable, parseFile, validateBundle, type FieldSpec, type Issue, type KindId } from '../../src/index.js';
import { renderInputFromParse, type RenderInputFile } from '../../src/render/index.js';

export const FIXTURES = fileURLToPath(new URL('../../spec-fixtures/', import.meta.url));

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** One file of the fixtures as a render input (attachments keep their bytes). */
export function loadInput(path: string): RenderInputFile {
  const name = path.split('/').pop()!;
  const bytes = new Uint8Array(readFileSync(path));
  const result = parseFile({ name, bytes });
  return isKindId(result.kind) ? renderInputFromParse(result, { name }) : { name, kind: null, csvVersion: null, records: [], issues: result.issues, bytes };
}

/** Every file of spec-fixtures/valid, one render input each. */
export const validInputs = (): RenderInputFile[] => walk(join(FIXTURES, 'valid')).map(loadInput);

/** The valid transmissions, each validated as one send. */
export function transmissions(): { dir: string; inputs: RenderInputFile[]; sendIssues: Issue[] }[] {
  const root = join(FIXTURES, 'transmissions', 'valid');
  return readdirSync(root)
    .sort()
    .map((d) => {
      const dir = join(root, d);
      const files = readdirSync(dir)
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
      const result = validateBundle(files);
      const inputs = result.files.map((f) =>
        isKindId(f.kind)
          ? renderInputFromParse(f)
          : { name: f.name, kind: null, csvVersion: null, records: [], issues: f.issues, bytes: files.find((x) => x.name === f.name)!.bytes },
      );
      return { dir: d, inputs, sendIssues: result.issues };
    });
}

export function fieldsOf(input: RenderInputFile): readonly FieldSpec[] {
  if (!isKindId(input.kind)) return [];
  return (layoutFor(input.kind as KindId, input.csvVersion) ?? getTable(input.kind as KindId)).fields;
}

/** Plain HTML escaping, the oracle for printed text: markup escaped, line breaks as <br>. */
export const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r\n|\r|\n/g, '<br>');

const japanese = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const japaneseMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' });
const realDate = (v: string) =>
  /^\d{8}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T00:00:00Z`)) &&
  new Date(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T00:00:00Z`).getUTCDate() === Number(v.slice(6, 8));

/**
 * How a value is printed (Japanese), from an independent oracle: dates in 和暦 by Intl's Japanese
 * calendar, months likewise, HHMM as H:MM, CSVバージョン and everything else as escaped text.
 */
export function printed(field: FieldSpec, value: string): string {
  if (field.key === 'csvVersion') return esc(value);
  if (field.format === 'yyyymmdd' && realDate(value) && value >= '18730101')
    return japanese.format(new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T00:00:00Z`));
  if (field.format === 'yyyymm' && /^\d{6}$/.test(value) && Number(value.slice(4)) >= 1 && Number(value.slice(4)) <= 12 && value >= '187301')
    return japaneseMonth.format(new Date(`${value.slice(0, 4)}-${value.slice(4, 6)}-01T00:00:00Z`));
  if (field.format === 'hhmm' && /^([01]\d|2[0-3])[0-5]\d$/.test(value)) return `${Number(value.slice(0, 2))}:${value.slice(2)}`;
  return esc(value);
}

const unescapeAttr = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export interface Section {
  readonly id: string;
  readonly files: readonly string[];
  readonly html: string;
}

/** The forms of a document: <section class="form"> elements (they never nest). */
export function sections(html: string): Section[] {
  const out: Section[] = [];
  const re = /<section class="form" id="([^"]+)" data-files="([^"]*)">([\s\S]*?)<\/section>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) out.push({ id: m[1]!, files: JSON.parse(unescapeAttr(m[2]!)) as string[], html: m[3]! });
  return out;
}

/** The HTML of the forms that show a file. */
export const formsOf = (html: string, file: string): string =>
  sections(html)
    .filter((s) => s.files.includes(file))
    .map((s) => s.html)
    .join('\n');

/** Cells (<td>/<th>) of a row's HTML, with their class and inner HTML. */
export function cells(rowHtml: string): { tag: string; cls: string; html: string }[] {
  const out: { tag: string; cls: string; html: string }[] = [];
  const re = /<(td|th)((?:\s+[a-z-]+="[^"]*")*)>([\s\S]*?)<\/\1>/g;
  for (let m = re.exec(rowHtml); m; m = re.exec(rowHtml)) out.push({ tag: m[1]!, cls: /class="([^"]*)"/.exec(m[2]!)?.[1] ?? '', html: m[3]! });
  return out;
}

/**
 * The day cells of a 第6表 line (`<tr class="ln …">`): the cells after its 予定/実績 heading
 * (th.pj), but the last three (合計回数, 単位数, 30日超). An empty day is a bare <td>.
 */
export function dayCells(rowHtml: string): { tag: string; cls: string; html: string }[] {
  const all = cells(rowHtml);
  const pj = all.findIndex((c) => c.tag === 'th' && /\bpj\b/.test(c.cls));
  return all.slice(pj + 1, -3);
}

/** Text of HTML (tags dropped). */
export const textOf = (html: string): string => html.replace(/<[^>]*>/g, '');

/** A record of `kind` with every field empty but the given ones. */
export function recordOf(kind: KindId, values: Readonly<Record<string, string>>): Record<string, string> {
  const r: Record<string, string> = {};
  for (const f of getTable(kind).fields) r[f.key] = values[f.key] ?? '';
  for (const k of Object.keys(values)) if (!(k in r)) throw new Error(`${kind} has no field ${k}`);
  return r;
}

/** A render input built from records. */
export const inputOf = (name: string, kind: KindId, records: Record<string, string>[], issues: Issue[] = []): RenderInputFile => ({
  name,
  kind,
  csvVersion: '202407',
  records,
  issues,
});
