import { describe, expect, it } from 'vitest';
import {
  FILENAME_GRAMMARS,
  FILE_KIND_IDS,
  buildFilename,
  describePattern,
  parseFilename,
  type FileKindId,
  type FilenameParts,
} from '../../src/filenames/index.js';
import { compileFilenameGrammar } from '../../src/filenames/grammar.js';
import { formatIssue } from '../../src/report/format.js';
import type { IssueCode } from '../../src/core/codes.js';

const codes = (name: string): IssueCode[] => parseFilename(name).issues.map((i) => i.code);

const V4_PARTS = { senderOffice: '0300000100', senderServiceType: '43', receiverOffice: '0300000005', receiverServiceType: '11', timestamp: '20191025200201' };
const V4_JSK_PARTS = { ...V4_PARTS, senderOffice: '0300000005', receiverOffice: '0300000100' };

// Every valid example name of LAYOUTS.md §3 / §8, with what it must parse to.
const SPEC_EXAMPLES: [string, FileKindId, FilenameParts][] = [
  ['UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV', 'UPHOSOKU', { targetMonth: '000000', ...V4_PARTS }],
  ['UPHOSOKU_201909_0300000100_43_0300000005_11_20191025200201.CSV', 'UPHOSOKU', { targetMonth: '201909', ...V4_PARTS }],
  ['UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV', 'UP1KYO', V4_PARTS],
  ['DLT1KYO_0300000100_43_0300000005_11_20191025200201.CSV', 'DLT1KYO', V4_PARTS],
  ['UP2KYO_0300000100_43_0300000005_11_20191025200201.CSV', 'UP2KYO', V4_PARTS],
  ['UP3KYO_0300000100_43_0300000005_11_20191025200201.CSV', 'UP3KYO', V4_PARTS],
  ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV', 'UPPLAN', { targetMonth: '201912', ...V4_PARTS }],
  ['UPJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV', 'UPJSK', { targetMonth: '201912', ...V4_JSK_PARTS }],
  ['DLTPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV', 'DLTPLAN', { targetMonth: '201912', ...V4_PARTS }],
  ['DLTJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV', 'DLTJSK', { targetMonth: '201912', ...V4_JSK_PARTS }],
  ['UPSIKYU_201912_0300000100_43_0300000005_11_20191025200201.CSV', 'UPSIKYU', { targetMonth: '201912', ...V4_PARTS }],
  ['UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON', V4_PARTS],
  ['DLTKIHON_0300000100_43_0300000005_11_20191025200201.CSV', 'DLTKIHON', V4_PARTS],
  ['UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON_SUB1', V4_PARTS],
  ['UPKIHON_SUB2_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON_SUB2', V4_PARTS],
  ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.JPG', 'UPKIHON_IMAGE', { ...V4_PARTS, branch: '0001' }],
  ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0002.JPG', 'UPKIHON_IMAGE', { ...V4_PARTS, branch: '0002' }],
  ['UPYOBO_0300000100_43_0300000005_11_20191025200201.CSV', 'UPYOBO', V4_PARTS],
  ['DLTYOBO_0300000100_43_0300000005_11_20191025200201.CSV', 'DLTYOBO', V4_PARTS],
  ['UPYOBO_SUB_0300000100_43_0300000005_11_20191025200201.CSV', 'UPYOBO_SUB', V4_PARTS],
];

const V3_PARTS = { senderOffice: '0123456789', receiverOffice: '2468135790', timestamp: '20191110102233' };

// The older-convention examples of §11, with the 9-digit sender fixed to 10 digits.
const V3_EXAMPLES: [string, FileKindId, FilenameParts][] = [
  [
    'UPPLAN_201912_0300000100_0300000005_20191025200201.CSV',
    'UPPLAN',
    { targetMonth: '201912', senderOffice: '0300000100', receiverOffice: '0300000005', timestamp: '20191025200201' },
  ],
  [
    'UPJSK_201912_0300000005_0300000100_20191025200201.CSV',
    'UPJSK',
    { targetMonth: '201912', senderOffice: '0300000005', receiverOffice: '0300000100', timestamp: '20191025200201' },
  ],
  ['UP1KYO_0123456789_2468135790_20191110102233.CSV', 'UP1KYO', V3_PARTS],
  ['UP2KYO_0123456789_2468135790_20191110102233.CSV', 'UP2KYO', V3_PARTS],
  ['UPHOSOKU_000000_0123456789_2468135790_20191110102233.CSV', 'UPHOSOKU', { targetMonth: '000000', ...V3_PARTS }],
  ['DLT1KYO_0123456789_2468135790_20191110102233.CSV', 'DLT1KYO', V3_PARTS],
  ['DLTPLAN_201912_0123456789_2468135790_20191110102233.CSV', 'DLTPLAN', { targetMonth: '201912', ...V3_PARTS }],
  ['DLTJSK_201912_0123456789_2468135790_20191110102233.CSV', 'DLTJSK', { targetMonth: '201912', ...V3_PARTS }],
  ['UPSIKYU_201912_0123456789_2468135790_20191110102233.CSV', 'UPSIKYU', { targetMonth: '201912', ...V3_PARTS }],
];

const PART_KEYS = ['targetMonth', 'senderOffice', 'senderServiceType', 'receiverOffice', 'receiverServiceType', 'timestamp', 'branch'] as const;
const partsOf = (r: object): Partial<FilenameParts> => Object.fromEntries(PART_KEYS.filter((k) => k in r).map((k) => [k, (r as Record<string, unknown>)[k]]));

describe('parseFilename: spec examples (第4.1版)', () => {
  it.each(SPEC_EXAMPLES)('recognises %s', (name, kind, parts) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(true);
    expect(r.kind).toBe(kind);
    expect(r.convention).toBe('v4');
    expect(r.issues).toEqual([]);
    expect(partsOf(r)).toEqual(parts);
  });

  it.each(SPEC_EXAMPLES)('builds %s back from its parts', (name, kind, parts) => {
    const built = buildFilename(kind, parts);
    // the image rule says .jpg; the example says .JPG
    expect(built).toBe(kind === 'UPKIHON_IMAGE' ? name.replace(/\.JPG$/, '.jpg') : name);
  });
});

describe('parseFilename: older convention (CSV 202208 and earlier)', () => {
  it.each(V3_EXAMPLES)('recognises %s as v3 and reports FILENAME_LEGACY_CONVENTION', (name, kind, parts) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(true);
    expect(r.kind).toBe(kind);
    expect(r.convention).toBe('v3');
    expect(partsOf(r)).toEqual(parts);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'FILENAME_LEGACY_CONVENTION', severity: 'warning', params: { convention: 'v3' } });
  });

  it.each(V3_EXAMPLES)('builds %s back with convention v3', (name, kind, parts) => {
    expect(buildFilename(kind, parts, { convention: 'v3' })).toBe(name);
  });

  it.each(['UP3KYO', 'UPKIHON', 'DLTKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'DLTYOBO', 'UPYOBO_SUB'] as const)(
    'reports FILENAME_UNKNOWN_PATTERN for a v3-shaped %s name (the kind did not exist in v3)',
    (kind) => {
      const r = parseFilename(`${kind}_0123456789_2468135790_20191110102233.CSV`);
      expect(r.ok).toBe(false);
      expect(r.kind).toBe(kind);
      expect(r.convention).toBeUndefined();
      expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_UNKNOWN_PATTERN', params: { expected: describePattern(kind) } })]);
    },
  );
});

describe('parseFilename: months and timestamps', () => {
  it('accepts UPHOSOKU 000000 (linked to 1〜3表)', () => {
    expect(codes('UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV')).toEqual([]);
  });

  it.each([
    ['UPPLAN', '000000'],
    ['UPJSK', '000000'],
    ['DLTPLAN', '000000'],
    ['DLTJSK', '000000'],
    ['UPSIKYU', '000000'],
    ['UPPLAN', '201913'],
    ['UPPLAN', '201900'],
    ['UPHOSOKU', '201913'],
    ['UPHOSOKU', '000001'],
  ])('reports FILENAME_INVALID_MONTH for %s with %s', (kind, month) => {
    const r = parseFilename(`${kind}_${month}_0300000100_43_0300000005_11_20191025200201.CSV`);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe(kind);
    expect(r.convention).toBe('v4');
    expect(r.targetMonth).toBe(month);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_INVALID_MONTH', severity: 'error', params: { month } })]);
    // The message shows the month (it used to read a param the parser never set).
    expect(formatIssue(r.issues[0]!)).toContain(month);
    expect(formatIssue(r.issues[0]!, { locale: 'en' })).toContain(month);
  });

  it('reports FILENAME_INVALID_MONTH for a v3 UPPLAN with 000000', () => {
    expect(codes('UPPLAN_000000_0300000100_0300000005_20191025200201.CSV')).toEqual(['FILENAME_INVALID_MONTH', 'FILENAME_LEGACY_CONVENTION']);
  });

  it.each([
    ['20191332000000', 'month 13'],
    ['20191300000000', 'month 13'],
    ['20190001000000', 'month 00'],
    ['20191100000000', 'day 00'],
    ['20191131000000', 'November 31'],
    ['20190229000000', '29 February in a common year'],
    ['19000229000000', '29 February 1900 (not leap)'],
    ['20191025240000', 'hour 24'],
    ['20191025206000', 'minute 60'],
    ['20191025200260', 'second 60'],
  ])('reports FILENAME_INVALID_TIMESTAMP for %s (%s)', (ts) => {
    const r = parseFilename(`UPPLAN_201912_0300000100_43_0300000005_11_${ts}.CSV`);
    expect(r.ok).toBe(false);
    expect(r.timestamp).toBe(ts);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_INVALID_TIMESTAMP', params: { timestamp: ts } })]);
    expect(formatIssue(r.issues[0]!)).toContain(ts);
    expect(formatIssue(r.issues[0]!, { locale: 'en' })).toContain(ts);
  });

  it.each(['20200229000000', '20000229235959', '20191231235959', '20190101000000'])('accepts the real date-time %s', (ts) => {
    expect(codes(`UP1KYO_0300000100_43_0300000005_11_${ts}.CSV`)).toEqual([]);
  });

  it('reports both a bad month and a bad timestamp', () => {
    expect(codes('UPPLAN_201913_0300000100_43_0300000005_11_20191332000000.CSV')).toEqual(['FILENAME_INVALID_MONTH', 'FILENAME_INVALID_TIMESTAMP']);
  });
});

describe('parseFilename: extensions', () => {
  it.each(['csv', 'Csv', 'cSV'])('accepts .%s and reports FILENAME_LOWERCASE_EXTENSION (info)', (ext) => {
    const r = parseFilename(`UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.${ext}`);
    expect(r.ok).toBe(true);
    expect(r.kind).toBe('UPPLAN');
    expect(r.extension).toBe(ext);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_LOWERCASE_EXTENSION', severity: 'info', params: { extension: ext } })]);
  });

  it.each(['jpg', 'JPG', 'Jpg', 'jPG'])('accepts an UPKIHON_IMAGE name ending .%s without an issue', (ext) => {
    const r = parseFilename(`UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.${ext}`);
    expect(r).toEqual({
      ok: true,
      kind: 'UPKIHON_IMAGE',
      convention: 'v4',
      extension: ext,
      ...V4_PARTS,
      branch: '0001',
      issues: [],
    });
  });

  it.each([
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.CSV', 'UPKIHON_IMAGE'],
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpeg', 'UPKIHON_IMAGE'],
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001', 'UPKIHON_IMAGE'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.JPG', 'UPPLAN'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.TXT', 'UPPLAN'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201', 'UPPLAN'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV.bak', 'UPPLAN'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.cſv', 'UPPLAN'],
  ] as const)('reports FILENAME_UNKNOWN_PATTERN for the wrong extension in %s', (name, kind) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe(kind);
    expect(r.convention).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_UNKNOWN_PATTERN' })]);
    expect(r.issues[0]!.params!.expected).toBe(describePattern(kind));
  });
});

describe('parseFilename: malformed names', () => {
  it.each([
    // 本文 2.4 / 3.4 examples: 9-digit sender office number
    ['UP1KYO_123456789_43_2468135790_11_20191110102233.CSV', 'UP1KYO', 'senderOffice'],
    ['UP2KYO_123456789_43_2468135790_11_20191110102233.CSV', 'UP2KYO', 'senderOffice'],
    ['UP3KYO_123456789_43_2468135790_11_20191110102233.CSV', 'UP3KYO', 'senderOffice'],
    ['UPHOSOKU_000000_123456789_43_2468135790_11_20191110102233.CSV', 'UPHOSOKU', 'senderOffice'],
    ['UPYOBO_123456789_43_2468135790_11_20191110102233.CSV', 'UPYOBO', 'senderOffice'],
    // §11 v3 examples as printed (9 digits)
    ['UP1KYO_123456789_2468135790_20191110102233.CSV', 'UP1KYO', 'senderOffice'],
    ['UPHOSOKU_000000_123456789_2468135790_20191110102233.CSV', 'UPHOSOKU', 'senderOffice'],
    ['UPPLAN_201912_0300000100_43_030000000_11_20191025200201.CSV', 'UPPLAN', 'receiverOffice'],
    ['UPPLAN_201912_0300000100_431_0300000005_11_20191025200201.CSV', 'UPPLAN', 'senderServiceType'],
    ['UPPLAN_201912_0300000100_43_0300000005_1_20191025200201.CSV', 'UPPLAN', 'receiverServiceType'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_2019102520020.CSV', 'UPPLAN', 'timestamp'],
    ['UPPLAN_2019120_0300000100_43_0300000005_11_20191025200201.CSV', 'UPPLAN', 'targetMonth'],
    ['UPPLAN_20191A_0300000100_43_0300000005_11_20191025200201.CSV', 'UPPLAN', 'targetMonth'],
    ['UPPLAN_201912_030000010a_43_0300000005_11_20191025200201.CSV', 'UPPLAN', 'senderOffice'],
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_001.jpg', 'UPKIHON_IMAGE', 'branch'],
  ] as const)('reports FILENAME_UNKNOWN_PATTERN for %s, naming the bad segment', (name, kind, segment) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe(kind);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'FILENAME_UNKNOWN_PATTERN', severity: 'error', params: { segment } });
    expect(r.senderOffice).toBeUndefined();
  });

  it('names the v3 pattern as expected when a v3-shaped name has a bad segment', () => {
    const r = parseFilename('UP1KYO_123456789_2468135790_20191110102233.CSV');
    expect(r.issues[0]!.params).toEqual({ expected: describePattern('UP1KYO', 'v3'), segment: 'senderOffice', value: '123456789' });
  });

  it.each([
    // UPKIHON with a month segment the layout does not define (only the literal 000000 of 本文 3.4 is read)
    ['UPKIHON_202505_0300000100_43_0300000005_11_20191110102233.CSV', 'UPKIHON'],
    ['UPKIHON_000000_0300000100_43_0300000005_20191110102233.CSV', 'UPKIHON'],
    // month kinds without the month
    ['UPPLAN_0300000100_43_0300000005_11_20191025200201.CSV', 'UPPLAN'],
    ['UPHOSOKU_0300000100_43_0300000005_11_20191025200201.CSV', 'UPHOSOKU'],
    ['UPPLAN_201912_0300000100_43_0300000005_11_20191025200201_0001.CSV', 'UPPLAN'],
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201.jpg', 'UPKIHON_IMAGE'],
    ['UPPLAN.CSV', 'UPPLAN'],
    ['UPPLAN_.CSV', 'UPPLAN'],
    ['UPPLAN__0300000100_43_0300000005_11_20191025200201.CSV', 'UPPLAN'],
    ['UPKIHON_SUB3_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON'],
  ] as const)('reports FILENAME_UNKNOWN_PATTERN with the expected pattern for %s', (name, kind) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe(kind);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_UNKNOWN_PATTERN' })]);
    expect(r.issues[0]!.params!.expected).toBe(describePattern(kind));
  });

  it('reads UPKIHON_000000_… (the 本文 3.4 example) with FILENAME_UPKIHON_MONTH_SEGMENT, a warning, and never writes it', () => {
    const r = parseFilename('UPKIHON_000000_0300000100_43_0300000005_11_20191110102233.CSV');
    expect(r).toMatchObject({
      ok: true,
      kind: 'UPKIHON',
      convention: 'v4',
      senderOffice: '0300000100',
      senderServiceType: '43',
      receiverOffice: '0300000005',
      receiverServiceType: '11',
      timestamp: '20191110102233',
    });
    expect(r.targetMonth).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'FILENAME_UPKIHON_MONTH_SEGMENT', severity: 'warning' }]);
    expect(buildFilename('UPKIHON', r as FilenameParts)).toBe('UPKIHON_0300000100_43_0300000005_11_20191110102233.CSV');
    // Not for the other kinds of 利用者基本情報.
    expect(parseFilename('UPKIHON_SUB1_000000_0300000100_43_0300000005_11_20191110102233.CSV').ok).toBe(false);
  });

  it.each([
    '',
    'README.txt',
    'upplan_201912_0300000100_43_0300000005_11_20191025200201.CSV',
    'UPPLANX_201912_0300000100_43_0300000005_11_20191025200201.CSV',
    'XUPPLAN_201912.CSV',
    '.CSV',
    ' UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV',
  ])('reports FILENAME_UNKNOWN_PATTERN without a kind for %j', (name) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBeUndefined();
    expect(r.issues).toEqual([{ code: 'FILENAME_UNKNOWN_PATTERN', severity: 'error' }]);
  });

  it.each([
    ['UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON_SUB1'],
    ['UPKIHON_SUB2_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON_SUB2'],
    ['UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpg', 'UPKIHON_IMAGE'],
    ['UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV', 'UPKIHON'],
    ['UPYOBO_SUB_0300000100_43_0300000005_11_20191025200201.CSV', 'UPYOBO_SUB'],
    ['UPYOBO_0300000100_43_0300000005_11_20191025200201.CSV', 'UPYOBO'],
  ])('matches the longest prefix for %s', (name, kind) => {
    expect(parseFilename(name)).toMatchObject({ ok: true, kind });
  });

  it('accepts alphanumeric office numbers and service types ([0-9A-Z])', () => {
    const r = parseFilename('UPPLAN_201912_03000001AZ_2A_0300000005_A1_20191025200201.CSV');
    expect(r).toMatchObject({ ok: true, senderOffice: '03000001AZ', senderServiceType: '2A', receiverServiceType: 'A1' });
  });
});

describe('parseFilename: hostile names', () => {
  const GOOD = 'UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV';

  it.each([
    ['../' + GOOD, 'separator'],
    ['..\\' + GOOD, 'separator'],
    ['a/b', 'separator'],
    ['a\\b', 'separator'],
    ['/etc/passwd', 'separator'],
    ['C:\\' + GOOD, 'separator'],
    [GOOD + '\u0000.txt', 'control'],
    ['\u0000', 'control'],
    [GOOD.replace('_43', '\t43'), 'control'],
    [GOOD + '\n', 'control'],
    [GOOD.replace('.CSV', '\u202eVSC.exe'), 'control'],
    ['..', 'parent-segment'],
  ])('reports FILENAME_UNSAFE_CHARACTER for %j (%s)', (name, reason) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBeUndefined();
    expect(r.issues.every((i) => i.code === 'FILENAME_UNSAFE_CHARACTER')).toBe(true);
    expect(r.issues.map((i) => i.params!.reason)).toContain(reason);
  });

  it('reports the parent segment as well as the separator for ../x', () => {
    expect(parseFilename('../x').issues.map((i) => i.params!.reason)).toEqual(['separator', 'parent-segment']);
  });

  it('does not treat dots inside a name as a parent segment', () => {
    expect(codes('UPPLAN..CSV')).toEqual(['FILENAME_UNKNOWN_PATTERN']);
  });

  it.each([256, 300, 100_000])('reports FILENAME_TOO_LONG for a %i-character name', (n) => {
    const r = parseFilename(GOOD.slice(0, -4) + 'X'.repeat(n - GOOD.length) + '.CSV');
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([{ code: 'FILENAME_TOO_LONG', severity: 'error', params: { length: n, max: 255 } }]);
  });

  it('accepts 255 characters as far as length goes', () => {
    expect(codes('X'.repeat(255))).toEqual(['FILENAME_UNKNOWN_PATTERN']);
  });

  it('reports FILENAME_FULLWIDTH_CHARACTER for full-width digits and still recognises the kind', () => {
    const r = parseFilename('UPPLAN_２０１９１２_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(r.ok).toBe(false);
    expect(r.kind).toBe('UPPLAN');
    expect(r.targetMonth).toBe('201912');
    expect(r.issues).toEqual([{ code: 'FILENAME_FULLWIDTH_CHARACTER', severity: 'error', params: { codePoint: 'U+FF12', position: 8, count: 6 } }]);
  });

  it.each([
    'ＵＰＰＬＡＮ_201912_0300000100_43_0300000005_11_20191025200201.CSV',
    'UPPLAN＿201912_0300000100_43_0300000005_11_20191025200201.CSV',
    'UPPLAN_201912_0300000100_43_0300000005_11_20191025200201．CSV',
    'upplan_201912_0300000100_43_0300000005_11_20191025200201.csv'.replace('upplan', 'ＵＰＰＬＡＮ'),
  ])('reports FILENAME_FULLWIDTH_CHARACTER for %s and says it looks like UPPLAN', (name) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe('UPPLAN');
    expect(r.issues.map((i) => i.code)).toContain('FILENAME_FULLWIDTH_CHARACTER');
  });

  it.each([
    'UPPLAN\u0332201912\u03320300000100\u033243\u03320300000005\u033211\u033220191025200201.CSV',
    'UPPLAN_\u0332201912_0300000100_43_0300000005_11_20191025200201.CSV',
    'UPPLAN \u0332201912_0300000100_43_0300000005_11_20191025200201.CSV',
  ])('reports FILENAME_LOOKALIKE_UNDERSCORE for U+0332 in %j and still recognises the kind', (name) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.kind).toBe('UPPLAN');
    expect(r.convention).toBe('v4');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'FILENAME_LOOKALIKE_UNDERSCORE', params: expect.objectContaining({ codePoint: 'U+0332' }) })]);
  });

  it('never echoes the whole file name in issues', () => {
    const names = [
      'UPPLAN_201913_0300000100_43_0300000005_11_20191332000000.csv',
      'UP1KYO_123456789_43_2468135790_11_20191110102233.CSV',
      '../' + GOOD,
      'X'.repeat(300),
      'UPPLAN_２０１９１２_0300000100_43_0300000005_11_20191025200201.CSV',
      `UPPLAN_201912_${'A'.repeat(40)}_43_0300000005_11_20191025200201.CSV`,
    ];
    for (const name of names) {
      const json = JSON.stringify(parseFilename(name).issues);
      expect(json).not.toContain(name);
      expect(json).not.toContain('A'.repeat(40));
    }
  });
});

describe('parseFilename: adversarial input returns promptly', () => {
  const big = 100_000;
  it.each([
    ['UPPLAN_ + 1×5000', 'UPPLAN_' + '1'.repeat(5000)],
    ['UPPLAN_ + 1×100k', 'UPPLAN_' + '1'.repeat(big)],
    ['_ ×100k', '_'.repeat(big)],
    ['. ×100k', '.'.repeat(big)],
    ['/ ×100k', '/'.repeat(big)],
    ['UPPLAN_201912_ + (0_)×50k', 'UPPLAN_201912_' + '0_'.repeat(big / 2)],
    ['UPKIHON_ ×10k', 'UPKIHON_'.repeat(10_000)],
    ['a×100k + NUL', 'a'.repeat(big) + '\u0000'],
    ['full-width ×100k', '１'.repeat(big)],
    ['U+0332 ×100k', '\u0332'.repeat(big)],
  ])('handles %s', (_label, name) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['UPPLAN_ + 1×248', 'UPPLAN_' + '1'.repeat(248)],
    ['UPPLAN_ + (1_)×124', 'UPPLAN_' + '1_'.repeat(124)],
    ['UPKIHON_ ×31', 'UPKIHON_'.repeat(31)],
    ['(UPKIHON_SUB1_)×18', 'UPKIHON_SUB1_'.repeat(18)],
    ['full-width ×255', '１'.repeat(255)],
    ['U+0332 ×255', '\u0332'.repeat(255)],
    ['_ + U+0332 ×127', '_\u0332'.repeat(127)],
  ])('handles %s at the length limit', (_label, name) => {
    const r = parseFilename(name);
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it('returns an issue for a non-string from untyped callers', () => {
    for (const v of [undefined, null, 42, {}, ['UPPLAN']]) {
      expect(parseFilename(v as unknown as string)).toEqual({ ok: false, issues: [{ code: 'FILENAME_UNKNOWN_PATTERN', severity: 'error' }] });
    }
  });
});

describe('buildFilename', () => {
  it('writes .jpg for UPKIHON_IMAGE', () => {
    expect(buildFilename('UPKIHON_IMAGE', { ...V4_PARTS, branch: '0001' })).toBe('UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpg');
  });

  it('writes UPHOSOKU 000000 in both conventions', () => {
    expect(buildFilename('UPHOSOKU', { targetMonth: '000000', ...V4_PARTS })).toBe('UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV');
    expect(buildFilename('UPHOSOKU', { targetMonth: '000000', ...V3_PARTS }, { convention: 'v3' })).toBe(
      'UPHOSOKU_000000_0123456789_2468135790_20191110102233.CSV',
    );
  });

  it('ignores parts explicitly set to undefined', () => {
    expect(buildFilename('UP1KYO', { ...V4_PARTS, targetMonth: undefined, branch: undefined })).toBe('UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV');
  });

  const M = { targetMonth: '201912', ...V4_PARTS };
  it.each([
    ['an unknown kind', 'UPFOO', M, undefined, /unknown file kind/],
    ['an unknown convention', 'UPPLAN', M, { convention: 'v5' }, /unknown file-name convention/],
    ['v3 for a kind that did not exist in v3', 'UP3KYO', V3_PARTS, { convention: 'v3' }, /UP3KYO has no v3 file name/],
    ['a 9-digit sender office', 'UPPLAN', { ...M, senderOffice: '123456789' }, undefined, /senderOffice must be 10 characters of 0-9 or A-Z, got "123456789"/],
    ['a lower-case office', 'UPPLAN', { ...M, receiverOffice: '03000001ab' }, undefined, /receiverOffice must be 10/],
    ['a full-width office', 'UPPLAN', { ...M, receiverOffice: '０３００００００05' }, undefined, /receiverOffice must be 10/],
    ['a 3-digit service type', 'UPPLAN', { ...M, senderServiceType: '430' }, undefined, /senderServiceType must be 2/],
    ['a missing service type in v4', 'UPPLAN', { ...M, receiverServiceType: undefined }, undefined, /receiverServiceType is required/],
    ['service types in v3', 'UPPLAN', M, { convention: 'v3' }, /unexpected senderServiceType \(v3 names have no service-type segments\)/],
    ['a missing month', 'UPPLAN', V4_PARTS, undefined, /targetMonth is required/],
    ['a month for a kind without one', 'UP1KYO', M, undefined, /unexpected targetMonth \(UP1KYO names have no YYYYMM segment\)/],
    ['000000 for UPPLAN', 'UPPLAN', { ...M, targetMonth: '000000' }, undefined, /targetMonth must be a real YYYYMM, got "000000"/],
    ['month 13 for UPHOSOKU', 'UPHOSOKU', { ...M, targetMonth: '201913' }, undefined, /targetMonth must be a real YYYYMM or 000000/],
    ['an impossible timestamp', 'UPPLAN', { ...M, timestamp: '20191332000000' }, undefined, /timestamp must be a real date-time/],
    ['a short timestamp', 'UPPLAN', { ...M, timestamp: '2019' }, undefined, /timestamp must be 14 digits/],
    ['a numeric timestamp', 'UPPLAN', { ...M, timestamp: 20191025200201 }, undefined, /timestamp must be 14 digits, got number/],
    ['a branch on a CSV kind', 'UPKIHON', { ...V4_PARTS, branch: '0001' }, undefined, /only UPKIHON_IMAGE names have a branch/],
    ['a missing branch on an image', 'UPKIHON_IMAGE', V4_PARTS, undefined, /branch is required/],
    ['a 5-digit branch', 'UPKIHON_IMAGE', { ...V4_PARTS, branch: '00001' }, undefined, /branch must be 4 digits/],
    ['parts that are not an object', 'UPPLAN', null, undefined, /parts must be an object/],
  ])('throws a RangeError for %s', (_label, kind, parts, options, message) => {
    const call = () => buildFilename(kind as FileKindId, parts as unknown as FilenameParts, options as never);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('truncates long values in its messages', () => {
    expect(() => buildFilename('UPPLAN', { ...M, senderOffice: 'A'.repeat(1000) })).toThrow(/"A{24}…"/);
  });
});

describe('grammar', () => {
  it('declares every kind once, prefix = kind', () => {
    expect([...FILE_KIND_IDS].sort()).toEqual(
      [
        'DLT1KYO',
        'DLTJSK',
        'DLTKIHON',
        'DLTPLAN',
        'DLTYOBO',
        'UP1KYO',
        'UP2KYO',
        'UP3KYO',
        'UPHOSOKU',
        'UPJSK',
        'UPKIHON',
        'UPKIHON_IMAGE',
        'UPKIHON_SUB1',
        'UPKIHON_SUB2',
        'UPPLAN',
        'UPSIKYU',
        'UPYOBO',
        'UPYOBO_SUB',
      ].sort(),
    );
    for (const kind of FILE_KIND_IDS) expect(FILENAME_GRAMMARS[kind].prefix).toBe(kind);
    expect(Object.isFrozen(FILENAME_GRAMMARS)).toBe(true);
    expect(Object.isFrozen(FILENAME_GRAMMARS.UPPLAN.segments.v4)).toBe(true);
  });

  it.each(FILE_KIND_IDS.map((k) => [k]))('gives %s the month segment exactly when the spec does', (kind) => {
    const withMonth = ['UPHOSOKU', 'UPPLAN', 'UPJSK', 'DLTPLAN', 'DLTJSK', 'UPSIKYU'].includes(kind);
    expect(FILENAME_GRAMMARS[kind].segments.v4.some((s) => s.part === 'targetMonth')).toBe(withMonth);
    const v3 = ['UPHOSOKU', 'UP1KYO', 'DLT1KYO', 'UP2KYO', 'UPPLAN', 'UPJSK', 'DLTPLAN', 'DLTJSK', 'UPSIKYU'].includes(kind);
    expect(FILENAME_GRAMMARS[kind].conventions).toEqual(v3 ? ['v4', 'v3'] : ['v4']);
  });

  it('describes the patterns', () => {
    expect(describePattern('UPPLAN')).toBe(
      'UPPLAN_{YYYYMM}_{送信元事業所番号10}_{送信元サービス種類2}_{送信先事業所番号10}_{送信先サービス種類2}_{YYYYMMDDHHMMSS}.CSV',
    );
    expect(describePattern('UPPLAN', 'v3')).toBe('UPPLAN_{YYYYMM}_{送信元事業所番号10}_{送信先事業所番号10}_{YYYYMMDDHHMMSS}.CSV');
    expect(describePattern('UPHOSOKU')).toBe(
      'UPHOSOKU_{YYYYMM|000000}_{送信元事業所番号10}_{送信元サービス種類2}_{送信先事業所番号10}_{送信先サービス種類2}_{YYYYMMDDHHMMSS}.CSV',
    );
    expect(describePattern('UP1KYO')).toBe('UP1KYO_{送信元事業所番号10}_{送信元サービス種類2}_{送信先事業所番号10}_{送信先サービス種類2}_{YYYYMMDDHHMMSS}.CSV');
    expect(describePattern('UPKIHON_IMAGE')).toBe(
      'UPKIHON_IMAGE_{送信元事業所番号10}_{送信元サービス種類2}_{送信先事業所番号10}_{送信先サービス種類2}_{YYYYMMDDHHMMSS}_{枝番4}.jpg',
    );
    expect(() => describePattern('UPYOBO', 'v3')).toThrow(RangeError);
    expect(() => describePattern('NOPE' as FileKindId)).toThrow(RangeError);
  });

  it.each([
    ['UPPLAN_{targetMonth}_{senderOffice}_{receiverOffice}_{timestamp}', /no extension/],
    ['UPPLAN_{nope}_{senderOffice}_{receiverOffice}_{timestamp}.CSV', /unknown token \{nope\}/],
    ['UPPLAN_{senderOffice}_X_{receiverOffice}_{timestamp}.CSV', /literal "X" after a token/],
    ['UPJSK_{senderOffice}_{receiverOffice}_{timestamp}.CSV', /prefix "UPJSK" is not the kind id/],
    ['UPPLAN_{senderOffice}_{senderOffice}_{receiverOffice}_{timestamp}.CSV', /part senderOffice appears twice/],
    ['UPPLAN_{targetMonth}_{provideMonth}_{senderOffice}_{receiverOffice}_{timestamp}.CSV', /part targetMonth appears twice/],
    ['UPPLAN_{senderOffice}_{timestamp}.CSV', /no \{receiverOffice\}/],
    ['UPPLAN_{senderOffice}_{receiverOffice}_{timestamp}.C-V', /extension must be ASCII letters/],
    ['up_{senderOffice}_{receiverOffice}_{timestamp}.CSV', /not \[0-9A-Z\]\+/],
  ])('rejects the malformed declaration %s', (pattern, message) => {
    expect(() => compileFilenameGrammar('UPPLAN', pattern)).toThrow(message);
  });
});
