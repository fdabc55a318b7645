/**
 * 介護予防サービス・支援計画書（別表）支援計画 (UPYOBO_SUB), one form per user and plan: 総合的課題
 * → 支援計画 → 利用サービス as the printed table. Rows are grouped by 課題NO and 支援計画NO (a blank
 * NO carries the one above); the issue and support-plan columns span their group and print every
 * distinct text of its records, so print-image rows (later rows left blank) read as on paper.
 */
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { groupBy, personCells } from './common.js';

const ISSUE_KEYS = ['overallIssue', 'goalProposal', 'userFamilyIntent', 'goal'] as const;
const PLAN_KEYS = ['supportPoints', 'selfCareInformal', 'insuredServices'] as const;

/** Consecutive runs of records with the same NO (a blank NO joins the run above). */
function runs(p: Part, is: readonly number[], key: string): number[][] {
  const out: number[][] = [];
  let current = '';
  for (const i of is) {
    const no = p.raw(i, key);
    if (out.length === 0 || (no !== '' && no !== current)) {
      out.push([i]);
      current = no;
    } else out[out.length - 1]!.push(i);
  }
  return out;
}

const noTag = (p: Part, is: readonly number[], key: string) => {
  const v = p.distinct(is, key, '・');
  return v === '' ? '' : `<span class="no">${v}</span>`;
};

export function renderYoboSub(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.planDate ?? '').map((is) => {
    const scope = new FormScope(env);
    const p = scope.part(info, is);
    const rows: string[] = [];
    for (const issue of runs(p, is, 'issueNo')) {
      let firstOfIssue = true;
      for (const plan of runs(p, issue, 'supportPlanNo')) {
        let firstOfPlan = true;
        for (const i of plan) {
          let tr = '<tr>';
          if (firstOfIssue) {
            const span = { rowspan: issue.length, cls: 'grp' };
            tr += p.cell(
              issue.flatMap((j) => [
                { i: j, key: 'overallIssue' },
                { i: j, key: 'issueNo' },
              ]),
              noTag(p, issue, 'issueNo') + p.distinct(issue, 'overallIssue'),
              span,
            );
            for (const key of ISSUE_KEYS.slice(1)) tr += p.tdDistinct(issue, key, span);
          }
          if (firstOfPlan) {
            const span = { rowspan: plan.length, cls: 'grp' };
            tr += p.cell(
              plan.flatMap((j) => [
                { i: j, key: 'supportPoints' },
                { i: j, key: 'supportPlanNo' },
              ]),
              noTag(p, plan, 'supportPlanNo') + p.distinct(plan, 'supportPoints'),
              span,
            );
            for (const key of PLAN_KEYS.slice(1)) tr += p.tdDistinct(plan, key, span);
          }
          tr += p.cell(
            [
              { i, key: 'serviceKind' },
              { i, key: 'serviceNo' },
            ],
            (p.raw(i, 'serviceNo') !== '' ? `<span class="no">${p.v(i, 'serviceNo')}</span>` : '') + p.v(i, 'serviceKind'),
          );
          tr += p.td(i, 'serviceProvider');
          tr += p.td(i, 'servicePeriod');
          rows.push(`${tr}</tr>`);
          firstOfIssue = false;
          firstOfPlan = false;
        }
      }
    }
    const head = `<table class="f hd"><tr>${personCells(p, is)}<th>${text(p.label('planDate'))}</th>${p.tdDistinct(is, 'planDate')}</tr></table>`;
    const table = `<table class="f ys">
<thead><tr><th rowspan="2">${t(env, '総合的課題', 'Overall issue')}</th><th rowspan="2">${t(env, '課題に対する目標と具体策の提案', 'Proposed goals and measures')}</th><th rowspan="2">${t(env, '具体策についての意向<br>本人・家族', 'Wishes on the measures')}</th><th rowspan="2">${t(env, '目標', 'Goal')}</th><th colspan="6">${t(env, '支援計画', 'Support plan')}</th></tr>
<tr><th>${t(env, '目標についての支援のポイント', 'Key points of support')}</th><th>${t(env, '本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）', 'Self-care, family, informal services')}</th><th>${t(env, '介護保険サービス又は地域支援事業（総合事業のサービス）', 'Insurance or community programme services')}</th><th>${t(env, 'サービス種別', 'Service kind')}</th><th>${t(env, '事業所（利用先）', 'Office')}</th><th>${t(env, '期間', 'Period')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
    return frame(scope, {
      title: `${t(env, '介護予防サービス・支援計画書', 'Preventive care plan')} <span class="sub">${t(env, '別表 支援計画', 'appendix: support plan')}</span>`,
      body: head + table,
    });
  });
}
