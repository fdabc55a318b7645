/**
 * The 第7表 accounting model that the arithmetic rules share (research/issue-13.md §0, §A).
 *
 * Numbers: an integer field is read as a number, `undefined` when empty, `null` when it is not an
 * integer (the field check reports that; arithmetic never reports on an unreadable field). Prices
 * (No.23, 99.99) are integer hundredths, so that no floating point enters a yen amount.
 *
 * Rows: 999999 is the grand total; {CD}AAAA/EEEE/ZZZZ are subtotals; anything else is a line. A
 * group is (user, サービス事業所コード, サービス種類) — satellites are one group unless the group holds
 * AAAA rows of different サテライト枝番. In a group the regular lines R are the lines not beyond 30
 * days; when some of them carry 給付管理単位数 (No.18) the others are inferred to be outside the
 * category limit (X), otherwise nothing is inferred (every regular line counts, X is empty).
 */
import { TOTAL_SERVICE_CODE, SUBTOTAL_SUFFIXES } from '../../service-codes.js';
import type { IssueCode } from '../../../core/issue.js';
import type { FileFinding, FileRuleChecker, RuleRecord } from '../../rule.js';

/** A read integer: a number, `undefined` (empty) or `null` (not an integer). */
export type Num = number | null | undefined;

/**
 * Longest integer read: the widest number field the arithmetic reads (利用者補足情報 Nos.19–56 have
 * 7 characters, 第7表 at most 6). A longer value is no amount the field can hold (its field check
 * says so), so arithmetic never reports on it, nor echoes it: it may be anything a shifted file
 * put there.
 */
const MAX_DIGITS = 7;

/** The integer of an integer field (`-30` allowed). */
export function readInt(v: string | undefined): Num {
  if (v === undefined || v === '') return undefined;
  const start = v.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (v.length === start || v.length - start > MAX_DIGITS) return null;
  for (let i = start; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return null;
  }
  return Number(v);
}

/** N(v): the number, or null when empty or unreadable. */
export const n = (v: Num): number | null => (typeof v === 'number' ? v : null);
/** Z(v): empty reads as 0 (the printed form leaves a zero cell blank); null when unreadable. */
export const z = (v: Num): number | null => (v === undefined ? 0 : v);

/** 単位数単価 (99.99) as integer hundredths: 11.10 → 1110, 11.1 → 1110, 10 → 1000. */
export function readPrice(v: string | undefined): Num {
  if (v === undefined || v === '') return undefined;
  const dot = v.indexOf('.');
  const whole = dot === -1 ? v : v.slice(0, dot);
  const frac = dot === -1 ? '' : v.slice(dot + 1);
  if (whole.length < 1 || whole.length > 2 || (dot !== -1 && (frac.length < 1 || frac.length > 2)) || !allDigits(whole) || !allDigits(frac)) return null;
  return Number(whole) * 100 + (frac === '' ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
}

function allDigits(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A price in hundredths as the 99.99 text (1110 → "11.10"). */
export const priceText = (hundredths: number): string => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/**
 * Yen of `units` at a price in hundredths: floor (1円未満切り捨て). For a negative base (a 減算
 * only row, seen in no example) both floor and truncation toward zero are accepted.
 */
export function yenCandidates(units: number, priceHundredths: number): readonly number[] {
  const p = units * priceHundredths;
  const floor = Math.floor(p / 100);
  return p >= 0 ? [floor] : [floor, -Math.floor(-p / 100)];
}
export const yen = (units: number, priceHundredths: number): number => yenCandidates(units, priceHundredths)[0]!;

/** floor(base × rate / 100) for an integer percent; for a negative base, truncation is accepted too. */
export function rateCandidates(base: number, rate: number): readonly number[] {
  const p = base * rate;
  const floor = Math.floor(p / 100);
  return p >= 0 ? [floor] : [floor, -Math.floor(-p / 100)];
}

/** Rounded half up (四捨五入) of numerator / 100; for a negative value half away from zero, and half toward +∞ too. */
export function roundHalfUpCandidates(numerator: number): readonly number[] {
  if (numerator >= 0) return [Math.floor((numerator + 50) / 100)];
  return [-Math.floor((-numerator + 50) / 100), Math.floor((numerator + 50) / 100)];
}

export type RowKind = 'line' | 'AAAA' | 'EEEE' | 'ZZZZ' | 'total';

/** What a row of 第7表 is, by its サービスコード (No.9). */
export function rowKindOf(serviceCode: string): RowKind {
  if (serviceCode === TOTAL_SERVICE_CODE) return 'total';
  if (serviceCode.length === 6) {
    const suffix = serviceCode.slice(2);
    if (suffix === SUBTOTAL_SUFFIXES.limited) return 'AAAA';
    if (suffix === SUBTOTAL_SUFFIXES.unlimited) return 'EEEE';
    if (suffix === SUBTOTAL_SUFFIXES.over30Days) return 'ZZZZ';
  }
  return 'line';
}

/** A row beyond 30 days: ３０日超区分 (No.33) 1, or a 30日超過分 subtotal. */
export const isOver30 = (kind: RowKind, over30Days: string): boolean => kind === 'ZZZZ' || over30Days === '1';

/** A well-formed サービスコード (6 upper-case alphanumerics): other rows are not judged. */
export function isReadableServiceCode(code: string): boolean {
  if (code.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const c = code.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Rows of one user, grouped

/** Every field the accounting model reads (rules that use groups declare these). */
export const T7_ROW_READS = [
  'insurerNumber',
  'insuredNumber',
  'serviceOfficeCode',
  'satelliteBranch',
  'serviceCode',
  'unitAmount',
  'benefitManagementUnits',
  'typeLimitExcessUnits',
  'typeLimitWithinUnits',
  'categoryLimitExcessUnits',
  'categoryLimitWithinUnits',
  'unitPrice',
  'totalCost',
  'benefitRate',
  'insuranceClaim',
  'fixedCopayUnitPrice',
  'userCopay',
  'userFullCost',
  'over30Days',
] as const;
export type T7RowKey = (typeof T7_ROW_READS)[number];

/** The compact numbers of one 第7表 row (what a rule keeps of a record while it reads a user). */
export interface T7Row {
  /** 0-based record index in the file. */
  readonly index: number;
  readonly office: string;
  readonly branch: string;
  readonly code: string;
  readonly kind: RowKind;
  readonly over30: boolean;
  /** The サービスコード is well-formed (6 upper-case alphanumerics). */
  readonly readable: boolean;
  /** No.17 サービス単位/金額 … No.29 利用者負担（全額負担分）. */
  readonly amount: Num;
  readonly bm: Num;
  readonly typeOver: Num;
  readonly typeWithin: Num;
  readonly catOver: Num;
  readonly catWithin: Num;
  readonly price: Num;
  readonly cost: Num;
  readonly rate: Num;
  readonly claim: Num;
  readonly fixedCopay: boolean;
  readonly copay: Num;
  readonly full: Num;
}

/**
 * readRow shared by the file rules of one file: the validator hands each record to every rule in
 * turn, so the row of the last record read is given again for the same record at the same index.
 * A pass over records starts at index 0, where nothing is taken from an earlier pass.
 */
let lastRecord: object | undefined;
let lastRow: T7Row | undefined;
export function readRowShared(r: RuleRecord<T7RowKey>, index: number): T7Row {
  if (index !== 0 && r === lastRecord && lastRow !== undefined && lastRow.index === index) return lastRow;
  lastRecord = r;
  lastRow = readRow(r, index);
  return lastRow;
}

export function readRow(r: RuleRecord<T7RowKey>, index: number): T7Row {
  const kind = rowKindOf(r.serviceCode);
  return {
    index,
    office: r.serviceOfficeCode,
    branch: r.satelliteBranch,
    code: r.serviceCode,
    kind,
    over30: isOver30(kind, r.over30Days),
    readable: isReadableServiceCode(r.serviceCode),
    amount: readInt(r.unitAmount),
    bm: readInt(r.benefitManagementUnits),
    typeOver: readInt(r.typeLimitExcessUnits),
    typeWithin: readInt(r.typeLimitWithinUnits),
    catOver: readInt(r.categoryLimitExcessUnits),
    catWithin: readInt(r.categoryLimitWithinUnits),
    price: readPrice(r.unitPrice),
    cost: readInt(r.totalCost),
    rate: readInt(r.benefitRate),
    claim: readInt(r.insuranceClaim),
    fixedCopay: r.fixedCopayUnitPrice !== '',
    copay: readInt(r.userCopay),
    full: readInt(r.userFullCost),
  };
}

/** Rows of one office × service type (§A). */
export interface T7Group {
  /** サービス種類 (first two characters of the code). */
  readonly type: string;
  readonly office: string;
  readonly rows: readonly T7Row[];
  /** Regular lines (not beyond 30 days). */
  readonly regular: readonly T7Row[];
  /** Lines beyond 30 days. */
  readonly over30: readonly T7Row[];
  readonly aaaa: readonly T7Row[];
  readonly eeee: readonly T7Row[];
  readonly zzzz: readonly T7Row[];
  /** Some regular line carries No.18, so the lines without it are taken as outside the category limit. */
  readonly inferred: boolean;
  /** Regular lines counted against the category limit (K) and outside it (X). */
  readonly limited: readonly T7Row[];
  readonly unlimited: readonly T7Row[];
  /** 30日超 lines whose code is a line of X (O_X), and the others (O_K). */
  readonly over30Unlimited: readonly T7Row[];
  readonly over30Limited: readonly T7Row[];
  /** Any row of the group has 定額利用者負担単価金額 (No.27). */
  readonly fixedCopay: boolean;
}

/** The groups of a user's rows (the 999999 rows are in none). */
export function groupsOf(rows: readonly T7Row[]): readonly T7Group[] {
  // The rules of one file judge the same user's rows one after the other (the rows are shared by
  // readRowShared): the groups of the last user are remembered.
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (cache && cache.first === first && cache.last === last && cache.length === rows.length) return cache.groups;
  const groups = computeGroups(rows);
  cache = first && last ? { first, last, length: rows.length, groups } : undefined;
  return groups;
}

let cache: { readonly first: T7Row; readonly last: T7Row; readonly length: number; readonly groups: readonly T7Group[] } | undefined;

function computeGroups(rows: readonly T7Row[]): T7Group[] {
  const byKey = new Map<string, T7Row[]>();
  for (const r of rows) {
    if (r.kind === 'total') continue;
    const key = `${r.office}\u0000${r.code.slice(0, 2)}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const out: T7Group[] = [];
  for (const list of byKey.values()) {
    let branch: string | undefined;
    let branches = 0;
    for (const r of list)
      if (r.kind === 'AAAA' && r.branch !== branch) {
        branch = r.branch;
        branches++;
      }
    if (branches < 2) {
      out.push(makeGroup(list));
      continue;
    }
    // AAAA rows of different satellite branches: one group per branch.
    const byBranch = new Map<string, T7Row[]>();
    for (const r of list) byBranch.set(r.branch, [...(byBranch.get(r.branch) ?? []), r]);
    for (const part of byBranch.values()) out.push(makeGroup(part));
  }
  return out;
}

function makeGroup(rows: readonly T7Row[]): T7Group {
  const regular: T7Row[] = [];
  const over30: T7Row[] = [];
  const aaaa: T7Row[] = [];
  const eeee: T7Row[] = [];
  const zzzz: T7Row[] = [];
  let inferred = false;
  let fixedCopay = false;
  for (const r of rows) {
    if (r.fixedCopay) fixedCopay = true;
    if (r.kind === 'line') {
      if (r.over30) over30.push(r);
      else {
        regular.push(r);
        if (r.bm !== undefined) inferred = true;
      }
    } else if (r.kind === 'AAAA') aaaa.push(r);
    else if (r.kind === 'EEEE') eeee.push(r);
    else if (r.kind === 'ZZZZ') zzzz.push(r);
  }
  const limited = inferred ? regular.filter((r) => r.bm !== undefined) : regular;
  const unlimited = inferred ? regular.filter((r) => r.bm === undefined) : [];
  let over30Unlimited: T7Row[] = [];
  let over30Limited: T7Row[] = over30;
  if (unlimited.length > 0 && over30.length > 0) {
    const unlimitedCodes = new Set(unlimited.map((r) => r.code));
    over30Unlimited = over30.filter((r) => unlimitedCodes.has(r.code));
    over30Limited = over30.filter((r) => !unlimitedCodes.has(r.code));
  }
  return {
    type: rows[0]!.code.slice(0, 2),
    office: rows[0]!.office,
    rows,
    regular,
    over30,
    aaaa,
    eeee,
    zzzz,
    inferred,
    limited,
    unlimited,
    over30Unlimited,
    over30Limited,
    fixedCopay,
  };
}

/** Σ of a field over rows; null when a row's value is unreadable (empty counts as 0). */
export function sumOf(rows: readonly T7Row[], pick: (r: T7Row) => Num): number | null {
  let total = 0;
  for (const r of rows) {
    const v = z(pick(r));
    if (v === null) return null;
    total += v;
  }
  return total;
}

/**
 * The accounting rows of a group (the rows whose amounts the grand total adds up), in the two
 * readings of §A. Reading A (as MHLW 記載例33-1 prints it): the AAAA row or the 区分対象 lines, the
 * EEEE row or the 区分外 lines, the ZZZZ row or the 30日超 区分対象 lines, and the 30日超 区分外 lines.
 * Reading B (a summary row covers every line of its kind): AAAA (+EEEE), or EEEE + the 区分対象
 * lines, or every regular line; and ZZZZ or every 30日超 line.
 */
export function accountingRows(g: T7Group, reading: 'A' | 'B'): { readonly limited: readonly T7Row[]; readonly all: readonly T7Row[] } {
  let readings = readingCache.get(g);
  if (!readings) readingCache.set(g, (readings = { A: computeReading(g, 'A'), B: computeReading(g, 'B') }));
  return readings[reading];
}

type Reading = { readonly limited: readonly T7Row[]; readonly all: readonly T7Row[] };
const readingCache = new WeakMap<T7Group, { readonly A: Reading; readonly B: Reading }>();

function computeReading(g: T7Group, reading: 'A' | 'B'): Reading {
  const [aaaa] = g.aaaa;
  const [eeee] = g.eeee;
  const [zzzz] = g.zzzz;
  const limited = aaaa ? [aaaa] : g.limited;
  if (reading === 'A') {
    const all = [...limited, ...(eeee ? [eeee] : g.unlimited), ...(zzzz ? [zzzz] : g.over30Limited), ...g.over30Unlimited];
    return { limited, all };
  }
  const regular = aaaa ? [aaaa, ...(eeee ? [eeee] : [])] : eeee ? [eeee, ...g.limited] : g.regular;
  return { limited, all: [...regular, ...(zzzz ? [zzzz] : g.over30)] };
}

/** 居宅療養管理指導 (31/34) is wholly outside the category limit: its natural subtotal is the optional EEEE. */
const OUTSIDE_THE_LIMIT: ReadonlySet<string> = new Set(['31', '34']);

/**
 * The group has several lines but no {CD}AAAA row, which No.9 requires (「サービスコードが複数行の場合は
 * 必須」). Its yen then stand on no row, so sums over the group say nothing.
 */
export const lacksSubtotal = (g: T7Group): boolean => g.aaaa.length === 0 && g.regular.length >= 2 && !OUTSIDE_THE_LIMIT.has(g.type);

/**
 * Both readings add up the same rows: they differ only where an AAAA row stands without an EEEE row
 * beside lines outside the limit (does AAAA cover them?), or a ZZZZ row beside 30日超 lines of
 * services outside the limit (does ZZZZ cover them?).
 */
export const readingsCoincide = (g: T7Group): boolean =>
  !((g.aaaa.length > 0 && g.eeee.length === 0 && g.unlimited.length > 0) || (g.zzzz.length > 0 && g.over30Unlimited.length > 0));

/**
 * The units a 区分対象 accounting row counts against the category limit: 種類支給限度基準内単位数
 * (No.20) when set, else 給付管理単位数 (No.18), else サービス単位/金額 (No.17).
 */
export const limitBase = (r: T7Row): number | null => (r.typeWithin !== undefined ? n(r.typeWithin) : r.bm !== undefined ? n(r.bm) : n(r.amount));

/** 大規模型通所系・同一建物 rows: 給付管理単位数 differs from the claim units (L7-18); some identities skip them. */
export const bmDiffers = (r: T7Row): boolean => r.bm !== undefined && (r.bm === null || r.amount === null || r.amount === undefined || r.bm !== r.amount);

// ---------------------------------------------------------------------------------------------
// Reading a file user by user

/**
 * A file rule's checker that reads a file user by user: the rows of one user follow each other
 * (their order within the user is not assumed), so each user is judged when the next one starts.
 * A row whose サービスコード is not readable makes the user's rows unjudgeable: such a user is
 * skipped. So is a user whose rows come back after another user's (the spec asks for output 「利用者
 * 単位」 but does not state the order of rows; table7UserRowsTogether says so once): the rows of one
 * part alone would give false findings. The findings are therefore held until the file ends, and
 * released earlier only when more than HELD_FINDINGS are waiting (a user split after that point is
 * still judged by its parts). Memory: the compact rows of one user, and a key per user.
 */
export function perUser<C extends IssueCode>(judge: (rows: readonly T7Row[]) => readonly FileFinding<C>[]): FileRuleChecker<C, T7RowKey> {
  let insurer: string | undefined;
  let insured: string | undefined;
  let rows: T7Row[] = [];
  let readable = true;
  /** Every user read so far, with the findings held for it (RELEASED once they were given out). */
  const users = new Map<string, readonly FileFinding<C>[]>();
  const apart = new Set<string>();
  let held = 0;
  const judgeUser = (): void => {
    if (rows.length === 0) return;
    const key = userKey(insurer, insured);
    if (users.has(key) || apart.has(key)) {
      held -= users.get(key)?.length ?? 0;
      users.delete(key);
      apart.add(key);
    } else {
      const found = readable ? judge(rows) : noFindings<C>();
      users.set(key, found);
      held += found.length;
    }
    rows = [];
    readable = true;
  };
  const release = (): readonly FileFinding<C>[] => {
    const out: FileFinding<C>[] = [];
    for (const [key, found] of users)
      if (found.length > 0) {
        out.push(...found);
        users.set(key, noFindings<C>());
      }
    held = 0;
    return out;
  };
  return {
    add(record, index) {
      if (record.insurerNumber !== insurer || record.insuredNumber !== insured) judgeUser();
      insurer = record.insurerNumber;
      insured = record.insuredNumber;
      const row = readRowShared(record, index);
      if (!row.readable) readable = false;
      rows.push(row);
      return held > HELD_FINDINGS ? release() : noFindings<C>();
    },
    finish: () => {
      judgeUser();
      return release();
    },
  };
}

/** Findings held at most before they are given out (see perUser). */
const HELD_FINDINGS = 10_000;
const NO_FINDINGS: readonly never[] = [];
const noFindings = <C extends IssueCode>(): readonly FileFinding<C>[] => NO_FINDINGS;
/** 保険者番号 + 被保険者番号: one user's rows in 第7表 (one service month per file). */
export const userKey = (insurer: string | undefined, insured: string | undefined): string => `${insurer ?? ''}\u0000${insured ?? ''}`;
