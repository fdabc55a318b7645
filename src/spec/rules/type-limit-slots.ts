/**
 * 利用者補足情報 Nos.20–55: the nine サービス種類別限度額 slots are filled from slot 1 without gaps; a
 * slot in use names its service type and its limit; 短期入所療養介護 is entered as type 22.
 */
import { defineRule, type Finding } from '../rule.js';

const SLOTS = 9;
const slotKeys = (n: number) => [`limitServiceType${n}`, `limitAmount${n}`, `limitTotalUnits${n}`, `limitExcessUnits${n}`] as const;
const SLOT_KEYS: readonly string[] = Array.from({ length: SLOTS }, (_, i) => slotKeys(i + 1)).flat();

/** 短期入所療養介護 (老健 22, 病院等 23, 介護医療院 2A): the slot uses 22. */
const SHORT_STAY_MEDICAL = new Set(['23', '2A']);
const SHORT_STAY_MEDICAL_SLOT_TYPE = '22';

type SlotCode = 'RECORD_LIMIT_SLOT_GAP' | 'RECORD_LIMIT_SLOT_INCOMPLETE' | 'RECORD_LIMIT_SLOT_TYPE';

export const typeLimitSlots = defineRule({
  id: 'typeLimitSlots',
  description: {
    ja: 'サービス種類別限度額は1枠から順番に設定し、使う枠にはサービス種類と支給限度基準額を、短期入所療養介護は22を設定する',
    en: 'Type-limit slots are filled from slot 1 in order; a slot in use has its type and limit; short-stay medical care is type 22',
  },
  source:
    '利用者補足情報 Nos.20–55: サービス種類別限度額管理が必要な場合は１枠から順番に設定する; サービス種類コード: 短期入所療養介護の場合は22:短期入所療養介護（介護老人保健施設）を設定する',
  kinds: ['UPHOSOKU'],
  reads: SLOT_KEYS,
  codes: ['RECORD_LIMIT_SLOT_GAP', 'RECORD_LIMIT_SLOT_INCOMPLETE', 'RECORD_LIMIT_SLOT_TYPE'],
  check(r) {
    const out: Finding<SlotCode>[] = [];
    let firstEmpty = 0;
    let gapReported = false;
    for (let n = 1; n <= SLOTS; n++) {
      const [type, amount, total, excess] = slotKeys(n);
      const filled = r[type] !== '' || r[amount] !== '' || r[total] !== '' || r[excess] !== '';
      if (!filled) {
        if (firstEmpty === 0) firstEmpty = n;
        continue;
      }
      if (firstEmpty !== 0 && !gapReported) {
        // One gap finding per record, at the first empty slot.
        out.push({ code: 'RECORD_LIMIT_SLOT_GAP', fieldKey: `limitServiceType${firstEmpty}`, params: { slot: firstEmpty } });
        gapReported = true;
      }
      if (r[type] === '' || r[amount] === '') out.push({ code: 'RECORD_LIMIT_SLOT_INCOMPLETE', fieldKey: r[type] === '' ? type : amount, params: { slot: n } });
      if (SHORT_STAY_MEDICAL.has(r[type]!))
        out.push({ code: 'RECORD_LIMIT_SLOT_TYPE', fieldKey: type, params: { slot: n, expected: SHORT_STAY_MEDICAL_SLOT_TYPE } });
    }
    return out;
  },
});
