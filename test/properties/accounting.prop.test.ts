/**
 * Issue 13, property: generated units (the sample's K2/Y4: 第6表 予定 + 第7表 + 利用者補足情報) are
 * arithmetic-consistent — no finding under either profile — and each single-number change gives
 * exactly the findings it should, as an oracle written here from the 第7表 columns says.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCOUNTING_BUNDLE_CODES, ACCOUNTING_FILE_CODES, ACCOUNTING_RECORD_CODES } from '../../src/core/codes/accounting.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { nationalBenefitLimit } from '../../src/spec/reference/benefit-limits.js';
import { getTable } from '../../src/spec/kinds/index.js';

const ACCOUNTING: ReadonlySet<string> = new Set([
  ...Object.keys(ACCOUNTING_RECORD_CODES),
  ...Object.keys(ACCOUNTING_FILE_CODES),
  ...Object.keys(ACCOUNTING_BUNDLE_CODES),
]);
type Values = Record<string, string>;
type Kind = 'UPPLAN' | 'UPSIKYU' | 'UPHOSOKU';
interface Unit {
  readonly names: Record<Kind, string>;
  readonly records: Record<Kind, Values[]>;
}

const unitArb = fc.record({
  unit: fc.constantFrom('K2', 'Y4'),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  records: fc.integer({ min: 1, max: 4 }),
  // Service months the current edition applies to (an earlier month is FILE_CSV_VERSION_MONTH_MISMATCH).
  month: fc.tuple(fc.integer({ min: 2026, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}${String(m).padStart(2, '0')}`),
});

function generate(p: { unit: string; seed: number; records: number; month: string }): Unit {
  const names = {} as Record<Kind, string>;
  const records = {} as Record<Kind, Values[]>;
  for (const f of sampleTransmission(p.unit, { seed: p.seed, records: p.records, month: p.month })) {
    const r = parseFile(f);
    names[r.kind as Kind] = f.name;
    records[r.kind as Kind] = (r.records as unknown as Values[]).map((x) => ({ ...x }));
  }
  return { names, records };
}

function check(unit: Unit, profile: 'default' | 'strict' = 'default') {
  const files = (Object.keys(unit.names) as Kind[]).map((kind) => {
    const w = stringifyFile(kind, unit.records[kind]);
    if (!w.bytes) throw new Error(`${kind} refused: ${JSON.stringify(w.issues.filter((i) => i.severity === 'error'))}`);
    return { name: unit.names[kind], bytes: w.bytes };
  });
  const r = validateBundle(files, { profile });
  return [...r.issues, ...r.files.flatMap((f) => f.issues)];
}

const fieldNo = (kind: Kind, key: string) => getTable(kind).fields.find((f) => f.key === key)!.no;
/** A finding as `CODE kind:record:No.`. */
const at = (code: string, kind: Kind, index: number, key: string) => `${code} ${kind}:${index + 1}:${fieldNo(kind, key)}`;

describe('generated units (property)', () => {
  it('are arithmetic-consistent: no issue at all, under either profile', () => {
    fc.assert(
      fc.property(unitArb, (p) => {
        const unit = generate(p);
        for (const profile of ['default', 'strict'] as const) expect(check(unit, profile).map((i) => `${i.code} ${i.kind}:${i.record}`)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The oracle: what each one-number change must give, from the structure of the sample's 第7表
// (per office one group: its lines with 給付管理単位数, a 処遇改善加算 without it, AAAA when it has
// several lines, EEEE beside the 加算; a single line carries its own amounts; one 999999 per user).

interface Row {
  readonly index: number;
  readonly r: Values;
  readonly kind: 'line' | 'AAAA' | 'EEEE' | 'total';
  /** The office group's rows (lines and subtotals). */
  readonly group: readonly number[];
  /** The user's 999999 row. */
  readonly total: number;
}

function rowsOf(records: readonly Values[]): Row[] {
  const out: Row[] = [];
  let start = 0;
  for (let i = 0; i <= records.length; i++) {
    if (i < records.length && records[i]!.insuredNumber === records[start]!.insuredNumber) continue;
    const user = records.slice(start, i).map((r, k) => ({ r, index: start + k }));
    const total = user.find((x) => x.r.serviceCode === '999999')!.index;
    for (const x of user) {
      const code = x.r.serviceCode!;
      const kind = code === '999999' ? 'total' : code.endsWith('AAAA') ? 'AAAA' : code.endsWith('EEEE') ? 'EEEE' : 'line';
      const group = user.filter((y) => y.r.serviceOfficeCode === x.r.serviceOfficeCode && y.r.serviceCode !== '999999').map((y) => y.index);
      out.push({ index: x.index, r: x.r, kind, group, total });
    }
    start = i;
  }
  return out;
}

const num = (v: string | undefined) => (v === undefined || v === '' ? 0 : Number(v));
const yen = (units: number, price: string) => Math.floor((units * Math.round(Number(price) * 100)) / 100);
/** An accounting row: a subtotal, or a line alone in its group. */
const accounting = (x: Row) => x.kind === 'AAAA' || x.kind === 'EEEE' || (x.kind === 'line' && x.group.length === 1);
const limitedAccounting = (x: Row) => accounting(x) && x.kind !== 'EEEE';

interface Mutation {
  readonly what: string;
  readonly applies: (x: Row, unit: Unit) => boolean;
  /** Changes the unit; returns the findings it must give. */
  readonly apply: (x: Row, unit: Unit, rows: readonly Row[]) => string[];
}

const T7 = 'UPSIKYU' as const;
const plus1 = (r: Values, key: string) => (r[key] = String(num(r[key]) + 1));

/** Σ 回数 of 第7表 and Σ サービス回数 / 日割 days of 第6表 for the key of a line. */
function counts(unit: Unit, x: Row) {
  const same = (r: Values) => r.insuredNumber === x.r.insuredNumber && r.serviceOfficeCode === x.r.serviceOfficeCode && r.serviceCode === x.r.serviceCode;
  const plan = unit.records.UPPLAN.filter(same);
  const days = new Set(plan.flatMap((r) => [...(r.proratedDays ?? '')].flatMap((c, d) => (c === '1' ? [d] : []))));
  const lines = unit.records.UPSIKYU.map((r, i) => ({ r, i })).filter(({ r }) => same(r));
  return {
    planned: plan.reduce((n, r) => n + num(r.serviceCount), 0),
    days: days.size,
    counted: lines.reduce((n, { r }) => n + num(r.count), 0),
    first: lines[0]!.i,
    plans: plan,
  };
}

const MUTATIONS: readonly Mutation[] = [
  {
    what: '単位数 (No.13) of a line +1',
    applies: (x) => x.kind === 'line',
    apply: (x) => (plus1(x.r, 'units'), [at('RECORD_UNIT_AMOUNT_MISMATCH', T7, x.index, 'unitAmount')]),
  },
  {
    what: '回数 (No.16) of a line +1',
    applies: (x) => x.kind === 'line',
    apply: (x, unit) => {
      plus1(x.r, 'count');
      const c = counts(unit, x);
      return [
        at('RECORD_UNIT_AMOUNT_MISMATCH', T7, x.index, 'unitAmount'),
        ...(c.counted > Math.max(c.planned, c.days) ? [at('BUNDLE_T7_COUNT_EXCEEDS_PLAN', T7, c.first, 'count')] : []),
      ];
    },
  },
  {
    what: 'サービス単位/金額 (No.17) of a line +1',
    applies: (x) => x.kind === 'line',
    apply: (x, _unit, rows) => {
      plus1(x.r, 'unitAmount');
      const out = [at('RECORD_UNIT_AMOUNT_MISMATCH', T7, x.index, 'unitAmount')];
      if (x.group.length === 1) return out; // 給付管理単位数 ≠ サービス単位 now reads as 大規模型: nothing else is judged
      const subtotal = rows.find((y) => x.group.includes(y.index) && y.kind === (x.r.benefitManagementUnits === '' ? 'EEEE' : 'AAAA'))!;
      return [...out, at('FILE_SUBTOTAL_MISMATCH', T7, subtotal.index, 'unitAmount')];
    },
  },
  {
    what: '給付管理単位数 (No.18) of AAAA +1',
    applies: (x) => x.kind === 'AAAA',
    apply: (x) => (plus1(x.r, 'benefitManagementUnits'), [at('FILE_SUBTOTAL_MISMATCH', T7, x.index, 'benefitManagementUnits')]),
  },
  {
    what: '区分支給限度基準を超える単位数 (No.21) of an accounting row +1',
    applies: limitedAccounting,
    apply: (x, unit) => {
      plus1(x.r, 'categoryLimitExcessUnits');
      const total = unit.records.UPSIKYU[x.total]!;
      return [
        at('RECORD_LIMIT_SPLIT_MISMATCH', T7, x.index, 'categoryLimitWithinUnits'),
        at('RECORD_FULL_COST_MISMATCH', T7, x.index, 'userFullCost'),
        ...(total.categoryLimitExcessUnits !== '' ? [at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'categoryLimitExcessUnits')] : []),
        at('BUNDLE_CATEGORY_EXCESS_MISMATCH', T7, x.total, 'categoryLimitExcessUnits'),
      ];
    },
  },
  {
    what: '区分支給限度基準内単位数 (No.22) of an accounting row +1',
    applies: limitedAccounting,
    apply: (x) => {
      plus1(x.r, 'categoryLimitWithinUnits');
      return [
        at('RECORD_LIMIT_SPLIT_MISMATCH', T7, x.index, 'categoryLimitWithinUnits'),
        at('RECORD_TOTAL_COST_MISMATCH', T7, x.index, 'totalCost'),
        at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'categoryLimitWithinUnits'),
      ];
    },
  },
  {
    what: '費用総額 (No.24) of an accounting row +1',
    applies: accounting,
    apply: (x) => {
      plus1(x.r, 'totalCost');
      const claimMoves = Math.floor((num(x.r.totalCost) * num(x.r.benefitRate)) / 100) !== num(x.r.insuranceClaim);
      return [
        at('RECORD_TOTAL_COST_MISMATCH', T7, x.index, 'totalCost'),
        at('RECORD_COPAY_MISMATCH', T7, x.index, 'userCopay'),
        ...(claimMoves ? [at('RECORD_CLAIM_MISMATCH', T7, x.index, 'insuranceClaim')] : []),
        at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'totalCost'),
      ];
    },
  },
  {
    what: '保険／事業費請求額 (No.26) of an accounting row +1',
    applies: accounting,
    apply: (x) => (
      plus1(x.r, 'insuranceClaim'),
      [
        at('RECORD_CLAIM_MISMATCH', T7, x.index, 'insuranceClaim'),
        at('RECORD_COPAY_MISMATCH', T7, x.index, 'userCopay'),
        at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'insuranceClaim'),
      ]
    ),
  },
  {
    what: '利用者負担 (No.28) of an accounting row +1',
    applies: accounting,
    apply: (x) => (plus1(x.r, 'userCopay'), [at('RECORD_COPAY_MISMATCH', T7, x.index, 'userCopay'), at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'userCopay')]),
  },
  {
    what: '全額負担 (No.29) of an accounting row +1',
    applies: limitedAccounting,
    apply: (x, unit) => {
      plus1(x.r, 'userFullCost');
      const total = unit.records.UPSIKYU[x.total]!;
      return [
        at('RECORD_FULL_COST_MISMATCH', T7, x.index, 'userFullCost'),
        ...(total.userFullCost !== '' ? [at('FILE_GRAND_TOTAL_MISMATCH', T7, x.total, 'userFullCost')] : []),
      ];
    },
  },
  {
    what: '費用総額 (No.24) of 999999 +1',
    applies: (x) => x.kind === 'total',
    apply: (x) => (plus1(x.r, 'totalCost'), [at('FILE_GRAND_TOTAL_MISMATCH', T7, x.index, 'totalCost'), at('RECORD_COPAY_MISMATCH', T7, x.index, 'userCopay')]),
  },
  {
    what: '利用者補足情報 区分支給限度基準額 (No.19) one unit below the units within it',
    applies: (x) => x.kind === 'total' && num(x.r.categoryLimitWithinUnits) > 0,
    apply: (x, unit) => {
      const hosoku = unit.records.UPHOSOKU.findIndex((r) => r.insuredNumber === x.r.insuredNumber)!;
      const h = unit.records.UPHOSOKU[hosoku]!;
      const limit = num(x.r.categoryLimitWithinUnits) - 1;
      h.benefitLimit = String(limit);
      const national = nationalBenefitLimit(h.careLevel!, h.targetMonth!);
      return [
        at('BUNDLE_CATEGORY_LIMIT_EXCEEDED', T7, x.index, 'categoryLimitWithinUnits'),
        at('BUNDLE_CATEGORY_EXCESS_MISMATCH', T7, x.index, 'categoryLimitExcessUnits'),
        ...(national !== undefined && limit < national ? [at('RECORD_BENEFIT_LIMIT_BELOW_TABLE', 'UPHOSOKU', hosoku, 'benefitLimit')] : []),
      ];
    },
  },
  {
    what: '第6表: one 予定 record of a line removed',
    applies: (x) => x.kind === 'line',
    apply: (x, unit) => {
      const c = counts(unit, x);
      const removed = c.plans[c.plans.length - 1]!;
      unit.records.UPPLAN.splice(unit.records.UPPLAN.indexOf(removed), 1);
      if (c.plans.length === 1) return [at('BUNDLE_T7_LINE_WITHOUT_PLAN', T7, c.first, 'serviceCode')];
      return c.counted > Math.max(c.planned - num(removed.serviceCount), c.days) ? [at('BUNDLE_T7_COUNT_EXCEEDS_PLAN', T7, c.first, 'count')] : [];
    },
  },
];

describe('single-number changes (property)', () => {
  it.each(MUTATIONS.map((m) => [m.what, m] as const))('%s gives exactly its findings', (_what, m) => {
    fc.assert(
      fc.property(unitArb, fc.nat(), (p, pick) => {
        const unit = generate(p);
        const rows = rowsOf(unit.records.UPSIKYU).filter((x) => m.applies(x, unit));
        fc.pre(rows.length > 0);
        const x = rows[pick % rows.length]!;
        const expected = m.apply(x, unit, rowsOf(unit.records.UPSIKYU)).sort();
        const found = check(unit)
          .filter((i) => ACCOUNTING.has(i.code))
          .map((i) => `${i.code} ${i.kind}:${i.record}:${i.fieldNo}`)
          .sort();
        expect({ row: `${x.r.serviceCode} (record ${x.index + 1})`, found }).toEqual({ row: `${x.r.serviceCode} (record ${x.index + 1})`, found: expected });
      }),
      { numRuns: 25 },
    );
  });

  it('yen are floored once per accounting row (the oracle agrees with the sample)', () => {
    const unit = generate({ unit: 'K2', seed: 3, records: 3, month: '202505' });
    for (const x of rowsOf(unit.records.UPSIKYU).filter(limitedAccounting))
      expect(num(x.r.totalCost)).toBe(yen(num(x.r.categoryLimitWithinUnits), x.r.unitPrice!));
  });
});
