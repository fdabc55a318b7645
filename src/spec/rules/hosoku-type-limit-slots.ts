/**
 * 利用者補足情報 Nos.20–56: in each サービス種類別限度額 slot, 限度超単位数 = max(0, 合計単位数 −
 * 支給限度基準額); 合計限度超単位数 (No.56) = the sum of the slots' 限度超単位数.
 */
import { defineRule, noFinding, type Finding } from '../rule.js';
import { readUnitsText } from './hosoku-units.js';

const SLOTS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const slotKeys = SLOTS.flatMap((i) => [`limitServiceType${i}`, `limitAmount${i}`, `limitTotalUnits${i}`, `limitExcessUnits${i}`] as const);
/** Each slot's keys, made once (not per record). */
const SLOT_KEYS = SLOTS.map((slot) => ({ slot, amount: `limitAmount${slot}`, total: `limitTotalUnits${slot}`, excess: `limitExcessUnits${slot}` }) as const);

export const typeLimitSlotArithmetic = defineRule({
  id: 'typeLimitSlotArithmetic',
  description: {
    ja: 'サービス種類別限度額の各枠の限度超単位数は合計単位数−支給限度基準額、合計限度超単位数はその合計',
    en: 'Each type-limit slot: units over = total − limit (at least 0); the total over is their sum',
  },
  source: '利用者補足情報 Nos.20–55 (サービス種類コード・支給限度基準額・合計単位数・限度超単位数、１枠から順番に設定) and No.56 合計限度超単位数',
  kinds: ['UPHOSOKU'],
  reads: [...slotKeys, 'totalExcessUnits'],
  codes: ['RECORD_TYPE_LIMIT_SLOT_ARITHMETIC'],
  check(r) {
    const out: Finding<'RECORD_TYPE_LIMIT_SLOT_ARITHMETIC'>[] = [];
    const rec = r as unknown as Readonly<Record<string, string>>;
    let written = 0;
    let summable = true;
    for (const keys of SLOT_KEYS) {
      const excessText = rec[keys.excess] ?? '';
      const excess = excessText === '' ? 0 : readUnitsText(excessText);
      if (excess === undefined) summable = false;
      else written += excess;
      const amountText = rec[keys.amount] ?? '';
      const totalText = rec[keys.total] ?? '';
      // An empty slot (the common case) has nothing to compare.
      if (amountText === '' && totalText === '') continue;
      const limit = readUnitsText(amountText);
      const total = readUnitsText(totalText);
      if (limit === undefined || total === undefined || excess === undefined) continue;
      const expected = Math.max(0, total - limit);
      if (excess !== expected) out.push({ code: 'RECORD_TYPE_LIMIT_SLOT_ARITHMETIC', fieldKey: keys.excess, params: { slot: keys.slot, expected } });
    }
    const totalExcess = r.totalExcessUnits === '' ? undefined : readUnitsText(r.totalExcessUnits);
    if (summable && totalExcess !== undefined && totalExcess !== written)
      out.push({ code: 'RECORD_TYPE_LIMIT_SLOT_ARITHMETIC', fieldKey: 'totalExcessUnits', params: { slot: 0, expected: written } });
    return out.length ? out : noFinding();
  },
});
