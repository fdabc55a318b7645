import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ISSUE_CATALOGUE, KIND_IDS, parseFile, parseFilename, stringifyFile, type FileKindId, type IssueCode, type KindId } from '../src/index.js';
import { TRANSMISSION_UNITS } from '../src/spec/units.js';
import { sampleFile, sampleRecords, sampleTransmission } from '../src/sample/index.js';

const FIXTURES = fileURLToPath(new URL('../spec-fixtures/', import.meta.url));

interface Expected {
  code: IssueCode;
  record?: number;
  fieldNo?: number;
}
interface ExpectedFile {
  description: string;
  issues: Expected[];
}
interface FileOut {
  name: string;
  bytes: Uint8Array;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

const load = (path: string): FileOut => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
const rel = (path: string) => relative(FIXTURES, path);
const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const show = (issues: readonly { code: string; record?: number | undefined; fieldNo?: number | undefined }[]) =>
  issues.map((i) => `${i.code}@${i.record ?? '-'}:${i.fieldNo ?? '-'}`).join(' ');

/** Valid means: ok, no issue but the allowed ones, re-encoded byte for byte, the file name names the kind. */
function expectValid(file: FileOut, allowed: readonly IssueCode[] = []): void {
  const r = parseFile(file);
  expect(r.ok, show(r.issues)).toBe(true);
  expect(show(r.issues.filter((i) => !allowed.includes(i.code)))).toBe('');
  expect(r.kind).not.toBeNull();
  expect(parseFilename(file.name).kind).toBe(r.kind);
  if (r.kind !== 'UPKIHON_IMAGE' && r.kind !== null) {
    expect(r.records.length).toBeGreaterThan(0);
    const again = stringifyFile(r.kind, r.records, r.csvVersion ? { csvVersion: r.csvVersion } : {});
    expect(same(again.bytes, file.bytes), `${file.name} re-encodes byte for byte`).toBe(true);
  }
}

function expectIssues(file: FileOut, expected: readonly Expected[]): ReturnType<typeof parseFile> {
  const r = parseFile(file);
  for (const e of expected) {
    const hit = r.issues.some(
      (i) => i.code === e.code && (e.record === undefined || i.record === e.record) && (e.fieldNo === undefined || i.fieldNo === e.fieldNo),
    );
    expect(hit, `${JSON.stringify(e)} in ${show(r.issues)}`).toBe(true);
  }
  return r;
}

function caseDirs(kind: 'invalid' | 'tolerated'): { id: string; file: FileOut; expected: ExpectedFile }[] {
  const root = join(FIXTURES, kind);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((id) => {
      const files = readdirSync(join(root, id)).filter((f) => f !== 'expected.json');
      if (files.length !== 1) throw new Error(`${kind}/${id}: expected exactly one file besides expected.json, found ${files.length}`);
      return {
        id,
        file: load(join(root, id, files[0]!)),
        expected: JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')) as ExpectedFile,
      };
    });
}

describe('spec-fixtures/valid', () => {
  const files = walk(join(FIXTURES, 'valid'));

  it('holds a valid file for each of the 17 CSV kinds and a UPKIHON_IMAGE', () => {
    const kinds = new Set(files.filter((p) => !p.includes(`${join('valid', 'v3')}`)).map((p) => parseFilename(basename(p)).kind));
    for (const k of [...KIND_IDS, 'UPKIHON_IMAGE'] as FileKindId[]) expect(kinds.has(k), k).toBe(true);
  });

  it('holds files of several records (at least 3) for every kind', () => {
    for (const p of files.filter((x) => x.endsWith('.CSV') && !x.includes(join('valid', 'v3'))))
      expect(parseFile(load(p)).records.length, rel(p)).toBeGreaterThanOrEqual(3);
  });

  it('carries free text with a comma, a quote, CRLF and MS932 extension characters', () => {
    const values = files
      .filter((p) => p.endsWith('.CSV'))
      .flatMap((p) => (parseFile(load(p)).records as unknown as Record<string, string>[]).flatMap((r) => Object.values(r)));
    for (const needle of [',', '"', '\r\n', '①', 'Ⅲ', '㈱', '髙', '﨑'])
      expect(
        values.some((v) => v.includes(needle)),
        JSON.stringify(needle),
      ).toBe(true);
  });

  for (const path of files) {
    const v3 = dirname(path).endsWith(join('valid', 'v3'));
    const allowed: IssueCode[] = v3 ? ['FILE_OLDER_CSV_VERSION', 'FILENAME_LEGACY_CONVENTION'] : [];
    it(`${rel(path)} parses with ok:true${v3 ? ' (older-version warnings only)' : ' and no issue'} and re-encodes byte for byte`, () => {
      expectValid(load(path), allowed);
      if (v3) expect(parseFile(load(path)).csvVersion).toBe('202208');
    });
  }
});

describe('spec-fixtures/transmissions/valid', () => {
  const dirs = ['kyotaku', 'yobo', 'provider'];
  for (const d of dirs) {
    const files = walk(join(FIXTURES, 'transmissions', 'valid', d));
    it(`the ${d} transmission exists and every file in it is valid and canonical`, () => {
      expect(files.length).toBeGreaterThan(0);
      for (const p of files) expectValid(load(p));
    });
  }

  it('the v3 send (CSV 202208, older names) holds K1 without 第3表 and K2, valid with the older-version warnings only', () => {
    const files = walk(join(FIXTURES, 'transmissions', 'valid', 'v3'));
    expect(files.map((p) => parseFilename(basename(p)).kind).sort()).toEqual(['UP1KYO', 'UP2KYO', 'UPHOSOKU', 'UPHOSOKU', 'UPPLAN', 'UPSIKYU']);
    for (const p of files) {
      expectValid(load(p), ['FILE_OLDER_CSV_VERSION', 'FILENAME_LEGACY_CONVENTION']);
      expect(parseFile(load(p)).csvVersion).toBe('202208');
    }
  });

  it('the kyotaku demo holds unit K1 and unit K2 from one care manager office to one provider', () => {
    const names = walk(join(FIXTURES, 'transmissions', 'valid', 'kyotaku')).map((p) => parseFilename(basename(p)));
    const byTs = new Map<string, Set<string>>();
    for (const n of names) byTs.set(n.timestamp!, (byTs.get(n.timestamp!) ?? new Set()).add(n.kind!));
    expect([...byTs.values()].map((s) => [...s].sort().join(',')).sort()).toEqual(['UP1KYO,UP2KYO,UP3KYO,UPHOSOKU', 'UPHOSOKU,UPPLAN,UPSIKYU']);
    expect(new Set(names.map((n) => `${n.senderOffice}_${n.senderServiceType}>${n.receiverOffice}_${n.receiverServiceType}`)).size).toBe(1);
    expect(names[0]!.senderServiceType).toBe('43');
  });
});

describe('spec-fixtures/invalid', () => {
  const cases = caseDirs('invalid');

  it('covers every field format, record rule, file rule, encoding, CSV syntax and file-name code', () => {
    const codes = new Set(cases.flatMap((c) => c.expected.issues.map((i) => i.code)));
    const required: IssueCode[] = [
      'FIELD_INVALID_YYYYMM',
      'FIELD_INVALID_DATE',
      'FIELD_INVALID_TIME',
      'FIELD_NOT_DIGITS',
      'FIELD_INVALID_INSURED_NUMBER',
      'FIELD_INVALID_POSTAL_CODE',
      'FIELD_INVALID_SERVICE_CODE',
      'FIELD_INVALID_DAY_FLAGS',
      'FIELD_INVALID_TAIS_CODE',
      'FIELD_TAIS_FULLWIDTH_DASH',
      'FIELD_UNKNOWN_CODE',
      'FIELD_TOO_LONG',
      'FIELD_WRONG_LENGTH',
      'FIELD_REQUIRED',
      'FIELD_REQUIRED_DOUBTFUL',
      'RECORD_RENTAL_NEEDS_TAIS',
      'RECORD_DETAIL_CODE_NOT_RENTAL',
      'RECORD_TIME_PAIR',
      'RECORD_TOTAL_ROW_OFFICE',
      'RECORD_TOTAL_ROW_FIELD',
      'RECORD_PLAN_ITEM_DUPLICATE',
      'RECORD_HOSOKU_LINK',
      'RECORD_SERVICE_TYPE_OUT_OF_SCOPE',
      'RECORD_FIELD_COUNT',
      'FILE_MIXED_CSV_VERSIONS',
      'FILE_UNKNOWN_CSV_VERSION',
      'FILE_OLDER_CSV_VERSION',
      'FILE_MIXED_MONTHS',
      'FILE_MONTH_MISMATCH',
      'FILE_KIND_MISMATCH',
      'FILE_HEADER_ROW',
      'FILE_SAME_SENDER_RECEIVER',
      'FILE_EMPTY',
      'ENCODING_UTF8_INPUT',
      'ENCODING_UTF8_BOM',
      'ENCODING_INVALID_BYTES',
      'ENCODING_GAIJI',
      'ENCODING_CONTROL_CHARACTER',
      'CSV_UNTERMINATED_QUOTE',
      'CSV_STRAY_QUOTE',
      'CSV_TEXT_AFTER_QUOTE',
      'CSV_TOO_MANY_FIELDS',
      'FILENAME_UNKNOWN_PATTERN',
      'FILENAME_INVALID_MONTH',
      'FILENAME_INVALID_TIMESTAMP',
      // issue 13: the stated rules (warnings; profile 'strict' raises the certain ones)
      'RECORD_SERVICE_DATE_OUTSIDE_MONTH',
      'RECORD_PRORATED_DAY_NOT_IN_MONTH',
      'FILE_CSV_VERSION_MONTH_MISMATCH',
      'FILE_DETAIL_CODE_SEQUENCE',
      'RECORD_LIMIT_SLOT_GAP',
      'RECORD_LIMIT_SLOT_TYPE',
      'RECORD_LIMIT_SLOT_INCOMPLETE',
      'RECORD_DEPENDENT_FIELD_EMPTY',
      'FILE_YOBO_SUB_NUMBERING',
      'FILE_YOBO_SUB_ISSUE_NUMBERING',
      'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY',
      'FIELD_INVALID_IMAGE_NAME',
      'FILE_IMAGE_NAME_SEGMENTS',
      'FILE_IMAGE_NAME_DUPLICATE',
      'FILE_PLAN_OFFICE_NAME_MISMATCH',
      'FILE_UPDATER_NAME_MISMATCH',
    ];
    expect(required.filter((c) => !codes.has(c))).toEqual([]);
  });

  for (const c of cases) {
    const failing = c.expected.issues.some((i) => ISSUE_CATALOGUE[i.code] === 'error');
    it(`${c.id} reports ${c.expected.issues.map((i) => i.code).join(' and ')}${failing ? ' and fails' : ''}`, () => {
      expect(c.expected.description.length).toBeGreaterThan(0);
      expect(c.expected.issues.length).toBeGreaterThan(0);
      const r = expectIssues(c.file, c.expected.issues);
      if (failing) expect(r.ok).toBe(false);
    });
  }
});

describe('spec-fixtures/tolerated', () => {
  it('covers every doubt that issue 13 made a warning', () => {
    const codes = new Set(caseDirs('tolerated').flatMap((c) => c.expected.issues.map((i) => i.code)));
    const doubts: IssueCode[] = [
      'FIELD_TIME_2400',
      'FIELD_REQUIRED_DOUBTFUL',
      'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL',
      'RECORD_RENTAL_CODE_DOUBTFUL',
      'FILENAME_UPKIHON_MONTH_SEGMENT',
    ];
    expect(doubts.filter((c) => !codes.has(c))).toEqual([]);
  });

  for (const c of caseDirs('tolerated')) {
    it(`${c.id} parses with ok:true${c.expected.issues.length ? ` and reports ${c.expected.issues.map((i) => i.code).join(' and ')}` : ''}, never an error`, () => {
      for (const e of c.expected.issues) expect(ISSUE_CATALOGUE[e.code]).not.toBe('error');
      const r = expectIssues(c.file, c.expected.issues);
      expect(r.ok, show(r.issues)).toBe(true);
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The generator

const ALL_FILE_KINDS = [...KIND_IDS, 'UPKIHON_IMAGE'] as FileKindId[];

/** Fails the test if the generator touches Math.random or the clock. */
function forbidEntropy() {
  vi.spyOn(Math, 'random').mockImplementation(() => {
    throw new Error('Math.random used');
  });
  vi.spyOn(Date, 'now').mockImplementation(() => {
    throw new Error('Date.now used');
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sampleRecords / sampleFile', () => {
  for (const kind of KIND_IDS) {
    it(`sampleRecords('${kind}') gives the same records twice for a seed and every key of the layout`, () => {
      forbidEntropy();
      const a = sampleRecords(kind, { seed: 5 });
      expect(sampleRecords(kind, { seed: 5 })).toEqual(a);
      expect(a.length).toBeGreaterThanOrEqual(3);
    });
  }

  for (const kind of ALL_FILE_KINDS) {
    it(`sampleFile('${kind}') is deterministic for a seed and valid for several seeds`, () => {
      forbidEntropy();
      const a = sampleFile(kind, { seed: 42 });
      const b = sampleFile(kind, { seed: 42 });
      expect(b.name).toBe(a.name);
      expect(same(b.bytes, a.bytes)).toBe(true);
      for (const seed of [1, 2, 3, 99, 12345]) expectValid(sampleFile(kind, { seed, records: 1 + (seed % 5) }));
    });
  }

  it('different seeds give different data', () => {
    expect(same(sampleFile('UP1KYO', { seed: 1 }).bytes, sampleFile('UP1KYO', { seed: 2 }).bytes)).toBe(false);
  });

  it('honours sender, receiver, month and timestamp', () => {
    const f = sampleFile('UPPLAN', {
      sender: { office: '2712345678', serviceType: '43' },
      receiver: { office: '2787654321', serviceType: '13' },
      month: '202507',
      timestamp: '20250626120000',
    });
    expect(f.name).toBe('UPPLAN_202507_2712345678_43_2787654321_13_20250626120000.CSV');
    expectValid(f);
    const jsk = sampleFile('UPJSK', {
      sender: { office: '2787654321', serviceType: '13' },
      receiver: { office: '2712345678', serviceType: '43' },
      month: '202507',
    });
    expect(jsk.name.startsWith('UPJSK_202507_2787654321_13_2712345678_43_')).toBe(true);
    expectValid(jsk);
  });

  it('refuses the same office as sender and receiver', () => {
    expect(() => sampleFile('UP1KYO', { sender: { office: '1111111111', serviceType: '43' }, receiver: { office: '1111111111', serviceType: '11' } })).toThrow(
      RangeError,
    );
  });

  it('writes 第6表 rows inside the target month with well-ordered times and TAIS codes on rentals', () => {
    for (const kind of ['UPPLAN', 'UPJSK'] as const)
      for (const seed of [1, 2, 3]) {
        for (const r of sampleRecords(kind, { seed, month: '202502' })) {
          expect(r.serviceDate.slice(0, 6)).toBe('202502');
          if (r.startTime === '9999') expect(r.endTime).toBe('9999');
          else expect(Number(r.startTime)).toBeLessThan(Number(r.endTime));
          const type = r.serviceCode.slice(0, 2);
          if (type === '17' || type === '67') expect(`${r.taisCode}${r.notificationCode}`).toMatch(/^(\d{5}-\d{6})+$/);
          if (r.detailCode !== '') expect(type).toBe('17');
        }
      }
  });

  it('writes exactly one 全合計 row per user in 第7表 and subtotals for types with several rows', () => {
    const rows = sampleRecords('UPSIKYU', { seed: 4, records: 4 });
    const users = new Set(rows.map((r) => r.insuredNumber));
    for (const u of users) {
      const mine = rows.filter((r) => r.insuredNumber === u);
      const totals = mine.filter((r) => r.serviceCode === '999999');
      expect(totals.length).toBe(1);
      expect(totals[0]!.serviceOfficeCode).toBe('9999999999');
      const perType = new Map<string, number>();
      for (const r of mine)
        if (/^\w{2}\d{4}$/.test(r.serviceCode) && r.serviceCode !== '999999')
          perType.set(r.serviceCode.slice(0, 2), (perType.get(r.serviceCode.slice(0, 2)) ?? 0) + 1);
      for (const [type, n] of perType) expect(mine.some((r) => r.serviceCode === `${type}AAAA`)).toBe(n > 1);
    }
  });

  it('writes 第2表 with unique item numbers and print-image rows', () => {
    const rows = sampleRecords('UP2KYO', { seed: 6 });
    const keys = rows.map((r) => `${r.insuredNumber}/${r.planDate}/${r.issueNo}/${r.goalNo}/${r.supportNo}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.some((r) => r.issue === '' && r.issueNo !== '')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Transmissions

type Key = readonly string[];
const LINKS: readonly { parent: KindId; parentKey: Key; child: KindId; childKey: Key }[] = [
  { parent: 'UP1KYO', parentKey: ['insurerNumber', 'insuredNumber', 'planDate'], child: 'UP2KYO', childKey: ['insurerNumber', 'insuredNumber', 'planDate'] },
  { parent: 'UP1KYO', parentKey: ['insurerNumber', 'insuredNumber', 'planDate'], child: 'UP3KYO', childKey: ['insurerNumber', 'insuredNumber', 'planDate'] },
  { parent: 'UP1KYO', parentKey: ['insurerNumber', 'insuredNumber', 'planDate'], child: 'UPHOSOKU', childKey: ['insurerNumber', 'insuredNumber', 'planDate'] },
  {
    parent: 'UPPLAN',
    parentKey: ['insurerNumber', 'insuredNumber', 'targetMonth'],
    child: 'UPSIKYU',
    childKey: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  },
  {
    parent: 'UPPLAN',
    parentKey: ['insurerNumber', 'insuredNumber', 'targetMonth'],
    child: 'UPHOSOKU',
    childKey: ['insurerNumber', 'insuredNumber', 'targetMonth'],
  },
  {
    parent: 'UPKIHON',
    parentKey: ['insurerNumber', 'insuredNumber', 'consultationDate'],
    child: 'UPKIHON_SUB1',
    childKey: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  },
  {
    parent: 'UPKIHON',
    parentKey: ['insurerNumber', 'insuredNumber', 'consultationDate'],
    child: 'UPKIHON_SUB2',
    childKey: ['insurerNumber', 'insuredNumber', 'consultationDate'],
  },
  {
    parent: 'UPYOBO',
    parentKey: ['insurerNumber', 'insuredNumber', 'planDate'],
    child: 'UPYOBO_SUB',
    childKey: ['insurerNumber', 'insuredNumber', 'planDate'],
  },
];

describe('sampleTransmission', () => {
  for (const unit of TRANSMISSION_UNITS) {
    it(`unit ${unit.id} is deterministic, complete, valid, shares one timestamp and parties, and its keys link`, () => {
      forbidEntropy();
      const files = sampleTransmission(unit.id, { seed: 8 });
      const again = sampleTransmission(unit.id, { seed: 8 });
      expect(again.map((f) => f.name)).toEqual(files.map((f) => f.name));
      files.forEach((f, i) => expect(same(again[i]!.bytes, f.bytes), f.name).toBe(true));

      const names = files.map((f) => parseFilename(f.name));
      expect(new Set(names.map((n) => n.kind))).toEqual(new Set(unit.members.map((m) => m.kind)));
      expect(new Set(names.map((n) => n.timestamp)).size).toBe(1);
      expect(new Set(names.map((n) => `${n.senderOffice}_${n.senderServiceType}>${n.receiverOffice}_${n.receiverServiceType}`)).size).toBe(1);
      expect(names[0]!.senderOffice).not.toBe(names[0]!.receiverOffice);
      const providerSends = unit.members.every((m) => m.kind === 'UPJSK' || m.kind === 'DLTJSK');
      expect(names[0]!.senderServiceType === '43').toBe(!providerSends);
      expect(names[0]!.receiverServiceType === '43').toBe(providerSends);

      for (const f of files) expectValid(f);
      const parsed = new Map<string, Record<string, string>[]>();
      for (const f of files) {
        const r = parseFile(f);
        if (r.kind && r.kind !== 'UPKIHON_IMAGE') parsed.set(r.kind, r.records as unknown as Record<string, string>[]);
      }
      for (const link of LINKS) {
        const parent = parsed.get(link.parent);
        const child = parsed.get(link.child);
        if (!parent || !child) continue;
        const pk = new Set(parent.map((r) => link.parentKey.map((k) => r[k]).join('|')));
        const ck = new Set(child.map((r) => link.childKey.map((k) => r[k]).join('|')));
        expect(
          [...ck].filter((k) => !pk.has(k)),
          `${link.child} → ${link.parent}`,
        ).toEqual([]);
        expect(
          [...pk].filter((k) => !ck.has(k)),
          `${link.parent} has ${link.child}`,
        ).toEqual([]);
      }
      const hosoku = files.find((f) => f.name.startsWith('UPHOSOKU_'));
      if (hosoku) {
        const r = parseFile(hosoku).records as unknown as Record<string, string>[];
        const month = parseFilename(hosoku.name).targetMonth;
        if (parsed.has('UP1KYO')) {
          expect(month).toBe('000000');
          for (const x of r) expect([x.targetMonth, x.planDate === '00000000']).toEqual(['000000', false]);
        } else {
          expect(month).toBe(parsed.get('UPPLAN')![0]!.targetMonth);
          for (const x of r) expect([x.targetMonth, x.planDate]).toEqual([month, '00000000']);
        }
      }
      const kihon = parsed.get('UPKIHON');
      if (kihon) {
        const images = files.filter((f) => f.name.startsWith('UPKIHON_IMAGE_')).map((f) => f.name);
        expect(kihon.map((r) => r.familyImageFileName).sort()).toEqual(images.sort());
      }
    });
  }

  it('refuses an unknown unit id', () => {
    expect(() => sampleTransmission('K7')).toThrow(RangeError);
  });
});
