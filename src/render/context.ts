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
import { STAMP_FIELDS } from '../diff/keys.js';

export interface FileInfo {
  readonly file: RenderInputFile;
  /** Position among the inputs (anchors). */
  readonly index: number;
  readonly kind: KindId | null;
  readonly layout: TableSpec | null;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  readonly issues: FileIssues;
  /** Position of each layout field (the columns of `drawn`). */
  readonly fieldIndex: ReadonlyMap<string, number>;
  /**
   * The cells drawn so far, one byte per record × layout field (a record is drawn on one form
   * only, so one map serves the file); fields outside the layout go to `drawnOther`.
   */
  readonly drawn: Uint8Array;
  readonly drawnOther: Set<string>;
  /** Diff marks of the file's records (renderDiffHtml): record index → 'added' or the changed field keys. */
  readonly changes?: ReadonlyMap<number, ChangeMark> | undefined;
  /** Anchor of the first form that lists the file-level issues, once drawn. */
  fileIssuesAt?: string;
}

/** How a record differs from the previous send: added whole, or these fields changed. */
export type ChangeMark = 'added' | ReadonlySet<string>;

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
  /** A cell of the form carries a diff mark (not a stamp field's alone). */
  changed = false;
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

const NO_MARKS: Marks = { cls: '', html: '' };
/** Fields every resend rewrites (作成年月日 …): a change there alone is marked lightly. */
const STAMPS: ReadonlySet<string> = new Set(STAMP_FIELDS);
const NO_OPTIONS: CellOptions = {};
/** The one ref of `td` (reused: marks() does not keep its argument). */
const ONE: Ref[] = [{ i: 0, key: '' }];

/** A cell element around `content`, with the cell's own classes and its marks. */
function wrap(content: string, m: Marks, o: CellOptions): string {
  const tag = o.tag ?? 'td';
  let cls = o.cls ?? '';
  if (m.cls !== '') cls = cls === '' ? m.cls : `${cls} ${m.cls}`;
  let a = cls === '' ? '' : ` class="${cls}"`;
  if (o.colspan) a += ` colspan="${o.colspan}"`;
  if (o.rowspan && o.rowspan > 1) a += ` rowspan="${o.rowspan}"`;
  return `<${tag}${a}>${content}${m.html}</${tag}>`;
}

export interface Marks {
  /** Class names for the cell ('' when no issue). */
  readonly cls: string;
  /** ※n markers to print in the cell. */
  readonly html: string;
  /** How the cell's refs differ from the previous send (renderDiffHtml only). */
  readonly tally?: DiffTally;
}

/** The refs of a cell against the previous send: how many belong to added records, and whether a field changed. */
export interface DiffTally {
  added: number;
  refs: number;
  /** A field (not a stamp field) of a ref changed. */
  changed: boolean;
  /** A stamp field (作成年月日 …) of a ref changed. */
  stamp: boolean;
}

/**
 * The diff mark of a cell: changed when a field it shows changed; added when every record it
 * shows is new (a cell that gathers old and new records, e.g. a 第6表 heading, is not new); a
 * stamp field's change alone is marked lightly.
 */
function difClass(t: DiffTally | undefined): string {
  if (!t) return '';
  if (t.changed) return 'dif dif-chg';
  if (t.refs > 0 && t.added === t.refs) return 'dif dif-add';
  return t.stamp ? 'dif dif-stamp' : '';
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
  /** Remembers that a field of a record is drawn. */
  see(i: number, key: string): void {
    const f = this.info.fieldIndex.get(key);
    if (f === undefined) this.info.drawnOther.add(`${i}\u0000${key}`);
    else this.info.drawn[i * this.info.fieldIndex.size + f] = 1;
  }
  /** True when a field of a record was drawn. */
  seen(i: number, key: string): boolean {
    const f = this.info.fieldIndex.get(key);
    return f === undefined ? this.info.drawnOther.has(`${i}\u0000${key}`) : this.info.drawn[i * this.info.fieldIndex.size + f] === 1;
  }
  /** Marks fields as drawn without printing them (drawn in another form, e.g. a day column). */
  use(refs: readonly Ref[]): void {
    for (const r of refs) this.see(r.i, r.key);
  }
  /** The printed value of one field, marked as drawn. */
  v(i: number, key: string): string {
    this.see(i, key);
    return displayValue(this.info.fields.get(key), this.raw(i, key), this.env);
  }
  /** The issues (and diff marks) of the given cells, numbered on the form; marks the refs as drawn. */
  marks(refs: readonly Ref[]): Marks {
    const byRecord = this.info.issues.byRecord;
    const changes = this.info.changes;
    let found: Issue[] | undefined;
    let tally: DiffTally | undefined;
    for (const r of refs) {
      this.see(r.i, r.key);
      if (byRecord.size > 0) {
        const list = byRecord.get(r.i)?.get(r.key);
        if (list) {
          found ??= [];
          for (const issue of list) if (!found.includes(issue)) found.push(issue);
        }
      }
      if (changes) {
        tally ??= { added: 0, refs: 0, changed: false, stamp: false };
        tally.refs++;
        const c = changes.get(r.i);
        if (c === 'added') tally.added++;
        else if (c?.has(r.key)) {
          if (STAMPS.has(r.key)) tally.stamp = true;
          else tally.changed = true;
        }
      }
    }
    const dif = difClass(tally);
    if (dif === 'dif dif-add' || dif === 'dif dif-chg') this.form.changed = true;
    if (!found) return dif === '' ? NO_MARKS : { cls: dif, html: '', ...(tally ? { tally } : {}) };
    const nums = found.map((issue) => this.form.marker(issue, this.info));
    const links = nums.map((n) => `<a href="#${this.form.id}-i${n}">※${n}</a>`).join('');
    return { cls: `iss iss-${worst(found)}${dif ? ` ${dif}` : ''}`, html: `<sup class="mk">${links}</sup>`, ...(tally ? { tally } : {}) };
  }
  /** A cell with one field's value and its issues. */
  td(i: number, key: string, o: CellOptions = NO_OPTIONS): string {
    const content = o.html ?? this.v(i, key);
    ONE[0] = { i, key };
    return wrap(content, this.marks(ONE), o);
  }
  /** A cell for several fields (or several records' field): `content` is printed, the refs take their issues. */
  cell(refs: readonly Ref[], content: string, o: CellOptions = NO_OPTIONS): string {
    return wrap(content, this.marks(refs), o);
  }
  /** Distinct non-empty printed values of `key` over records `is` (one line each). */
  distinct(is: readonly number[], key: string, sep = '<br>'): string {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const i of is) {
      this.see(i, key);
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
  let cls = o.cls ?? '';
  let html = '';
  if (refs.length > 0) {
    // Most cells take the records of one part: ask it once.
    const p0 = refs[0]!.p;
    let one = true;
    for (let k = 1; k < refs.length && one; k++) one = refs[k]!.p === p0;
    let marks: Marks[];
    if (one) marks = [p0.marks(refs)];
    else {
      const byPart = new Map<Part, Ref[]>();
      for (const r of refs) {
        const list = byPart.get(r.p);
        if (list) list.push(r);
        else byPart.set(r.p, [r]);
      }
      marks = [...byPart].map(([p, rs]) => p.marks(rs));
    }
    const found = marks.map((m) => m.cls).join(' ');
    // The worst severity wins the colour; the diff mark is the mark of all the refs together.
    const sev = /\biss-error\b/.test(found) ? 'iss-error' : /\biss-warning\b/.test(found) ? 'iss-warning' : /\biss-info\b/.test(found) ? 'iss-info' : '';
    let tally: DiffTally | undefined;
    for (const m of marks)
      if (m.tally) {
        tally ??= { added: 0, refs: 0, changed: false, stamp: false };
        tally.added += m.tally.added;
        tally.refs += m.tally.refs;
        tally.changed ||= m.tally.changed;
        tally.stamp ||= m.tally.stamp;
      }
    const dif = difClass(tally);
    cls = [cls, ...(sev ? ['iss', sev] : []), dif].filter((c) => c !== '').join(' ');
    for (const m of marks) html += m.html;
  }
  return wrap(content, { cls: '', html }, cls === (o.cls ?? '') ? o : { ...o, cls });
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
