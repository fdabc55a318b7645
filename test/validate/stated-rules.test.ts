/** Issue 13 §3/§4/§6: the stated rules and the doubts, one valid and one invalid case each. */
import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/spec/kind.js';
import { checkRecordRule, runFileRule, type FileRule, type RecordRule, type RuleContext } from '../../src/spec/rule.js';
import { serviceDateInMonth } from '../../src/spec/rules/service-date-in-month.js';
import { proratedDaysInMonth } from '../../src/spec/rules/prorated-days-in-month.js';
import { typeLimitSlots } from '../../src/spec/rules/type-limit-slots.js';
import { dependentFieldsFilled } from '../../src/spec/rules/dependent-fields-filled.js';
import { linkedToOneUnit } from '../../src/spec/rules/hosoku-linked-to-one-unit.js';
import { detailCodesNumbered } from '../../src/spec/rules/detail-codes-numbered.js';
import { yoboSubNumbering } from '../../src/spec/rules/yobo-sub-numbering.js';
import { yoboSubContinuationRows } from '../../src/spec/rules/yobo-sub-continuation-rows.js';
import { familyImageNamesDistinct } from '../../src/spec/rules/family-image-names-distinct.js';
import { planItemNumbersUnique } from '../../src/spec/rules/plan-item-numbers-unique.js';
import { ISSUE_CATALOGUE, ISSUE_CODE_DECLARATIONS, type IssueCode } from '../../src/core/codes.js';
import { getKind } from '../../src/spec/kinds/index.js';
import { csvVersionsFor } from '../../src/spec/editions/index.js';
import { isImageFileName } from '../../src/spec/formats/identifiers.js';
import { buildFilename, parseFilename } from '../../src/filenames/index.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { sampleFile, sampleRecords } from '../../src/sample/index.js';
import { encodeRows, rowOf } from '../../src/testing/files.js';

const complete = (rule: { reads: readonly string[] }, r: RecordValues) => ({ ...Object.fromEntries(rule.reads.map((k) => [k, ''])), ...r });
const recordCodes = (rule: RecordRule, r: RecordValues, context: RuleContext = {}) =>
  checkRecordRule(rule, complete(rule, r), context).map((i) => [i.code, i.fieldKey]);
const fileCodes = (rule: FileRule, rows: RecordValues[]) =>
  runFileRule(
    rule,
    rows.map((r) => complete(rule, r)),
  ).map((i) => [i.code, i.recordIndex, i.fieldKey, i.params]);

const strict = (c: IssueCode) => (ISSUE_CODE_DECLARATIONS[c] as { strict?: true }).strict === true;

// [rule, valid record, invalid record, [code, fieldKey]]
const recordCases: [RecordRule, RecordValues, RecordValues, [IssueCode, string]][] = [
  [
    serviceDateInMonth,
    { targetMonth: '202505', serviceDate: '20250531' },
    { targetMonth: '202505', serviceDate: '20250601' },
    ['RECORD_SERVICE_DATE_OUTSIDE_MONTH', 'serviceDate'],
  ],
  [
    proratedDaysInMonth,
    { targetMonth: '202502', proratedDays: '1111111111111111111111111111000' },
    { targetMonth: '202502', proratedDays: '0000000000000000000000000000100' },
    ['RECORD_PRORATED_DAY_NOT_IN_MONTH', 'proratedDays'],
  ],
  [
    proratedDaysInMonth,
    { targetMonth: '202402', proratedDays: '0000000000000000000000000000100' },
    { targetMonth: '202404', proratedDays: '0000000000000000000000000000001' },
    ['RECORD_PRORATED_DAY_NOT_IN_MONTH', 'proratedDays'],
  ],
  [
    typeLimitSlots,
    { limitServiceType1: '13', limitAmount1: '16765' },
    { limitServiceType2: '13', limitAmount2: '16765' },
    ['RECORD_LIMIT_SLOT_GAP', 'limitServiceType1'],
  ],
  [
    typeLimitSlots,
    { limitServiceType1: '22', limitAmount1: '16765' },
    { limitServiceType1: '2A', limitAmount1: '16765' },
    ['RECORD_LIMIT_SLOT_TYPE', 'limitServiceType1'],
  ],
  [typeLimitSlots, {}, { limitAmount1: '16765' }, ['RECORD_LIMIT_SLOT_INCOMPLETE', 'limitServiceType1']],
  [
    dependentFieldsFilled,
    { consultationMethod: '03', consultationMethodOther: '自宅訪問' },
    { consultationMethod: '03' },
    ['RECORD_DEPENDENT_FIELD_EMPTY', 'consultationMethodOther'],
  ],
  [dependentFieldsFilled, { consultationMethod: '01', userStatus: '01' }, { userStatus: '02' }, ['RECORD_DEPENDENT_FIELD_EMPTY', 'userStatusDetail']],
];

describe('record rules of issue 13', () => {
  it.each(recordCases.map((c) => [c[0].id, c[3][0], ...c] as const))(
    '%s: the valid case passes and the invalid one gives %s',
    (_id, _code, rule, valid, invalid, expected) => {
      expect(recordCodes(rule, valid)).toEqual([]);
      expect(recordCodes(rule, invalid)).toEqual([expected]);
    },
  );

  it('skips values the field checks report (no second finding on a broken date, month or flag string)', () => {
    expect(recordCodes(serviceDateInMonth, { targetMonth: '202505', serviceDate: '20250230' })).toEqual([]);
    expect(recordCodes(serviceDateInMonth, { targetMonth: '202513', serviceDate: '20250601' })).toEqual([]);
    expect(recordCodes(proratedDaysInMonth, { targetMonth: '202502', proratedDays: '1'.repeat(30) })).toEqual([]);
  });

  it('reports one gap per record, and a slot in use without its type or limit each', () => {
    expect(
      recordCodes(typeLimitSlots, { limitServiceType2: '13', limitAmount2: '1', limitServiceType4: '15', limitAmount4: '2', limitServiceType5: '23' }),
    ).toEqual([
      ['RECORD_LIMIT_SLOT_GAP', 'limitServiceType1'],
      ['RECORD_LIMIT_SLOT_INCOMPLETE', 'limitAmount5'],
      ['RECORD_LIMIT_SLOT_TYPE', 'limitServiceType5'],
    ]);
  });

  it('names the trigger field by its No. in the layout', () => {
    const nos = Object.fromEntries(getKind('UPKIHON').fields.map((f) => [f.key, f.no]));
    const [finding] = checkRecordRule(dependentFieldsFilled, complete(dependentFieldsFilled, { userStatus: '02' }), {});
    expect(finding!.params).toEqual({ triggerNo: nos.userStatus, triggerCode: '02' });
    const [other] = checkRecordRule(dependentFieldsFilled, complete(dependentFieldsFilled, { consultationMethod: '03' }), {});
    expect(other!.params).toEqual({ triggerNo: nos.consultationMethod, triggerCode: '03' });
  });
});

describe('§6 利用者補足情報: the finding is on the field that contradicts the link', () => {
  const at = (targetMonth: string, planDate: string, nameMonth?: string) =>
    recordCodes(linkedToOneUnit, { targetMonth, planDate }, nameMonth === undefined ? {} : { nameMonth });
  it('puts RECORD_HOSOKU_LINK on No.4 (作成日) when No.63 agrees with the name, with or without a name', () => {
    expect(at('202505', '20250401', '202505')).toEqual([['RECORD_HOSOKU_LINK', 'planDate']]);
    expect(at('202505', '20250401')).toEqual([['RECORD_HOSOKU_LINK', 'planDate']]);
    expect(at('000000', '00000000', '000000')).toEqual([['RECORD_HOSOKU_LINK', 'planDate']]);
  });
  it('leaves a No.63 that contradicts the name to FILE_MONTH_MISMATCH', () => {
    expect(at('202505', '20250401', '000000')).toEqual([]);
    expect(at('000000', '20250401', '202505')).toEqual([]);
  });
  it('does so when reading a file (the name month comes from the file name)', () => {
    const f = sampleFile('UPHOSOKU', { seed: 2, hosoku: 'month', month: '202505' });
    const records = parseFile(f).records as unknown as Record<string, string>[];
    records[0]!.planDate = '20250401';
    const bytes = encodeRows(
      'UPHOSOKU',
      records.map((r) => rowOf('UPHOSOKU', r)),
    );
    const r = parseFile({ name: f.name, bytes });
    expect(r.issues.map((i) => [i.code, i.record, i.fieldNo])).toEqual([['RECORD_HOSOKU_LINK', 1, 4]]);
    // The same records named 000000 (1〜3表): No.63 is the field that contradicts the name.
    const other = parseFile({ name: f.name.replace('UPHOSOKU_202505_', 'UPHOSOKU_000000_'), bytes });
    expect(other.issues.map((i) => [i.code, i.record, i.fieldNo])).toEqual([['FILE_MONTH_MISMATCH', 1, 63]]);
  });
});

const row = (plan: string, issueNo: string, supportPlanNo: string, serviceNo: string, extra: Record<string, string> = {}) => ({
  insurerNumber: '131016',
  insuredNumber: plan,
  planDate: '20250301',
  issueNo,
  supportPlanNo,
  serviceNo,
  ...extra,
});

describe('file rules of issue 13', () => {
  it('明細判別コード: 1, 2, 3 … per user, office, service code and units; lines without a code are not numbered', () => {
    const line = (detailCode: string, extra: Record<string, string> = {}) => ({
      insurerNumber: '131016',
      insuredNumber: '0000000001',
      serviceOfficeCode: '1371200202',
      serviceCode: '171007',
      units: '300',
      detailCode,
      ...extra,
    });
    expect(fileCodes(detailCodesNumbered, [line('1'), line('2'), line('1'), line(''), line('1', { units: '250' })])).toEqual([]);
    expect(fileCodes(detailCodesNumbered, [line('1'), line('3')])).toEqual([['FILE_DETAIL_CODE_SEQUENCE', 1, 'detailCode', { expected: 2 }]]);
    expect(fileCodes(detailCodesNumbered, [line('2')])).toEqual([['FILE_DETAIL_CODE_SEQUENCE', 0, 'detailCode', { expected: 1 }]]);
    expect(fileCodes(detailCodesNumbered, [line('02', { serviceCode: '671007' }), line('01', { serviceCode: '671007' })])).toEqual([]);
    // Not a rental line: RECORD_DETAIL_CODE_NOT_RENTAL's business.
    expect(fileCodes(detailCodesNumbered, [line('2', { serviceCode: '111211' })])).toEqual([]);
  });

  it('別表 numbering: the spec example passes; a gap in 支援計画NO, 利用サービスNO or 課題NO is reported', () => {
    // The (補足) example's first user: 課題NO 1 1 1 2 | 支援計画NO 1 2 2 1 | 利用サービスNO 1 1 2 1.
    const example = [row('1', '1', '1', '1'), row('1', '1', '2', '1'), row('1', '1', '2', '2'), row('1', '2', '1', '1'), row('2', '1', '1', '1')];
    expect(fileCodes(yoboSubNumbering, example)).toEqual([]);
    expect(fileCodes(yoboSubNumbering, [row('1', '1', '1', '1'), row('1', '1', '3', '1')])).toEqual([
      ['FILE_YOBO_SUB_NUMBERING', 1, 'supportPlanNo', { expected: 2 }],
    ]);
    expect(fileCodes(yoboSubNumbering, [row('1', '1', '1', '2')])).toEqual([['FILE_YOBO_SUB_NUMBERING', 0, 'serviceNo', { expected: 1 }]]);
    expect(fileCodes(yoboSubNumbering, [row('1', '2', '1', '1')])).toEqual([['FILE_YOBO_SUB_ISSUE_NUMBERING', 0, 'issueNo', { expected: 1 }]]);
    // 01 is 1; an empty NO (a 支援計画 without a service) is not numbered; plans are separate.
    expect(fileCodes(yoboSubNumbering, [row('1', '01', '01', ''), row('2', '1', '1', '1')])).toEqual([]);
  });

  it('別表 continuation rows: 課題 items (Nos.6–9) and 支援計画 items (Nos.11–13) only on the first row', () => {
    const first = {
      overallIssue: '課題',
      goalProposal: '提案',
      userFamilyIntent: '意向',
      goal: '目標',
      supportPoints: 'ポイント',
      selfCareInformal: 'セルフケア',
      insuredServices: '介護保険',
    };
    const ok = [
      row('1', '1', '1', '1', first),
      row('1', '1', '1', '2'),
      row('1', '1', '2', '1', { supportPoints: '別の計画' }),
      row('1', '2', '1', '1', first),
    ];
    expect(fileCodes(yoboSubContinuationRows, ok)).toEqual([]);
    expect(fileCodes(yoboSubContinuationRows, [row('1', '1', '1', '1', first), row('1', '1', '2', '1', { goal: '目標' })])).toEqual([
      ['FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY', 1, 'goal', { part: 'issue' }],
    ]);
    expect(fileCodes(yoboSubContinuationRows, [row('1', '1', '1', '1', first), row('1', '1', '1', '2', { insuredServices: '通所' })])).toEqual([
      ['FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY', 1, 'insuredServices', { part: 'supportPlan' }],
    ]);
    // The 利用サービス items belong to every row.
    expect(
      fileCodes(yoboSubContinuationRows, [
        row('1', '1', '1', '1', first),
        row('1', '1', '1', '2', { serviceKind: '通所型', serviceProvider: '事業所', servicePeriod: '6か月' }),
      ]),
    ).toEqual([]);
  });

  it('家族構成 image names: one per record (case-insensitive)', () => {
    const n = 'UPKIHON_IMAGE_1371200101_46_1371200303_A2_20250420093000_0001.jpg';
    expect(
      fileCodes(familyImageNamesDistinct, [
        { familyImageFileName: n },
        { familyImageFileName: '' },
        { familyImageFileName: '' },
        { familyImageFileName: n.replace('0001', '0002') },
      ]),
    ).toEqual([]);
    expect(fileCodes(familyImageNamesDistinct, [{ familyImageFileName: n }, { familyImageFileName: n.toUpperCase() }])).toEqual([
      ['FILE_IMAGE_NAME_DUPLICATE', 1, 'familyImageFileName', { firstRecord: 1 }],
    ]);
  });
});

describe('doubts are warnings that name the doubt (§4)', () => {
  it.each([
    'FIELD_TIME_2400',
    'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL',
    'RECORD_RENTAL_CODE_DOUBTFUL',
    'RECORD_PLAN_ITEM_DUPLICATE',
    'FILENAME_UPKIHON_MONTH_SEGMENT',
    'BUNDLE_UNITS_MERGED',
    'BUNDLE_SEQUENCE_SHARED',
    'FIELD_REQUIRED_DOUBTFUL',
    'FILE_PLAN_OFFICE_NAME_MISMATCH',
    'FILE_UPDATER_NAME_MISMATCH',
  ] as const)('%s is a warning, not raised by the strict profile', (code) => {
    expect(ISSUE_CATALOGUE[code]).toBe('warning');
    expect(strict(code)).toBe(false);
  });

  it('a repeated 第2表 triple is a warning now', () => {
    const r = (s: string) => ({ insurerNumber: '131016', insuredNumber: '0000012345', planDate: '20250301', issueNo: '1', goalNo: '1', supportNo: s });
    expect(runFileRule(planItemNumbersUnique, [r('1'), r('1')]).map((i) => i.code)).toEqual(['RECORD_PLAN_ITEM_DUPLICATE']);
  });

  it('2400 is FIELD_TIME_2400 in 第3表 and 第6表, and no error', () => {
    for (const kind of ['UP3KYO', 'UPPLAN'] as const) {
      const records = sampleRecords(kind, { seed: 4 }) as unknown as Record<string, string>[];
      const i = records.findIndex((r) => r.endTime !== '' && r.endTime !== '9999');
      records[i]!.endTime = '2400';
      const r = stringifyFile(kind, records);
      expect(r.ok, kind).toBe(true);
      expect(r.issues.map((x) => [x.code, x.record])).toEqual([['FIELD_TIME_2400', i + 1]]);
    }
  });
});

describe('the CSV version against the service month (§3.3)', () => {
  it('knows which versions apply to a month (【CSVバージョン履歴】 適用開始年月)', () => {
    expect(csvVersionsFor('202002')).toEqual([]);
    expect(csvVersionsFor('202003')).toEqual(['201910']);
    expect(csvVersionsFor('202010')).toEqual(['202003']);
    expect(csvVersionsFor('202212')).toEqual(['202003']);
    expect(csvVersionsFor('202301')).toEqual(['202208']);
    expect(csvVersionsFor('202503')).toEqual(['202208']);
    expect(csvVersionsFor('202504').sort()).toEqual(['202407', '202504']);
  });

  it('reports FILE_CSV_VERSION_MONTH_MISMATCH once per file, at No.1, with the expected version', () => {
    const f = sampleFile('UPPLAN', { month: '202503' });
    const issues = parseFile(f).issues;
    expect(issues.map((i) => [i.code, i.record, i.fieldNo, i.params])).toEqual([
      ['FILE_CSV_VERSION_MONTH_MISMATCH', 1, 1, { version: '202407', month: '202503', expected: '202208' }],
    ]);
    expect(parseFile(sampleFile('UPPLAN', { month: '202504' })).issues).toEqual([]);
  });
});

describe('the file name against the content (§3.6, §3.7, §3.13)', () => {
  const edit = (kind: 'UPPLAN' | 'UPJSK' | 'UPKIHON', change: (r: Record<string, string>, i: number) => void, options = {}) => {
    const f = sampleFile(kind, { seed: 5, ...options });
    const records = parseFile(f).records as unknown as Record<string, string>[];
    records.forEach(change);
    return { name: f.name, bytes: stringifyFile(kind, records).bytes! };
  };
  const found = (f: { name: string; bytes: Uint8Array }) => parseFile(f).issues.map((i) => [i.code, i.record, i.fieldNo]);

  it('第6表 予定 of a 43 sender: No.6 and No.24 are the sender, once per file each; not checked for other senders', () => {
    expect(found(edit('UPPLAN', (r) => (r.planOfficeCode = '1371200999')))).toEqual([['FILE_PLAN_OFFICE_NAME_MISMATCH', 1, 6]]);
    expect(found(edit('UPPLAN', (r) => (r.updaterCode = '1371200999')))).toEqual([['FILE_UPDATER_NAME_MISMATCH', 1, 24]]);
    const fromCenter = edit('UPPLAN', (r) => (r.planOfficeCode = '1371200999'), { sender: { office: '1371200101', serviceType: '46' } });
    expect(found(fromCenter)).toEqual([]);
  });

  it('実績: No.24 is the sending provider; No.6 the receiving 居宅介護支援 office', () => {
    expect(found(edit('UPJSK', (r) => (r.updaterCode = '1371200101')))).toEqual([['FILE_UPDATER_NAME_MISMATCH', 1, 24]]);
    expect(found(edit('UPJSK', (r) => (r.planOfficeCode = '1371200999')))).toEqual([['FILE_PLAN_OFFICE_NAME_MISMATCH', 1, 6]]);
  });

  it('names no value unless asked (reportValues)', () => {
    const f = edit('UPPLAN', (r) => (r.planOfficeCode = '1371200999'));
    expect(JSON.stringify(parseFile(f).issues)).not.toContain('1371200999');
    expect(parseFile(f, { reportValues: true }).issues[0]!.params).toMatchObject({ role: 'sender', value: '1371200999' });
  });

  it('the 家族構成 image name: its form (FIELD_INVALID_IMAGE_NAME) and its segments against the UPKIHON file (FILE_IMAGE_NAME_SEGMENTS)', () => {
    expect(found(edit('UPKIHON', (r, i) => i === 0 && (r.familyImageFileName = 'family.jpg')))).toEqual([['FIELD_INVALID_IMAGE_NAME', 1, 62]]);
    const f = edit('UPKIHON', (r, i) => i === 1 && (r.familyImageFileName = r.familyImageFileName!.replace('_1371200101_', '_1371200999_')));
    expect(parseFile(f).issues.map((i) => [i.code, i.record, i.fieldNo, i.params])).toEqual([['FILE_IMAGE_NAME_SEGMENTS', 2, 62, { segment: 'senderOffice' }]]);
    // Read without a name, only the form is checked.
    expect(parseFile({ bytes: f.bytes }, { kind: 'UPKIHON' }).issues).toEqual([]);
  });

  it('the image-name format agrees with the UPKIHON_IMAGE file-name grammar', () => {
    const good = buildFilename('UPKIHON_IMAGE', {
      senderOffice: '1371200101',
      senderServiceType: '46',
      receiverOffice: '1371200303',
      receiverServiceType: 'A2',
      timestamp: '20250420093000',
      branch: '0001',
    });
    const names = [
      good,
      good.replace('.jpg', '.JPG'),
      good.replace('_0001', '_001'),
      good.replace('20250420', '20250431'),
      good.replace('_46_', '_4_'),
      good.replace('.jpg', '.jpeg'),
      good.replace('UPKIHON_IMAGE_', 'UPKIHON_IMAGE__'),
      'family.jpg',
      good.replace('1371200101', '137120010a'),
    ];
    for (const n of names) {
      const p = parseFilename(n);
      expect(isImageFileName(n), n).toBe(p.ok && p.kind === 'UPKIHON_IMAGE');
    }
  });
});

describe("profile 'strict' (§7)", () => {
  it('raises the stated rules to errors and keeps the doubts warnings', () => {
    const f = sampleFile('UPPLAN', { month: '202503' });
    expect(parseFile(f).ok).toBe(true);
    const r = parseFile(f, { profile: 'strict' });
    expect(r.ok).toBe(false);
    expect(r.issues).toMatchObject([{ code: 'FILE_CSV_VERSION_MONTH_MISMATCH', severity: 'error' }]);
    const records = parseFile(sampleFile('UP3KYO', { seed: 4 })).records as unknown as Record<string, string>[];
    records[records.findIndex((x) => x.endTime !== '')]!.endTime = '2400';
    const written = stringifyFile('UP3KYO', records, { profile: 'strict' });
    expect(written.ok).toBe(true);
    expect(written.issues).toMatchObject([{ code: 'FIELD_TIME_2400', severity: 'warning' }]);
  });

  it('lets the caller override a strict code', () => {
    const f = sampleFile('UPPLAN', { month: '202503' });
    expect(parseFile(f, { profile: 'strict', severity: { FILE_CSV_VERSION_MONTH_MISMATCH: 'info' } }).issues).toMatchObject([{ severity: 'info' }]);
  });

  it('declares strict exactly the issue-13 codes the spec states without doubt', () => {
    const mine: IssueCode[] = [
      'RECORD_SERVICE_DATE_OUTSIDE_MONTH',
      'RECORD_PRORATED_DAY_NOT_IN_MONTH',
      'FILE_CSV_VERSION_MONTH_MISMATCH',
      'FILE_DETAIL_CODE_SEQUENCE',
      'RECORD_LIMIT_SLOT_GAP',
      'RECORD_LIMIT_SLOT_TYPE',
      'RECORD_DEPENDENT_FIELD_EMPTY',
      'FILE_YOBO_SUB_NUMBERING',
      'FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY',
      'FIELD_INVALID_IMAGE_NAME',
      'FILE_IMAGE_NAME_SEGMENTS',
    ];
    const notStrict: IssueCode[] = [
      'RECORD_LIMIT_SLOT_INCOMPLETE',
      'FILE_YOBO_SUB_ISSUE_NUMBERING',
      'FILE_IMAGE_NAME_DUPLICATE',
      'BUNDLE_APPENDIX_MISSING',
      'BUNDLE_MIXED_EDITIONS',
    ];
    for (const c of mine) expect(strict(c), c).toBe(true);
    for (const c of notStrict) expect(strict(c), c).toBe(false);
  });
});
