/** File arbitraries: valid, canonical files with their names, and whole transmissions. */
import { checkOneOf } from '../core/refuse.js';
import fc from 'fast-check';
import type { KindId } from '../spec/kind.js';
import { writeRecord } from '../csv/write.js';
import { DIALECT } from '../csv/dialect.js';
import { encodeCp932 } from '../encoding/cp932.js';
import { stringifyFile } from '../codec/stringify.js';
import { buildFilename, FILENAME_GRAMMARS, type FileKindId, type FilenameConvention, type FilenameParts } from '../filenames/index.js';
import { getTable, KIND_IDS, type KindRecord, checkFileKind, checkKind } from '../spec/kinds/index.js';
import { TRANSMISSION_UNITS, type TransmissionUnit } from '../spec/units.js';
import { SERVICE_YEARS, finishRecords, rawRecordsArb, recordsArb, type RecordsArbOptions } from './records.js';
import { repairRecords, type MutableRecord } from './repairs.js';
import { rowKindOf } from '../spec/rules/table7/model.js';
import { isOutOfScopeServiceType } from '../spec/codelists/service-types.js';
import { officeCodeArb, serviceTypeArb, timestampArb, yyyymmArb, yyyymmddArb } from './values.js';

/** A valid file in the canonical form the library writes. */
export interface GeneratedFile<K extends KindId = KindId> {
  readonly kind: K;
  /** Its standard (v4) file name. */
  readonly name: string;
  readonly parts: FilenameParts;
  /** Canonical CP932 bytes: `stringifyFile(kind, records).bytes`. */
  readonly bytes: Uint8Array;
  /** What `parseFile` must give back. */
  readonly records: KindRecord<K>[];
}

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

export interface FilenamePartsOptions {
  readonly convention?: FilenameConvention | undefined;
  /** Fix some parts (e.g. a shared timestamp); the others are generated. */
  readonly parts?: Partial<FilenameParts> | undefined;
}

/**
 * Valid file-name parts of a kind, derived from its filename grammar: sender ≠ receiver, a real
 * timestamp, a real month (or 000000 where the grammar allows it).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { buildFilename, parseFilename } from 'careplan-csv';
 * import { filenamePartsArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(filenamePartsArb('UPPLAN'), (p) => parseFilename(buildFilename('UPPLAN', p)).ok));
 * ```
 */
export function filenamePartsArb(kind: FileKindId, options: FilenamePartsOptions = {}): fc.Arbitrary<FilenameParts> {
  const segments =
    FILENAME_GRAMMARS[checkFileKind('filenamePartsArb', 'kind', kind)].segments[
      checkOneOf('filenamePartsArb', 'convention', options.convention, ['v4', 'v3']) ?? 'v4'
    ];
  if (!segments) throw new RangeError(`${kind} has no ${options.convention} file name`);
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const s of segments) {
    const fixed = options.parts?.[s.part];
    if (fixed !== undefined) model[s.part] = fc.constant(fixed);
    else if (s.check === 'timestamp') model[s.part] = timestampArb();
    else if (s.check === 'month') model[s.part] = yyyymmArb(SERVICE_YEARS);
    else if (s.check === 'monthOrZero') model[s.part] = fc.oneof(fc.constant('000000'), yyyymmArb(SERVICE_YEARS));
    else if (s.part === 'senderOffice' || s.part === 'receiverOffice') model[s.part] = officeCodeArb();
    else if (s.part === 'senderServiceType' || s.part === 'receiverServiceType') model[s.part] = serviceTypeArb();
    else model[s.part] = digits(s.width);
  }
  return fc.record(model).filter((p) => p.senderOffice !== p.receiverOffice) as unknown as fc.Arbitrary<FilenameParts>;
}

export interface FileArbOptions extends Omit<RecordsArbOptions, 'month'> {
  /** Fix some name parts; `targetMonth` also fixes the records' month. */
  readonly parts?: Partial<FilenameParts> | undefined;
}

/**
 * The values records take from their file's name: the fields that name a party of it (第6表
 * Nos.6/24, KindSpec.nameLinks) and, with `images`, each UPKIHON record's 家族構成 image (its own
 * branch number, 0001 for the first record).
 */
export function withNameValues(
  kind: KindId,
  parts: FilenameParts,
  records: readonly Record<string, string>[],
  options: { images?: boolean } = {},
): Record<string, string>[] {
  const table = getTable(kind);
  const links = table.nameLinks ?? [];
  const image = options.images !== false && table.fields.some((f) => f.format === 'imageFileName');
  if (links.length === 0 && !image) return [...records];
  return records.map((r, i) => {
    const out = { ...r };
    for (const l of links) out[l.fieldKey] = l.party === 'sender' ? parts.senderOffice : parts.receiverOffice;
    if (image)
      for (const f of table.fields)
        if (f.format === 'imageFileName' && out[f.key] !== '')
          out[f.key] = buildFilename('UPKIHON_IMAGE', { ...parts, branch: String(i + 1).padStart(4, '0') });
    return out;
  });
}

function toFile<K extends KindId>(kind: K, parts: FilenameParts, records: KindRecord<K>[]): GeneratedFile<K> {
  const name = buildFilename(kind, parts);
  const written = stringifyFile(kind, records as never, { file: name });
  if (!written.ok || !written.bytes || written.issues.length > 0)
    throw new Error(`careplan-csv/testing: generated ${kind} records do not stringify cleanly: ${JSON.stringify(written.issues.slice(0, 3))}`);
  return { kind, name, parts, bytes: written.bytes, records };
}

/**
 * A valid, canonical file of a kind with its name. Its records share CSVバージョン 202407 and,
 * where the kind has one, the name's month. `parseFile({ name, bytes })` gives `records` back with
 * no issue at all.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parseFile } from 'careplan-csv';
 * import { fileArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(fileArb('UPJSK'), (f) => parseFile(f).ok));
 * ```
 */
export function fileArb<K extends KindId>(kind: K, options: FileArbOptions = {}): fc.Arbitrary<GeneratedFile<K>> {
  const table = getTable(checkKind('fileArb', 'kind', kind));
  return fc
    .tuple(filenamePartsArb(kind, { parts: options.parts }), rawRecordsArb(table, options))
    .map(([parts, { raw, share }]) =>
      toFile(kind, parts, withNameValues(kind, parts, finishRecords(table, raw, share, options, parts.targetMonth)) as unknown as KindRecord<K>[]),
    );
}

/**
 * A valid file of any kind (or of the given kinds).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parseFile } from 'careplan-csv';
 * import { anyFileArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(anyFileArb(), (f) => parseFile(f).ok));
 * ```
 */
export function anyFileArb(options: FileArbOptions & { kinds?: readonly KindId[] } = {}): fc.Arbitrary<GeneratedFile> {
  for (const k of options.kinds ?? []) checkKind('anyFileArb', 'kinds', k);
  return fc.constantFrom(...(options.kinds ?? KIND_IDS)).chain((kind) => fileArb(kind, options) as fc.Arbitrary<GeneratedFile>);
}

/**
 * True when the bytes hold a non-ASCII byte and are nevertheless valid UTF-8.
 *
 * @example
 * ```ts
 * import { isAlsoValidUtf8 } from 'careplan-csv/testing';
 *
 * isAlsoValidUtf8(new TextEncoder().encode('abc')); // true: ASCII reads the same in both
 * ```
 */
export function isAlsoValidUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Raw rows

/**
 * Writes raw rows as CP932 bytes with the canonical writer (free-text columns of the kind quoted,
 * CRLF after each row), whatever the rows hold: use it to build files that are wrong on purpose.
 * Throws when a character cannot be encoded.
 *
 * @example
 * ```ts
 * import { encodeRows } from 'careplan-csv/testing';
 *
 * const bytes = encodeRows('DLTJSK', [['202407', '131011', '12X4567890']]); // written as is, not validated
 * ```
 */
export function encodeRows(kind: KindId, rows: readonly (readonly string[])[], options: { lineEnding?: string } = {}): Uint8Array {
  const quoted = getTable(checkKind('encodeRows', 'kind', kind)).fields.map((f) => f.quoted);
  let text = '';
  for (const row of rows) text += writeRecord(row, quoted) + (options.lineEnding ?? DIALECT.recordTerminator);
  const encoded = encodeCp932(text);
  if (!encoded.bytes) throw new Error(`careplan-csv/testing: encodeRows: ${encoded.issues.length} character(s) MS932 cannot hold`);
  return encoded.bytes;
}

/**
 * The values of a record in layout order.
 *
 * @example
 * ```ts
 * import { rowOf, sampleRecords } from 'careplan-csv/testing';
 *
 * rowOf('UPJSK', sampleRecords('UPJSK')[0]!); // the values in 項目No. order
 * ```
 */
export function rowOf(kind: KindId, record: Readonly<Record<string, string>>): string[] {
  return getTable(checkKind('rowOf', 'kind', kind)).fields.map((f) => record[f.key] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Transmissions

/** A non-CSV member of a transmission (the UPKIHON family image). */
export interface GeneratedImage {
  readonly kind: 'UPKIHON_IMAGE';
  readonly name: string;
  readonly parts: FilenameParts;
  readonly bytes: Uint8Array;
  readonly records: readonly [];
}

export interface GeneratedTransmission {
  /** The spec's unit id (本文 2.4 / 3.4), e.g. 'K1'. */
  readonly unitId: string;
  /** The parts every file shares: timestamp, sender and receiver. */
  readonly parties: Required<Pick<FilenameParts, 'senderOffice' | 'senderServiceType' | 'receiverOffice' | 'receiverServiceType' | 'timestamp'>>;
  /** The linked keys every record carries (where its kind has the field). */
  readonly keys: Readonly<Record<string, string>>;
  readonly files: readonly (GeneratedFile | GeneratedImage)[];
}

/** A tiny well-formed JPEG (SOI, APP0 JFIF, EOI). */
export const TINY_JPEG: Uint8Array = Uint8Array.of(
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  0x4a,
  0x46,
  0x49,
  0x46,
  0x00,
  0x01,
  0x01,
  0x00,
  0x00,
  0x01,
  0x00,
  0x01,
  0x00,
  0x00,
  0xff,
  0xd9,
);

export interface TransmissionArbOptions {
  /** Only these unit ids (default: all). */
  readonly units?: readonly string[] | undefined;
  readonly maxRecords?: number | undefined;
}

/**
 * A valid transmission unit (送信単位): the files of one of the spec's units, with one shared
 * timestamp, sender and receiver; every record of every file carries the same 保険者番号,
 * 被保険者番号, 計画作成日 and 相談日; UPHOSOKU carries 000000 in a 1〜3表 unit and the service
 * month in a 6・7表 unit. The 別表 (UPYOBO_SUB, UPKIHON_SUB1/2) are always sent with their parent
 * (本文 3.3, 原則); the family image is included at random, and an included image is named in the
 * first UPKIHON record's 家族構成図ファイル名. 第6表 Nos.6/24 name the unit's parties. Every
 * transmission passes `validateBundle` with no issue.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { validateBundle } from 'careplan-csv';
 * import { transmissionArb } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(transmissionArb(), (t) => validateBundle(t.files).ok));
 * ```
 */
export function transmissionArb(options: TransmissionArbOptions = {}): fc.Arbitrary<GeneratedTransmission> {
  const units = TRANSMISSION_UNITS.filter((u) => !options.units || options.units.includes(u.id));
  if (units.length === 0) throw new RangeError('transmissionArb: no such unit');
  return fc
    .record({
      unit: fc.constantFrom(...units),
      parties: fc
        .record({
          senderOffice: officeCodeArb(),
          senderServiceType: serviceTypeArb(),
          receiverOffice: officeCodeArb(),
          receiverServiceType: serviceTypeArb(),
          timestamp: timestampArb(),
        })
        .filter((p) => p.senderOffice !== p.receiverOffice),
      month: yyyymmArb(SERVICE_YEARS),
      insurerNumber: digits(6),
      insuredNumber: fc.oneof(
        digits(10),
        digits(9).map((d) => 'H' + d),
      ),
      planDate: yyyymmddArb(SERVICE_YEARS),
      consultationDate: yyyymmddArb(SERVICE_YEARS),
      optional: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    })
    .chain(({ unit, parties, month, optional, ...keys }) => {
      const members = unit.members.filter((m, i) => m.required || m.kind !== 'UPKIHON_IMAGE' || optional[i % optional.length]);
      const hasImage = members.some((m) => m.kind === 'UPKIHON_IMAGE');
      const image: GeneratedImage | undefined = hasImage
        ? (() => {
            const parts = { ...parties, branch: '0001' };
            return { kind: 'UPKIHON_IMAGE', name: buildFilename('UPKIHON_IMAGE', parts), parts, bytes: TINY_JPEG, records: [] };
          })()
        : undefined;
      // 家族構成図ファイル名 names the unit's image, or nothing (a name without its image is an error).
      const fixed: Record<string, string> = { ...keys, familyImageFileName: image?.name ?? '' };
      const hosokuMonth = linksTable6(unit) ? month : '000000';
      const csvFiles = members
        .filter((m): m is { kind: KindId; required: boolean } => m.kind !== 'UPKIHON_IMAGE')
        .map((m) => {
          const grammar = FILENAME_GRAMMARS[m.kind].segments.v4;
          const parts: FilenameParts = { ...parties };
          if (grammar.some((s) => s.part === 'targetMonth')) parts.targetMonth = m.kind === 'UPHOSOKU' ? hosokuMonth : month;
          return recordsArb(m.kind, { month: parts.targetMonth, fixed, maxRecords: options.maxRecords ?? 4 }).map((records) =>
            toFile(
              m.kind,
              parts,
              withNameValues(m.kind, parts, records as unknown as Record<string, string>[], { images: false }) as unknown as KindRecord<typeof m.kind>[],
            ),
          );
        });
      return fc
        .tuple(...csvFiles)
        .map((files): GeneratedTransmission => ({ unitId: unit.id, parties, keys: fixed, files: [...alignAccounting(files), ...(image ? [image] : [])] }));
    });
}

const linksTable6 = (unit: TransmissionUnit) => unit.members.some((m) => m.kind === 'UPPLAN');

/**
 * 第6表 予定, 第7表 and 利用者補足情報 generated one by one do not agree (issue 13 §2): the 予定
 * records are rewritten to plan exactly the lines of 第7表 (each line planned once, 回数 1), and
 * the supplement leaves the limits empty (its 区分支給限度基準額 and the slot service types), so
 * that only the file rules' own repairs decide the amounts.
 */
export function alignAccounting(files: readonly GeneratedFile[]): GeneratedFile[] {
  const plan = files.find((f) => f.kind === 'UPPLAN');
  const t7 = files.find((f) => f.kind === 'UPSIKYU');
  if (!plan || !t7) return [...files];
  const t7Records = (t7.records as unknown as MutableRecord[]).map((r): MutableRecord => (isTable7Line(r.serviceCode ?? '') ? { ...r, count: '1' } : { ...r }));
  const lines = t7Records.filter((r) => isTable7Line(r.serviceCode ?? ''));
  const planned = plan.records as unknown as MutableRecord[];
  let planRecords: MutableRecord[];
  if (lines.length === 0) planRecords = planned.map((r) => ({ ...r, units: '0' }));
  else {
    const n = Math.max(lines.length, planned.length);
    planRecords = Array.from({ length: n }, (_, i) => {
      const line = lines[i % lines.length]!;
      return { ...planned[i % planned.length]!, serviceOfficeCode: line.serviceOfficeCode ?? '', serviceCode: line.serviceCode ?? '', serviceCount: '1' };
    });
  }
  return files.map((f): GeneratedFile => {
    if (f === plan) return toFile('UPPLAN', f.parts, repairRecords(getTable('UPPLAN'), planRecords) as never) as GeneratedFile;
    if (f === t7) return toFile('UPSIKYU', f.parts, repairRecords(getTable('UPSIKYU'), t7Records) as never) as GeneratedFile;
    if (f.kind === 'UPHOSOKU') {
      const slotTypes = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`limitServiceType${i + 1}`, '']));
      const records = (f.records as unknown as MutableRecord[]).map((r) => ({ ...r, benefitLimit: '', ...slotTypes }));
      return toFile('UPHOSOKU', f.parts, repairRecords(getTable('UPHOSOKU'), records) as never) as GeneratedFile;
    }
    return f;
  });
}

/** A line of 第7表 (not a subtotal or the grand total) of an in-scope service type. */
const isTable7Line = (code: string) => /^[0-9A-Z]{6}$/.test(code) && rowKindOf(code) === 'line' && !isOutOfScopeServiceType(code.slice(0, 2));
