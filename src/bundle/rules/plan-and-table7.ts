/**
 * 第6表 予定 and 第7表 of one unit name the same services (issue 13 §2.1–2.3): every 第7表 line has
 * 予定 records (same user's month, office and service code), every 予定 service is in 第7表, and a
 * line's 回数 never exceeds the month's Σ サービス回数 of its 予定 (or its 日割 days). A smaller
 * count is normal (monthly services and 加算 count once), so only an excess is a finding.
 */
import type { IssueSink } from '../../core/issue.js';
import type { BundleContextFile } from '../types.js';
import type { BundleContext, BundleRule } from '../rule.js';
import { codeOfServiceKey, fieldNoOf, popcount, ServiceCounts, Table7Lines, userOfServiceKey, type At } from './accounting-collectors.js';

const locate = (file: BundleContextFile, kind: 'UPPLAN' | 'UPSIKYU', at: At, fieldKey: string) => ({
  file: file.name,
  kind,
  record: at.recordNo,
  line: at.line,
  fieldKey,
  fieldNo: fieldNoOf(kind, fieldKey),
});

export const planAndTable7Agree: BundleRule = {
  id: 'planAndTable7Agree',
  codes: ['BUNDLE_T7_COUNT_EXCEEDS_PLAN', 'BUNDLE_T7_LINE_WITHOUT_PLAN', 'BUNDLE_PLAN_SERVICE_NOT_IN_T7'],
  scope: 'transmission',
  collect: (kind) => (kind === 'UPPLAN' ? new ServiceCounts() : kind === 'UPSIKYU' ? new Table7Lines() : undefined),
  check(ctx: BundleContext, sink: IssueSink) {
    for (const files of ctx.groups.values()) {
      const planFile = files.find((f) => f.kind === 'UPPLAN' && f.parsed?.kind === 'UPPLAN');
      const t7File = files.find((f) => f.kind === 'UPSIKYU' && f.parsed?.kind === 'UPSIKYU');
      if (!planFile || !t7File) continue;
      const plan = ctx.collected<ServiceCounts>(this, planFile);
      const t7 = ctx.collected<Table7Lines>(this, t7File);
      if (!plan || !t7) continue;
      const t7Users = t7.seen;
      for (const [key, line] of t7.lines) {
        const planned = plan.services.get(key);
        if (!planned) {
          // A user without any 予定 record is BUNDLE_MISSING_PARENT_RECORD already.
          if (plan.users.has(userOfServiceKey(key)))
            sink.add('BUNDLE_T7_LINE_WITHOUT_PLAN', locate(t7File, 'UPSIKYU', line.first, 'serviceCode'), { code: codeOfServiceKey(key) });
          continue;
        }
        if (line.count === null || planned.count === null) continue;
        const most = Math.max(planned.count, popcount(planned.proratedDays));
        if (line.count > most) sink.add('BUNDLE_T7_COUNT_EXCEEDS_PLAN', locate(t7File, 'UPSIKYU', line.first, 'count'), { count: line.count, planned: most });
      }
      for (const [user, first] of plan.users)
        if (!t7Users.has(user)) sink.add('BUNDLE_PLAN_SERVICE_NOT_IN_T7', locate(planFile, 'UPPLAN', first, 'serviceCode'), { code: '' });
      for (const [key, planned] of plan.services) {
        if (t7.lines.has(key) || planned.zeroUnits || !t7Users.has(userOfServiceKey(key))) continue;
        sink.add('BUNDLE_PLAN_SERVICE_NOT_IN_T7', locate(planFile, 'UPPLAN', planned.first, 'serviceCode'), { code: codeOfServiceKey(key) });
      }
    }
  },
};
