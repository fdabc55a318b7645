/**
 * 第7表 against 利用者補足情報 (issue 13 §2.4–2.5): a user's Σ 区分支給限度基準内単位数 never exceeds
 * the 区分支給限度基準額 (No.19), and Σ 区分支給限度基準を超える単位数 is the excess of the units
 * counted against the limit over it.
 */
import type { IssueSink } from '../../core/issue.js';
import { n } from '../../spec/rules/table7/model.js';
import type { BundleContext, BundleRule } from '../rule.js';
import { fieldNoOf, HosokuCollector, Table7Collector, type At } from './accounting-collectors.js';

export const categoryLimitKept: BundleRule = {
  id: 'categoryLimitKept',
  codes: ['BUNDLE_CATEGORY_LIMIT_EXCEEDED', 'BUNDLE_CATEGORY_EXCESS_MISMATCH'],
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
      const locate = (at: At, fieldKey: string) => ({ file: t7File.name, kind: 'UPSIKYU', record: at.recordNo, line: at.line, fieldKey, fieldNo: fieldNoOf('UPSIKYU', fieldKey) });
      for (const [user, acc] of t7.users) {
        const limit = hosoku.users.get(user)?.limit;
        if (limit === undefined) continue;
        const at = acc.grandTotal?.at ?? acc.lastLimited;
        if (!at) continue;
        const within = acc.grandTotal && acc.grandTotal.catWithin !== undefined ? n(acc.grandTotal.catWithin) : acc.within;
        if (within !== null && within > limit) sink.add('BUNDLE_CATEGORY_LIMIT_EXCEEDED', locate(at, 'categoryLimitWithinUnits'), { total: within, over: within - limit });
        // 大規模型通所系・同一建物 rows count other units against the limit: not judged.
        if (acc.bmDiffers || acc.counted === null || acc.over === null) continue;
        const expected = Math.max(0, acc.counted - limit);
        const grandOver = acc.grandTotal && acc.grandTotal.catOver !== undefined ? n(acc.grandTotal.catOver) : undefined;
        if (acc.over !== expected || (grandOver !== undefined && grandOver !== null && grandOver !== expected))
          sink.add('BUNDLE_CATEGORY_EXCESS_MISMATCH', locate(at, 'categoryLimitExcessUnits'), { expected });
      }
    }
  },
};
