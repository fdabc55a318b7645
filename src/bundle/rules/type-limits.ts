/**
 * 利用者補足情報 サービス種類別限度額 slots against 第7表 (issue 13 §2.7): a slot's 合計単位数 is the
 * Σ of 種類支給限度基準を超える + 基準内単位数 of its service type, its 限度超単位数 the Σ of the former.
 * Judged only where 第7表 fills 種類支給限度基準内単位数 (most files leave it empty).
 */
import type { IssueSink } from '../../core/issue.js';
import type { BundleContext, BundleRule } from '../rule.js';
import { fieldNoOf, HosokuCollector, Table7Collector } from './accounting-collectors.js';

/** The slot types a 第7表 サービス種類 is managed under (短期入所療養介護 uses 22; the 介護予防 forms 25 or 22, not stated). */
const slotTypesOf = (type: string): readonly string[] => (type === '23' || type === '2A' ? ['22'] : type === '25' || type === '26' || type === '2B' ? ['25', '22'] : [type]);

export const typeLimitsAgree: BundleRule = {
  id: 'typeLimitsAgree',
  codes: ['BUNDLE_TYPE_LIMIT_MISMATCH'],
  scope: 'transmission',
  collect: (kind) => (kind === 'UPSIKYU' ? new Table7Collector() : kind === 'UPHOSOKU' ? new HosokuCollector() : undefined),
  check(ctx: BundleContext, sink: IssueSink) {
    for (const files of ctx.groups.values()) {
      const t7File = files.find((f) => f.kind === 'UPSIKYU' && f.parsed?.kind === 'UPSIKYU');
      const hosokuFile = files.find((f) => f.kind === 'UPHOSOKU' && f.parsed?.kind === 'UPHOSOKU');
      if (!t7File || !hosokuFile) continue;
      const t7 = ctx.collected<Table7Collector>(this, t7File);
      const hosoku = ctx.collected<HosokuCollector>(this, hosokuFile);
      if (!t7 || !hosoku) continue;
      t7.flush();
      for (const [user, h] of hosoku.users) {
        const acc = t7.users.get(user);
        if (!acc || acc.typeLimits.size === 0) continue;
        for (const slot of h.slots) {
          let total: number | null = 0;
          let over: number | null = 0;
          let found = false;
          for (const [type, t] of acc.typeLimits) {
            if (!slotTypesOf(type).includes(slot.type)) continue;
            found = true;
            total = total === null || t.total === null ? null : total + t.total;
            over = over === null || t.over === null ? null : over + t.over;
          }
          if (!found) continue;
          const at = (fieldKey: string) => ({ file: hosokuFile.name, kind: 'UPHOSOKU', record: h.at.recordNo, line: h.at.line, fieldKey, fieldNo: fieldNoOf('UPHOSOKU', fieldKey) });
          if (total !== null && slot.total !== undefined && slot.total !== total)
            sink.add('BUNDLE_TYPE_LIMIT_MISMATCH', at(`limitTotalUnits${slot.slot}`), { slot: slot.slot, serviceType: slot.type, expected: total });
          if (over !== null && slot.over !== undefined && slot.over !== over)
            sink.add('BUNDLE_TYPE_LIMIT_MISMATCH', at(`limitExcessUnits${slot.slot}`), { slot: slot.slot, serviceType: slot.type, expected: over });
        }
      }
    }
  },
};
