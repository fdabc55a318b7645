/**
 * What the rules across 第6表, 第7表 and 利用者補足情報 keep of each file while it is read (issue 13
 * §2): sums per user × office × service code, and a few numbers per user. Never the records.
 */
import type { RecordCollector } from '../../check/collector.js';
import { isOutOfScopeServiceType } from '../../spec/codelists/service-types.js';
import type { KindId, RecordValues } from '../../spec/kind.js';
import { getKind } from '../../spec/kinds/index.js';
import { readUnitsText } from '../../spec/rules/hosoku-units.js';
import {
  accountingRows,
  bmDiffers,
  groupsOf,
  isReadableServiceCode,
  limitBase,
  n,
  readInt,
  readRowShared,
  rowKindOf,
  z,
  type Num,
  type T7Row,
  type T7RowKey,
} from '../../spec/rules/table7/model.js';
import type { RuleRecord } from '../../spec/rule.js';

/** Where a finding goes: the record (1-based) and its physical line. */
export interface At {
  readonly recordNo: number;
  readonly line: number;
}

/** 保険者番号 + 被保険者番号 + the service month: how the files of a unit name one user's month. */
export const userMonthKey = (insurer: string, insured: string, month: string): string => `${insurer}\u0000${insured}\u0000${month}`;
/** A user's month × サービス事業所コード × サービスコード. */
export const serviceKey = (user: string, office: string, code: string): string => `${user}\u0000${office}\u0000${code}`;
/**
 * userMonthKey of a file's records, one after the other: a user's records come together, so the
 * key of the last record is reused while the three values stay the same.
 */
class UserMonthKeys {
  private insurer = '';
  private insured = '';
  private month = '';
  private key: string | undefined;
  of(r: RecordValues): string {
    const insurer = r.insurerNumber ?? '';
    const insured = r.insuredNumber ?? '';
    const month = r.targetMonth ?? '';
    if (this.key === undefined || insurer !== this.insurer || insured !== this.insured || month !== this.month) {
      this.insurer = insurer;
      this.insured = insured;
      this.month = month;
      this.key = userMonthKey(insurer, insured, month);
    }
    return this.key;
  }
}
export const codeOfServiceKey = (key: string): string => key.slice(key.lastIndexOf('\u0000') + 1);
export const officeOfServiceKey = (key: string): string => key.split('\u0000')[3] ?? '';
export const userOfServiceKey = (key: string): string => key.split('\u0000').slice(0, 3).join('\u0000');

/** The 項目No. of a field, for issue locations. */
export const fieldNoOf = (kind: KindId, key: string): number | undefined => getKind(kind).fields.find((f) => f.key === key)?.no;

// ---------------------------------------------------------------------------------------------
// 第6表 (UPPLAN / UPJSK)

export interface PlannedService {
  /** Σ サービス回数 (No.14); null when one is unreadable. */
  count: number | null;
  /** Days flagged in 日割対象日 (No.11), as a bit set of days 1–31. */
  proratedDays: number;
  /** The service dates (No.10), as a bit set of days 1–31. */
  dates: number;
  /** Every record of the key has 単位数 (No.8) 0 (a 率加減算 whose units could not be computed). */
  zeroUnits: boolean;
  readonly first: At;
}

// Day sets are bits 0–30 (days 1–31): they fit a 32-bit integer, so the bitwise operators are exact.
const dayBit = (date: string): number => {
  const d = Number(date.slice(6, 8));
  return /^\d{8}$/.test(date) && d >= 1 && d <= 31 ? 1 << (d - 1) : 0;
};
const flagsBits = (flags: string): number => {
  if (flags.length !== 31) return 0;
  let bits = 0;
  for (let d = 0; d < 31; d++) {
    const c = flags.charCodeAt(d);
    if (c === 0x31) bits |= 1 << d;
    else if (c !== 0x30) return 0;
  }
  return bits;
};
/** Days in a day set. */
export const popcount = (bits: number): number => {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count++;
  return count;
};
const union = (a: number, b: number): number => a | b;

/** 第6表: per user's month × office × service code, the planned (or actual) count, days and dates. */
export class ServiceCounts implements RecordCollector {
  readonly services = new Map<string, PlannedService>();
  /** Users (month keys) with a record, and their first record. */
  readonly users = new Map<string, At>();
  private readonly keys = new UserMonthKeys();
  /** The last record's user, office, code and entry: a service's records often come one after the other. */
  private last: { user: string; office: string; code: string; entry: PlannedService } | undefined;
  add(r: RecordValues, recordNo: number, line: number): void {
    const code = r.serviceCode ?? '';
    if (!isReadableServiceCode(code) || isOutOfScopeServiceType(code.slice(0, 2))) return;
    const user = this.keys.of(r);
    const office = r.serviceOfficeCode ?? '';
    const count = n(readInt(r.serviceCount));
    const zero = readInt(r.units) === 0;
    const last = this.last;
    let s = last !== undefined && last.user === user && last.office === office && last.code === code ? last.entry : undefined;
    if (!s) {
      if (last?.user !== user && !this.users.has(user)) this.users.set(user, { recordNo, line });
      const key = serviceKey(user, office, code);
      s = this.services.get(key);
      if (!s) {
        const entry: PlannedService = {
          count,
          proratedDays: flagsBits(r.proratedDays ?? ''),
          dates: dayBit(r.serviceDate ?? ''),
          zeroUnits: zero,
          first: { recordNo, line },
        };
        this.services.set(key, entry);
        this.last = { user, office, code, entry };
        return;
      }
      this.last = { user, office, code, entry: s };
    }
    s.count = s.count === null || count === null ? null : s.count + count;
    s.proratedDays = union(s.proratedDays, flagsBits(r.proratedDays ?? ''));
    s.dates = union(s.dates, dayBit(r.serviceDate ?? ''));
    s.zeroUnits &&= zero;
  }
}

// ---------------------------------------------------------------------------------------------
// 第7表 (UPSIKYU)

export interface Table7Line {
  /** Σ 回数／日数 (No.16) of the lines (regular and 30日超); null when one is unreadable. */
  count: number | null;
  readonly first: At;
}

/** The accounting of one user's month in 第7表, from the model (research §A). */
export interface Table7UserLimits {
  /** The 999999 row, when there is one. */
  readonly grandTotal?: { readonly at: At; readonly catWithin: Num; readonly catOver: Num } | undefined;
  /** The last accounting row of the 区分対象 part (where a finding goes without a 999999 row). */
  readonly lastLimited?: At | undefined;
  /** Σ 区分支給限度基準内単位数 (No.22) of the 区分対象 accounting rows; null when unknown. */
  readonly within: number | null;
  /** Σ of the units counted against the category limit (Nos.20/18/17); null when unknown. */
  readonly counted: number | null;
  /** Σ 区分支給限度基準を超える単位数 (No.21) of the same rows; null when unknown. */
  readonly over: number | null;
  /** Some 区分対象 row has 給付管理単位数 ≠ サービス単位 (大規模型通所系・同一建物). */
  readonly bmDiffers: boolean;
  /** Per サービス種類: Σ (No.19 + No.20) and Σ No.19 of the accounting rows that carry No.20. */
  readonly typeLimits: ReadonlyMap<string, { readonly total: number | null; readonly over: number | null }>;
}

/** 第7表: per user's month × office × code, the Σ of 回数 of its lines; the users seen. */
export class Table7Lines implements RecordCollector {
  readonly lines = new Map<string, Table7Line>();
  /** Every user's month with a row. */
  readonly seen = new Set<string>();
  private readonly keys = new UserMonthKeys();
  add(r: RecordValues, recordNo: number, line: number): void {
    const user = this.keys.of(r);
    this.seen.add(user);
    const code = r.serviceCode ?? '';
    if (!isReadableServiceCode(code) || rowKindOf(code) !== 'line' || isOutOfScopeServiceType(code.slice(0, 2))) return;
    const key = serviceKey(user, r.serviceOfficeCode ?? '', code);
    const count = n(readInt(r.count));
    const s = this.lines.get(key);
    if (!s) this.lines.set(key, { count, first: { recordNo, line } });
    else s.count = s.count === null || count === null ? null : s.count + count;
  }
}

/** 第7表: per user's month the limit accounting (one user's rows kept at a time). */
export class Table7Limits implements RecordCollector {
  readonly users = new Map<string, Table7UserLimits>();
  private user: string | undefined;
  private rows: T7Row[] = [];
  private readonly at = new Map<number, At>();
  private readable = true;

  private readonly keys = new UserMonthKeys();
  /** Users whose rows were read, and those whose rows came back after another user's (not summarized: see perUser). */
  private readonly seen = new Set<string>();
  private readonly apart = new Set<string>();
  add(r: RecordValues, recordNo: number, line: number): void {
    const user = this.keys.of(r);
    if (user !== this.user) {
      this.flush();
      if (this.seen.has(user)) {
        this.apart.add(user);
        this.users.delete(user);
      }
      this.seen.add(user);
    }
    this.user = user;
    if (!isReadableServiceCode(r.serviceCode ?? '')) this.readable = false;
    // The collector sees the records the file rules saw, in the same order: counting them gives the
    // rules' index, so the row (and then the user's groups) the rules just read is taken, not read again.
    const index = this.count++;
    this.rows.push(readRowShared(r as unknown as RuleRecord<T7RowKey>, index));
    this.at.set(index, { recordNo, line });
  }
  private count = 0;

  /** Summarizes the user being read: called at each change of user and by the rules once the file is read (idempotent). */
  flush(): void {
    if (this.user !== undefined && this.rows.length > 0 && this.readable && !this.apart.has(this.user) && !this.users.has(this.user))
      this.users.set(this.user, this.summarize());
    this.rows = [];
    this.at.clear();
    this.readable = true;
  }

  private summarize(): Table7UserLimits {
    const rows = this.rows;
    const at = (index: number) => this.at.get(index)!;
    const total = rows.find((r) => r.kind === 'total');
    const groups = groupsOf(rows);
    const limited = groups.flatMap((g) => accountingRows(g, 'A').limited);
    const sum = (pick: (r: T7Row) => number | null) => {
      let s = 0;
      for (const r of limited) {
        const v = pick(r);
        if (v === null) return null;
        s += v;
      }
      return s;
    };
    const typeLimits = new Map<string, { total: number | null; over: number | null }>();
    for (const g of groups)
      for (const r of accountingRows(g, 'A').limited) {
        if (r.typeWithin === undefined) continue;
        const t = typeLimits.get(g.type) ?? { total: 0, over: 0 };
        const within = n(r.typeWithin);
        const over = z(r.typeOver);
        t.total = t.total === null || within === null || over === null ? null : t.total + within + over;
        t.over = t.over === null || over === null ? null : t.over + over;
        typeLimits.set(g.type, t);
      }
    const last = limited.reduce<T7Row | undefined>((a, b) => (!a || b.index > a.index ? b : a), undefined);
    return {
      grandTotal: total ? { at: at(total.index), catWithin: total.catWithin, catOver: total.catOver } : undefined,
      lastLimited: last ? at(last.index) : undefined,
      within: sum((r) => n(r.catWithin)),
      counted: sum(limitBase),
      over: sum((r) => z(r.catOver)),
      bmDiffers: limited.some(bmDiffers),
      typeLimits,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// 利用者補足情報 (UPHOSOKU)

export interface HosokuLimits {
  readonly at: At;
  /** 区分支給限度基準額 (No.19), when it reads as a number of units. */
  readonly limit: number | undefined;
  /** The filled サービス種類別限度額 slots. */
  readonly slots: readonly { readonly slot: number; readonly type: string; readonly total: number | undefined; readonly over: number | undefined }[];
}

/** 利用者補足情報: per user's month (No.63), the category limit and the type-limit slots. */
export class HosokuCollector implements RecordCollector {
  readonly users = new Map<string, HosokuLimits>();
  add(r: RecordValues, recordNo: number, line: number): void {
    const user = userMonthKey(r.insurerNumber ?? '', r.insuredNumber ?? '', r.targetMonth ?? '');
    if (this.users.has(user)) return;
    const slots: { slot: number; type: string; total: number | undefined; over: number | undefined }[] = [];
    for (let i = 1; i <= 9; i++) {
      const type = r[`limitServiceType${i}`] ?? '';
      if (type === '') continue;
      const over = r[`limitExcessUnits${i}`] ?? '';
      slots.push({ slot: i, type, total: readUnitsText(r[`limitTotalUnits${i}`] ?? ''), over: over === '' ? 0 : readUnitsText(over) });
    }
    this.users.set(user, { at: { recordNo, line }, limit: readUnitsText(r.benefitLimit ?? ''), slots });
  }
}
