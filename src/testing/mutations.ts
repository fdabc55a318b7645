/**
 * Mutations: files (or records, for the encoder) that break exactly ONE rule, each with the issue
 * it must produce. Targets are derived from the declarations (a random field of the right format,
 * a random record), never written per kind.
 */
import fc from 'fast-check';
import { ISSUE_CATALOGUE, type IssueCode } from '../core/codes.js';
import type { FieldFormat, FieldSpec } from '../spec/fields.js';
import { FORMATS } from '../spec/formats/index.js';
import type { Issue } from '../core/issue.js';
import type { KindId, TableSpec } from '../spec/kind.js';
import { writeRecord } from '../csv/write.js';
import { encodeCp932, isCp932Representable } from '../encoding/cp932.js';
import { parseFile, type ParseFileOptions } from '../codec/parse-file.js';
import { stringifyFile } from '../codec/stringify.js';
import { buildFilename } from '../filenames/index.js';
import { getTable, KIND_IDS, checkKind } from '../spec/kinds/index.js';
import { checkFieldValue } from '../check/field.js';
import { encodeRows, fileArb, filenamePartsArb, isAlsoValidUtf8, rowOf, type GeneratedFile } from './files.js';
import type { BundleMutation } from './bundles.js';
import { validateBundle } from '../bundle/validate.js';
import { monthArbFor, monthKeysOf } from './records.js';
import { RULE_KIT, repairRecord, repairRecords, ruleIssues, type FileRuleKit, type MutableRecord, type RecordRuleKit } from './repairs.js';
import { YEAR_RANGE } from './values.js';

export const MUTATION_IDS = [
  // one field of one record
  'invalidDate',
  'invalidMonth',
  'invalidTime',
  'invalidFormat',
  'unknownCode',
  'tooLong',
  'wrongLength',
  'outOfRange',
  'missingRequired',
  'missingDoubtfulRequired',
  'notUsedFilled',
  // records and files
  'ruleViolation',
  'fieldCount',
  'monthMismatch',
  'mixedMonths',
  'mixedCsvVersions',
  'unknownCsvVersion',
  'olderCsvVersion',
  'headerRow',
  'kindMismatch',
  'sameSenderReceiver',
  'invalidNameTimestamp',
  'emptyFile',
  // bytes
  'invalidBytes',
  'gaiji',
  'controlCharacter',
  'utf8',
  'utf8Bom',
  // the encoder
  'unrepresentableChar',
] as const;

export type MutationId = (typeof MUTATION_IDS)[number];

/** The issue a mutation must produce. Location keys that are present must match. */
export interface ExpectedIssue {
  readonly code: IssueCode;
  /** 1-based data record. */
  readonly record?: number | undefined;
  /** The spec's 項目No. */
  readonly fieldNo?: number | undefined;
  /** Byte offset (encoding issues). */
  readonly offset?: number | undefined;
  /** File name (bundle issues). */
  readonly file?: string | undefined;
}

interface MutationBase {
  readonly id: MutationId;
  readonly kind: KindId;
  /** What was broken, in words (for failure messages). */
  readonly description: string;
  readonly expected: ExpectedIssue;
  /** The rule id a `ruleViolation` breaks. */
  readonly rule?: string | undefined;
}

/** A broken file: give `name` and `bytes` (and `options`) to `parseFile`, or to your importer. */
export interface ParseMutation extends MutationBase {
  readonly via: 'parseFile';
  /** Absent when the file is meant to be read without a name (then `options.kind` says the kind). */
  readonly name?: string | undefined;
  readonly bytes: Uint8Array;
  readonly options?: ParseFileOptions | undefined;
}

/** Records the encoder must refuse: give them to `stringifyFile(kind, records)`. */
export interface StringifyMutation extends MutationBase {
  readonly via: 'stringifyFile';
  readonly records: Record<string, string>[];
}

export type Mutation = ParseMutation | StringifyMutation;

// ---------------------------------------------------------------------------------------------
// Helpers

interface Ctx {
  readonly table: TableSpec;
  readonly file: GeneratedFile;
  readonly records: MutableRecord[];
}

/** Keys other mutations own: CSVバージョン and the file's month. Field mutations leave them alone. */
const structuralKeys = (table: TableSpec) => new Set(['csvVersion', ...monthKeysOf(table)]);

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const digitsOf = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const year = fc.integer(YEAR_RANGE);

const cp932Length = (text: string) => encodeCp932(text).bytes!.length;

function parseMutation(
  ctx: Ctx,
  id: MutationId,
  description: string,
  expected: ExpectedIssue,
  records: MutableRecord[],
  extra: Partial<ParseMutation> = {},
): ParseMutation {
  const kind = ctx.file.kind;
  return {
    id,
    via: 'parseFile',
    kind,
    description,
    expected,
    name: ctx.file.name,
    bytes: encodeRows(
      kind,
      records.map((r) => rowOf(kind, r)),
    ),
    ...extra,
  };
}

type ValueBreak = { readonly value: string; readonly code: IssueCode };

/**
 * A mutator: whether it applies to a layout, and the mutations of one generated file. `null` when
 * the file does not lend itself (e.g. the change would also break a rule); the caller then draws
 * another file, so that no filter can get stuck on one file.
 */
interface Mutator {
  applies(table: TableSpec): boolean;
  build(ctx: Ctx): fc.Arbitrary<Mutation | null>;
}

type Pick = (f: FieldSpec) => fc.Arbitrary<ValueBreak> | null;

function fieldTargets(table: TableSpec, pick: Pick): [FieldSpec, fc.Arbitrary<ValueBreak>][] {
  const skip = structuralKeys(table);
  const targets: [FieldSpec, fc.Arbitrary<ValueBreak>][] = [];
  for (const f of table.fields) {
    if (skip.has(f.key)) continue;
    const arb = pick(f);
    if (arb) targets.push([f, arb]);
  }
  return targets;
}

/** A field mutation: one record, one field, one new value; the mutated records must break no rule. */
function fieldMutation(id: MutationId, pick: Pick): Mutator {
  return {
    applies: (table) => fieldTargets(table, pick).length > 0,
    build: (ctx) =>
      fc
        .tuple(fc.constantFrom(...fieldTargets(ctx.table, pick)), fc.nat(ctx.records.length - 1))
        .chain(([[f, arb], i]) => arb.map((b) => ({ f, i, b, records: ctx.records.map((r, j) => (j === i ? { ...r, [f.key]: b.value } : r)) })))
        .map(({ f, i, b, records }) =>
          checkFieldValue(f, b.value)?.code !== b.code || ruleIssues(ctx.table, records).length > 0
            ? null
            : parseMutation(
                ctx,
                id,
                `record ${i + 1} No.${f.no} ${f.key} (${f.format}) = ${JSON.stringify(b.value)}`,
                { code: b.code, record: i + 1, fieldNo: f.no },
                records,
              ),
        ),
  };
}

const breaks = (code: IssueCode, values: fc.Arbitrary<string>): fc.Arbitrary<ValueBreak> => values.map((value) => ({ value, code }));
const oneOf = (...values: string[]) => fc.constantFrom(...values);

/** Replaces one character of a digit string of length n by a non-digit. */
const withNonDigit = (n: number) =>
  fc.tuple(digitsOf(n), fc.nat(Math.max(n - 1, 0)), fc.constantFrom('x', 'A', '-', '１', ' ', '.')).map(([d, at, c]) => d.slice(0, at) + c + d.slice(at + 1));

/** Values each format rejects, with the issue code (content only: lengths are other mutations). */
const FORMAT_BREAKERS: Partial<Record<FieldFormat, (f: FieldSpec) => fc.Arbitrary<ValueBreak>>> = {
  yyyymm: () =>
    breaks(
      'FIELD_INVALID_YYYYMM',
      fc.oneof(
        year.map((y) => `${y}13`),
        year.map((y) => `${y}00`),
        oneOf('099912', '2024-1'),
      ),
    ),
  yyyymmdd: () =>
    breaks(
      'FIELD_INVALID_DATE',
      fc.oneof(
        year.map((y) => `${y}0230`),
        fc.integer({ min: 475, max: 524 }).map((k) => `${k * 4 + 1}0229`),
        year.map((y) => `${y}0431`),
        year.map((y) => `${y}1301`),
        year.map((y) => `${y}0100`),
        oneOf('19000229', '2024-4-1'),
      ),
    ),
  hhmm: () => fc.oneof(breaks('FIELD_INVALID_TIME', oneOf('2401', '2500', '2360', '9998', '0960', '12:3')), breaks('FIELD_TIME_2400', fc.constant('2400'))),
  integer: (f) =>
    breaks(
      'FIELD_INVALID_INTEGER',
      oneOf('x', '-', '1a', '１', '+1', '1.5', '--1').filter((v) => v.length <= (f.length ?? 9)),
    ),
  decimal: (f) =>
    breaks(
      'FIELD_INVALID_DECIMAL',
      oneOf('.5', '1.', '123', '1.234', 'x', '1..2').filter((v) => v.length <= (f.length ?? 9)),
    ),
  digits: (f) => breaks('FIELD_NOT_DIGITS', f.exact ? withNonDigit(f.length ?? 1) : fc.integer({ min: 1, max: f.length ?? 1 }).chain(withNonDigit)),
  officeCode: () => breaks('FIELD_INVALID_OFFICE_CODE', fc.oneof(digitsOf(9), digitsOf(11), withNonDigit(10))),
  serviceType: () => breaks('FIELD_INVALID_SERVICE_TYPE', oneOf('a1', '1', '123', 'ｱ1', '1-')),
  insuredNumber: () =>
    breaks(
      'FIELD_INVALID_INSURED_NUMBER',
      fc.oneof(
        digitsOf(9),
        digitsOf(11),
        digitsOf(9).map((d) => 'h' + d),
        digitsOf(8).map((d) => 'H' + d),
        withNonDigit(10).filter((v) => v[0] !== 'H'),
      ),
    ),
  postalCode: () => breaks('FIELD_INVALID_POSTAL_CODE', oneOf('1234567', '123-456', '12-34567', '123ｰ4567', '123-45678')),
  serviceCode: () => breaks('FIELD_INVALID_SERVICE_CODE', oneOf('ab1234', '12345', '1234567', '11-234', '11ａ234')),
  dayFlags31: () =>
    breaks(
      'FIELD_INVALID_DAY_FLAGS',
      fc.oneof(
        fc.string({ unit: fc.constantFrom('0', '1'), minLength: 30, maxLength: 30 }),
        fc.string({ unit: fc.constantFrom('0', '1'), minLength: 31, maxLength: 31 }).map((s) => '2' + s.slice(1)),
      ),
    ),
  taisCode: () =>
    fc.oneof(
      breaks('FIELD_INVALID_TAIS_CODE', oneOf('12345_123456', '1234-1234567', '12345-12345', '123456789012')),
      breaks(
        'FIELD_TAIS_FULLWIDTH_DASH',
        fc.tuple(digitsOf(5), digitsOf(6)).map(([a, b]) => `${a}－${b}`),
      ),
    ),
  phone: (f) =>
    breaks(
      'FIELD_INVALID_PHONE',
      oneOf('abc', '03-1234-567x', '０３', '03_1234').filter((v) => v.length <= (f.length ?? 15)),
    ),
};

const formatMutation = (id: MutationId, formats: (format: FieldFormat) => boolean) =>
  fieldMutation(id, (f) => (formats(f.format) && FORMAT_BREAKERS[f.format] ? FORMAT_BREAKERS[f.format]!(f) : null));

/** Content of a given length that passes the format apart from its length. */
function longValue(f: FieldSpec, n: number): string {
  const c = f.format === 'free' ? 'あ' : f.format === 'text' ? 'A' : f.format === 'code' ? '9' : '1';
  return c.repeat(n);
}

function otherMonth(table: TableSpec, month: string): fc.Arbitrary<string> {
  return monthArbFor(table).filter((m) => m !== month);
}

/** Byte offset where the content of field `j` of record `i` starts (after its opening quote when quoted). */
function fieldOffset(ctx: Ctx, i: number, j: number): number {
  const kind = ctx.file.kind;
  const quoted = ctx.table.fields.map((f) => f.quoted);
  let text = '';
  for (let k = 0; k < i; k++) text += writeRecord(rowOf(kind, ctx.records[k]!), quoted) + '\r\n';
  const row = rowOf(kind, ctx.records[i]!);
  text += writeRecord(row.slice(0, j), quoted) + (j > 0 ? ',' : '') + (quoted[j] ? '"' : '');
  return cp932Length(text);
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Free-text fields without a declared length: content can grow there without another issue. */
const freeFields = (table: TableSpec) => table.fields.filter((f) => f.format === 'free' && f.length === undefined);

/** Inserts bytes at the start of a free-text field's content. */
/**
 * The free fields to insert bytes into, with their record: those that hold a value, because a value
 * where there was none may break a rule of its own (a 介護予防 別表 continuation row must leave some
 * fields empty). All of them when no free field holds a value.
 */
function insertionPlaces(ctx: Ctx): readonly (readonly [FieldSpec, number])[] {
  const all = freeFields(ctx.table).flatMap((f) => ctx.records.map((_, i) => [f, i] as const));
  const filled = all.filter(([f, i]) => (ctx.records[i]![f.key] ?? '') !== '');
  return filled.length > 0 ? filled : all;
}

function byteInsertion(id: MutationId, code: IssueCode, inserted: fc.Arbitrary<number[]>): Mutator {
  return {
    applies: (table) => freeFields(table).length > 0,
    build: (ctx) =>
      fc.tuple(fc.constantFrom(...insertionPlaces(ctx)), inserted).map(([[f, i], ins]): Mutation => {
        const offset = fieldOffset(ctx, i, f.no - 1);
        const bytes = concat(ctx.file.bytes.subarray(0, offset), Uint8Array.from(ins), ctx.file.bytes.subarray(offset));
        const hex = ins.map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
        return {
          id,
          via: 'parseFile',
          kind: ctx.file.kind,
          name: ctx.file.name,
          bytes,
          description: `bytes ${hex} at offset ${offset} (record ${i + 1} No.${f.no})`,
          expected: { code, offset },
        };
      }),
  };
}

function utf8Mutation(id: MutationId, bom: boolean): Mutator {
  return {
    // Without a BOM, the file needs a non-ASCII character to be recognised as UTF-8.
    applies: (table) => bom || freeFields(table).length > 0,
    build: (ctx) => {
      const targets = freeFields(ctx.table);
      return fc
        .tuple(targets.length ? fc.constantFrom<FieldSpec | undefined>(...targets) : fc.constant(undefined), fc.nat(ctx.records.length - 1))
        .map(([f, i]): Mutation => {
          const records = ctx.records.map((r, j) => (j === i && f ? { ...r, [f.key]: r[f.key] + 'あ' } : r));
          const quoted = ctx.table.fields.map((x) => x.quoted);
          const utf8 = new TextEncoder().encode(records.map((r) => writeRecord(rowOf(ctx.file.kind, r), quoted) + '\r\n').join(''));
          const bytes = bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8) : utf8;
          return {
            id,
            via: 'parseFile',
            kind: ctx.file.kind,
            name: ctx.file.name,
            bytes,
            description: bom ? 'UTF-8 with BOM' : 'UTF-8 without BOM',
            expected: { code: bom ? 'ENCODING_UTF8_BOM' : 'ENCODING_UTF8_INPUT' },
          };
        });
    },
  };
}

/** CSVバージョン `version` in one record after the first (`onlyOne`), or in every record. */
function csvVersionMutation(id: MutationId, version: string, code: IssueCode, onlyOne: boolean): Mutator {
  return {
    applies: () => true,
    build: (ctx) =>
      fc.integer({ min: onlyOne ? 1 : 0, max: onlyOne ? ctx.records.length - 1 : 0 }).map((i) =>
        parseMutation(
          ctx,
          id,
          onlyOne ? `record ${i + 1} has CSV version ${version}` : `every record has CSV version ${version}`,
          { code, record: i + 1, fieldNo: 1 },
          ctx.records.map((r, j) => (!onlyOne || j === i ? { ...r, csvVersion: version } : r)),
        ),
      ),
  };
}

const always = (build: Mutator['build']): Mutator => ({ applies: () => true, build });

/** Characters MS932 cannot hold: look-alikes, 外字-area PUA, astral characters, other scripts. */
export const UNREPRESENTABLE_CHARS: readonly string[] = Object.freeze([
  '\u301C',
  '\u2212',
  '\u00A5',
  '\u2014',
  '\u00A0',
  '\uE000',
  '\uFFFD',
  '\u0E01',
  '😀',
  '𠮷',
  '\u00E9',
]);

// ---------------------------------------------------------------------------------------------
// The mutators

const MUTATORS: Readonly<Record<MutationId, Mutator>> = {
  invalidDate: formatMutation('invalidDate', (f) => f === 'yyyymmdd'),
  invalidMonth: {
    // The YYYYMM fields are the file's month: break it in every record and read without the name,
    // or the month rules would add FILE_MIXED_MONTHS / FILE_MONTH_MISMATCH.
    applies: (table) => table.fields.some((f) => f.format === 'yyyymm' && f.key !== 'csvVersion'),
    build: (ctx) => {
      const { table } = ctx;
      const months = new Set(monthKeysOf(table));
      const targets = table.fields.filter((f) => f.format === 'yyyymm' && f.key !== 'csvVersion');
      return fc.tuple(fc.constantFrom(...targets), FORMAT_BREAKERS.yyyymm!(targets[0]!), fc.nat(ctx.records.length - 1)).map(([f, b, i]) => {
        const every = months.has(f.key);
        const keys = every ? [...months] : [f.key];
        const records = repairRecords(
          table,
          ctx.records.map((r, j) => (every || j === i ? Object.assign({ ...r }, ...keys.map((k) => ({ [k]: b.value }))) : r)),
        );
        const at = every ? 0 : i;
        return parseMutation(
          ctx,
          'invalidMonth',
          `${every ? 'every record' : `record ${at + 1}`} No.${f.no} ${f.key} = ${b.value}`,
          { code: b.code, record: at + 1, fieldNo: f.no },
          records,
          every ? { name: undefined, options: { kind: ctx.file.kind } } : {},
        );
      });
    },
  },
  invalidTime: formatMutation('invalidTime', (f) => f === 'hhmm'),
  invalidFormat: formatMutation('invalidFormat', (f) => f !== 'yyyymmdd' && f !== 'yyyymm' && f !== 'hhmm'),
  unknownCode: fieldMutation('unknownCode', (f) => {
    if (f.format !== 'code' || !f.codes) return null;
    const codes = f.codes.codes;
    const width = f.length ?? 1;
    return breaks(
      'FIELD_UNKNOWN_CODE',
      fc.string({ unit: fc.constantFrom(...'0123456789XZ'), minLength: width, maxLength: width }).filter((v) => !Object.hasOwn(codes, v)),
    );
  }),
  tooLong: fieldMutation('tooLong', (f) => {
    if (f.length === undefined || f.exact || f.format === 'notUsed' || FORMATS[f.format].fixedWidth) return null;
    const limit = f.tolerateLength ?? f.length;
    return breaks(
      'FIELD_TOO_LONG',
      fc.integer({ min: limit + 1, max: limit + 3 }).map((n) => longValue(f, n)),
    );
  }),
  wrongLength: fieldMutation('wrongLength', (f) =>
    f.exact && f.length
      ? breaks(
          'FIELD_WRONG_LENGTH',
          fc
            .constantFrom(f.length - 1, f.length + 1)
            .filter((n) => n > 0)
            .chain(digitsOf),
        )
      : null,
  ),
  outOfRange: fieldMutation('outOfRange', (f) => {
    const width = f.length ?? 9;
    const values: string[] = [];
    if (f.min !== undefined && (f.min > 0 || f.format === 'integer')) values.push(String(f.min - 1));
    if (f.min !== undefined && f.min > 0) values.push(pad(f.min - 1, width));
    if (f.max !== undefined) values.push(String(f.max + 1));
    const fit = values.filter((v) => v.length <= width);
    return fit.length ? breaks('FIELD_OUT_OF_RANGE', fc.constantFrom(...fit)) : null;
  }),
  // Not the fields whose emptiness a 第7表 summary row leaves in doubt: the record may be one.
  missingRequired: fieldMutation('missingRequired', (f) =>
    f.required === 'certain' && f.summaryRowDoubt === undefined ? breaks('FIELD_REQUIRED', fc.constant('')) : null,
  ),
  missingDoubtfulRequired: fieldMutation('missingDoubtfulRequired', (f) =>
    f.required === 'doubt' ? breaks('FIELD_REQUIRED_DOUBTFUL', fc.constant('')) : null,
  ),
  notUsedFilled: fieldMutation('notUsedFilled', (f) => (f.format === 'notUsed' ? breaks('FIELD_NOT_USED_NOT_EMPTY', oneOf('1', 'X', '0')) : null)),

  ruleViolation: {
    applies: (table) => table.recordRules.length + table.fileRules.length > 0,
    build: (ctx) => {
      const { table } = ctx;
      const fieldNo = (key: string) => table.fields.find((f) => f.key === key)!.no;
      const onlyThis = (records: MutableRecord[], ruleId: string, index: number, fieldKey: string) => {
        const found = ruleIssues(table, records);
        return (
          found.length === 1 &&
          found[0]!.ruleId === ruleId &&
          found[0]!.recordIndex === index &&
          found[0]!.fieldKey === fieldKey &&
          records.every((r) => table.fields.every((f) => checkFieldValue(f, r[f.key] ?? '') === null))
        );
      };
      /** The records with one rule broken at one place, as a mutation; null when more than that broke. */
      const violation = (rule: { readonly id: string; readonly codes: readonly IssueCode[] }, records: MutableRecord[], index: number, fieldKey: string) =>
        !onlyThis(records, rule.id, index, fieldKey)
          ? null
          : parseMutation(
              ctx,
              'ruleViolation',
              `record ${index + 1} breaks ${rule.id}`,
              { code: rule.codes[0]!, record: index + 1, fieldNo: fieldNo(fieldKey) },
              records,
              { rule: rule.id },
            );
      const options: fc.Arbitrary<Mutation | null>[] = [];
      for (const rule of table.recordRules) {
        const kit = RULE_KIT[rule.id] as RecordRuleKit;
        options.push(
          fc
            .nat(ctx.records.length - 1)
            .map((i) => {
              const v = kit.violate(ctx.records[i]!);
              // Other rules the violation happens to break are repaired; this one is left broken.
              const broken = repairRecord(table, v.record, rule);
              return { i, fieldKey: v.fieldKey, records: ctx.records.map((r, j) => (j === i ? broken : r)) };
            })
            .map(({ i, fieldKey, records }) => violation(rule, records, i, fieldKey)),
        );
      }
      for (const rule of table.fileRules) {
        const kit = RULE_KIT[rule.id] as FileRuleKit;
        options.push(
          fc
            .constant(null)
            .map(() => kit.violate(ctx.records, ctx.file.parts))
            .map(({ records, recordIndex, fieldKey }) => violation(rule, records, recordIndex, fieldKey)),
        );
      }
      return fc.oneof(...options);
    },
  },

  fieldCount: always((ctx) =>
    fc
      .tuple(fc.nat(ctx.records.length - 1), fc.boolean())
      // The other records are read as usual: they must still satisfy the file rules without this one.
      .map(([i, extra]): Mutation | null => {
        if (
          ruleIssues(
            ctx.table,
            ctx.records.filter((_, j) => j !== i),
          ).length > 0
        )
          return null;
        const rows = ctx.records.map((r) => rowOf(ctx.file.kind, r));
        rows[i] = extra ? [...rows[i]!, ''] : rows[i]!.slice(0, -1);
        const bytes = encodeRows(ctx.file.kind, rows);
        return {
          id: 'fieldCount',
          via: 'parseFile',
          kind: ctx.file.kind,
          name: ctx.file.name,
          bytes,
          description: `record ${i + 1} has ${rows[i]!.length} fields`,
          expected: { code: 'RECORD_FIELD_COUNT', record: i + 1 },
        };
      }),
  ),

  monthMismatch: {
    applies: (table) => table.monthInName.kind !== 'none',
    build: (ctx) => {
      const { table } = ctx;
      const key = table.monthInName.kind === 'none' ? '' : table.monthInName.fieldKey;
      const nameMonth = ctx.file.parts.targetMonth ?? '';
      return otherMonth(table, nameMonth).map((m) => {
        const records = repairRecords(
          table,
          ctx.records.map((r) => withMonth(table, r, m)),
        );
        const fieldNo = table.fields.find((f) => f.key === key)!.no;
        return parseMutation(ctx, 'monthMismatch', `records carry ${m}, the name ${nameMonth}`, { code: 'FILE_MONTH_MISMATCH', record: 1, fieldNo }, records);
      });
    },
  },

  mixedMonths: {
    applies: (table) => table.singleMonthField !== undefined,
    build: (ctx) => {
      const { table } = ctx;
      const key = table.singleMonthField!;
      return fc.tuple(fc.integer({ min: 1, max: ctx.records.length - 1 }), otherMonth(table, ctx.records[0]![key] ?? '')).map(([i, m]) => {
        const records = ctx.records.map((r, j) => (j === i ? repairRecord(table, withMonth(table, r, m)) : r));
        const fieldNo = table.fields.find((f) => f.key === key)!.no;
        // Read without the name: the name's month would add FILE_MONTH_MISMATCH.
        return parseMutation(ctx, 'mixedMonths', `record ${i + 1} carries ${m}`, { code: 'FILE_MIXED_MONTHS', record: i + 1, fieldNo }, records, {
          name: undefined,
          options: { kind: ctx.file.kind },
        });
      });
    },
  },

  mixedCsvVersions: csvVersionMutation('mixedCsvVersions', '202504', 'FILE_MIXED_CSV_VERSIONS', true),
  unknownCsvVersion: csvVersionMutation('unknownCsvVersion', '202410', 'FILE_UNKNOWN_CSV_VERSION', false),
  olderCsvVersion: csvVersionMutation('olderCsvVersion', '202504', 'FILE_OLDER_CSV_VERSION', false),

  headerRow: always((ctx) => {
    const header = ctx.table.fields.map((f) => (isCp932Representable(f.name.ja) ? f.name.ja : f.key));
    const bytes = encodeRows(ctx.file.kind, [header, ...ctx.records.map((r) => rowOf(ctx.file.kind, r))]);
    return fc.constant<Mutation>({
      id: 'headerRow',
      via: 'parseFile',
      kind: ctx.file.kind,
      name: ctx.file.name,
      bytes,
      description: 'a header row of field names',
      expected: { code: 'FILE_HEADER_ROW', record: 1 },
    });
  }),

  kindMismatch: always((ctx) => {
    const count = ctx.table.fields.length;
    const others = KIND_IDS.filter((k) => getTable(k).fields.length !== count);
    return fc
      .constantFrom(...others)
      .chain((other) => filenamePartsArb(other).map((parts) => ({ other, name: buildFilename(other, parts) })))
      .map(({ other, name }): Mutation => ({
        id: 'kindMismatch',
        via: 'parseFile',
        kind: ctx.file.kind,
        name,
        bytes: ctx.file.bytes,
        description: `${ctx.file.kind} content named as ${other}`,
        expected: { code: 'FILE_KIND_MISMATCH', record: 1 },
      }));
  }),

  sameSenderReceiver: always((ctx) => {
    const name = buildFilename(ctx.file.kind, { ...ctx.file.parts, receiverOffice: ctx.file.parts.senderOffice });
    return fc.constant<Mutation>({
      id: 'sameSenderReceiver',
      via: 'parseFile',
      kind: ctx.file.kind,
      name,
      bytes: ctx.file.bytes,
      description: 'sender = receiver',
      expected: { code: 'FILE_SAME_SENDER_RECEIVER' },
    });
  }),

  invalidNameTimestamp: always((ctx) => {
    const ts = ctx.file.parts.timestamp;
    const bad = [
      `${ts.slice(0, 4)}0230${ts.slice(8)}`,
      `${ts.slice(0, 8)}240000`,
      `${ts.slice(0, 8)}126000`,
      `${ts.slice(0, 4)}1301${ts.slice(8)}`,
      `${ts.slice(0, 12)}60`,
    ];
    return fc.constantFrom(...bad).map((b): Mutation => ({
      id: 'invalidNameTimestamp',
      via: 'parseFile',
      kind: ctx.file.kind,
      name: ctx.file.name.replace(`_${ts}.`, `_${b}.`),
      bytes: ctx.file.bytes,
      description: `timestamp ${b}`,
      expected: { code: 'FILENAME_INVALID_TIMESTAMP' },
    }));
  }),

  emptyFile: always((ctx) =>
    fc.constant<Mutation>({
      id: 'emptyFile',
      via: 'parseFile',
      kind: ctx.file.kind,
      name: ctx.file.name,
      bytes: new Uint8Array(0),
      description: 'no bytes',
      expected: { code: 'FILE_EMPTY' },
    }),
  ),

  invalidBytes: byteInsertion(
    'invalidBytes',
    'ENCODING_INVALID_BYTES',
    fc.constantFrom([0xa0], [0xfd], [0xfe], [0xff], [0x85, 0x40], [0xef, 0x80], [0x81, 0xad]),
  ),
  gaiji: byteInsertion(
    'gaiji',
    'ENCODING_GAIJI',
    fc
      .tuple(
        fc.integer({ min: 0xf0, max: 0xf9 }),
        fc.integer({ min: 0x40, max: 0xfc }).filter((t) => t !== 0x7f),
      )
      .map(([l, t]) => [l, t]),
  ),
  controlCharacter: byteInsertion(
    'controlCharacter',
    'ENCODING_CONTROL_CHARACTER',
    fc.constantFrom(0x00, 0x01, 0x08, 0x09, 0x0b, 0x0c, 0x0e, 0x1a, 0x1b, 0x1c, 0x1f, 0x7f, 0x80).map((b) => [b]),
  ),
  utf8: utf8Mutation('utf8', false),
  utf8Bom: utf8Mutation('utf8Bom', true),

  unrepresentableChar: {
    applies: (table) => table.fields.some((f) => f.format === 'free' || f.format === 'text'),
    build: (ctx) =>
      fc
        .tuple(
          fc.constantFrom(...ctx.table.fields.filter((f) => f.format === 'free' || f.format === 'text')),
          fc.nat(ctx.records.length - 1),
          fc.constantFrom(...UNREPRESENTABLE_CHARS),
          fc.nat(),
        )
        .map(([f, i, ch, at]) => {
          const old = ctx.records[i]![f.key] ?? '';
          const cut = at % (old.length + 1);
          const value = f.length === undefined ? old.slice(0, cut) + ch + old.slice(cut) : ch;
          return { f, i, ch, records: ctx.records.map((r, j) => (j === i ? { ...r, [f.key]: value } : { ...r })) };
        })
        // Only the character is wrong: a too-long value would add FIELD_TOO_LONG, a value where there
        // was none may break a rule (a 補足 slot in use).
        .map(({ f, i, ch, records }): Mutation | null =>
          checkFieldValue(f, records[i]![f.key] ?? '') !== null || ruleIssues(ctx.table, records).length > 0
            ? null
            : {
                id: 'unrepresentableChar',
                via: 'stringifyFile',
                kind: ctx.file.kind,
                records,
                description: `record ${i + 1} No.${f.no} holds U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`,
                expected: { code: 'ENCODING_UNREPRESENTABLE_CHAR', record: i + 1, fieldNo: f.no },
              },
        ),
  },
};

/** A record with the file's month in every month key. */
function withMonth(table: TableSpec, record: MutableRecord, month: string): MutableRecord {
  const out = { ...record };
  for (const k of monthKeysOf(table)) out[k] = month;
  return out;
}

/**
 * The mutations that apply to a kind (e.g. no invalidTime for a kind without HHMM fields).
 *
 * @example
 * ```ts
 * import { mutationIdsFor } from 'careplan-csv/testing';
 *
 * mutationIdsFor('UPJSK'); // the ways a UPJSK can be broken, e.g. [ 'fieldFormat', 'fieldCount', … ]
 * ```
 */
export function mutationIdsFor(kind: KindId): readonly MutationId[] {
  const table = getTable(checkKind('mutationIdsFor', 'kind', kind));
  return MUTATION_IDS.filter((id) => MUTATORS[id].applies(table));
}

export interface MutationArbOptions {
  /** Only these mutations (default: every one that applies to the kind). */
  readonly ids?: readonly MutationId[] | undefined;
  /** Records of the file that is mutated (default 2–4; at least 2). */
  readonly maxRecords?: number | undefined;
}

/**
 * Files (or, for the encoder, records) that break exactly one rule, with the issue they must
 * produce; of one kind, or of any kind. Mutations of files that are also valid UTF-8 are left out
 * (such a file is read as UTF-8, see the report of the known issue in the test suite).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkMutation, mutationArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(mutationArb('UPJSK'), (m) => checkMutation(m).passed));
 * ```
 */
export function mutationArb(kind?: KindId, options: MutationArbOptions = {}): fc.Arbitrary<Mutation> {
  if (kind !== undefined) checkKind('mutationArb', 'kind', kind);
  const kinds = (kind ? [kind] : KIND_IDS).filter((k) => mutationIdsFor(k).some((id) => !options.ids || options.ids.includes(id)));
  if (kinds.length === 0) throw new RangeError(`mutationArb: none of ${options.ids?.join(', ')} applies to ${kind ?? 'any kind'}`);
  return fc
    .constantFrom(...kinds)
    .chain((k) => fileArb(k, { minRecords: 2, maxRecords: Math.max(2, options.maxRecords ?? 4) }).filter((f) => !isAlsoValidUtf8(f.bytes)))
    .chain((file) => {
      const ctx: Ctx = { table: getTable(file.kind), file, records: file.records as unknown as MutableRecord[] };
      const arbs = mutationIdsFor(file.kind)
        .filter((id) => !options.ids || options.ids.includes(id))
        .map((id) => MUTATORS[id].build(ctx));
      return fc.oneof(...arbs);
    })
    .filter((m): m is Mutation => m !== null && (m.via !== 'parseFile' || m.expected.code.startsWith('ENCODING_UTF8') || !isAlsoValidUtf8(m.bytes)));
}

// ---------------------------------------------------------------------------------------------
// Checking

export interface MutationCheck {
  /** The expected issue was found, nothing else of warning or error severity, and `ok` agrees. */
  readonly passed: boolean;
  /** What went wrong, in words. */
  readonly problems: string[];
  readonly issues: Issue[];
}

const matches = (issue: Issue, e: ExpectedIssue) =>
  issue.code === e.code &&
  (e.record === undefined || issue.record === e.record) &&
  (e.fieldNo === undefined || issue.fieldNo === e.fieldNo) &&
  (e.offset === undefined || issue.offset === e.offset) &&
  (e.file === undefined || issue.file === e.file);

/**
 * Compares issues with what a mutation expects: the expected issue and no other warning or error.
 *
 * @example
 * ```ts
 * import { compareIssues, type Mutation } from 'careplan-csv/testing';
 *
 * declare const mutation: Mutation, myIssues: Parameters<typeof compareIssues>[1];
 * compareIssues(mutation, myIssues, false).passed; // did my importer report what was broken?
 * ```
 */
export function compareIssues(mutation: { readonly expected: ExpectedIssue }, issues: readonly Issue[], ok: boolean): MutationCheck {
  const problems: string[] = [];
  const e = mutation.expected;
  if (!issues.some((i) => matches(i, e)))
    problems.push(`expected ${e.code} at ${JSON.stringify({ file: e.file, record: e.record, fieldNo: e.fieldNo, offset: e.offset })}`);
  const others = issues.filter((i) => i.severity !== 'info' && i.code !== e.code);
  if (others.length > 0) problems.push(`unexpected ${others.map((i) => i.code).join(', ')}`);
  const isError = ISSUE_CATALOGUE[e.code] === 'error';
  if (ok === isError) problems.push(`ok is ${ok} for a${isError ? 'n error' : ' warning'}`);
  return { passed: problems.length === 0, problems, issues: [...issues] };
}

/**
 * Runs the library on a mutation (parseFile, stringifyFile or validateBundle) and compares.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkMutation, mutationArb } from 'careplan-csv/testing';
 *
 * const m = fc.sample(mutationArb('UPPLAN'), 1)[0]!;
 * checkMutation(m); // { passed: true, … }: the library reports what the mutation broke
 * ```
 */
export function checkMutation(mutation: Mutation | BundleMutation): MutationCheck {
  if (mutation.via === 'validateBundle') {
    const r = validateBundle(mutation.files);
    return compareIssues(mutation, [...r.issues, ...r.files.flatMap((f) => f.issues)], r.ok);
  }
  if (mutation.via === 'parseFile') {
    const r = parseFile({ name: mutation.name, bytes: mutation.bytes }, mutation.options);
    return compareIssues(mutation, r.issues, r.ok);
  }
  const r = stringifyFile(mutation.kind, mutation.records);
  const check = compareIssues(mutation, r.issues, r.ok);
  if (r.bytes && !r.ok) return { ...check, passed: false, problems: [...check.problems, 'bytes were written despite an error'] };
  return check;
}
