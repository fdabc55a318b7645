/**
 * 第6表 実績 against 予定 (issue 13 §2.8), wherever both are in one call: a different count or
 * other dates of a provider's service is normal business (a visit cancelled or moved) —
 * information for the receiver, never a warning. Only the services of the offices that sent
 * actuals, and only users present on both sides, are compared.
 */
import type { IssueSink } from '../../core/issue.js';
import type { BundleContext, BundleRule } from '../rule.js';
import type { BundleContextFile } from '../types.js';
import { codeOfServiceKey, fieldNoOf, officeOfServiceKey, ServiceCounts, userOfServiceKey, type At, type PlannedService } from './accounting-collectors.js';

export const actualsAgainstPlan: BundleRule = {
  id: 'actualsAgainstPlan',
  codes: ['BUNDLE_ACTUALS_DIFFER_FROM_PLAN'],
  scope: 'transmission',
  collect: (kind) => (kind === 'UPPLAN' || kind === 'UPJSK' ? new ServiceCounts() : undefined),
  check(ctx: BundleContext, sink: IssueSink) {
    const collected = (kind: 'UPPLAN' | 'UPJSK') =>
      ctx.files.flatMap((f) => {
        const c = f.kind === kind && f.parsed?.kind === kind ? ctx.collected<ServiceCounts>(this, f) : undefined;
        return c ? [{ file: f, counts: c }] : [];
      });
    const plans = collected('UPPLAN');
    const actuals = collected('UPJSK');
    if (plans.length === 0 || actuals.length === 0) return;
    const planned = new Map<string, { file: BundleContextFile; s: PlannedService }>();
    for (const p of plans) for (const [key, s] of p.counts.services) if (!planned.has(key)) planned.set(key, { file: p.file, s });
    const planUsers = new Set(plans.flatMap((p) => [...p.counts.users.keys()]));
    const locate = (file: BundleContextFile, kind: 'UPPLAN' | 'UPJSK', at: At) => ({
      file: file.name,
      kind,
      record: at.recordNo,
      line: at.line,
      fieldKey: 'serviceCount',
      fieldNo: fieldNoOf(kind, 'serviceCount'),
    });
    const seen = new Set<string>();
    const offices = new Set<string>();
    for (const a of actuals)
      for (const [key, s] of a.counts.services) {
        offices.add(`${userOfServiceKey(key)}\u0000${officeOfServiceKey(key)}`);
        if (!planUsers.has(userOfServiceKey(key))) continue;
        seen.add(key);
        const p = planned.get(key);
        if (p && p.s.count === s.count && p.s.dates === s.dates) continue;
        sink.add('BUNDLE_ACTUALS_DIFFER_FROM_PLAN', locate(a.file, 'UPJSK', s.first), {
          code: codeOfServiceKey(key),
          planned: p?.s.count ?? 0,
          actual: s.count ?? 0,
        });
      }
    for (const [key, p] of planned) {
      if (seen.has(key) || !offices.has(`${userOfServiceKey(key)}\u0000${officeOfServiceKey(key)}`)) continue;
      sink.add('BUNDLE_ACTUALS_DIFFER_FROM_PLAN', locate(p.file, 'UPPLAN', p.s.first), { code: codeOfServiceKey(key), planned: p.s.count ?? 0, actual: 0 });
    }
  },
};
