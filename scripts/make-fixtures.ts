/**
 * Generates spec-fixtures/ from the rules of the spec (never from its printed examples):
 *   valid/<KIND>/…            one valid file per kind (sampleFile), plus valid/v3/ older files
 *   transmissions/valid/…     whole transmission units (sampleTransmission)
 *   transmissions/valid/kisairei-33-1/  MHLW 記載例33-1 as one K2 unit (src/sample/worked-examples.ts)
 *   invalid/<case>/           one broken file (bytes written directly) + expected.json
 *   transmissions/invalid/<case>/  a broken unit (the 記載例33-1 unit, one number changed) + expected.json
 *   tolerated/<case>/         valid but non-canonical files other software writes + expected.json
 *
 * Run it from the project root with `node scripts/run-ts.mjs scripts/make-fixtures.ts`, or:
 *   npx esbuild scripts/make-fixtures.ts --bundle --platform=node --format=cjs --outfile=/tmp/mf.cjs && node /tmp/mf.cjs
 *
 * The script checks every fixture against parseFile before writing it and fails on a mismatch.
 * It rewrites only the directories above and spec-fixtures/README.md.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildFilename,
  encodeCp932,
  parseFilename,
  validateBundle,
  type BundleFile,
  getTable,
  ISSUE_CATALOGUE,
  KIND_IDS,
  parseFile,
  stringifyFile,
  type FileKindId,
  type FilenameParts,
  type IssueCode,
  type KindId,
} from '../src/index.js';
import { layoutFor } from '../src/spec/editions/index.js';
import {
  DEFAULT_CARE_OFFICE,
  DEFAULT_PROVIDER,
  sampleFile,
  sampleLegacyFile,
  sampleLegacyTransmission,
  sampleRecords,
  sampleTransmission,
  type SampleOptions,
} from '../src/sample/index.js';
import { workedExample33 } from '../src/sample/worked-examples.js';

const ROOT = process.cwd();
if (!existsSync(join(ROOT, 'package.json')) || !readFileSync(join(ROOT, 'package.json'), 'utf8').includes('"name": "careplan-csv"')) {
  throw new Error('run make-fixtures from the careplan-csv project root');
}
const OUT = join(ROOT, 'spec-fixtures');

type Values = Record<string, string>;
interface FileOut {
  readonly name: string;
  readonly bytes: Uint8Array;
}
interface Expected {
  readonly code: IssueCode;
  readonly record?: number;
  readonly fieldNo?: number;
}

function write(dir: string, file: FileOut): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file.name), file.bytes);
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// Raw writing: the bytes of broken files are composed here, not by stringifyFile (which refuses them).

interface RawOptions {
  readonly csvVersion?: string;
  readonly eol?: string;
  readonly quoteAll?: boolean;
  /** Free text unquoted (other software); empty free text unquoted too. */
  readonly unquoteFree?: boolean;
  /** Only empty free text unquoted (the spec allows both). */
  readonly unquoteEmptyFree?: boolean;
  readonly noFinalNewline?: boolean;
  readonly header?: string;
  /** Edit the serialized fields of a record (1-based record number). */
  readonly mapFields?: (record: number, fields: string[]) => string[];
}

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

function rawCsv(kind: KindId, records: readonly Values[], o: RawOptions = {}): string {
  const table = layoutFor(kind, o.csvVersion ?? '202407') ?? getTable(kind);
  const eol = o.eol ?? '\r\n';
  const lines = records.map((r, i) => {
    let fields = table.fields.map((f) => {
      const v = r[f.key] ?? '';
      if (o.quoteAll) return quote(v);
      if (!f.quoted) return v;
      if (o.unquoteFree || (o.unquoteEmptyFree && v === '')) return v;
      return quote(v);
    });
    if (o.mapFields) fields = o.mapFields(i + 1, fields);
    return fields.join(',');
  });
  return (o.header !== undefined ? o.header + eol : '') + lines.join(eol) + (o.noFinalNewline ? '' : eol);
}

function sjis(text: string): Uint8Array {
  const r = encodeCp932(text);
  if (!r.bytes) throw new Error(`not CP932: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return r.bytes;
}

/** Replaces the (unique) bytes of an ASCII marker with raw bytes. */
function spliceBytes(bytes: Uint8Array, marker: string, raw: readonly number[]): Uint8Array {
  const m = Buffer.from(marker, 'ascii');
  const buf = Buffer.from(bytes);
  const at = buf.indexOf(m);
  if (at < 0 || buf.indexOf(m, at + 1) >= 0) throw new Error(`marker ${marker} not found exactly once`);
  return Uint8Array.from(Buffer.concat([buf.subarray(0, at), Buffer.from(raw), buf.subarray(at + m.length)]));
}

// ---------------------------------------------------------------------------------------------
// Base material: sample records and names

const SEED = 7;

function base(kind: KindId, options: SampleOptions = {}): { name: string; records: Values[] } {
  const opts = { seed: SEED, ...options };
  return { name: sampleFile(kind, opts).name, records: (sampleRecords(kind, opts) as unknown as Values[]).map((r) => ({ ...r })) };
}

const fieldNo = (kind: KindId, key: string): number => {
  const f = getTable(kind).fields.find((x) => x.key === key);
  if (!f) throw new Error(`${kind}: no field ${key}`);
  return f.no;
};

/** 1-based number of the first record matching `where`. */
function find(records: readonly Values[], where: (r: Values) => boolean, what: string): number {
  const i = records.findIndex(where);
  if (i < 0) throw new Error(`no record for ${what}`);
  return i + 1;
}

const isRental = (r: Values) => /^(17|67)\d{4}$/.test(r.serviceCode ?? '');
const isVisit = (r: Values) => (r.startTime ?? '') !== '' && r.startTime !== '9999' && /^\d{6}$/.test(r.serviceCode ?? '') && !isRental(r);
const isSubtotal = (r: Values) => /^..AAAA$/.test(r.serviceCode ?? '');

function nameOf(kind: FileKindId, parts: Partial<FilenameParts> = {}, convention: 'v4' | 'v3' = 'v4'): string {
  const withMonth = ['UPHOSOKU', 'UPPLAN', 'UPJSK', 'DLTPLAN', 'DLTJSK', 'UPSIKYU'].includes(kind);
  const v4 = convention === 'v4';
  const providerSends = kind === 'UPJSK' || kind === 'DLTJSK';
  return buildFilename(
    kind,
    {
      ...(withMonth ? { targetMonth: kind === 'UPHOSOKU' ? '000000' : '202505' } : {}),
      senderOffice: providerSends ? '1371200202' : '1371200101',
      receiverOffice: providerSends ? '1371200101' : '1371200202',
      ...(v4 ? { senderServiceType: providerSends ? '11' : '43', receiverServiceType: providerSends ? '43' : '11' } : {}),
      timestamp: '20250425103000',
      ...parts,
    },
    { convention },
  );
}

// ---------------------------------------------------------------------------------------------
// Cases

interface Case {
  readonly id: string;
  readonly description: string;
  readonly file: FileOut;
  readonly issues: readonly Expected[];
}

/** One field of one record set to a broken value; everything else stays valid. */
function fieldCase(
  id: string,
  description: string,
  kind: KindId,
  key: string,
  value: string,
  code: IssueCode,
  pick: number | ((r: Values) => boolean) = 2,
  options: SampleOptions = {},
): Case {
  const { name, records } = base(kind, options);
  const record = typeof pick === 'number' ? pick : find(records, pick, id);
  records[record - 1]![key] = value;
  return { id, description, file: { name, bytes: sjis(rawCsv(kind, records)) }, issues: [{ code, record, fieldNo: fieldNo(kind, key) }] };
}

function invalidCases(): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);

  // --- field formats
  add(
    fieldCase(
      'field-yyyymm-month-13',
      'DLTJSK 削除対象年月 (No.4) of record 2 is 202513: no 13th month. (The file then also mixes months and disagrees with the file-name month.)',
      'DLTJSK',
      'targetMonth',
      '202513',
      'FIELD_INVALID_YYYYMM',
    ),
  );
  add(
    fieldCase(
      'field-date-20240230',
      'UP1KYO 認定日 (No.18) of record 2 is 20240230, a date that does not exist.',
      'UP1KYO',
      'certifiedOn',
      '20240230',
      'FIELD_INVALID_DATE',
    ),
  );
  add(
    fieldCase(
      'field-date-with-slashes',
      'UP3KYO 週間サービス計画表作成年月日 (No.4) of record 2 is written 2025/4/1 instead of YYYYMMDD.',
      'UP3KYO',
      'createdOn',
      '2025/4/1',
      'FIELD_INVALID_DATE',
    ),
  );
  add(
    fieldCase(
      'field-hhmm-2460',
      'UP3KYO 開始時間 (No.8) of a weekly-service row is 2460.',
      'UP3KYO',
      'startTime',
      '2460',
      'FIELD_INVALID_TIME',
      (r) => r.startTime !== '',
    ),
  );
  add(
    fieldCase(
      'field-hhmm-with-colon',
      'UPPLAN サービス開始時刻 (No.12) of a visit row is written 10:00 (the spec example style) instead of HHMM.',
      'UPPLAN',
      'startTime',
      '10:00',
      'FIELD_INVALID_TIME',
      isVisit,
    ),
  );
  add(fieldCase('field-digits', 'DLT1KYO 保険者番号 (No.2) of record 2 holds a letter.', 'DLT1KYO', 'insurerNumber', '13A101', 'FIELD_NOT_DIGITS'));
  add(
    fieldCase(
      'field-insured-number',
      'UPHOSOKU 被保険者番号 (No.3) of record 2 starts with X (only H + 9 digits or 10 digits are allowed).',
      'UPHOSOKU',
      'insuredNumber',
      'X123456789',
      'FIELD_INVALID_INSURED_NUMBER',
    ),
  );
  add(
    fieldCase(
      'field-insured-number-9-digits',
      'DLTKIHON 被保険者番号 (No.3) of record 1 has 9 digits.',
      'DLTKIHON',
      'insuredNumber',
      '123456789',
      'FIELD_INVALID_INSURED_NUMBER',
      1,
    ),
  );
  add(
    fieldCase(
      'field-postal-code',
      'UP1KYO 利用者郵便番号 (No.5) of record 3 has no hyphen (XXX-XXXX is required).',
      'UP1KYO',
      'postalCode',
      '1234567',
      'FIELD_INVALID_POSTAL_CODE',
      3,
    ),
  );
  add(
    fieldCase(
      'field-service-code',
      'UPPLAN サービスコード (No.15) of a visit row is 11-111.',
      'UPPLAN',
      'serviceCode',
      '11-111',
      'FIELD_INVALID_SERVICE_CODE',
      isVisit,
    ),
  );
  add(
    fieldCase(
      'field-day-flags-30',
      'UPPLAN 日割対象日 (No.11) of record 1 has 30 flags instead of 31.',
      'UPPLAN',
      'proratedDays',
      '111110000000000000000000000000',
      'FIELD_INVALID_DAY_FLAGS',
      1,
    ),
  );
  add(
    fieldCase(
      'field-tais-code',
      'UPPLAN TAISコード (No.16) of a rental row has no dash (11 characters).',
      'UPPLAN',
      'taisCode',
      '00001000010',
      'FIELD_INVALID_TAIS_CODE',
      (r) => isRental(r) && r.taisCode !== '',
    ),
  );
  add(
    fieldCase(
      'field-tais-fullwidth-dash',
      'UPPLAN TAISコード (No.16) of a rental row copies the spec example 00001－000010 with a full-width dash (a warning).',
      'UPPLAN',
      'taisCode',
      '00001－000010',
      'FIELD_TAIS_FULLWIDTH_DASH',
      (r) => isRental(r) && r.taisCode !== '',
    ),
  );
  add(
    fieldCase('field-code-list', 'UP1KYO 要介護状態区分 (No.21) of record 2 is 26, not in 【コード表】(3).', 'UP1KYO', 'careLevel', '26', 'FIELD_UNKNOWN_CODE'),
  );
  add(
    fieldCase(
      'field-code-list-yobo',
      'UPYOBO 要支援状態区分 (No.14) of record 2 is 4; this layout uses 1:要支援１, 2:要支援２, 3:地域支援事業.',
      'UPYOBO',
      'supportLevel',
      '4',
      'FIELD_UNKNOWN_CODE',
    ),
  );
  add(
    fieldCase(
      'field-too-long',
      'UP2KYO サービス事業者コード (No.17, 項目長 10) of record 1 has 11 characters.',
      'UP2KYO',
      'serviceOfficeCode',
      '13712002021',
      'FIELD_TOO_LONG',
      1,
    ),
  );
  add(
    fieldCase(
      'field-too-long-doubtful',
      'UPSIKYU サービス単位金額 (No.17) of record 1 has 6 digits; the transcribed 項目長 5 is doubtful, so this is a warning.',
      'UPSIKYU',
      'unitAmount',
      '123456',
      'FIELD_TOO_LONG_DOUBTFUL',
      1,
    ),
  );
  add(
    fieldCase(
      'field-wrong-length',
      'UP3KYO 保険者番号 (No.2, exactly 6 digits) of record 2 has 5 digits.',
      'UP3KYO',
      'insurerNumber',
      '13120',
      'FIELD_WRONG_LENGTH',
    ),
  );
  add(
    fieldCase(
      'field-required-empty',
      'UP1KYO 居宅サービス計画作成者氏名 (No.8, 必須) of record 2 is empty ("").',
      'UP1KYO',
      'plannerName',
      '',
      'FIELD_REQUIRED',
    ),
  );
  add(fieldCase('field-required-empty-date', 'UPPLAN サービス利用日 (No.10, 必須) of record 3 is empty.', 'UPPLAN', 'serviceDate', '', 'FIELD_REQUIRED', 3));
  add(
    fieldCase(
      'field-doubtful-required-empty',
      'UPHOSOKU 利用者氏名フリガナ (No.5) of record 2 is empty; its 必須 mark is doubtful in the transcription, so this is a warning.',
      'UPHOSOKU',
      'nameKana',
      '',
      'FIELD_REQUIRED_DOUBTFUL',
    ),
  );
  add(
    fieldCase(
      'field-outsourced-empty',
      'UPKIHON 委託の有無 (No.6) of record 1 is empty: one ○ only, but 「どちらの場合も記入」; its 必須 mark is doubtful, so this is a warning (FIELD_REQUIRED_DOUBTFUL).',
      'UPKIHON',
      'outsourced',
      '',
      'FIELD_REQUIRED_DOUBTFUL',
      1,
    ),
  );
  add(
    fieldCase(
      'field-office-code',
      'UPPLAN サービス事業者コード (No.20) of record 2 has 9 digits (like the spec examples).',
      'UPPLAN',
      'serviceOfficeCode',
      '137120020',
      'FIELD_INVALID_OFFICE_CODE',
    ),
  );
  add(fieldCase('field-integer', 'UPPLAN 単位数 (No.8) of record 2 is 16.3.', 'UPPLAN', 'units', '16.3', 'FIELD_INVALID_INTEGER'));
  add(
    fieldCase(
      'field-decimal',
      'UPSIKYU 単位数単価 (No.23, 99.99) of a row is 11.405.',
      'UPSIKYU',
      'unitPrice',
      '11.405',
      'FIELD_INVALID_DECIMAL',
      (r) => r.unitPrice !== '',
    ),
  );
  add(fieldCase('field-out-of-range', 'UP2KYO 援助目標ＮＯ (No.8, 1–99) of record 1 is 0.', 'UP2KYO', 'goalNo', '0', 'FIELD_OUT_OF_RANGE', 1));
  add(
    fieldCase(
      'field-service-type',
      'DLTJSK サービス種類コード (No.6) of record 1 has one character.',
      'DLTJSK',
      'serviceType',
      '1',
      'FIELD_INVALID_SERVICE_TYPE',
      1,
    ),
  );
  add(
    fieldCase(
      'field-phone',
      'UPHOSOKU 利用者電話番号 (No.12) of record 1 carries text (a warning).',
      'UPHOSOKU',
      'phone',
      '03-1234-5678内線',
      'FIELD_INVALID_PHONE',
      1,
    ),
  );
  add(
    fieldCase('field-not-used', 'UP1KYO 識別子 (No.28, ※使用しない) of record 1 is 1 (a warning).', 'UP1KYO', 'identifier', '1', 'FIELD_NOT_USED_NOT_EMPTY', 1),
  );

  // --- record rules
  {
    const { name, records } = base('UPPLAN');
    const record = find(records, (r) => isRental(r), 'rental');
    Object.assign(records[record - 1]!, { taisCode: '', notificationCode: '' });
    add({
      id: 'record-rental-needs-tais',
      description: 'UPPLAN: a 17 福祉用具貸与 row has neither TAISコード (No.16) nor 福祉用具届出コード (No.17).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'RECORD_RENTAL_NEEDS_TAIS', record, fieldNo: 16 }],
    });
  }
  {
    const { name, records } = base('UPSIKYU');
    const record = find(records, (r) => isRental(r), 'rental');
    Object.assign(records[record - 1]!, { taisCode: '', notificationCode: '' });
    add({
      id: 'record-rental-needs-tais-table7',
      description: 'UPSIKYU: a 17 福祉用具貸与 row has neither TAISコード (No.10) nor 福祉用具届出コード (No.11).',
      file: { name, bytes: sjis(rawCsv('UPSIKYU', records)) },
      issues: [{ code: 'RECORD_RENTAL_NEEDS_TAIS', record, fieldNo: 10 }],
    });
  }
  add(
    fieldCase(
      'record-detail-code-not-rental',
      'UPPLAN: a 訪問介護 row carries 明細判別コード (No.19) 1, which is only for 17 福祉用具貸与.',
      'UPPLAN',
      'detailCode',
      '1',
      'RECORD_DETAIL_CODE_NOT_RENTAL',
      isVisit,
    ),
  );
  add(
    fieldCase(
      'record-time-pair',
      'UPPLAN: a visit row has start 1000-style HHMM but end 9999 (both HHMM or both 9999).',
      'UPPLAN',
      'endTime',
      '9999',
      'RECORD_TIME_PAIR',
      isVisit,
    ),
  );
  add(
    fieldCase(
      'record-total-row-office',
      'UPSIKYU: the 全合計 row (999999) carries a real office number instead of 9999999999 in No.7.',
      'UPSIKYU',
      'serviceOfficeCode',
      '1371200202',
      'RECORD_TOTAL_ROW_OFFICE',
      (r) => r.serviceCode === '999999',
    ),
  );
  add(
    fieldCase(
      'record-total-row-field',
      'UPSIKYU: a 種類別小計 row ({CD}AAAA) has 単位数 (No.13) 1684 instead of 0.',
      'UPSIKYU',
      'units',
      '1684',
      'RECORD_TOTAL_ROW_FIELD',
      isSubtotal,
    ),
  );
  {
    const { name, records } = base('UP2KYO');
    // Record 3 repeats the (課題NO, 援助目標NO, 援助内容NO) of record 2 of the same plan.
    Object.assign(records[2]!, { issueNo: records[1]!.issueNo, goalNo: records[1]!.goalNo, supportNo: records[1]!.supportNo });
    if (records[2]!.insuredNumber !== records[1]!.insuredNumber) throw new Error('UP2KYO records 2 and 3 must be one plan');
    add({
      id: 'record-plan-item-duplicate',
      description: 'UP2KYO: record 3 repeats the (課題NO, 援助目標NO, 援助内容NO) of record 2 within the same plan.',
      file: { name, bytes: sjis(rawCsv('UP2KYO', records)) },
      issues: [{ code: 'RECORD_PLAN_ITEM_DUPLICATE', record: 3, fieldNo: 13 }],
    });
  }
  add(
    fieldCase(
      'record-hosoku-link',
      'UPHOSOKU (1〜3表 unit, 対象年月 000000): record 2 also has 居宅サービス計画作成（変更）日 00000000, so it links to neither unit.',
      'UPHOSOKU',
      'planDate',
      '00000000',
      'RECORD_HOSOKU_LINK',
    ),
  );
  add(
    fieldCase(
      'record-service-type-out-of-scope',
      'UPPLAN: a row carries サービスコード 331111 (33 特定施設入居者生活介護, 連携対象外; a warning).',
      'UPPLAN',
      'serviceCode',
      '331111',
      'RECORD_SERVICE_TYPE_OUT_OF_SCOPE',
      isVisit,
    ),
  );
  {
    const { name, records } = base('UP1KYO');
    const bytes = sjis(rawCsv('UP1KYO', records, { mapFields: (n, f) => (n === 2 ? f.slice(0, -1) : f) }));
    add({
      id: 'record-field-count',
      description: 'UP1KYO: record 2 has 27 fields instead of 28 (the trailing empty 識別子 is missing).',
      file: { name, bytes },
      issues: [{ code: 'RECORD_FIELD_COUNT', record: 2 }],
    });
  }

  // --- file rules
  {
    const { name, records } = base('UP1KYO');
    records[1]!.csvVersion = '202504';
    add({
      id: 'file-mixed-csv-versions',
      description: 'UP1KYO: record 2 has CSVバージョン 202504 while record 1 has 202407 (one version per file).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'FILE_MIXED_CSV_VERSIONS', record: 2, fieldNo: 1 }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    for (const r of records) r.csvVersion = '202410';
    add({
      id: 'file-unknown-csv-version',
      description: 'UP1KYO: every record has CSVバージョン 202410, which the version history does not define.',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'FILE_UNKNOWN_CSV_VERSION', record: 1, fieldNo: 1 }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    for (const r of records) r.csvVersion = '202504';
    add({
      id: 'file-older-csv-version',
      description: 'UP1KYO: every record has CSVバージョン 202504 (第4.0版), older than 202407 (a warning).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'FILE_OLDER_CSV_VERSION', record: 1, fieldNo: 1 }],
    });
  }
  {
    const { name, records } = base('DLTPLAN');
    records[2]!.targetMonth = '202506';
    add({
      id: 'file-mixed-months',
      description:
        'DLTPLAN: record 3 deletes 202506 while the others delete 202505 (one service month per file; it then also differs from the file-name month).',
      file: { name, bytes: sjis(rawCsv('DLTPLAN', records)) },
      issues: [{ code: 'FILE_MIXED_MONTHS', record: 3, fieldNo: 4 }],
    });
  }
  {
    const { records } = base('DLTPLAN');
    const name = nameOf('DLTPLAN', { targetMonth: '202506' });
    add({
      id: 'file-month-mismatch',
      description: 'DLTPLAN: the file name says 202506 but every record deletes 202505.',
      file: { name, bytes: sjis(rawCsv('DLTPLAN', records)) },
      issues: [{ code: 'FILE_MONTH_MISMATCH', record: 1, fieldNo: 4 }],
    });
  }
  {
    const { records } = base('UP2KYO');
    const name = nameOf('UP1KYO');
    add({
      id: 'file-kind-mismatch',
      description: 'A 第2表 (UP2KYO, 22 fields) saved under a UP1KYO file name.',
      file: { name, bytes: sjis(rawCsv('UP2KYO', records)) },
      issues: [{ code: 'FILE_KIND_MISMATCH', record: 1 }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    const header = getTable('UP1KYO')
      .fields.map((f) => f.name.ja)
      .join(',');
    add({
      id: 'file-header-row',
      description: 'UP1KYO with a header row of the Japanese field names; the spec defines no header.',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records, { header })) },
      issues: [{ code: 'FILE_HEADER_ROW', record: 1 }],
    });
  }
  {
    const { records } = base('DLT1KYO');
    const name = nameOf('DLT1KYO', { receiverOffice: '1371200101' });
    add({
      id: 'file-same-sender-receiver',
      description: 'DLT1KYO whose file name has the same office number as sender and receiver (a warning).',
      file: { name, bytes: sjis(rawCsv('DLT1KYO', records)) },
      issues: [{ code: 'FILE_SAME_SENDER_RECEIVER' }],
    });
  }
  add({
    id: 'file-empty',
    description: 'A UP1KYO file of 0 bytes.',
    file: { name: nameOf('UP1KYO'), bytes: new Uint8Array(0) },
    issues: [{ code: 'FILE_EMPTY' }],
  });

  // --- encoding
  {
    const { name, records } = base('UP1KYO');
    add({
      id: 'encoding-utf8-input',
      description: 'UP1KYO written in UTF-8 (no BOM) instead of Shift_JIS (MS932).',
      file: { name, bytes: new TextEncoder().encode(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'ENCODING_UTF8_INPUT' }],
    });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(rawCsv('UP1KYO', records))]);
    add({
      id: 'encoding-utf8-bom',
      description: 'UP1KYO saved as Excel "CSV UTF-8": UTF-8 with a BOM.',
      file: { name, bytes: bom },
      issues: [{ code: 'ENCODING_UTF8_BOM' }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    records[1]!.overallPolicy = `支援方針MARKA1です。`;
    add({
      id: 'encoding-invalid-bytes',
      description: 'UP1KYO: a free-text field of record 2 holds the byte pair 85 40, unassigned in MS932.',
      file: { name, bytes: spliceBytes(sjis(rawCsv('UP1KYO', records)), 'MARKA1', [0x85, 0x40]) },
      issues: [{ code: 'ENCODING_INVALID_BYTES' }],
    });
  }
  {
    const { name, records } = base('UPHOSOKU');
    records[1]!.name = `山MARKG1　花子`;
    add({
      id: 'encoding-gaiji',
      description: 'UPHOSOKU: 利用者氏名 of record 2 holds a 外字 (user-defined character, bytes F0 40), which the spec forbids.',
      file: { name, bytes: spliceBytes(sjis(rawCsv('UPHOSOKU', records)), 'MARKG1', [0xf0, 0x40]) },
      issues: [{ code: 'ENCODING_GAIJI' }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    records[1]!.overallPolicy = '服薬確認\t見守り';
    add({
      id: 'encoding-control-character',
      description: 'UP1KYO: a free-text field of record 2 holds a TAB (a control character).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'ENCODING_CONTROL_CHARACTER' }],
    });
  }

  // --- CSV syntax
  {
    const { name, records } = base('UP1KYO');
    const last = records.length;
    const no = fieldNo('UP1KYO', 'otherReason');
    const bytes = sjis(rawCsv('UP1KYO', records, { mapFields: (n, f) => (n === last ? [...f.slice(0, no - 1), '"閉じていない引用', ...f.slice(no)] : f) }));
    add({
      id: 'csv-unterminated-quote',
      description: `UP1KYO: その他理由 (No.${no}) of the last record opens a quote that is never closed.`,
      file: { name, bytes },
      issues: [{ code: 'CSV_UNTERMINATED_QUOTE', record: last, fieldNo: no }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    const no = fieldNo('UP1KYO', 'otherReason');
    const bytes = sjis(rawCsv('UP1KYO', records, { mapFields: (n, f) => (n === 2 ? [...f.slice(0, no - 1), '同居家族"高齢"のため', ...f.slice(no)] : f) }));
    add({
      id: 'csv-stray-quote',
      description: `UP1KYO: その他理由 (No.${no}) of record 2 is written unquoted with " inside.`,
      file: { name, bytes },
      issues: [{ code: 'CSV_STRAY_QUOTE', record: 2, fieldNo: no }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    const no = fieldNo('UP1KYO', 'plannerName');
    const bytes = sjis(rawCsv('UP1KYO', records, { mapFields: (n, f) => (n === 2 ? [...f.slice(0, no - 1), `${f[no - 1]}様`, ...f.slice(no)] : f) }));
    add({
      id: 'csv-text-after-quote',
      description: `UP1KYO: 居宅サービス計画作成者氏名 (No.${no}) of record 2 has text after its closing quote ("…"様).`,
      file: { name, bytes },
      issues: [{ code: 'CSV_TEXT_AFTER_QUOTE', record: 2, fieldNo: no }],
    });
  }

  {
    const { name, records } = base('UP1KYO');
    const bytes = sjis(
      rawCsv('UP1KYO', records, { mapFields: (n, f) => (n === 2 ? [...f, ...Array.from({ length: 1100 - f.length }, (_, i) => String(i))] : f) }),
    );
    add({
      id: 'csv-too-many-fields',
      description: 'UP1KYO: record 2 has 1100 fields; from field 1025 on, its text is kept as one last field (and the record does not fit the layout).',
      file: { name, bytes },
      issues: [
        { code: 'CSV_TOO_MANY_FIELDS', record: 2 },
        { code: 'RECORD_FIELD_COUNT', record: 2 },
      ],
    });
  }

  // --- file names
  {
    const { records } = base('UP1KYO');
    add({
      id: 'filename-unknown-pattern',
      description: 'UP1KYO named with a 9-digit sender office number, as in the spec examples (the rule is 10 digits).',
      file: { name: 'UP1KYO_137120010_43_1371200202_11_20250425103000.CSV', bytes: sjis(rawCsv('UP1KYO', records)) },
      issues: [{ code: 'FILENAME_UNKNOWN_PATTERN' }],
    });
  }
  {
    const { records } = base('DLTPLAN');
    add({
      id: 'filename-invalid-month',
      description: 'DLTPLAN named with month 202513 (the records then also disagree with the name).',
      file: { name: 'DLTPLAN_202513_1371200101_43_1371200202_11_20250425103000.CSV', bytes: sjis(rawCsv('DLTPLAN', records)) },
      issues: [{ code: 'FILENAME_INVALID_MONTH' }],
    });
  }
  {
    const { records } = base('DLT1KYO');
    add({
      id: 'filename-invalid-timestamp',
      description: 'DLT1KYO named with timestamp 20250431103000 (April has 30 days).',
      file: { name: 'DLT1KYO_1371200101_43_1371200202_11_20250431103000.CSV', bytes: sjis(rawCsv('DLT1KYO', records)) },
      issues: [{ code: 'FILENAME_INVALID_TIMESTAMP' }],
    });
  }
  {
    const { records } = base('DLT1KYO');
    add({
      id: 'filename-legacy-convention',
      description: 'A CSV 202407 DLT1KYO named under the older convention, without service-type segments (a warning).',
      file: { name: nameOf('DLT1KYO', {}, 'v3'), bytes: sjis(rawCsv('DLT1KYO', records)) },
      issues: [{ code: 'FILENAME_LEGACY_CONVENTION' }],
    });
  }

  // --- issue 13: rules the spec states (warnings; profile 'strict' makes the certain ones errors)
  {
    const { name, records } = base('UPPLAN');
    const record = find(records, isVisit, 'visit');
    records[record - 1]!.serviceDate = '20250601';
    add({
      id: 'record-service-date-outside-month',
      description: 'UPPLAN of 対象年月 202505: a visit row has サービス利用日 20250601, a day of the next month (a warning; an error under profile strict).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'RECORD_SERVICE_DATE_OUTSIDE_MONTH', record, fieldNo: 10 }],
    });
  }
  {
    const { name, records } = base('UPPLAN', { month: '202502' });
    records[0]!.proratedDays = `${'0'.repeat(28)}100`;
    add({
      id: 'record-prorated-day-not-in-month',
      description: 'UPPLAN of 対象年月 202502: 日割対象日 (No.11) of record 1 flags day 29, which February 2025 does not have (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'RECORD_PRORATED_DAY_NOT_IN_MONTH', record: 1, fieldNo: 11 }],
    });
  }
  {
    const { name, records } = base('UPPLAN', { month: '202503' });
    add({
      id: 'file-csv-version-month-mismatch',
      description:
        'UPPLAN of service month 202503 written as CSV 202407, which applies from 2025年4月; 202208 applies to 202503 (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'FILE_CSV_VERSION_MONTH_MISMATCH', record: 1, fieldNo: 1 }],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    const record = find(records, isRental, 'rental');
    const r0 = records[record - 1]!;
    const group = (r: Values) =>
      r.insuredNumber === r0.insuredNumber && r.serviceOfficeCode === r0.serviceOfficeCode && r.serviceCode === r0.serviceCode && r.units === r0.units;
    for (const r of records) if (group(r)) r.detailCode = '2';
    add({
      id: 'file-detail-code-sequence',
      description:
        'UPPLAN: the only item of a 福祉用具貸与 service code and unit count is numbered 2 in 明細判別コード (No.19): the numbering starts at 1 (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'FILE_DETAIL_CODE_SEQUENCE', record, fieldNo: 19 }],
    });
  }
  {
    const { name, records } = base('UPHOSOKU');
    Object.assign(records[0]!, { limitServiceType2: '13', limitAmount2: '16765' });
    add({
      id: 'record-limit-slot-gap',
      description:
        'UPHOSOKU record 1 fills サービス種類別限度額 slot 2 (Nos.24–27) while slot 1 is empty: slots are filled from slot 1 (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPHOSOKU', records)) },
      issues: [{ code: 'RECORD_LIMIT_SLOT_GAP', record: 1, fieldNo: 20 }],
    });
  }
  {
    const { name, records } = base('UPHOSOKU');
    Object.assign(records[0]!, { limitServiceType1: '2A', limitAmount1: '16765' });
    add({
      id: 'record-limit-slot-type',
      description:
        'UPHOSOKU record 1 enters 短期入所療養介護（介護医療院）as slot type 2A; the layout says 22 for 短期入所療養介護 (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPHOSOKU', records)) },
      issues: [{ code: 'RECORD_LIMIT_SLOT_TYPE', record: 1, fieldNo: 20 }],
    });
  }
  {
    const { name, records } = base('UPHOSOKU');
    Object.assign(records[1]!, { limitAmount1: '16765' });
    add({
      id: 'record-limit-slot-incomplete',
      description: 'UPHOSOKU record 2 gives slot 1 a 支給限度基準額 but no サービス種類コード (a warning, also under strict: inferred).',
      file: { name, bytes: sjis(rawCsv('UPHOSOKU', records)) },
      issues: [{ code: 'RECORD_LIMIT_SLOT_INCOMPLETE', record: 2, fieldNo: 20 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    Object.assign(records[0]!, { consultationMethod: '03', consultationMethodOther: '' });
    add({
      id: 'record-dependent-field-empty',
      description: 'UPKIHON record 1: 相談方法 03:その他 (No.8) with 相談方法(その他の内容) (No.9) empty (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'RECORD_DEPENDENT_FIELD_EMPTY', record: 1, fieldNo: 9 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    Object.assign(records[1]!, { userStatus: '02', userStatusDetail: '' });
    add({
      id: 'record-dependent-field-empty-status',
      description: 'UPKIHON record 2: 利用者の現況 02:入院又は入所中 (No.12) with 状況補足 (No.13) empty (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'RECORD_DEPENDENT_FIELD_EMPTY', record: 2, fieldNo: 13 }],
    });
  }
  {
    const { name, records } = base('UPYOBO_SUB');
    const record = find(records, (r) => r.supportPlanNo === '2', '支援計画NO 2');
    const r0 = records[record - 1]!;
    const same = (r: Values) => r.insuredNumber === r0.insuredNumber && r.planDate === r0.planDate && r.issueNo === r0.issueNo && r.supportPlanNo === '2';
    for (const r of records) if (same(r)) r.supportPlanNo = '3';
    add({
      id: 'file-yobo-sub-numbering',
      description: 'UPYOBO_SUB: under one 課題NO the 支援計画NO run 1, 3 (No.10): 2 is missing (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPYOBO_SUB', records)) },
      issues: [{ code: 'FILE_YOBO_SUB_NUMBERING', record, fieldNo: 10 }],
    });
  }
  {
    const { name, records } = base('UPYOBO_SUB');
    const record = find(records, (r) => r.issueNo === '2', '課題NO 2');
    const r0 = records[record - 1]!;
    for (const r of records) if (r.insuredNumber === r0.insuredNumber && r.planDate === r0.planDate && r.issueNo === '2') r.issueNo = '3';
    add({
      id: 'file-yobo-sub-issue-numbering',
      description: 'UPYOBO_SUB: the 課題NO of a plan run 1, 3 (No.5): 2 is missing; shown by the spec example only (a warning, also under strict).',
      file: { name, bytes: sjis(rawCsv('UPYOBO_SUB', records)) },
      issues: [{ code: 'FILE_YOBO_SUB_ISSUE_NUMBERING', record, fieldNo: 5 }],
    });
  }
  {
    const { name, records } = base('UPYOBO_SUB');
    if (records[1]!.issueNo !== records[0]!.issueNo || records[1]!.insuredNumber !== records[0]!.insuredNumber)
      throw new Error('UPYOBO_SUB rows 1 and 2 must be one 課題');
    records[1]!.overallIssue = records[0]!.overallIssue!;
    add({
      id: 'file-yobo-sub-continuation-not-empty',
      description: 'UPYOBO_SUB: row 2 repeats the 総合的課題 (No.6) of row 1, the first row of the same 課題NO; 2回目以降は空欄 (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPYOBO_SUB', records)) },
      issues: [{ code: 'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY', record: 2, fieldNo: 6 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    records[0]!.familyImageFileName = 'family.jpg';
    add({
      id: 'field-invalid-image-name',
      description: 'UPKIHON record 1 names its 家族構成 image family.jpg (No.62): not UPKIHON_IMAGE_…_枝番.jpg (a warning; strict: an error).',
      file: { name, bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'FIELD_INVALID_IMAGE_NAME', record: 1, fieldNo: 62 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    const ts = parseFilename(name).timestamp!;
    const later = `${ts.slice(0, 12)}${String(Number(ts.slice(12)) + 1).padStart(2, '0')}`;
    records[0]!.familyImageFileName = records[0]!.familyImageFileName!.replace(`_${ts}_`, `_${later}_`);
    add({
      id: 'file-image-name-segments',
      description: `UPKIHON record 1 names a 家族構成 image with ファイル連番 ${later}, not the file's own ${ts} (No.62: 「…は紐づく利用者基本情報のファイルと同様とする」; a warning; strict: an error).`,
      file: { name, bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'FILE_IMAGE_NAME_SEGMENTS', record: 1, fieldNo: 62 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    records[1]!.familyImageFileName = records[0]!.familyImageFileName!;
    add({
      id: 'file-image-name-duplicate',
      description: 'UPKIHON records 1 and 2 name the same 家族構成 image (one image per record is 原則: a warning, also under strict).',
      file: { name, bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'FILE_IMAGE_NAME_DUPLICATE', record: 2, fieldNo: 62 }],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    for (const r of records) r.planOfficeCode = '1371200999';
    add({
      id: 'file-plan-office-name-mismatch',
      description:
        'UPPLAN sent by the 居宅介護支援 office 1371200101 (type 43) names プラン担当業者コード (No.6) 1371200999 (inferred link, 委託 may differ: a warning, also under strict).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'FILE_PLAN_OFFICE_NAME_MISMATCH', record: 1, fieldNo: 6 }],
    });
  }
  {
    const { name, records } = base('UPJSK');
    const receiver = parseFilename(name).receiverOffice!;
    for (const r of records) r.updaterCode = receiver;
    add({
      id: 'file-updater-name-mismatch',
      description:
        'UPJSK (実績) sent by the provider names the receiving care office as 更新業者コード (No.24); 実績の場合はサービス事業者番号 (inferred link: a warning, also under strict).',
      file: { name, bytes: sjis(rawCsv('UPJSK', records)) },
      issues: [{ code: 'FILE_UPDATER_NAME_MISMATCH', record: 1, fieldNo: 24 }],
    });
  }
  {
    const { name, records } = base('UPSIKYU');
    const record = find(records, (r) => /^\d{6}$/.test(r.serviceCode ?? '') && r.serviceCode !== '999999', 'detail line');
    records[record - 1]!.count = '';
    add({
      id: 'field-required-empty-table7-line',
      description:
        'UPSIKYU: 回数／日数 (No.16, 必須) of a detail line is empty (an error; on a 種類別小計/全合計 row it is only doubtful, see tolerated/table7-summary-row-empty).',
      file: { name, bytes: sjis(rawCsv('UPSIKYU', records)) },
      issues: [{ code: 'FIELD_REQUIRED', record, fieldNo: 16 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    add({
      id: 'filename-upkihon-month-segment-not-000000',
      description:
        'UPKIHON named with a month segment 202505: only the literal 000000 of the 本文 3.4 example is read (with a warning, see tolerated/upkihon-month-segment).',
      file: { name: name.replace(/^UPKIHON_/, 'UPKIHON_202505_'), bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'FILENAME_UNKNOWN_PATTERN' }],
    });
  }

  // --- what other software typically writes (and is not acceptable)
  {
    const { name, records } = base('UP1KYO');
    const clean = records.map((r) => ({ ...r, assessmentResult: '在宅生活の継続を希望。', overallPolicy: '無理のない範囲で自立を支援する。' }));
    const header = getTable('UP1KYO')
      .fields.map((f) => f.name.ja)
      .join(',');
    add({
      id: 'vendor-excel-header-row',
      description: 'UP1KYO as Excel saves it: a header row, free text quoted only where needed.',
      file: { name, bytes: sjis(rawCsv('UP1KYO', clean, { header, unquoteFree: true })) },
      issues: [{ code: 'FILE_HEADER_ROW', record: 1 }, { code: 'CSV_UNQUOTED_FREE_TEXT' }],
    });
  }

  // --- 第7表 arithmetic (issue 13 §1): the 記載例33-1 unit (research/issue-13.md §7), one number changed.
  // Rows of its 第7表: 1 211131, 2 216283, 3 216100, 4 21AAAA, 5 21EEEE, 6–8 30日超 lines, 9 21ZZZZ, 10 999999.
  const t7 = (edit: (rows: Values[]) => Values[] | void, variant: 'A' | 'B' = 'A'): FileOut => {
    const f = example(variant, 'UPSIKYU');
    const rows = edit(f.records) ?? f.records;
    return { name: f.name, bytes: sjis(rawCsv('UPSIKYU', rows)) };
  };
  const hosoku = (edit: (r: Values) => void): FileOut => {
    const f = example('A', 'UPHOSOKU');
    edit(f.records[0]!);
    return { name: f.name, bytes: sjis(rawCsv('UPHOSOKU', f.records)) };
  };
  const at = (code: IssueCode, record: number, key: string, kind: KindId = 'UPSIKYU'): Expected => ({ code, record, fieldNo: fieldNo(kind, key) });
  const EX = '記載例33-1 第7表';
  add({
    id: 'record-unit-amount-mismatch',
    description: `${EX}: 単位数 (No.13) of row 1 is 756, so サービス単位/金額 22,650 is not 単位数 × 回数 (22,680) (a warning).`,
    file: t7((r) => void (r[0]!.units = '756')),
    issues: [at('RECORD_UNIT_AMOUNT_MISMATCH', 1, 'unitAmount')],
  });
  add({
    id: 'record-discounted-units-mismatch',
    description: `${EX}: the 30日超 加算 line (row 8) has 割引後率 50 and 割引後単位数 10, not 18 × 50% = 9 (a warning; its amount follows).`,
    file: t7((r) => void Object.assign(r[7]!, { discountRate: '50', discountedUnits: '10', unitAmount: '10' })),
    issues: [at('RECORD_DISCOUNTED_UNITS_MISMATCH', 8, 'discountedUnits')],
  });
  add({
    id: 'record-limit-split-mismatch',
    description: `${EX}: the 21AAAA subtotal has 区分支給限度基準を超える単位数 100 beside 基準内 22,050; together they exceed the 22,050 units counted (a warning).`,
    file: t7((r) => void (r[3]!.categoryLimitExcessUnits = '100')),
    issues: [at('RECORD_LIMIT_SPLIT_MISMATCH', 4, 'categoryLimitWithinUnits')],
  });
  add({
    id: 'record-total-cost-mismatch',
    description: `${EX}: 費用総額 of 21AAAA is 244,756, not floor(22,050 × 11.10) = 244,755 (a warning; an error under the strict profile).`,
    file: t7((r) => void (r[3]!.totalCost = '244756')),
    issues: [at('RECORD_TOTAL_COST_MISMATCH', 4, 'totalCost')],
  });
  add({
    id: 'record-over30-insured-amount',
    description: `${EX}: the 30日超 subtotal 21ZZZZ carries 費用総額 8,047 (beyond 30 days nothing is insured; a warning, an error under strict).`,
    file: t7((r) => void (r[8]!.totalCost = '8047')),
    issues: [at('RECORD_OVER30_INSURED_AMOUNT', 9, 'totalCost')],
  });
  add({
    id: 'record-claim-mismatch',
    description: `${EX}: 保険請求額 of 21AAAA is 220,280, not floor(244,755 × 90%) = 220,279 (a warning, an error under strict).`,
    file: t7((r) => void (r[3]!.insuranceClaim = '220280')),
    issues: [at('RECORD_CLAIM_MISMATCH', 4, 'insuranceClaim')],
  });
  add({
    id: 'record-copay-mismatch',
    description: `${EX}: 利用者負担 of 21AAAA is 24,477, not 244,755 − 220,279 = 24,476 (a warning, an error under strict).`,
    file: t7((r) => void (r[3]!.userCopay = '24477')),
    issues: [at('RECORD_COPAY_MISMATCH', 4, 'userCopay')],
  });
  add({
    id: 'record-full-cost-mismatch',
    description: `${EX}: 全額負担 of 21ZZZZ is 8,048, not floor(725 × 11.10) = 8,047 (a warning, an error under strict).`,
    file: t7((r) => void (r[8]!.userFullCost = '8048')),
    issues: [at('RECORD_FULL_COST_MISMATCH', 9, 'userFullCost')],
  });
  add({
    id: 'record-unit-price-range',
    description: `${EX}: 単位数単価 of 21AAAA is 9.80, below every price of the grid (10.00–11.40; a warning).`,
    file: t7((r) => void (r[3]!.unitPrice = '9.80')),
    issues: [at('RECORD_UNIT_PRICE_RANGE', 4, 'unitPrice')],
  });
  add({
    id: 'record-unit-price-not-in-table',
    description: `${EX}: 単位数単価 of 21AAAA is 11.11, none of the area prices of 短期入所生活介護 (55%) (info; the costs then follow the new price).`,
    file: t7((r) => void Object.assign(r[3]!, { unitPrice: '11.11', totalCost: '244975', insuranceClaim: '220477', userCopay: '24498' })),
    issues: [at('RECORD_UNIT_PRICE_NOT_IN_TABLE', 4, 'unitPrice')],
  });
  add({
    id: 'record-benefit-rate-range',
    description: `${EX}: 給付率 of 21AAAA is 110 (a percentage is 0–100; a warning).`,
    file: t7((r) => void (r[3]!.benefitRate = '110')),
    issues: [at('RECORD_BENEFIT_RATE_RANGE', 4, 'benefitRate')],
  });
  add({
    id: 'file-subtotal-mismatch',
    description: `${EX}: the 21AAAA subtotal says 22,000 units, not the 22,050 of its lines (a warning).`,
    file: t7((r) => void (r[3]!.unitAmount = '22000')),
    issues: [at('FILE_SUBTOTAL_MISMATCH', 4, 'unitAmount')],
  });
  add({
    id: 'file-subtotal-missing',
    description: `${EX} without its 21AAAA row: a service type with several lines lacks its subtotal (a warning, an error under strict; the grand total then reads as doubtful too).`,
    file: t7((r) => r.filter((x) => x.serviceCode !== '21AAAA')),
    issues: [at('FILE_SUBTOTAL_MISSING', 3, 'serviceCode')],
  });
  add({
    id: 'file-subtotal-missing-doubtful',
    description: `${EX} without 21AAAA and the 減算 line: one line counted against the limit and one 加算 outside it, no subtotal; whether that is 「複数行」 is not stated (a warning under every profile).`,
    file: t7((r) => r.filter((x, i) => x.serviceCode !== '21AAAA' && i !== 1)),
    issues: [at('FILE_SUBTOTAL_MISSING_DOUBTFUL', 2, 'serviceCode')],
  });
  add({
    id: 'file-subtotal-duplicate',
    description: `${EX}: the 21EEEE subtotal is written twice (a warning).`,
    file: t7((r) => [...r.slice(0, 5), { ...r[4]! }, ...r.slice(5)]),
    issues: [at('FILE_SUBTOTAL_DUPLICATE', 6, 'serviceCode')],
  });
  add({
    id: 'file-grand-total-missing',
    description: `${EX} without its 全合計 999999 row (a warning, an error under strict).`,
    file: t7((r) => r.filter((x) => x.serviceCode !== '999999')),
    issues: [at('FILE_GRAND_TOTAL_MISSING', 9, 'serviceCode')],
  });
  add({
    id: 'file-grand-total-duplicate',
    description: `${EX}: the 全合計 999999 row is written twice (a warning, an error under strict).`,
    file: t7((r) => [...r, { ...r[9]! }]),
    issues: [at('FILE_GRAND_TOTAL_DUPLICATE', 11, 'serviceCode')],
  });
  {
    // The sample's users: every subtotal pair AAAA + EEEE, so the grand total is certain.
    const { name, records } = base('UPSIKYU');
    const record = find(records, (r) => r.serviceCode === '999999', 'grand total');
    records[record - 1]!.totalCost = String(Number(records[record - 1]!.totalCost) + 1);
    records[record - 1]!.userCopay = String(Number(records[record - 1]!.userCopay) + 1);
    add({
      id: 'file-grand-total-mismatch',
      description:
        "UPSIKYU: 費用総額 of the first user's 全合計 (and its 利用者負担, so that they agree) is 1 yen more than the sum of the subtotal rows (a warning, an error under strict).",
      file: { name, bytes: sjis(rawCsv('UPSIKYU', records)) },
      issues: [at('FILE_GRAND_TOTAL_MISMATCH', record, 'totalCost')],
    });
  }
  add({
    id: 'file-grand-total-mismatch-doubtful',
    description: `${EX}: 費用総額 of 999999 is 250,748, not 244,755 + 5,994; with a 加算 outside the limit beside a 30日超 subtotal the sum is a doubtful reading (a warning under every profile).`,
    file: t7((r) => void Object.assign(r[9]!, { totalCost: '250748', userCopay: '25075' })),
    issues: [at('FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL', 10, 'totalCost')],
  });
  {
    // The sample's users, with the first user's 全合計 moved to the end of the file: its rows are apart.
    const { name, records } = base('UPSIKYU');
    const key = (r: Record<string, string>) => `${r.insurerNumber}/${r.insuredNumber}`;
    const first = key(records[0]!);
    let last = records.length - 1;
    while (key(records[last]!) !== first) last--;
    const moved = [...records.slice(0, last), ...records.slice(last + 1), records[last]!];
    add({
      id: 'file-t7-user-rows-apart',
      description:
        "UPSIKYU: the first user's 全合計 (999999) row comes last, after the other users' rows. The spec does not state the order of rows, so this is one warning (under every profile), and that user's sums are not judged: no FILE_GRAND_TOTAL_MISSING for its first part.",
      file: { name, bytes: sjis(rawCsv('UPSIKYU', moved)) },
      issues: [at('FILE_T7_USER_ROWS_APART', moved.length, 'insuredNumber')],
    });
  }
  add({
    id: 'file-outside-limit-not-costed',
    description: `${EX} without 21EEEE: the サービス提供体制加算 outside the limit (row 3, 540 units) is costed nowhere (5,994 yen expected; a warning).`,
    file: t7((r) => r.filter((x) => x.serviceCode !== '21EEEE')),
    issues: [at('FILE_OUTSIDE_LIMIT_NOT_COSTED', 3, 'totalCost')],
  });
  add({
    id: 'record-benefit-limit-below-table',
    description:
      "記載例33-1 利用者補足情報: 区分支給限度基準額 26,931 (the example's pre-2019 value) for 要介護3 in 202505, below the national 27,048 (a warning).",
    file: hosoku((r) => void (r.benefitLimit = '26931')),
    issues: [at('RECORD_BENEFIT_LIMIT_BELOW_TABLE', 1, 'benefitLimit', 'UPHOSOKU')],
  });
  add({
    id: 'record-benefit-limit-above-table',
    description: '記載例33-1 利用者補足情報: 区分支給限度基準額 30,000 for 要介護3, above the national value (info: a municipality may raise it).',
    file: hosoku((r) => void (r.benefitLimit = '30000')),
    issues: [at('RECORD_BENEFIT_LIMIT_ABOVE_TABLE', 1, 'benefitLimit', 'UPHOSOKU')],
  });
  add({
    id: 'record-type-limit-slot-arithmetic',
    description: '記載例33-1 利用者補足情報: slot 1 (15, limit 10,000, total 10,500) says 400 units over the limit instead of 500 (a warning).',
    file: hosoku(
      (r) =>
        void Object.assign(r, { limitServiceType1: '15', limitAmount1: '10000', limitTotalUnits1: '10500', limitExcessUnits1: '400', totalExcessUnits: '400' }),
    ),
    issues: [at('RECORD_TYPE_LIMIT_SLOT_ARITHMETIC', 1, 'limitExcessUnits1', 'UPHOSOKU')],
  });
  return cases;
}

/** Valid but non-canonical files other software writes. */
function toleratedCases(): Case[] {
  const cases: Case[] = [];
  const add = (c: Case) => cases.push(c);
  // Free text without line breaks, commas or quotes, so that it can be written unquoted.
  const plain = (records: Values[], kind: KindId) => {
    const free = new Set(
      getTable(kind)
        .fields.filter((f) => f.quoted)
        .map((f) => f.key),
    );
    return records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, free.has(k) ? v.replace(/\r\n/g, '　').replace(/[",]/g, '') : v])));
  };
  {
    const { name, records } = base('UP1KYO');
    add({
      id: 'lf-line-endings-unquoted-free-text',
      description: 'UP1KYO with LF line endings and free text written without quotes (no comma, quote or line break inside).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', plain(records, 'UP1KYO'), { eol: '\n', unquoteFree: true })) },
      issues: [{ code: 'CSV_LF_LINE_ENDING' }, { code: 'CSV_UNQUOTED_FREE_TEXT' }],
    });
  }
  {
    const { name, records } = base('UP2KYO');
    add({
      id: 'no-final-newline',
      description: 'UP2KYO whose last record has no line break.',
      file: { name, bytes: sjis(rawCsv('UP2KYO', records, { noFinalNewline: true })) },
      issues: [{ code: 'CSV_NO_FINAL_NEWLINE' }],
    });
  }
  {
    const { name, records } = base('UP2KYO');
    add({
      id: 'eof-marker',
      description: 'UP2KYO followed by the DOS end-of-file mark (0x1A) on a line of its own, as some Windows software writes it: skipped, one warning.',
      file: { name, bytes: Uint8Array.from([...sjis(rawCsv('UP2KYO', records)), 0x1a]) },
      issues: [{ code: 'CSV_EOF_MARKER' }],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    add({
      id: 'version-layout-mismatch',
      description: 'UPPLAN labelled CSV version 202208 but written with the 202407 fields (TAISコード etc.): read with the layout of its fields; two warnings.',
      file: {
        name,
        bytes: sjis(
          rawCsv(
            'UPPLAN',
            records.map((r) => ({ ...r, csvVersion: '202208' })),
          ),
        ),
      },
      issues: [{ code: 'FILE_VERSION_LAYOUT_MISMATCH' }, { code: 'FILE_OLDER_CSV_VERSION' }],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    add({
      id: 'all-fields-quoted',
      description: 'UPPLAN with every field quoted, not only the free text.',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records, { quoteAll: true })) },
      issues: [{ code: 'CSV_QUOTED_NON_FREE_FIELD' }],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    add({
      id: 'empty-free-text-unquoted',
      description: 'UP1KYO with empty free text written as nothing instead of "" (the spec allows both; no issue).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', records, { unquoteEmptyFree: true })) },
      issues: [],
    });
  }
  {
    const { name, records } = base('DLT1KYO');
    add({
      id: 'lowercase-extension',
      description: 'DLT1KYO named with a lower-case .csv extension.',
      file: { name: name.replace(/\.CSV$/, '.csv'), bytes: sjis(rawCsv('DLT1KYO', records)) },
      issues: [{ code: 'FILENAME_LOWERCASE_EXTENSION' }],
    });
  }
  {
    const f = sampleFile('UPKIHON_IMAGE', { seed: SEED });
    add({
      id: 'image-uppercase-jpg',
      description: 'UPKIHON_IMAGE named .JPG as in the spec example (the rule says .jpg; matched case-insensitively, no issue).',
      file: { name: f.name.replace(/\.jpg$/, '.JPG'), bytes: f.bytes },
      issues: [],
    });
  }
  {
    const { name, records } = base('UP1KYO');
    add({
      id: 'cr-line-endings',
      description: 'UP1KYO with classic-Mac CR line endings (a warning).',
      file: { name, bytes: sjis(rawCsv('UP1KYO', plain(records, 'UP1KYO'), { eol: '\r' })) },
      issues: [{ code: 'CSV_CR_LINE_ENDING' }],
    });
  }
  {
    const { name, records } = base('DLT1KYO');
    add({
      id: 'empty-line',
      description: 'DLT1KYO with an empty line between records 1 and 2 (a warning).',
      file: { name, bytes: sjis(rawCsv('DLT1KYO', records, { mapFields: (n, f) => (n === 2 ? [`\r\n${f[0]}`, ...f.slice(1)] : f) })) },
      issues: [{ code: 'CSV_EMPTY_LINE' }],
    });
  }
  {
    const { name, records } = base('UPHOSOKU');
    records[0]!.name = `MARKN1橋　花子`;
    add({
      id: 'non-canonical-bytes',
      description: 'UPHOSOKU: 利用者氏名 of record 1 holds 髙 as the NEC-selected IBM extension bytes EE E0 instead of the canonical FB FC (info).',
      file: { name, bytes: spliceBytes(sjis(rawCsv('UPHOSOKU', records)), 'MARKN1', [0xee, 0xe0]) },
      issues: [{ code: 'ENCODING_NON_CANONICAL_BYTES' }],
    });
  }

  // --- issue 13: doubtful readings, warnings under every profile
  {
    const { name, records } = base('UP3KYO');
    const record = find(records, (r) => (r.endTime ?? '') !== '', 'a row with times');
    records[record - 1]!.endTime = '2400';
    add({
      id: 'time-2400',
      description:
        'UP3KYO: 終了時間 (No.9) 2400, a visit ending at midnight; the spec says only HHMM while the 第3表 form runs to 24:00 (FIELD_TIME_2400, a warning; 2401 and above stay FIELD_INVALID_TIME).',
      file: { name, bytes: sjis(rawCsv('UP3KYO', records)) },
      issues: [{ code: 'FIELD_TIME_2400', record, fieldNo: 9 }],
    });
  }
  {
    const { name, records } = base('UPSIKYU');
    const subtotal = find(records, isSubtotal, 'subtotal');
    const total = find(records, (r) => r.serviceCode === '999999', 'total');
    records[subtotal - 1]!.count = '';
    records[total - 1]!.over30Days = '';
    add({
      id: 'table7-summary-row-empty',
      description:
        'UPSIKYU: 回数／日数 (No.16) of a 種類別小計 row and ３０日超区分 (No.33) of the 全合計 row are empty; the layout fixes only Nos.7, 9 and 13–15 on those rows (FIELD_REQUIRED_DOUBTFUL, a warning).',
      file: { name, bytes: sjis(rawCsv('UPSIKYU', records)) },
      issues: [
        { code: 'FIELD_REQUIRED_DOUBTFUL', record: subtotal, fieldNo: 16 },
        { code: 'FIELD_REQUIRED_DOUBTFUL', record: total, fieldNo: 33 },
      ],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    const record = find(records, isRental, 'rental');
    const code = records[record - 1]!.serviceCode!;
    for (const r of records) if (r.serviceCode === code) Object.assign(r, { serviceCode: `67${code.slice(2)}`, detailCode: '1' });
    add({
      id: 'detail-code-preventive-rental',
      description:
        'UPPLAN: a 67 介護予防福祉用具貸与 line numbers its item with 明細判別コード 1 (No.19); the spec names only 17 (RECORD_DETAIL_CODE_PREVENTIVE_RENTAL, a warning).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL', record, fieldNo: 19 }],
    });
  }
  {
    const { name, records } = base('UPPLAN');
    const record = find(records, isRental, 'rental');
    Object.assign(records[record - 1]!, { taisCode: '', notificationCode: '', equipmentName: '' });
    add({
      id: 'rental-line-without-product',
      description:
        'UPPLAN: a 17 line with neither TAISコード, 福祉用具届出コード nor 用具名称 (Nos.16–18), as a 加算/減算 line has (RECORD_RENTAL_CODE_DOUBTFUL, a warning; with a 用具名称 it is RECORD_RENTAL_NEEDS_TAIS, an error).',
      file: { name, bytes: sjis(rawCsv('UPPLAN', records)) },
      issues: [{ code: 'RECORD_RENTAL_CODE_DOUBTFUL', record, fieldNo: 16 }],
    });
  }
  {
    const { name, records } = base('UPKIHON');
    add({
      id: 'upkihon-month-segment',
      description:
        "UPKIHON named UPKIHON_000000_… as in the 本文 3.4 example; the layout's naming rule has no month (FILENAME_UPKIHON_MONTH_SEGMENT, a warning).",
      file: { name: name.replace(/^UPKIHON_/, 'UPKIHON_000000_'), bytes: sjis(rawCsv('UPKIHON', records)) },
      issues: [{ code: 'FILENAME_UPKIHON_MONTH_SEGMENT' }],
    });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// The 記載例33-1 unit (valid, and the base of the accounting cases)

/** A fresh copy of one file of the 記載例33-1 unit. */
function example(variant: 'A' | 'B' | 'C', kind: 'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU'): { name: string; records: Values[] } {
  const f = workedExample33(variant).files.find((x) => x.kind === kind)!;
  return { name: f.name, records: f.records.map((r) => ({ ...r })) };
}

interface BundleExpected extends Expected {
  readonly kind: KindId;
}

interface AccountingCase {
  readonly id: string;
  readonly description: string;
  readonly files: readonly FileOut[];
  readonly issues: readonly BundleExpected[];
}

/** The 記載例33-1 unit with one file's records edited. */
function exampleUnit(edits: Partial<Record<'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU', (records: Values[]) => Values[] | void>>): FileOut[] {
  return (['UPPLAN', 'UPSIKYU', 'UPHOSOKU'] as const).map((kind) => {
    const f = example('A', kind);
    const records = edits[kind]?.(f.records) ?? f.records;
    return { name: f.name, bytes: sjis(rawCsv(kind, records)) };
  });
}

/** Broken units (issue 13 §2): each file valid on its own, the files disagree. */
function accountingCases(): AccountingCase[] {
  const at = (kind: KindId, code: IssueCode, record: number, key: string): BundleExpected => ({ kind, code, record, fieldNo: fieldNo(kind, key) });
  const EX = '記載例33-1';
  const jsk = (): FileOut => {
    const plan = example('A', 'UPPLAN').records.filter((r) => !(r.serviceCode === '211131' && r.serviceDate === '20250531'));
    const name = buildFilename('UPJSK', {
      targetMonth: '202505',
      senderOffice: '9070000060',
      senderServiceType: '21',
      receiverOffice: '1371200101',
      receiverServiceType: '43',
      timestamp: '20250602090000',
    });
    return {
      name,
      bytes: sjis(
        rawCsv(
          'UPJSK',
          plan.map((r) => ({ ...r, createdOn: '20250531', updaterCode: '9070000060' })),
        ),
      ),
    };
  };
  return [
    {
      id: 'bundle-t7-count-exceeds-plan',
      description: `${EX}: 第6表 plans 211131 on 30 days only (20250531 removed) while 第7表 counts 30 + 1 (a warning).`,
      files: exampleUnit({ UPPLAN: (r) => r.filter((x) => !(x.serviceCode === '211131' && x.serviceDate === '20250531')) }),
      issues: [at('UPSIKYU', 'BUNDLE_T7_COUNT_EXCEEDS_PLAN', 1, 'count')],
    },
    {
      id: 'bundle-t7-line-without-plan',
      description: `${EX}: 第6表 has no record of the サービス提供体制加算 216100 that 第7表 lists (a warning).`,
      files: exampleUnit({ UPPLAN: (r) => r.filter((x) => x.serviceCode !== '216100') }),
      issues: [at('UPSIKYU', 'BUNDLE_T7_LINE_WITHOUT_PLAN', 3, 'serviceCode')],
    },
    {
      id: 'bundle-plan-service-not-in-t7',
      description: `${EX}: 第7表 leaves out both 216283 減算 lines that 第6表 plans (a warning; its subtotal then disagrees too).`,
      files: exampleUnit({ UPSIKYU: (r) => r.filter((x) => x.serviceCode !== '216283') }),
      issues: [at('UPPLAN', 'BUNDLE_PLAN_SERVICE_NOT_IN_T7', 22, 'serviceCode')],
    },
    {
      id: 'bundle-category-limit-exceeded',
      description: `${EX}: 利用者補足情報 gives a 区分支給限度基準額 of 20,000 while 第7表 counts 22,050 units within it (a warning, an error under strict; the excess and the national table disagree too).`,
      files: exampleUnit({ UPHOSOKU: (r) => void (r[0]!.benefitLimit = '20000') }),
      issues: [at('UPSIKYU', 'BUNDLE_CATEGORY_LIMIT_EXCEEDED', 10, 'categoryLimitWithinUnits')],
    },
    {
      id: 'bundle-category-excess-mismatch',
      description: `${EX}: with a limit of 22,000, 第7表 puts 22,000 units within it but none over it (50 expected; a warning).`,
      files: exampleUnit({
        UPHOSOKU: (r) => void (r[0]!.benefitLimit = '22000'),
        UPSIKYU: (r) => {
          // 22,000 within and costed as such, nothing over (the row's own split then disagrees too).
          Object.assign(r[3]!, { categoryLimitWithinUnits: '22000', totalCost: '244200', insuranceClaim: '219780', userCopay: '24420' });
          Object.assign(r[9]!, { categoryLimitWithinUnits: '22000', totalCost: '250194', insuranceClaim: '225174', userCopay: '25020' });
        },
      }),
      issues: [at('UPSIKYU', 'BUNDLE_CATEGORY_EXCESS_MISMATCH', 10, 'categoryLimitExcessUnits')],
    },
    {
      id: 'bundle-type-limit-mismatch',
      description: `${EX}: 利用者補足情報 manages 21 in slot 1 with 22,000 total units and 2,000 over, while 第7表 counts 22,050 units of 21 within the type limit and none over (a warning).`,
      files: exampleUnit({
        UPHOSOKU: (r) =>
          void Object.assign(r[0]!, {
            limitServiceType1: '21',
            limitAmount1: '20000',
            limitTotalUnits1: '22000',
            limitExcessUnits1: '2000',
            totalExcessUnits: '2000',
          }),
        UPSIKYU: (r) => void (r[3]!.typeLimitWithinUnits = '22050'),
      }),
      issues: [at('UPHOSOKU', 'BUNDLE_TYPE_LIMIT_MISMATCH', 1, 'limitTotalUnits1'), at('UPHOSOKU', 'BUNDLE_TYPE_LIMIT_MISMATCH', 1, 'limitExcessUnits1')],
    },
    {
      id: 'bundle-actuals-differ-from-plan',
      description: `${EX} and the provider's 実績 (unit K5) in one send: the stay ended a day early, 211131 was provided on 30 days, not 31 (info only: 実績 differing from 予定 is normal business).`,
      files: [...exampleUnit({}), jsk()],
      issues: [at('UPJSK', 'BUNDLE_ACTUALS_DIFFER_FROM_PLAN', 1, 'serviceCount')],
    },
  ];
}

function writeAccountingCases(cases: readonly AccountingCase[]): number {
  let count = 0;
  for (const c of cases) {
    const r = validateBundle(c.files);
    const all = [...r.issues, ...r.files.flatMap((f) => f.issues)];
    for (const e of c.issues) {
      const hit = all.some((i) => i.code === e.code && i.kind === e.kind && i.record === e.record && i.fieldNo === e.fieldNo);
      if (!hit) throw new Error(`${c.id}: expected ${JSON.stringify(e)}, got ${JSON.stringify(all.map((i) => [i.code, i.kind, i.record, i.fieldNo]))}`);
    }
    if (r.files.some((f) => f.issues.some((i) => i.severity === 'error'))) throw new Error(`${c.id}: a file of the unit has an error`);
    const dir = join(OUT, 'transmissions', 'invalid', c.id);
    for (const f of c.files) write(dir, f);
    writeFileSync(join(dir, 'expected.json'), json({ description: c.description, issues: c.issues }));
    count += c.files.length;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Self-check and output

function check(c: Case, tolerated: boolean): void {
  const r = parseFile(c.file);
  for (const e of c.issues) {
    const hit = r.issues.some(
      (i) => i.code === e.code && (e.record === undefined || i.record === e.record) && (e.fieldNo === undefined || i.fieldNo === e.fieldNo),
    );
    if (!hit) throw new Error(`${c.id}: expected ${JSON.stringify(e)}, got ${JSON.stringify(r.issues.map((i) => [i.code, i.record, i.fieldNo]))}`);
  }
  const mustFail = c.issues.some((e) => ISSUE_CATALOGUE[e.code] === 'error');
  if (tolerated && !r.ok) throw new Error(`${c.id}: tolerated file is not ok: ${JSON.stringify(r.issues.map((i) => i.code))}`);
  if (!tolerated && mustFail && r.ok) throw new Error(`${c.id}: expected ok:false`);
}

function writeCases(dir: string, cases: readonly Case[], tolerated: boolean): void {
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case ${c.id}`);
    ids.add(c.id);
    check(c, tolerated);
    const d = join(OUT, dir, c.id);
    write(d, c.file);
    writeFileSync(
      join(d, 'expected.json'),
      json({
        description: c.description,
        issues: c.issues.map((e) => ({
          code: e.code,
          ...(e.record !== undefined ? { record: e.record } : {}),
          ...(e.fieldNo !== undefined ? { fieldNo: e.fieldNo } : {}),
        })),
      }),
    );
  }
}

function checkValid(f: FileOut, allowed: readonly IssueCode[] = []): void {
  const r = parseFile(f);
  const bad = r.issues.filter((i) => !allowed.includes(i.code));
  if (!r.ok || bad.length > 0) throw new Error(`${f.name}: ${JSON.stringify(bad.map((i) => [i.code, i.record, i.fieldNo]))}`);
  if (r.kind && r.kind !== 'UPKIHON_IMAGE') {
    const again = stringifyFile(r.kind, r.records, r.csvVersion ? { csvVersion: r.csvVersion } : {});
    if (!again.bytes || Buffer.compare(Buffer.from(again.bytes), Buffer.from(f.bytes)) !== 0) throw new Error(`${f.name}: does not re-encode byte-identically`);
  }
}

/**
 * transmissions/invalid/kyotaku-broken/: the demo transmission broken three ways — K1 without 第3表
 * (BUNDLE_INVALID_COMBINATION), an impossible サービス利用日 in record 2 of UPPLAN (FIELD_INVALID_DATE),
 * and 第7表 addressed to another receiver under the same ファイル連番 (BUNDLE_UNIT_PARTIES_DIFFER).
 */
function brokenTransmission(units: readonly [string, string, SampleOptions][]): number {
  const dir = join(OUT, 'transmissions', 'invalid', 'kyotaku-broken');
  let count = 0;
  for (const [, unit, options] of units)
    for (const f of sampleTransmission(unit, options)) {
      if (f.name.startsWith('UP3KYO_')) continue;
      let out: FileOut = f;
      if (f.name.startsWith('UPPLAN_')) {
        const records = (parseFile(f).records as unknown as Values[]).map((r, i) => (i === 1 ? { ...r, serviceDate: '20250230' } : r));
        out = { name: f.name, bytes: sjis(rawCsv('UPPLAN', records)) };
      }
      if (f.name.startsWith('UPSIKYU_')) out = { name: f.name.replace(/^(UPSIKYU_\d{6}_\d{10}_\w{2})_\d{10}/, '$1_1371200303'), bytes: f.bytes };
      write(dir, out);
      count++;
    }
  writeFileSync(
    join(dir, 'expected.json'),
    json({
      description:
        'The kyotaku transmission broken three ways: K1 without 第3表 (BUNDLE_INVALID_COMBINATION), an impossible サービス利用日 20250230 in record 2 of UPPLAN (FIELD_INVALID_DATE), and 第7表 addressed to another receiver with the same ファイル連番 (BUNDLE_UNIT_PARTIES_DIFFER).',
      issues: [{ code: 'BUNDLE_INVALID_COMBINATION' }, { code: 'FIELD_INVALID_DATE', record: 2, fieldNo: 10 }, { code: 'BUNDLE_UNIT_PARTIES_DIFFER' }],
    }),
  );
  return count;
}

// ---------------------------------------------------------------------------------------------
// Transmissions (validateBundle): cases of whole sends

interface BundleCase {
  readonly id: string;
  readonly description: string;
  readonly files: readonly FileOut[];
  /** Issues of the send or of one of its files (`file`: the file's name). */
  readonly issues: readonly { readonly code: IssueCode; readonly file?: string }[];
}

const PART_KEYS = ['targetMonth', 'senderOffice', 'senderServiceType', 'receiverOffice', 'receiverServiceType', 'timestamp', 'branch'] as const;
/** The same file under a name with some parts changed. */
function renamed(f: FileOut, parts: Partial<FilenameParts>): FileOut {
  const p = parseFilename(f.name);
  const own = Object.fromEntries(PART_KEYS.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));
  return { name: buildFilename(p.kind!, { ...own, ...parts } as FilenameParts, { convention: p.convention ?? 'v4' }), bytes: f.bytes };
}

const REGIONAL_CENTER = {
  senderOffice: DEFAULT_CARE_OFFICE.office,
  senderServiceType: DEFAULT_CARE_OFFICE.serviceType,
  receiverOffice: '1371200404',
  receiverServiceType: '46',
};

function bundleCases(): { invalid: BundleCase[]; tolerated: BundleCase[] } {
  const invalid: BundleCase[] = [];
  const tolerated: BundleCase[] = [];
  {
    // 委託先の居宅介護支援事業所 → 地域包括支援センター: 予定 (Y4) and the provider's 実績 (Y8) under one ファイル連番.
    const ts = '20250603090000';
    const plan = sampleTransmission('Y4', { seed: 21, timestamp: ts, month: '202505' }).map((f) => renamed(f, REGIONAL_CENTER));
    const actuals = sampleTransmission('Y8', { seed: 21, timestamp: ts, month: '202505' }).map((f) => renamed(f, REGIONAL_CENTER));
    tolerated.push({
      id: 'plan-and-actuals',
      description:
        "A 委託先 居宅介護支援事業所 (1371200101, 43) shares サービス利用票 予定 (UPPLAN + UPSIKYU + UPHOSOKU) and the provider's 実績 (UPJSK) with the 地域包括支援センター (1371200404, 46) under one ファイル連番 (本文 3.1, 5.2.2.1): two complete units, BUNDLE_UNITS_MERGED (a warning). The 実績 keeps the provider as 更新業者コード: FILE_UPDATER_NAME_MISMATCH (a warning, the 委託 doubt).",
      files: [...plan, ...actuals],
      issues: [{ code: 'BUNDLE_UNITS_MERGED' }, { code: 'FILE_UPDATER_NAME_MISMATCH', file: actuals[0]!.name }],
    });
  }
  {
    // One edit, two receivers, one batch: the same ファイル連番 (本文 5.1.1.3: ＸＸＸ事業所向け / YYY事業所向け).
    const ts = '20250425170000';
    const a = sampleTransmission('K2', { seed: 22, timestamp: ts, month: '202505', receiver: DEFAULT_PROVIDER });
    const b = sampleTransmission('K2', { seed: 22, timestamp: ts, month: '202505', receiver: { office: '1371200505', serviceType: '13' } });
    tolerated.push({
      id: 'two-receivers',
      description:
        "Unit K2 sent to two providers (1371200202 and 1371200505) with one ファイル連番, each receiver's files a complete unit: BUNDLE_SEQUENCE_SHARED (a warning).",
      files: [...a, ...b],
      issues: [{ code: 'BUNDLE_SEQUENCE_SHARED' }],
    });
  }
  {
    const kihon = sampleTransmission('Y1', { seed: 23, timestamp: '20250418100000' }).filter((f) => !/^UPKIHON_SUB[12]_/.test(f.name));
    const yobo = sampleTransmission('Y3', { seed: 23, timestamp: '20250418110000' }).filter((f) => !f.name.startsWith('UPYOBO_SUB_'));
    const kihonFile = kihon.find((f) => /^UPKIHON_\d/.test(f.name))!.name;
    invalid.push({
      id: 'appendix-missing',
      description:
        '利用者基本情報 sent without its 別表1/別表2, and 介護予防サービス・支援計画書 without its 別表 (本文 3.3: 合わせて送付する; 原則): BUNDLE_APPENDIX_MISSING, warnings under every profile.',
      files: [...kihon, ...yobo],
      issues: [
        { code: 'BUNDLE_APPENDIX_MISSING', file: kihonFile },
        { code: 'BUNDLE_APPENDIX_MISSING', file: yobo.find((f) => f.name.startsWith('UPYOBO_'))!.name },
      ],
    });
  }
  {
    invalid.push({
      id: 'k1-without-table3',
      description:
        'CSV 202407 (第4版 names) 第1表 + 第2表 + 利用者補足情報 without 第3表: since 第4版 the 1〜3表 unit includes 第3表 (BUNDLE_INVALID_COMBINATION). The same send as CSV 202208 is valid: transmissions/valid/v3.',
      files: sampleTransmission('K1', { seed: 24, timestamp: '20250420093000' }).filter((f) => !f.name.startsWith('UP3KYO_')),
      issues: [{ code: 'BUNDLE_INVALID_COMBINATION' }],
    });
  }
  {
    const options = { seed: 25, timestamp: '20241020093000', month: '202411' };
    const legacy = sampleLegacyTransmission('K1', options);
    const current = sampleTransmission('K1', options).find((f) => f.name.startsWith('UP2KYO_'))!;
    const files = legacy.map((f) => (f.name.startsWith('UP2KYO_') ? { name: f.name, bytes: current.bytes } : f));
    invalid.push({
      id: 'mixed-editions',
      description:
        'A CSV 202208 1〜2表 unit (older names) whose 第2表 is written as CSV 202407: the unit is judged against both editions (a K1 of 202208) and BUNDLE_MIXED_EDITIONS is a warning.',
      files,
      issues: [{ code: 'BUNDLE_MIXED_EDITIONS' }],
    });
  }
  {
    const ts = '20250420093000';
    invalid.push({
      id: 'deletion-not-merged',
      description:
        'Unit K1 and a 計画書第1表_削除 (K3) under one ファイル連番: a deletion is never merged with another unit, since the order inside one ファイル連番 is undefined (BUNDLE_INVALID_COMBINATION).',
      files: [...sampleTransmission('K1', { seed: 26, timestamp: ts }), ...sampleTransmission('K3', { seed: 26, timestamp: ts })],
      issues: [{ code: 'BUNDLE_INVALID_COMBINATION' }],
    });
  }
  return { invalid, tolerated };
}

function writeBundleCases(dir: 'invalid' | 'tolerated', cases: readonly BundleCase[]): number {
  let files = 0;
  for (const c of cases) {
    const r = validateBundle(c.files as BundleFile[]);
    const all = [...r.issues, ...r.files.flatMap((f) => f.issues.map((i) => ({ ...i, file: f.name })))];
    for (const e of c.issues)
      if (!all.some((i) => i.code === e.code && (e.file === undefined || i.file === e.file)))
        throw new Error(`transmissions/${dir}/${c.id}: expected ${JSON.stringify(e)}, got ${JSON.stringify(all.map((i) => [i.code, i.file]))}`);
    const failing = c.issues.some((e) => ISSUE_CATALOGUE[e.code] === 'error');
    if (dir === 'tolerated' && !r.ok)
      throw new Error(`transmissions/tolerated/${c.id} is not ok: ${JSON.stringify(all.filter((i) => i.severity === 'error').map((i) => i.code))}`);
    if (dir === 'invalid' && failing && r.ok) throw new Error(`transmissions/invalid/${c.id}: expected ok:false`);
    const d = join(OUT, 'transmissions', dir, c.id);
    for (const f of c.files) write(d, f);
    files += c.files.length;
    writeFileSync(join(d, 'expected.json'), json({ description: c.description, issues: c.issues }));
  }
  return files;
}

function main(): void {
  for (const d of ['valid', 'invalid', 'tolerated', 'transmissions']) rmSync(join(OUT, d), { recursive: true, force: true });
  let validCount = 0;
  const validFile = (dir: string, f: FileOut, allowed: readonly IssueCode[] = []) => {
    checkValid(f, allowed);
    write(join(OUT, dir), f);
    validCount++;
  };

  // valid/<KIND>/: one file per kind (4 users), UPHOSOKU in both links, one image.
  for (const kind of KIND_IDS) validFile(join('valid', kind), sampleFile(kind, { seed: 1, records: 4 }));
  validFile(join('valid', 'UPHOSOKU'), sampleFile('UPHOSOKU', { seed: 2, records: 3, hosoku: 'month' }));
  validFile(join('valid', 'UPKIHON_IMAGE'), sampleFile('UPKIHON_IMAGE', { seed: 1 }));
  // valid/v3/: CSV 202208 files under the older name convention (warnings expected there).
  const legacy: IssueCode[] = ['FILE_OLDER_CSV_VERSION', 'FILENAME_LEGACY_CONVENTION'];
  validFile(join('valid', 'v3'), sampleLegacyFile('UPPLAN', { seed: 3, records: 2 }), legacy);
  validFile(join('valid', 'v3'), sampleLegacyFile('UPSIKYU', { seed: 3, records: 2 }), legacy);
  validFile(join('valid', 'v3'), sampleLegacyFile('UPJSK', { seed: 3, records: 2 }), legacy);

  // transmissions/valid/: the demo transmission and its companions.
  const units: [string, string, SampleOptions][] = [
    ['kyotaku', 'K1', { seed: 11, timestamp: '20250420093000', month: '202505' }],
    ['kyotaku', 'K2', { seed: 11, timestamp: '20250425170000', month: '202505' }],
    ['yobo', 'Y2', { seed: 12, timestamp: '20250418100000', month: '202505' }],
    ['yobo', 'Y4', { seed: 12, timestamp: '20250425150000', month: '202505' }],
    ['provider', 'K5', { seed: 11, timestamp: '20250602090000', month: '202505' }],
  ];
  let transmissionFiles = 0;
  for (const [dir, unit, options] of units)
    for (const f of sampleTransmission(unit, options)) {
      checkValid(f);
      write(join(OUT, 'transmissions', 'valid', dir), f);
      transmissionFiles++;
    }

  transmissionFiles += brokenTransmission(units.filter(([dir]) => dir === 'kyotaku'));

  // transmissions/valid/v3/: a genuine CSV 202208 send (第3.x版, older names): K1 without 第3表, and K2.
  const v3Send: FileOut[] = [];
  for (const [unit, timestamp] of [
    ['K1', '20241020093000'],
    ['K2', '20241025170000'],
  ] as const)
    for (const f of sampleLegacyTransmission(unit, { seed: 13, timestamp, month: '202411' })) {
      checkValid(f, legacy);
      write(join(OUT, 'transmissions', 'valid', 'v3'), f);
      v3Send.push(f);
      transmissionFiles++;
    }
  const v3Result = validateBundle(v3Send as BundleFile[]);
  const v3Other = [...v3Result.issues, ...v3Result.files.flatMap((f) => f.issues)].filter((i) => !legacy.includes(i.code));
  if (!v3Result.ok || v3Other.length > 0 || v3Result.units.map((u) => u.unitIds[0]).join() !== 'K1,K2')
    throw new Error(`transmissions/valid/v3: ${JSON.stringify(v3Other.map((i) => i.code))} ${JSON.stringify(v3Result.units)}`);

  const sends = bundleCases();
  transmissionFiles += writeBundleCases('invalid', sends.invalid);
  transmissionFiles += writeBundleCases('tolerated', sends.tolerated);
  // transmissions/valid/kisairei-33-1/: MHLW 記載例33-1 as one K2 unit, with no finding at all.
  const worked = workedExample33('A').files.map((f) => ({ name: f.name, bytes: sjis(rawCsv(f.kind, f.records)) }));
  const workedResult = validateBundle(worked);
  const workedIssues = [...workedResult.issues, ...workedResult.files.flatMap((f) => f.issues)];
  if (workedIssues.length > 0) throw new Error(`記載例33-1: ${JSON.stringify(workedIssues.map((i) => [i.code, i.kind, i.record, i.fieldNo]))}`);
  for (const f of worked) {
    checkValid(f);
    write(join(OUT, 'transmissions', 'valid', 'kisairei-33-1'), f);
    transmissionFiles++;
  }
  transmissionFiles += writeAccountingCases(accountingCases());

  const invalid = invalidCases();
  writeCases('invalid', invalid, false);
  const tolerated = toleratedCases();
  writeCases('tolerated', tolerated, true);

  writeFileSync(join(OUT, 'README.md'), README);
  console.log(`valid files: ${validCount}, transmission files: ${transmissionFiles}, invalid cases: ${invalid.length}, tolerated cases: ${tolerated.length}`);
}

const README = `# spec-fixtures

Test files for ケアプランデータ連携標準仕様 第4.1版 (CSV version 202407). **Generated**: do not edit by
hand. They are built by \`scripts/make-fixtures.ts\` from the rules of the spec as the library
declares them (\`src/spec\`), never copied from the spec's printed examples (which contain known
errors, see the errata list of the spec transcription). All personal data is fake (random names,
addresses and numbers composed by \`src/sample\`).

Regenerate from the project root (tsx is not installed):

    npx esbuild scripts/make-fixtures.ts --bundle --platform=node --format=cjs --outfile=/tmp/mf.cjs && node /tmp/mf.cjs

The script checks every fixture with \`parseFile\` before writing it.

## Layout

- \`valid/<KIND>/<file name>\`: one valid file per kind in canonical form (CP932, CRLF, free text
  always quoted, no header), with several records and free text holding commas, \`"\`, CRLF and MS932
  extension characters (① Ⅲ ㈱ 髙 﨑). \`valid/UPHOSOKU/\` has both links (1〜3表: month 000000;
  6・7表: the service month); \`valid/UPKIHON_IMAGE/\` holds a tiny valid JPEG. Each file parses with
  no issue at all and re-encodes byte for byte.
- \`valid/v3/\`: CSV 202208 (第3.x版) files under the older name convention
  (\`UPPLAN_YYYYMM_sender10_receiver10_timestamp.CSV\`, 22-field 第6表, 34-field 第7表). They parse
  ok with the warnings FILE_OLDER_CSV_VERSION and FILENAME_LEGACY_CONVENTION only.
- \`transmissions/valid/kyotaku/\`: units K1 (1〜3表 + 補足, 20250420093000) and K2 (6・7表 + 補足,
  20250425170000) from one care manager office (1371200101, 43) to one 訪問介護 provider
  (1371200202, 11): the demo transmission. Keys link 2表/3表/補足 to 1表 and 7表/補足 to 6表.
- \`transmissions/valid/yobo/\`: units Y2 (UPYOBO + UPYOBO_SUB + UPKIHON + SUB1 + SUB2 + one
  family image per user) and Y4 (6・7表 + 補足) to a 訪問型サービス provider (1371200303, A2).
- \`transmissions/valid/provider/\`: unit K5 (UPJSK, actuals) from the provider back to the care
  manager office.
- \`transmissions/valid/v3/\`: a genuine CSV 202208 send under the older names: K1 as 第3.x版 had it
  (第1表 + 第2表 + 利用者補足情報, no 第3表) and K2. \`validateBundle\` accepts it with the warnings
  FILE_OLDER_CSV_VERSION and FILENAME_LEGACY_CONVENTION only.
- \`transmissions/invalid/<case>/\` and \`transmissions/tolerated/<case>/\`: whole sends for
  \`validateBundle\` and \`expected.json\` (\`{ "description": "…", "issues": [{ "code": "…", "file": "…" }] }\`;
  \`file\` when the issue belongs to one file). A tolerated send is ok with warnings only (several units
  under one ファイル連番, one ファイル連番 for two receivers); an invalid send fails when a listed code is an
  error (\`kyotaku-broken\` is the demo transmission broken three ways).
- \`transmissions/valid/kisairei-33-1/\`: MHLW's worked example 記載例33-1 (短期入所生活介護 beyond 30
  days: 755 × 30 units, a −30 × 20 減算, 単価 11.10, 給付率 90 → 費用総額 244,755, 保険 220,279,
  利用者 24,476; 30日超 725 units → 全額負担 8,047) as one K2 unit (第6表 予定 + 第7表 + 利用者補足情報,
  2025-05, 要介護3 at the 2019-10 limit 27,048). It passes \`validateBundle\` with no issue at all,
  under every profile. What the example does not print is reconstructed: see
  \`src/sample/worked-examples.ts\`.
- \`invalid/<case>/\`: one broken file (a single rule broken) and \`expected.json\`:
  \`{ "description": "…", "issues": [{ "code": "FIELD_INVALID_DATE", "record": 2, "fieldNo": 18 }] }\`.
  Each listed issue MUST be reported (at that record and 項目No. when given; file-level and
  encoding issues have none). Other, consequential issues may also appear (e.g. an invalid month in
  a record also makes the file mix months). Some cases are warnings or info only (their description
  says so); a file is expected to fail (\`ok: false\`) when a listed code has error severity.
- \`transmissions/invalid/<case>/\`: broken units, checked with \`validateBundle\`: the demo
  transmission broken three ways (\`kyotaku-broken\`), and the 記載例33-1 unit with one number
  changed in one file (\`bundle-*\`: 第7表 against 第6表 予定 and 利用者補足情報). \`expected.json\` lists
  each issue with the \`kind\` of the file it is reported on. Every file of a unit is valid on its own.
- The accounting cases of \`invalid/\` (\`record-*\`, \`file-subtotal-*\`, \`file-grand-total-*\`,
  \`file-outside-limit-*\` of 第7表 and 利用者補足情報) are warnings (or info) by default; those whose
  description says so are errors under \`profile: 'strict'\`.
- \`tolerated/<case>/\`: files that are valid but not canonical, as other vendors' software writes
  them (LF line endings, unquoted free text, no final line break, every field quoted, lower-case
  extension, …), and files that a doubtful reading of the spec must not reject (a time 2400, an
  empty 回数 on a 第7表 subtotal row, \`UPKIHON_000000_…\`, …: see the README, "How this library
  reads the spec"). They parse with \`ok: true\` and the listed info/warning issues; they need not
  re-encode byte for byte.
`;

main();
