/**
 * RecordReader: turns tokenized rows into records of the right layout, for parseFile and
 * parseStream alike. Header row, CSV version → layout, field count, quoting of free text, and
 * the incremental FileValidator; rows that do not fit the layout are handed back, never lost.
 */
import type { IssueSink } from '../core/issue.js';
import type { KindId, RecordValues, TableSpec } from '../spec/kind.js';
import { TABLES } from '../spec/kinds/index.js';
import { CURRENT_CSV_VERSION, layoutFor } from '../spec/editions/index.js';
import type { RecordCollector } from '../check/collector.js';
import type { ParsedFilename } from '../filenames/parse.js';
import { FileValidator, reportedValue, versionParam } from '../check/file-validator.js';
import { looksLikeHeader } from './header.js';
import { recordFactory, recordFiller, type RecordFactory, type RecordFiller } from '../check/record-shape.js';
import { QUOTED_MASK } from '../csv/scan-bytes.js';

export interface ReaderOptions {
  readonly file?: string | undefined;
  readonly kind: KindId;
  readonly reportValues?: boolean | undefined;
  readonly nameMonth?: string | undefined;
  /** The parsed file name, when there is one. */
  readonly filename?: ParsedFilename | null | undefined;
  /** Collectors of rules across files, fed every record (check/collector.ts). */
  readonly collectors?: readonly RecordCollector[] | undefined;
  /**
   * False: the check path. No record object is built per row: one record per file is refilled
   * with each row's values and handed to the checks, the collectors and `events.record`, which
   * must copy what they keep (it changes with the next row). Default true.
   */
  readonly records?: boolean | undefined;
}

/**
 * Rows with another field count are held back, up to this many, so that a file whose every row has
 * another kind's layout is reported once as FILE_KIND_MISMATCH rather than row by row. Past it, or
 * at the end, the reader decides; memory stays bounded on any input.
 */
export const MAX_HELD_ROWS = 1000;

export interface ReaderEvents {
  record(record: RecordValues, recordNo: number, line: number): void;
  /** A row that is no record of the layout; `fields` is the reader's own copy. */
  rejected(fields: string[], recordNo: number, line: number): void;
}

/** The layout of the other generation (v3 ↔ v4) of a kind, when it differs. */
function otherGeneration(kind: KindId, version: string | null): TableSpec | null {
  const current = layoutFor(kind, CURRENT_CSV_VERSION);
  const older = layoutFor(kind, '202208');
  const mine = layoutFor(kind, version);
  const other = mine === current ? older : current;
  return other && other !== mine ? other : null;
}

/**
 * True when another kind's layout has the same field count but other fields (UP2KYO and the
 * 202208 UPPLAN both have 22): then the content may just be another kind, and the file is
 * reported as FILE_KIND_MISMATCH rather than read with a guessed layout.
 */
function anotherKindHas(kind: KindId, layout: TableSpec): boolean {
  const keys = layout.fields.map((f) => f.key).join(',');
  return kindsWithFieldCount(layout.fields.length).some((k) => k !== kind && (TABLES[k] as TableSpec).fields.map((f) => f.key).join(',') !== keys);
}

export const kindsWithFieldCount = (count: number): KindId[] =>
  (Object.keys(TABLES) as KindId[]).filter((k) => (TABLES[k] as TableSpec).fields.length === count);

interface Held {
  readonly fields: string[];
  readonly recordNo: number;
  readonly line: number;
}

export class RecordReader {
  /** The layout, once the first record told the CSV version (null: unreadable version). */
  table: TableSpec | null | undefined;
  csvVersion: string | null = null;
  records = 0;
  private validator: FileValidator | undefined;
  private factory: RecordFactory | undefined;
  /** The check path: the one record refilled for each row, and its filler. */
  private view: Record<string, string> | undefined;
  private fill: RecordFiller | undefined;
  private quotedLayout: readonly boolean[] = [];
  /** The layout's quoting as the byte scanner gives a row's (ValueSlots: bits of fields 0–31, 32–63); −1: more than 64 fields. */
  private quotedMask0 = -1;
  private quotedMask1 = -1;
  private unquotedFree = 0;
  private quotedOther = 0;
  private firstUnquoted: { record: number; line: number } | undefined;
  private firstQuoted: { record: number; line: number } | undefined;
  private seen = 0;
  private readonly held: Held[] = [];
  private heldCount = -1;
  /** Reported FILE_KIND_MISMATCH: further rows of that field count are rejected without a word. */
  private kindMismatch = false;

  constructor(
    private readonly sink: IssueSink,
    private readonly options: ReaderOptions,
    private readonly events: ReaderEvents,
  ) {}

  /** The CSVバージョン read, as `{ value }` when the caller asked for values. */
  private value(): { value?: string } {
    return this.options.reportValues ? { value: reportedValue(this.csvVersion ?? '') } : {};
  }

  private at(recordNo: number, line: number) {
    return { file: this.options.file, kind: this.options.kind, record: recordNo, line };
  }

  /**
   * Takes one tokenized row; `fields`, `quoted` and `slots` may be buffers the tokenizer reuses.
   * `slots`: the byte scanner's slot numbers of the values (see FileValidator.add).
   */
  accept(fields: readonly string[], quoted: readonly boolean[], line: number, recordNo: number, slots?: Int32Array): void {
    const { sink, options } = this;
    if (this.seen++ === 0 && looksLikeHeader(fields[0] ?? '')) {
      sink.add('FILE_HEADER_ROW', this.at(recordNo, line));
      this.events.rejected(fields.slice(), recordNo, line);
      return;
    }
    if (this.table === undefined) {
      this.csvVersion = fields[0] ?? null;
      this.table = layoutFor(options.kind, this.csvVersion);
      // The version value and the layout disagree (e.g. 202208 written with the 202407 fields, or
      // the reverse): read the layout the fields actually have, and say so.
      const other = this.table && this.table.fields.length !== fields.length ? otherGeneration(options.kind, this.csvVersion) : null;
      if (other && other.fields.length === fields.length && !anotherKindHas(options.kind, other)) {
        sink.add(
          'FILE_VERSION_LAYOUT_MISMATCH',
          { ...this.at(recordNo, line), fieldNo: 1 },
          { version: versionParam(this.csvVersion ?? ''), fieldCount: fields.length, ...this.value() },
        );
        this.table = other;
      }
      if (this.table) {
        this.validator = new FileValidator(this.table, sink, {
          file: options.file,
          kind: options.kind,
          reportValues: options.reportValues,
          nameMonth: options.nameMonth,
          filename: options.filename,
        });
        this.factory = recordFactory(this.table);
        if (options.records === false) {
          this.fill = recordFiller(this.table);
          this.view = this.factory(this.table.fields.map(() => ''));
        }
        this.quotedLayout = this.table.fields.map((f) => f.quoted);
        if (this.quotedLayout.length <= 64) {
          this.quotedMask0 = 0;
          this.quotedMask1 = 0;
          this.quotedLayout.forEach((q, i) => {
            if (q && i < 32) this.quotedMask0 |= 1 << i;
            else if (q) this.quotedMask1 |= 1 << (i - 32);
          });
        }
      } else {
        sink.add(
          'FILE_UNREADABLE_CSV_VERSION',
          { ...this.at(recordNo, line), fieldNo: 1 },
          { version: versionParam(this.csvVersion ?? ''), kind: options.kind, ...this.value() },
        );
      }
    }
    const table = this.table;
    if (!table) {
      this.events.rejected(fields.slice(), recordNo, line);
      return;
    }
    const expected = table.fields.length;
    if (fields.length !== expected) {
      if ((this.heldCount === -1 || this.heldCount === fields.length) && this.records === 0 && !this.kindMismatch) {
        this.heldCount = fields.length;
        this.held.push({ fields: fields.slice(), recordNo, line });
        if (this.held.length >= MAX_HELD_ROWS) this.decideHeld();
        return;
      }
      if (this.kindMismatch && fields.length === this.heldCount) {
        this.events.rejected(fields.slice(), recordNo, line);
        return;
      }
      this.releaseHeld();
      sink.add('RECORD_FIELD_COUNT', this.at(recordNo, line), { expected, actual: fields.length, kind: options.kind });
      this.events.rejected(fields.slice(), recordNo, line);
      return;
    }
    this.releaseHeld();
    const layout = this.quotedLayout;
    // The byte scanner says which fields were quoted: when that is the layout's, nothing to look at.
    const sameQuoting =
      slots !== undefined && this.quotedMask0 !== -1 && slots[QUOTED_MASK] === this.quotedMask0 && slots[QUOTED_MASK + 1] === this.quotedMask1;
    if (!sameQuoting)
      for (let f = 0; f < expected; f++) {
        if (quoted[f] === layout[f]) continue;
        if (layout[f]) {
          if (fields[f] !== '' && this.unquotedFree++ === 0) this.firstUnquoted = { record: recordNo, line };
        } else if (this.quotedOther++ === 0) this.firstQuoted = { record: recordNo, line };
      }
    let record: Record<string, string>;
    if (this.view) {
      record = this.view;
      this.fill!(record, fields);
    } else record = this.factory!(fields);
    this.records++;
    this.validator!.add(record, recordNo, line, fields, slots);
    if (options.collectors) for (const c of options.collectors) c.add(record, recordNo, line);
    this.events.record(record, recordNo, line);
  }

  /** Rows held back in whole-file mode turn out to be ordinary wrong-count rows. */
  private releaseHeld(): void {
    if (this.held.length === 0) return;
    const expected = this.table!.fields.length;
    for (const h of this.held.splice(0)) {
      this.sink.add('RECORD_FIELD_COUNT', this.at(h.recordNo, h.line), { expected, actual: h.fields.length, kind: this.options.kind });
      this.events.rejected(h.fields, h.recordNo, h.line);
    }
  }

  /** The held rows have another kind's field count: FILE_KIND_MISMATCH once; else ordinary wrong-count rows. */
  private decideHeld(): void {
    const candidates = kindsWithFieldCount(this.heldCount);
    if (candidates.length === 0) {
      this.releaseHeld();
      return;
    }
    const first = this.held[0]!;
    this.sink.add('FILE_KIND_MISMATCH', this.at(first.recordNo, first.line), {
      kind: this.options.kind,
      fieldCount: this.heldCount,
      candidates: candidates.join('/'),
    });
    this.kindMismatch = true;
    for (const h of this.held.splice(0)) this.events.rejected(h.fields, h.recordNo, h.line);
  }

  finish(): void {
    const { sink, options } = this;
    if (this.held.length > 0) this.decideHeld();
    if (this.firstUnquoted) sink.add('CSV_UNQUOTED_FREE_TEXT', this.at(this.firstUnquoted.record, this.firstUnquoted.line), { count: this.unquotedFree });
    if (this.firstQuoted) sink.add('CSV_QUOTED_NON_FREE_FIELD', this.at(this.firstQuoted.record, this.firstQuoted.line), { count: this.quotedOther });
    if (this.seen === 0) sink.add('FILE_EMPTY', { file: options.file, kind: options.kind });
    this.validator?.finish();
  }
}
