/**
 * The state a form is drawn with. `Env` is the whole render (options, files, lookups); `FormScope`
 * is one printed form (its issue markers); `Part` is the records of one file on that form, and
 * draws their cells: every cell it draws is remembered, so that the frame can list the values no
 * cell showed and the issues no cell took.
 */
import type { FieldSpec } from '../spec/fields.js';
import type { Issue } from '../core/issue.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import type { RenderInputFile } from './types.js';
import type { FileIssues } from './issues.js';
import { worst } from './issues.js';
import { displayValue } from './values.js';

export interface FileInfo {
  readonly file: RenderInputFile;
  /** Position among the inputs (anchors). */
  readonly index: number;
  readonly kind: KindId | null;
  readonly layout: TableSpec | null;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  readonly issues: FileIssues;
  /** Anchor of the first form that lists the file-level issues, once drawn. */
  fileIssuesAt?: string;
}

/** A record of another file of the send, lent to a form (the user's name from 利用者補足情報). */
export interface Borrowed {
  readonly info: FileInfo;
  readonly index: number;
}

export interface Env {
  readonly showValues: boolean;
  readonly locale: 'ja' | 'en';
  readonly files: readonly FileInfo[];
  /** userKey → 利用者補足情報 records of that user. */
  readonly hosoku: ReadonlyMap<string, readonly Borrowed[]>;
  /** Attachments by upper-cased name. */
  readonly attachments: ReadonlyMap<string, RenderInputFile>;
  /** Attachments drawn in a form (the others are listed apart). */
  readonly attachmentsShown: Set<string>;
  nextId: number;
}

export const t = (env: Pick<Env, 'locale'>, ja: string, en: string): string => (env.locale === 'ja' ? ja : en);

export const userKeyOf = (r: Readonly<Record<string, string>>): string => `${r.insurerNumber ?? ''}\u0000${r.insuredNumber ?? ''}`;

/** One printed form: numbers the issues it marks (※1, ※2…) in drawing order. */
export class FormScope {
  readonly id: string;
  readonly markers = new Map<Issue, number>();
  /** The file each marked issue belongs to. */
  readonly markedIn = new Map<Issue, FileInfo>();
  readonly parts: Part[] = [];
  constructor(readonly env: Env) {
    this.id = `f${++env.nextId}`;
  }
  part(info: FileInfo, indices: readonly number[]): Part {
    const p = new Part(this, info, indices);
    this.parts.push(p);
    return p;
  }
  marker(issue: Issue, info: FileInfo): number {
    let n = this.markers.get(issue);
    if (n === undefined) {
      this.markers.set(issue, (n = this.markers.size + 1));
      this.markedIn.set(issue, info);
    }
    return n;
  }
}

export interface Ref {
  /** Record index in the file. */
  readonly i: number;
  readonly key: string;
}

export interface Marks {
  /** Class names for the cell ('' when no issue). */
  readonly cls: string;
  /** ※n markers to print in the cell. */
  readonly html: string;
}

export interface CellOptions {
  readonly tag?: 'td' | 'th' | 'span' | 'div';
  readonly cls?: string;
  readonly colspan?: number;
  readonly rowspan?: number;
  /** Content to print instead of the value (the refs still take their issues). */
  readonly html?: string;
}

export class Part {
  /** `${i}\u0000${key}` of every drawn field. */
  readonly shown = new Set<string>();
  constructor(
    readonly form: FormScope,
    readonly info: FileInfo,
    readonly indices: readonly number[],
  ) {}
  get env(): Env {
    return this.form.env;
  }
  rec(i: number): Readonly<Record<string, string>> {
    return this.info.file.records[i]!;
  }
  raw(i: number, key: string): string {
    return this.info.file.records[i]?.[key] ?? '';
  }
  field(key: string): FieldSpec | undefined {
    return this.info.fields.get(key);
  }
  /** Name of a field in the render's language. */
  label(key: string): string {
    return this.info.fields.get(key)?.name[this.env.locale] ?? key;
  }
  /** Marks fields as drawn without printing them (drawn in another form, e.g. a day column). */
  use(refs: readonly Ref[]): void {
    for (const r of refs) this.shown.add(`${r.i}\u0000${r.key}`);
  }
  /** The printed value of one field, marked as drawn. */
  v(i: number, key: string): string {
    this.shown.add(`${i}\u0000${key}`);
    return displayValue(this.info.fields.get(key), this.raw(i, key), this.env);
  }
  /** The issues of the given cells, numbered on the form; marks the refs as drawn. */
  marks(refs: readonly Ref[]): Marks {
    const found: Issue[] = [];
    for (const r of refs) {
      this.shown.add(`${r.i}\u0000${r.key}`);
      const list = this.info.issues.byRecord.get(r.i)?.get(r.key);
      if (list) for (const issue of list) if (!found.includes(issue)) found.push(issue);
    }
    if (found.length === 0) return { cls: '', html: '' };
    const nums = found.map((issue) => this.form.marker(issue, this.info));
    const links = nums.map((n) => `<a href="#${this.form.id}-i${n}">※${n}</a>`).join('');
    return { cls: `iss iss-${worst(found)}`, html: `<sup class="mk">${links}</sup>` };
  }
  /** A cell with one field's value and its issues. */
  td(i: number, key: string, o: CellOptions = {}): string {
    return this.cell([{ i, key }], o.html ?? this.v(i, key), o);
  }
  /** A cell for several fields (or several records' field): `content` is printed, the refs take their issues. */
  cell(refs: readonly Ref[], content: string, o: CellOptions = {}): string {
    const m = this.marks(refs);
    const tag = o.tag ?? 'td';
    const cls = [o.cls ?? '', m.cls].filter((c) => c !== '').join(' ');
    const a = `${cls ? ` class="${cls}"` : ''}${o.colspan ? ` colspan="${o.colspan}"` : ''}${o.rowspan && o.rowspan > 1 ? ` rowspan="${o.rowspan}"` : ''}`;
    return `<${tag}${a}>${content}${m.html}</${tag}>`;
  }
  /** Distinct non-empty printed values of `key` over records `is` (one line each). */
  distinct(is: readonly number[], key: string, sep = '<br>'): string {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const i of is) {
      this.shown.add(`${i}\u0000${key}`);
      const raw = this.raw(i, key);
      if (raw === '' || seen.has(raw)) continue;
      seen.add(raw);
      out.push(displayValue(this.info.fields.get(key), raw, this.env));
    }
    return out.join(sep);
  }
  /** A cell with the distinct values of `key` over records `is`, taking their issues. */
  tdDistinct(is: readonly number[], key: string, o: CellOptions = {}): string {
    return this.cell(
      is.map((i) => ({ i, key })),
      this.distinct(is, key),
      o,
    );
  }
}

/** A field of a record of one part: for cells that gather records of several files (第6表 予定 and 実績). */
export interface PartRef {
  readonly p: Part;
  readonly i: number;
  readonly key: string;
}

/** A cell whose refs may belong to several parts of the form. */
export function crossCell(refs: readonly PartRef[], content: string, o: CellOptions = {}): string {
  const byPart = new Map<Part, Ref[]>();
  for (const r of refs) {
    const list = byPart.get(r.p);
    if (list) list.push({ i: r.i, key: r.key });
    else byPart.set(r.p, [{ i: r.i, key: r.key }]);
  }
  const marks = [...byPart].map(([p, rs]) => p.marks(rs));
  const found = marks.map((m) => m.cls).join(' ');
  // The worst severity wins the colour.
  const sev = /\biss-error\b/.test(found) ? 'iss-error' : /\biss-warning\b/.test(found) ? 'iss-warning' : /\biss-info\b/.test(found) ? 'iss-info' : '';
  const own = [o.cls ?? '', ...(sev ? ['iss', sev] : [])].filter((c) => c !== '').join(' ');
  const tag = o.tag ?? 'td';
  const a = `${own ? ` class="${own}"` : ''}${o.colspan ? ` colspan="${o.colspan}"` : ''}${o.rowspan && o.rowspan > 1 ? ` rowspan="${o.rowspan}"` : ''}`;
  return `<${tag}${a}>${content}${marks.map((m) => m.html).join('')}</${tag}>`;
}

/** Distinct printed values of a field over records of several parts. */
export function crossDistinct(refs: readonly PartRef[], sep = '<br>'): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of refs) {
    r.p.use([{ i: r.i, key: r.key }]);
    const raw = r.p.raw(r.i, r.key);
    if (raw === '' || seen.has(raw)) continue;
    seen.add(raw);
    out.push(r.p.v(r.i, r.key));
  }
  return out.join(sep);
}
