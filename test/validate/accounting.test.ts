/**
 * Issue 13 §1–2: 第7表 arithmetic and its consistency with 第6表 予定 and 利用者補足情報.
 * MHLW's 記載例33-1 passes in every variant; each single-number change of research §9 gives exactly
 * its findings; the readings that must not be flagged stay silent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNTING_BUNDLE_CODES, ACCOUNTING_FILE_CODES, ACCOUNTING_RECORD_CODES } from '../../src/core/codes/accounting.js';
import { ISSUE_CODE_DECLARATIONS, type IssueCode } from '../../src/core/codes.js';
import type { Issue, Profile } from '../../src/core/issue.js';
import { validateBundle, BUNDLE_RULES } from '../../src/bundle/validate.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { RULES } from '../../src/spec/rules/index.js';
import { complete } from '../../src/sample/records.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { workedExample33 } from '../../src/sample/worked-examples.js';
import { CODE_SOURCES } from '../../src/spec/issue-sources.js';
import { nationalBenefitLimit } from '../../src/spec/reference/benefit-limits.js';
import { unitPricesFor } from '../../src/spec/reference/unit-prices.js';
import { readPrice, roundHalfUpCandidates, yenCandidates } from '../../src/spec/rules/table7/model.js';
import { MESSAGES } from '../../src/report/format.js';
import { encodeRows, rowOf } from '../../src/testing/files.js';

const FIXTURES = join(__dirname, '..', '..', 'spec-fixtures');
const ACCOUNTING: ReadonlySet<string> = new Set([
  ...Object.keys(ACCOUNTING_RECORD_CODES),
  ...Object.keys(ACCOUNTING_FILE_CODES),
  ...Object.keys(ACCOUNTING_BUNDLE_CODES),
]);

type Values = Record<string, string>;
type Kind = 'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU' | 'UPJSK';
type Unit = Partial<Record<Kind, { name: string; records: Values[] }>>;

/** The 記載例33-1 unit as editable records. */
function example(variant: 'A' | 'B' | 'C' = 'A'): Unit {
  const unit: Unit = {};
  for (const f of workedExample33(variant).files) unit[f.kind as Kind] = { name: f.name, records: f.records.map((r) => ({ ...r })) };
  return unit;
}

const encode = (kind: Kind, records: readonly Values[]) => {
  const r = stringifyFile(kind, records);
  if (!r.bytes) throw new Error(`${kind}: ${JSON.stringify(r.issues.filter((i) => i.severity === 'error'))}`);
  return r.bytes;
};
const run = (unit: Unit, profile?: Profile) => {
  const files = Object.entries(unit).map(([kind, f]) => ({ name: f.name, bytes: encode(kind as Kind, f.records) }));
  const r = validateBundle(files, profile ? { profile } : {});
  return { ok: r.ok, issues: [...r.files.flatMap((f) => f.issues), ...r.issues] };
};
/** The accounting findings, as `CODE kind:record:No. expected`. */
const findings = (issues: readonly Issue[]) =>
  issues
    .filter((i) => ACCOUNTING.has(i.code))
    .map((i) => `${i.code} ${i.kind}:${i.record}:${i.fieldNo}${i.params && 'expected' in i.params ? ` ${i.params.expected}` : ''}`)
    .sort();
const all = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.kind}:${i.record}:${i.fieldNo}`);

/** Rows of 第7表 for one user, every key completed; `v` per row. */
function table7(rows: readonly Values[]): Values[] {
  return rows.map((v) =>
    complete('UPSIKYU', {
      csvVersion: '202407',
      insurerNumber: '131016',
      insuredNumber: '0000012345',
      createdOn: '20250425',
      targetMonth: '202505',
      serviceOfficeCode: '1371200202',
      over30Days: '0',
      fixedOfficeCode: '9999999999',
      units: '0',
      count: '0',
      ...v,
    }),
  );
}
const t7Issues = (rows: readonly Values[]) => findings(parseFile({ bytes: encode('UPSIKYU', table7(rows)) }, { kind: 'UPSIKYU' }).issues);
const total = (v: Values = {}): Values => ({ serviceOfficeCode: '9999999999', serviceCode: '999999', ...v });

describe('MHLW 記載例33-1 (短期入所生活介護 beyond 30 days)', () => {
  it.each(['A', 'B', 'C'] as const)('variant %s passes validateBundle with no issue at all, under both profiles', (variant) => {
    for (const profile of ['default', 'strict'] as const) {
      const r = run(example(variant), profile);
      expect(all(r.issues)).toEqual([]);
      expect(r.ok).toBe(true);
    }
  });

  it('is the fixture transmissions/valid/kisairei-33-1, with every number of the example', () => {
    const dir = join(FIXTURES, 'transmissions', 'valid', 'kisairei-33-1');
    const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const r = validateBundle(files);
    expect(all([...r.issues, ...r.files.flatMap((f) => f.issues)])).toEqual([]);
    const t7 = r.files.find((f) => f.kind === 'UPSIKYU')!.records as unknown as Values[];
    const aaaa = t7.find((x) => x.serviceCode === '21AAAA')!;
    expect([aaaa.unitPrice, aaaa.totalCost, aaaa.benefitRate, aaaa.insuranceClaim, aaaa.userCopay]).toEqual(['11.10', '244755', '90', '220279', '24476']);
    expect(t7.find((x) => x.serviceCode === '21ZZZZ')).toMatchObject({ unitAmount: '725', userFullCost: '8047' });
    expect(t7.filter((x) => x.serviceCode === '211131').map((x) => [x.units, x.count])).toEqual([
      ['755', '30'],
      ['755', '1'],
    ]);
    expect(t7.find((x) => x.serviceCode === '216283')).toMatchObject({ units: '-30', count: '20', unitAmount: '-600' });
  });

  // research/issue-13.md §9: one number changed, exactly these findings (code kind:record:No. expected).
  const S = 'UPSIKYU';
  const cases: [string, (u: Unit) => void, string[]][] = [
    [
      'No.17 of line 1 +1',
      (u) => void (u.UPSIKYU!.records[0]!.unitAmount = '22651'),
      [`RECORD_UNIT_AMOUNT_MISMATCH ${S}:1:17 22650`, `FILE_SUBTOTAL_MISMATCH ${S}:4:17 22051`],
    ],
    [
      'No.16 of line 1 +1',
      (u) => void (u.UPSIKYU!.records[0]!.count = '31'),
      [`RECORD_UNIT_AMOUNT_MISMATCH ${S}:1:17 23405`, `BUNDLE_T7_COUNT_EXCEEDS_PLAN ${S}:1:16`],
    ],
    ['No.13 of line 1 +1', (u) => void (u.UPSIKYU!.records[0]!.units = '756'), [`RECORD_UNIT_AMOUNT_MISMATCH ${S}:1:17 22680`]],
    ['No.17 of 21AAAA +1', (u) => void (u.UPSIKYU!.records[3]!.unitAmount = '22051'), [`FILE_SUBTOTAL_MISMATCH ${S}:4:17 22050`]],
    ['No.18 of 21AAAA +1', (u) => void (u.UPSIKYU!.records[3]!.benefitManagementUnits = '22051'), [`FILE_SUBTOTAL_MISMATCH ${S}:4:18 22050`]],
    [
      'No.22 of 21AAAA +1',
      (u) => void (u.UPSIKYU!.records[3]!.categoryLimitWithinUnits = '22051'),
      [`RECORD_LIMIT_SPLIT_MISMATCH ${S}:4:22 22050`, `RECORD_TOTAL_COST_MISMATCH ${S}:4:24 244766`, `FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:22 22051`],
    ],
    [
      'No.23 of 21AAAA 11.11',
      (u) => void (u.UPSIKYU!.records[3]!.unitPrice = '11.11'),
      [`RECORD_TOTAL_COST_MISMATCH ${S}:4:24 244975`, `RECORD_UNIT_PRICE_NOT_IN_TABLE ${S}:4:23 11.10, 10.88, 10.83, 10.66, 10.55, 10.33, 10.17, 10.00`],
    ],
    [
      'No.24 of 21AAAA +1',
      (u) => void (u.UPSIKYU!.records[3]!.totalCost = '244756'),
      [
        `RECORD_TOTAL_COST_MISMATCH ${S}:4:24 244755`,
        `RECORD_CLAIM_MISMATCH ${S}:4:26 220280`,
        `RECORD_COPAY_MISMATCH ${S}:4:28 24477`,
        `FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:24 250750`,
      ],
    ],
    ['No.25 of 21AAAA 80', (u) => void (u.UPSIKYU!.records[3]!.benefitRate = '80'), [`RECORD_CLAIM_MISMATCH ${S}:4:26 195804`]],
    [
      'No.26 of 21AAAA +1',
      (u) => void (u.UPSIKYU!.records[3]!.insuranceClaim = '220280'),
      [`RECORD_CLAIM_MISMATCH ${S}:4:26 220279`, `RECORD_COPAY_MISMATCH ${S}:4:28 24475`, `FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:26 225674`],
    ],
    [
      'No.28 of 21AAAA +1',
      (u) => void (u.UPSIKYU!.records[3]!.userCopay = '24477'),
      [`RECORD_COPAY_MISMATCH ${S}:4:28 24476`, `FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:28 25077`],
    ],
    [
      'No.29 of 21ZZZZ +1',
      (u) => void (u.UPSIKYU!.records[8]!.userFullCost = '8048'),
      [`RECORD_FULL_COST_MISMATCH ${S}:9:29 8047`, `FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:29 8247`],
    ],
    [
      'No.24 of 999999 +1',
      (u) => void (u.UPSIKYU!.records[9]!.totalCost = '250750'),
      [`FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL ${S}:10:24 250749`, `RECORD_COPAY_MISMATCH ${S}:10:28 25077`],
    ],
    ['999999 removed', (u) => void u.UPSIKYU!.records.splice(9, 1), [`FILE_GRAND_TOTAL_MISSING ${S}:9:9`]],
    [
      '21AAAA removed',
      (u) => void u.UPSIKYU!.records.splice(3, 1),
      // The missing subtotal is the one finding: the grand total is not judged without it.
      [`FILE_SUBTOTAL_MISSING ${S}:3:9`],
    ],
    [
      'UPHOSOKU No.19 20000',
      (u) => void (u.UPHOSOKU!.records[0]!.benefitLimit = '20000'),
      [`BUNDLE_CATEGORY_LIMIT_EXCEEDED ${S}:10:22`, `BUNDLE_CATEGORY_EXCESS_MISMATCH ${S}:10:21 2050`, 'RECORD_BENEFIT_LIMIT_BELOW_TABLE UPHOSOKU:1:19'],
    ],
    [
      'UPPLAN: one 211131 record removed',
      (u) => void (u.UPPLAN!.records = u.UPPLAN!.records.filter((r) => !(r.serviceCode === '211131' && r.serviceDate === '20250531'))),
      [`BUNDLE_T7_COUNT_EXCEEDS_PLAN ${S}:1:16`],
    ],
  ];
  it.each(cases)('%s gives exactly its findings', (_what, edit, expected) => {
    const unit = example();
    edit(unit);
    expect(findings(run(unit).issues)).toEqual([...expected].sort());
  });

  it('the expected values and params carry no personal data (被保険者番号, names)', () => {
    for (const [, edit] of cases) {
      const unit = example();
      edit(unit);
      const text = JSON.stringify(run(unit).issues);
      for (const secret of ['0000033101', '介護', 'カイゴ', '19400101']) expect(text).not.toContain(secret);
    }
  });
});

describe('profiles', () => {
  it("'strict' makes the findings the spec states without doubt errors; doubts stay warnings", () => {
    const unit = example();
    Object.assign(unit.UPSIKYU!.records[3]!, { categoryLimitWithinUnits: '22051' });
    const severities = (profile: Profile) => Object.fromEntries(run(unit, profile).issues.map((i) => [i.code, i.severity]));
    expect(severities('default')).toEqual({
      RECORD_LIMIT_SPLIT_MISMATCH: 'warning',
      RECORD_TOTAL_COST_MISMATCH: 'warning',
      FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: 'warning',
    });
    expect(severities('strict')).toEqual({
      RECORD_LIMIT_SPLIT_MISMATCH: 'warning',
      RECORD_TOTAL_COST_MISMATCH: 'error',
      FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: 'warning',
    });
    expect(run(unit).ok).toBe(true);
    expect(run(unit, 'strict').ok).toBe(false);
  });

  it('declares strict only warnings, never a doubtful code or an info', () => {
    for (const code of ACCOUNTING) {
      const d = ISSUE_CODE_DECLARATIONS[code as IssueCode] as { severity: string; strict?: true };
      if (d.strict) expect(d.severity, code).toBe('warning');
      if (code.endsWith('_DOUBTFUL')) expect(d.strict, code).toBeUndefined();
    }
  });
});

describe('what must not be flagged', () => {
  it('a file that leaves 給付管理単位数 empty everywhere: no inference, the AAAA row adds every line', () => {
    const rows = [
      { serviceCode: '111111', units: '163', count: '4', unitAmount: '652' },
      { serviceCode: '116275', units: '160', count: '1', unitAmount: '160' },
      {
        serviceCode: '11AAAA',
        unitAmount: '812',
        categoryLimitWithinUnits: '812',
        unitPrice: '11.40',
        totalCost: '9256',
        benefitRate: '90',
        insuranceClaim: '8330',
        userCopay: '926',
      },
      total({ categoryLimitWithinUnits: '812', totalCost: '9256', insuranceClaim: '8330', userCopay: '926' }),
    ];
    expect(t7Issues(rows)).toEqual([]);
  });

  it('定額 services (MHLW 記載例6): the claim is the cost less the fixed co-payments, 給付率 may be empty', () => {
    const rows = [
      { serviceCode: 'A41111', units: '401', count: '5', unitAmount: '2005', benefitManagementUnits: '2005', fixedCopayUnitPrice: '414', userCopay: '2070' },
      { serviceCode: 'A41112', units: '401', count: '5', unitAmount: '2005', benefitManagementUnits: '2005', fixedCopayUnitPrice: '777', userCopay: '2906' },
      {
        serviceCode: 'A4AAAA',
        unitAmount: '4010',
        benefitManagementUnits: '4010',
        categoryLimitExcessUnits: '505',
        categoryLimitWithinUnits: '3505',
        unitPrice: '10.35',
        totalCost: '36276',
        benefitRate: '90',
        insuranceClaim: '31300',
        userCopay: '4976',
        userFullCost: '5226',
      },
      total({
        categoryLimitExcessUnits: '505',
        categoryLimitWithinUnits: '3505',
        totalCost: '36276',
        insuranceClaim: '31300',
        userCopay: '4976',
        userFullCost: '5226',
      }),
    ];
    expect(t7Issues(rows)).toEqual([]);
    // The same group without 定額: the claim is 費用総額 × 給付率.
    const plain = rows.map((r) => ({ ...r, fixedCopayUnitPrice: '' }));
    expect(t7Issues(plain)).toEqual(['RECORD_CLAIM_MISMATCH UPSIKYU:3:26 32648']);
  });

  it('an empty 給付率 leaves the claim unchecked; 利用者負担 is still 費用総額 − 請求額', () => {
    const line = {
      serviceCode: '131111',
      units: '471',
      count: '4',
      unitAmount: '1884',
      benefitManagementUnits: '1884',
      categoryLimitWithinUnits: '1884',
      unitPrice: '11.40',
      totalCost: '21477',
      insuranceClaim: '20000',
    };
    expect(t7Issues([{ ...line, userCopay: '1477' }, total({ totalCost: '21477', insuranceClaim: '20000', userCopay: '1477' })])).toEqual([]);
    expect(t7Issues([{ ...line, userCopay: '1478' }, total({ totalCost: '21477', insuranceClaim: '20000', userCopay: '1478' })])).toEqual([
      'RECORD_COPAY_MISMATCH UPSIKYU:1:28 1477',
      'RECORD_COPAY_MISMATCH UPSIKYU:2:28 1477',
    ]);
  });

  it('大規模型通所系・同一建物 (給付管理単位数 ≠ サービス単位): the split and the full cost are not judged', () => {
    const line = {
      serviceCode: '151121',
      units: '753',
      count: '4',
      unitAmount: '3012',
      benefitManagementUnits: '2800',
      categoryLimitExcessUnits: '100',
      categoryLimitWithinUnits: '2700',
      unitPrice: '10.90',
      totalCost: '29430',
      benefitRate: '90',
      insuranceClaim: '26487',
      userCopay: '2943',
      userFullCost: '1',
    };
    expect(t7Issues([line, total()])).toEqual([]);
  });

  it('a 減算-only row with yen: floor and truncation toward zero are both accepted', () => {
    expect(yenCandidates(-31, 1110)).toEqual([-345, -344]);
    const row = {
      serviceCode: '216283',
      units: '-31',
      count: '1',
      unitAmount: '-31',
      unitPrice: '11.10',
      totalCost: '-344',
      benefitRate: '90',
      insuranceClaim: '-309',
      userCopay: '-35',
    };
    expect(t7Issues([row, total()])).toEqual([]);
  });

  it('居宅療養管理指導 (31/34, wholly outside the limit) needs no AAAA; the optional EEEE then adds its lines', () => {
    const lines = [
      { serviceCode: '311111', units: '515', count: '2', unitAmount: '1030' },
      { serviceCode: '311112', units: '487', count: '1', unitAmount: '487' },
    ];
    expect(t7Issues([...lines, total()])).toEqual([]);
    expect(
      t7Issues([
        ...lines,
        { serviceCode: '31EEEE', unitAmount: '1517', unitPrice: '10.00', totalCost: '15170', benefitRate: '90', insuranceClaim: '13653', userCopay: '1517' },
        total(),
      ]),
    ).toEqual([]);
    expect(t7Issues([...lines.map((l) => ({ ...l, serviceCode: `13${l.serviceCode.slice(2)}` })), total()])).toEqual(['FILE_SUBTOTAL_MISSING UPSIKYU:2:9']);
  });

  it('satellites: AAAA rows of different サテライト枝番 make one group each', () => {
    const rows = [
      { serviceCode: '111111', satelliteBranch: '01', units: '163', count: '2', unitAmount: '326', benefitManagementUnits: '326' },
      { serviceCode: '111211', satelliteBranch: '01', units: '258', count: '1', unitAmount: '258', benefitManagementUnits: '258' },
      { serviceCode: '11AAAA', satelliteBranch: '01', unitAmount: '584', benefitManagementUnits: '584' },
      { serviceCode: '111111', satelliteBranch: '02', units: '163', count: '1', unitAmount: '163', benefitManagementUnits: '163' },
      { serviceCode: '111211', satelliteBranch: '02', units: '258', count: '2', unitAmount: '516', benefitManagementUnits: '516' },
      { serviceCode: '11AAAA', satelliteBranch: '02', unitAmount: '679', benefitManagementUnits: '679' },
      total(),
    ];
    expect(t7Issues(rows)).toEqual([]);
  });

  it('an unreadable number is left to the field check', () => {
    const issues = parseFile(
      { bytes: encodeRaw([{ serviceCode: '111111', units: '163', count: '4', unitAmount: '65x' }, total()]) },
      { kind: 'UPSIKYU' },
    ).issues;
    expect(issues.map((i) => i.code)).toEqual(['FIELD_INVALID_INTEGER']);
  });

  it('percentage 加算 are not recomputed: only No.17 = units × count is checked on their line', () => {
    const rows = [
      { serviceCode: '111111', units: '163', count: '4', unitAmount: '652', benefitManagementUnits: '652' },
      { serviceCode: '116275', units: '9999', count: '1', unitAmount: '9999' },
      {
        serviceCode: '11AAAA',
        unitAmount: '652',
        benefitManagementUnits: '652',
        categoryLimitWithinUnits: '652',
        unitPrice: '11.40',
        totalCost: '7432',
        benefitRate: '90',
        insuranceClaim: '6688',
        userCopay: '744',
      },
      { serviceCode: '11EEEE', unitAmount: '9999', unitPrice: '11.40', totalCost: '113988', benefitRate: '90', insuranceClaim: '102589', userCopay: '11399' },
      total({ categoryLimitWithinUnits: '652', totalCost: '121420', insuranceClaim: '109277', userCopay: '12143' }),
    ];
    expect(t7Issues(rows)).toEqual([]);
    // AAAA + EEEE beside a 加算 outside the limit: the grand total is certain.
    expect(t7Issues(rows.map((r, i) => (i === 4 ? { ...r, totalCost: '121421', userCopay: '12144' } : r)))).toEqual([
      'FILE_GRAND_TOTAL_MISMATCH UPSIKYU:5:24 121420',
      'FILE_GRAND_TOTAL_MISMATCH UPSIKYU:5:28 12143',
    ]);
  });

  it('rows of one user are judged together in any order within the user', () => {
    const ex = example().UPSIKYU!.records;
    const shuffled = [ex[9]!, ex[4]!, ex[0]!, ex[8]!, ex[3]!, ex[6]!, ex[1]!, ex[5]!, ex[2]!, ex[7]!];
    expect(findings(parseFile({ bytes: encode('UPSIKYU', shuffled) }, { kind: 'UPSIKYU' }).issues)).toEqual([]);
  });
});

/** Rows written as they are (a broken number the encoder would refuse). */
const encodeRaw = (rows: readonly Values[]): Uint8Array =>
  encodeRows(
    'UPSIKYU',
    table7(rows).map((r) => rowOf('UPSIKYU', r)),
  );

describe('第7表 rows of a user apart (the order of rows is not stated)', () => {
  /** The valid kyotaku send with every 全合計 row moved to the end of 第7表. */
  const reordered = () => {
    const dir = join(FIXTURES, 'transmissions', 'valid', 'kyotaku');
    return readdirSync(dir).map((name) => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      if (!name.startsWith('UPSIKYU_')) return { name, bytes };
      const lines = Buffer.from(bytes).toString('latin1').split('\r\n').filter(Boolean);
      const total = (l: string) => l.split(',')[8] === '999999';
      const moved = [...lines.filter((l) => !total(l)), ...lines.filter(total)];
      return { name, bytes: new Uint8Array(Buffer.from(moved.join('\r\n') + '\r\n', 'latin1')) };
    });
  };

  it.each(['default', 'strict'] as const)('one warning per user whose rows are apart, and no finding of its sums (%s profile)', (profile) => {
    const files = reordered();
    const r = validateBundle(files, { profile });
    const issues = [...r.files.flatMap((f) => f.issues), ...r.issues];
    const t7 = files.find((f) => f.name.startsWith('UPSIKYU_'))!;
    const users = new Set(
      Buffer.from(t7.bytes)
        .toString('latin1')
        .split('\r\n')
        .filter(Boolean)
        .map((l) => l.split(',').slice(1, 3).join()),
    );
    expect(users.size).toBeGreaterThan(1);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([...users].map(() => ['FILE_T7_USER_ROWS_APART', 'warning']));
    expect(r.ok).toBe(true);
  });

  it('the valid send as written has no such warning', () => {
    const dir = join(FIXTURES, 'transmissions', 'valid', 'kyotaku');
    const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
    const r = validateBundle(files, { profile: 'strict' });
    expect([...r.files.flatMap((f) => f.issues), ...r.issues]).toEqual([]);
  });
});

describe('利用者補足情報 limits', () => {
  const hosoku = (v: Values) => {
    const unit = example();
    Object.assign(unit.UPHOSOKU!.records[0]!, v);
    return findings(run(unit).issues);
  };
  it('the national table by care level and month: below is a warning, above is information, 06 is never compared', () => {
    expect(nationalBenefitLimit('23', '202505')).toBe(27048);
    expect(nationalBenefitLimit('23', '201909')).toBe(26931);
    expect(nationalBenefitLimit('06', '202505')).toBeUndefined();
    expect(hosoku({ benefitLimit: '27,048' })).toEqual([]);
    expect(hosoku({ benefitLimit: '30000' })).toEqual(['RECORD_BENEFIT_LIMIT_ABOVE_TABLE UPHOSOKU:1:19']);
    expect(hosoku({ careLevel: '06', benefitLimit: '30000' })).toEqual([]);
  });

  it('never carries the national value: it would tell the care level', () => {
    const unit = example();
    unit.UPHOSOKU!.records[0]!.benefitLimit = '26931';
    const issue = run(unit).issues.find((i) => i.code === 'RECORD_BENEFIT_LIMIT_BELOW_TABLE')!;
    expect(issue.params).toEqual({ validFrom: '201910' });
    expect(MESSAGES.ja.RECORD_BENEFIT_LIMIT_BELOW_TABLE(issue.params as never)).not.toMatch(/27,?048|要介護３/);
  });

  it('the type-limit slots: excess = max(0, total − limit), No.56 their sum', () => {
    expect(hosoku({ limitServiceType1: '21', limitAmount1: '20000', limitTotalUnits1: '22050', limitExcessUnits1: '2050', totalExcessUnits: '2050' })).toEqual(
      [],
    );
    expect(hosoku({ limitServiceType1: '21', limitAmount1: '20000', limitTotalUnits1: '22050', limitExcessUnits1: '2050', totalExcessUnits: '2000' })).toEqual([
      'RECORD_TYPE_LIMIT_SLOT_ARITHMETIC UPHOSOKU:1:56 2050',
    ]);
  });
});

describe('第6表 実績 against 予定', () => {
  it('is information only, never a warning or an error, and only for the offices that sent actuals', () => {
    const send = [...sampleTransmission('K2', { seed: 21 }), ...sampleTransmission('K5', { seed: 21, timestamp: '20250602090000' })];
    const r = validateBundle(send, { profile: 'strict' });
    const actuals = r.issues.filter((i) => i.code === 'BUNDLE_ACTUALS_DIFFER_FROM_PLAN');
    expect(r.ok).toBe(true);
    expect(actuals.every((i) => i.severity === 'info')).toBe(true);
    expect([...r.issues, ...r.files.flatMap((f) => f.issues)].filter((i) => i.severity !== 'info')).toEqual([]);
    const jsk = r.files.find((f) => f.kind === 'UPJSK')!;
    const offices = new Set((jsk.records as unknown as Values[]).map((x) => x.serviceOfficeCode));
    for (const i of actuals) {
      const file = r.files.find((f) => f.name === i.file)!;
      expect(offices.has((file.records as unknown as Values[])[i.record! - 1]!.serviceOfficeCode!)).toBe(true);
    }
  });
});

describe('arithmetic helpers', () => {
  it('prices in hundredths, yen floored, rates rounded half up', () => {
    expect([readPrice('11.10'), readPrice('11.1'), readPrice('10'), readPrice('9.8'), readPrice('11.405'), readPrice('')]).toEqual([
      1110,
      1110,
      1000,
      980,
      null,
      undefined,
    ]);
    expect(yenCandidates(22050, 1110)).toEqual([244755]);
    expect(yenCandidates(725, 1110)).toEqual([8047]);
    expect(roundHalfUpCandidates(258 * 90)).toEqual([232]);
    expect(roundHalfUpCandidates(25 * 50)).toEqual([13]);
    expect(roundHalfUpCandidates(-25 * 50)).toEqual([-13, -12]);
  });

  it('the price grid: 10.00–11.40, one column per 人件費割合, 10.00 for the 10-yen types', () => {
    expect(unitPricesFor('21', '202505')?.prices).toContain('11.10');
    expect(unitPricesFor('11', '202505')?.prices).toEqual(['11.40', '11.12', '11.05', '10.84', '10.70', '10.42', '10.21', '10.00']);
    expect(unitPricesFor('17', '202505')?.prices).toEqual(['10.00']);
    expect(unitPricesFor('A4', '202505')).toBeUndefined();
    expect(unitPricesFor('21', '201403')).toBeUndefined();
  });
});

describe('declarations', () => {
  const invalidCases = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir).map(
          (d) =>
            JSON.parse(readFileSync(join(dir, d, 'expected.json'), 'utf8')) as { issues: { code: string; kind?: string; record?: number; fieldNo?: number }[] },
        )
      : [];

  it('every accounting code: a source, messages, a rule that emits it, an invalid fixture', () => {
    const emitted = new Set([...RULES.flatMap((r) => r.codes), ...BUNDLE_RULES.flatMap((r) => r.codes)]);
    const fixtures = new Set(
      [...invalidCases(join(FIXTURES, 'invalid')), ...invalidCases(join(FIXTURES, 'transmissions', 'invalid'))].flatMap((c) => c.issues.map((i) => i.code)),
    );
    for (const code of ACCOUNTING) {
      expect((CODE_SOURCES[code as IssueCode] ?? '').length, code).toBeGreaterThan(20);
      expect(emitted.has(code as IssueCode), `${code} emitted`).toBe(true);
      expect(fixtures.has(code), `${code} fixture`).toBe(true);
    }
  });

  it('spec-fixtures/transmissions/invalid: each case yields its issues, at the file kind, record and field listed', () => {
    const root = join(FIXTURES, 'transmissions', 'invalid');
    for (const d of readdirSync(root)) {
      const dir = join(root, d);
      const files = readdirSync(dir)
        .filter((n) => n.endsWith('.CSV'))
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
        issues: { code: string; kind?: string; record?: number; fieldNo?: number }[];
      };
      const r = validateBundle(files);
      const issues = [...r.issues, ...r.files.flatMap((f) => f.issues)];
      for (const e of expected.issues) expect(issues, `${d}: ${JSON.stringify(e)}`).toContainEqual(expect.objectContaining(e));
    }
  });
});
