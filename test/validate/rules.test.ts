import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../src/spec/kind.js';
import { rentalNeedsTaisOrNotificationCode } from '../../src/spec/rules/rental-needs-tais.js';
import { detailCodeOnlyForRental } from '../../src/spec/rules/detail-code-only-for-rental.js';
import { startAndEndTimeAgree } from '../../src/spec/rules/start-end-time-agree.js';
import { serviceTypeInScope } from '../../src/spec/rules/service-type-in-scope.js';
import { summaryRowFixedFields } from '../../src/spec/rules/summary-row-fixed-fields.js';
import { totalRowOfficeCode } from '../../src/spec/rules/total-row-office.js';
import { linkedToOneUnit } from '../../src/spec/rules/hosoku-linked-to-one-unit.js';
import { planItemNumbersUnique } from '../../src/spec/rules/plan-item-numbers-unique.js';
import { RULES } from '../../src/spec/rules/index.js';
import { buildCarePlanTree } from '../../src/codec/care-plan-tree.js';
import { checkRecordRule, defineRule, runFileRule, type RecordRule } from '../../src/spec/rule.js';
import { KINDS, TABLES } from '../../src/spec/kinds/index.js';

/** A rule gets every field it reads (the reader always gives every field); the cases name only the ones that matter. */
const complete = (rule: { reads: readonly string[] }, r: RecordValues) => ({ ...Object.fromEntries(rule.reads.map((k) => [k, ''])), ...r });
const codes = (rule: RecordRule, r: RecordValues) => checkRecordRule(rule, complete(rule, r)).map((i) => i.code);

// [rule, valid record, invalid record, code]
const recordCases = [
  [
    rentalNeedsTaisOrNotificationCode,
    { serviceCode: '171001', taisCode: '00001-000010' },
    { serviceCode: '171001', taisCode: '', notificationCode: '', equipmentName: '車いす' },
    'RECORD_RENTAL_NEEDS_TAIS',
  ],
  [
    rentalNeedsTaisOrNotificationCode,
    { serviceCode: '671001', notificationCode: '00001-000010' },
    { serviceCode: '671001', equipmentName: '手すり' },
    'RECORD_RENTAL_NEEDS_TAIS',
  ],
  // §4.4: no code and no product name: perhaps a 加算/減算 line, a doubt (warning)
  [rentalNeedsTaisOrNotificationCode, { serviceCode: '178110', taisCode: '00001-000010' }, { serviceCode: '178110' }, 'RECORD_RENTAL_CODE_DOUBTFUL'],
  [detailCodeOnlyForRental, { serviceCode: '171001', detailCode: '1' }, { serviceCode: '111211', detailCode: '1' }, 'RECORD_DETAIL_CODE_NOT_RENTAL'],
  // §4.3: 67 has the same need as 17; the spec names only 17 (warning)
  [detailCodeOnlyForRental, { serviceCode: '671001', detailCode: '' }, { serviceCode: '671001', detailCode: '1' }, 'RECORD_DETAIL_CODE_PREVENTIVE_RENTAL'],
  [startAndEndTimeAgree, { startTime: '9999', endTime: '9999' }, { startTime: '0900', endTime: '9999' }, 'RECORD_TIME_PAIR'],
  [startAndEndTimeAgree, { startTime: '0900', endTime: '1000' }, { startTime: '9999', endTime: '1000' }, 'RECORD_TIME_PAIR'],
  [serviceTypeInScope, { serviceCode: '111211' }, { serviceCode: '511111' }, 'RECORD_SERVICE_TYPE_OUT_OF_SCOPE'],
  [
    totalRowOfficeCode,
    { serviceCode: '999999', serviceOfficeCode: '9999999999' },
    { serviceCode: '999999', serviceOfficeCode: '1371200310' },
    'RECORD_TOTAL_ROW_OFFICE',
  ],
  [
    totalRowOfficeCode,
    { serviceCode: '111211', serviceOfficeCode: '1371200310' },
    { serviceCode: '111211', serviceOfficeCode: '9999999999' },
    'RECORD_TOTAL_ROW_OFFICE',
  ],
  [
    summaryRowFixedFields,
    { serviceCode: '11AAAA', units: '0', discountRate: '', discountedUnits: '' },
    { serviceCode: '11AAAA', units: '250' },
    'RECORD_TOTAL_ROW_FIELD',
  ],
  [summaryRowFixedFields, { serviceCode: '999999', units: '0' }, { serviceCode: '999999', units: '0', discountRate: '90' }, 'RECORD_TOTAL_ROW_FIELD'],
  [linkedToOneUnit, { targetMonth: '000000', planDate: '20250301' }, { targetMonth: '000000', planDate: '00000000' }, 'RECORD_HOSOKU_LINK'],
  [linkedToOneUnit, { targetMonth: '202504', planDate: '00000000' }, { targetMonth: '202504', planDate: '20250301' }, 'RECORD_HOSOKU_LINK'],
] as const;

describe('record rules', () => {
  it.each(recordCases.map((c) => [c[0].id, c[3], ...c] as const))(
    '%s accepts the valid case and reports %s for the invalid one',
    (_id, _code, rule, valid, invalid, code) => {
      expect(codes(rule, valid)).toEqual([]);
      expect(codes(rule, invalid)).toContain(code);
    },
  );

  it('does not ask subtotal rows of 福祉用具貸与 for a TAIS code', () => {
    expect(codes(rentalNeedsTaisOrNotificationCode, { serviceCode: '17AAAA' })).toEqual([]);
  });

  it('is declared on the tables it belongs to', () => {
    expect(TABLES.UPPLAN.recordRules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['rentalNeedsTaisOrNotificationCode', 'detailCodeOnlyForRental', 'startAndEndTimeAgree']),
    );
    expect(TABLES.UPJSK.recordRules).toEqual(TABLES.UPPLAN.recordRules);
    expect(TABLES.UPSIKYU.recordRules.map((r) => r.id)).toEqual(expect.arrayContaining(['totalRowOfficeCode', 'summaryRowFixedFields']));
    expect(TABLES.UPHOSOKU.recordRules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['linkedToOneUnit', 'typeLimitSlots', 'benefitLimitAgainstTable', 'typeLimitSlotArithmetic']),
    );
    expect(TABLES.UP2KYO.fileRules.map((r) => r.id)).toEqual(['planItemNumbersUnique']);
  });

  it('names, for every rule, kinds that have every field it reads, and a source', () => {
    for (const rule of RULES) {
      expect(rule.source.length).toBeGreaterThan(10);
      for (const kind of rule.kinds) expect(rule.reads.filter((k) => !KINDS[kind].fields.some((f) => f.key === k))).toEqual([]);
    }
  });

  it('refuses a rule without kinds or codes when it is declared', () => {
    const base = { id: 'x', description: { ja: 'x', en: 'x' }, source: 'x', reads: ['serviceCode'], check: () => [] };
    expect(() => defineRule({ ...base, kinds: [], codes: ['RECORD_TIME_PAIR'] })).toThrow(/no kinds/);
    expect(() => defineRule({ ...base, kinds: ['UPPLAN'], codes: [] })).toThrow(/no codes/);
  });
});

const row = (issueNo: string, goalNo: string, supportNo: string, extra: Record<string, string> = {}) => ({
  insurerNumber: '131016',
  insuredNumber: '0000012345',
  planDate: '20250301',
  issueNo,
  goalNo,
  supportNo,
  ...extra,
});

describe('第2表 numbering', () => {
  it('accepts distinct (課題NO, 援助目標NO, 援助内容NO) triples', () => {
    expect(runFileRule(planItemNumbersUnique, [row('1', '1', '1'), row('1', '1', '2'), row('1', '2', '1'), row('2', '1', '1')])).toEqual([]);
  });

  it('reports RECORD_PLAN_ITEM_DUPLICATE at the repeated row, naming the first', () => {
    const issues = runFileRule(planItemNumbersUnique, [row('1', '1', '1'), row('1', '2', '1'), row('1', '1', '1')]);
    expect(issues).toEqual([{ code: 'RECORD_PLAN_ITEM_DUPLICATE', recordIndex: 2, fieldKey: 'supportNo', params: { firstRecord: 1 } }]);
  });

  it('treats 01 and 1 as the same number, and separate plans separately', () => {
    expect(runFileRule(planItemNumbersUnique, [row('1', '1', '1'), row('01', '1', '1')])).toHaveLength(1);
    expect(runFileRule(planItemNumbersUnique, [row('1', '1', '1'), { ...row('1', '1', '1'), planDate: '20250401' }])).toEqual([]);
  });

  it('builds 課題 → 目標 → 援助内容 trees, filling print-image blanks from the row above', () => {
    const [plan] = buildCarePlanTree([
      row('1', '1', '1', { issue: '歩行が不安定', longTermGoal: '自宅内を安全に歩ける', serviceContent: '歩行訓練' }),
      row('1', '1', '2', { issue: '', longTermGoal: '', serviceContent: '手すりの貸与' }),
      row('1', '2', '1', { issue: '', longTermGoal: '外出できる', serviceContent: '通所介護' }),
      row('2', '1', '1', { issue: '入浴が困難', longTermGoal: '清潔を保つ', serviceContent: '訪問入浴' }),
    ]);
    expect(plan!.issues.map((i) => [i.issueNo, i.issue, i.goals.map((g) => [g.goalNo, g.longTermGoal, g.items.length])])).toEqual([
      [
        '1',
        '歩行が不安定',
        [
          ['1', '自宅内を安全に歩ける', 2],
          ['2', '外出できる', 1],
        ],
      ],
      ['2', '入浴が困難', [['1', '清潔を保つ', 1]]],
    ]);
  });
});
