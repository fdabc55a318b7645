/**
 * 第7表 against the limits of 利用者補足情報 (issue 13 §2.4, 2.5, 2.7): a user's Σ 区分支給限度基準内
 * 単位数 never exceeds the 区分支給限度基準額 (No.19); Σ 区分支給限度基準を超える単位数 is the excess
 * of the units counted against the limit over it; and a サービス種類別限度額 slot's 合計単位数 and
 * 限度超単位数 are the Σ of 種類支給限度基準を超える + 基準内 units of its type, and of the former —
 * judged only where 第7表 fills 種類支給限度基準内単位数 (most files leave it empty).
 */
import type { IssueSink } from '../../core/issue.js';
import { n } from '../../spec/rules/table7/model.js';
import type { BundleContext, BundleRule } from '../rule.js';
import { fieldNoOf, HosokuCollector, Table7Limits, type At, type HosokuLimits, type Table7UserLimits } from './accounting-collectors.js';

/** The slot types a 第7表 サービス種類 is managed under (短期入所療養介護 uses 22; the 介護予防 forms 25 or 22, not stated). */
const slotTypesOf = (type: string): readonly string[] =>
  type === '23' || type === '2A' ? ['22'] : type === '25' || type === '26' || type === '2B' ? ['25', '22'] : [type];

export const limitsAgainstSupplement: BundleRule = {
  id: 'limitsAgainstSupplement',
  codes: ['BUNDLE_CATEGORY_LIMIT_EXCEEDED', 'BUNDLE_CATEGORY_EXCESS_MISMATCH', 'BUNDLE_TYPE_LIMIT_MISMATCH'],
  scope: 'transmission',
  collect: (kind) => (kind === 'UPSIKYU' ? new Table7Limits() : kind === 'UPHOSOKU' ? new HosokuCollector() : undefined),
  check(ctx: BundleContext, sink: IssueSink) {
    for (const files of ctx.groups.values()) {
      const t7File = files.find((f) => f.kind === 'UPSIKYU' && f.parsed?.kind === 'UPSIKYU');
      const hosokuFile = files.find((f) => f.kind === 'UPHOSOKU' && f.parsed?.kind === 'UPHOSOKU');
      if (!t7File || !hosokuFile) continue;
      const t7 = ctx.collected<Table7Limits>(this, t7File);
      const hosoku = ctx.collected<HosokuCollector>(this, hosokuFile);
      if (!t7 || !hosoku) continue;
      t7.flush();
      const onT7 = (at: At, fieldKey: string) => ({
        file: t7File.name,
        kind: 'UPSIKYU',
        record: at.recordNo,
        line: at.line,
        fieldKey,
        fieldNo: fieldNoOf('UPSIKYU', fieldKey),
      });
      const onHosoku = (h: HosokuLimits, fieldKey: string) => ({
        file: hosokuFile.name,
        kind: 'UPHOSOKU',
        record: h.at.recordNo,
        line: h.at.line,
        fieldKey,
        fieldNo: fieldNoOf('UPHOSOKU', fieldKey),
      });
      for (const [user, acc] of t7.users) {
        const h = hosoku.users.get(user);
        if (!h) continue;
        categoryLimit(acc, h.limit, onT7, sink);
        typeLimits(acc, h, onHosoku, sink);
      }
    }
  },
};

function categoryLimit(acc: Table7UserLimits, limit: number | undefined, locate: (at: At, fieldKey: string) => object, sink: IssueSink): void {
  const at = acc.grandTotal?.at ?? acc.lastLimited;
  if (limit === undefined || !at) return;
  const within = acc.grandTotal && acc.grandTotal.catWithin !== undefined ? n(acc.grandTotal.catWithin) : acc.within;
  if (within !== null && within > limit)
    sink.add('BUNDLE_CATEGORY_LIMIT_EXCEEDED', locate(at, 'categoryLimitWithinUnits'), { total: within, over: within - limit });
  // 大規模型通所系・同一建物 rows count other units against the limit: not judged.
  if (acc.bmDiffers || acc.counted === null || acc.over === null) return;
  const expected = Math.max(0, acc.counted - limit);
  const grandOver = acc.grandTotal && acc.grandTotal.catOver !== undefined ? n(acc.grandTotal.catOver) : undefined;
  if (acc.over !== expected || (grandOver !== undefined && grandOver !== null && grandOver !== expected))
    sink.add('BUNDLE_CATEGORY_EXCESS_MISMATCH', locate(at, 'categoryLimitExcessUnits'), { expected });
}

function typeLimits(acc: Table7UserLimits, h: HosokuLimits, locate: (h: HosokuLimits, fieldKey: string) => object, sink: IssueSink): void {
  if (acc.typeLimits.size === 0) return;
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
    if (total !== null && slot.total !== undefined && slot.total !== total)
      sink.add('BUNDLE_TYPE_LIMIT_MISMATCH', locate(h, `limitTotalUnits${slot.slot}`), { slot: slot.slot, serviceType: slot.type, expected: total });
    if (over !== null && slot.over !== undefined && slot.over !== over)
      sink.add('BUNDLE_TYPE_LIMIT_MISMATCH', locate(h, `limitExcessUnits${slot.slot}`), { slot: slot.slot, serviceType: slot.type, expected: over });
  }
}
