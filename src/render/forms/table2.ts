/**
 * 第2表 居宅サービス計画書（2） (UP2KYO): 課題 → 長期/短期目標 → 援助内容 as the printed table, one
 * form per plan. The tree comes from `buildCarePlanTree`, which carries the NOs over print-image
 * rows; a 課題 or 目標 cell spans its rows and prints every distinct text its records carry.
 */
import { buildCarePlanTree } from '../../codec/care-plan-tree.js';
import { FormScope, t, type Env, type FileInfo } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { borrowed, groupBy, hosokuFor, lentNote, personCells } from './common.js';

export function renderTable2(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.planDate ?? '').map((planIs) => {
    const scope = new FormScope(env);
    const p = scope.part(info, planIs);
    const index = new Map<object, number>();
    const copies = planIs.map((i) => {
      const c = { ...records[i]! };
      index.set(c, i);
      return c;
    });
    const rows: string[] = [];
    for (const plan of buildCarePlanTree(copies)) {
      for (const issue of plan.issues) {
        const issueIs = issue.goals.flatMap((g) => g.items.map((it) => index.get(it.record)!));
        const no = (is: number[], key: string) => {
          const v = p.distinct(is, key, '・');
          return v === '' ? '' : `<span class="no">${v}</span>`;
        };
        let firstOfIssue = true;
        for (const goal of issue.goals) {
          const goalIs = goal.items.map((it) => index.get(it.record)!);
          let firstOfGoal = true;
          for (const item of goal.items) {
            const i = index.get(item.record)!;
            let tr = '<tr>';
            if (firstOfIssue)
              tr += p.cell(
                issueIs.flatMap((j) => [
                  { i: j, key: 'issue' },
                  { i: j, key: 'issueNo' },
                ]),
                no(issueIs, 'issueNo') + p.distinct(issueIs, 'issue'),
                { rowspan: issueIs.length, cls: 'grp' },
              );
            if (firstOfGoal) {
              const span = { rowspan: goalIs.length, cls: 'grp' };
              tr += p.cell(
                goalIs.flatMap((j) => [
                  { i: j, key: 'longTermGoal' },
                  { i: j, key: 'goalNo' },
                ]),
                no(goalIs, 'goalNo') + p.distinct(goalIs, 'longTermGoal'),
                span,
              );
              tr += p.tdDistinct(goalIs, 'longTermPeriod', span);
              tr += p.tdDistinct(goalIs, 'shortTermGoal', span);
              tr += p.tdDistinct(goalIs, 'shortTermPeriod', span);
            }
            const covered = p.raw(i, 'insuranceCovered');
            tr += p.cell(
              [
                { i, key: 'serviceContent' },
                { i, key: 'supportNo' },
              ],
              (p.raw(i, 'supportNo') !== '' ? `<span class="no">${p.v(i, 'supportNo')}</span>` : '') + p.v(i, 'serviceContent'),
            );
            tr += p.td(i, 'insuranceCovered', {
              cls: 'c',
              html: `${covered === 'Y' ? '<span class="circle">○</span>' : ''}<span class="sm">${p.v(i, 'insuranceCovered')}</span>`,
            });
            tr += p.td(i, 'serviceKind');
            tr += p.cell(
              [
                { i, key: 'serviceOfficeName' },
                { i, key: 'serviceOfficeCode' },
              ],
              `${p.v(i, 'serviceOfficeName')}${p.raw(i, 'serviceOfficeCode') !== '' ? `<br><span class="sm">${p.v(i, 'serviceOfficeCode')}</span>` : ''}`,
            );
            tr += p.td(i, 'frequency');
            tr += p.td(i, 'period');
            rows.push(`${tr}</tr>`);
            firstOfIssue = false;
            firstOfGoal = false;
          }
        }
      }
    }
    const first = planIs[0]!;
    const h = hosokuFor(env, records[first]!, { planDate: records[first]!.planDate ?? '' });
    const head = `<table class="f hd"><tr><th>${t(env, '利用者名', 'User name')}</th><td>${borrowed(env, h, 'name')} ${t(env, '殿', '')}</td>${personCells(p, planIs)}<th>${text(p.label('planDate'))}</th>${p.tdDistinct(planIs, 'planDate')}<th>${text(p.label('createdOn'))}</th>${p.tdDistinct(planIs, 'createdOn')}</tr></table>`;
    const table = `<table class="f t2">
<colgroup><col class="w-need"><col class="w-goal"><col class="w-per"><col class="w-goal"><col class="w-per"><col class="w-svc"><col class="w-m1"><col class="w-kind"><col class="w-m2"><col class="w-freq"><col class="w-per"></colgroup>
<thead><tr><th rowspan="2">${t(env, '生活全般の解決すべき課題（ニーズ）', 'Needs to resolve in daily life')}</th><th colspan="4">${t(env, '目標', 'Goals')}</th><th colspan="6">${t(env, '援助内容', 'Support')}</th></tr>
<tr><th>${t(env, '長期目標', 'Long-term goal')}</th><th>${t(env, '（期間）', '(period)')}</th><th>${t(env, '短期目標', 'Short-term goal')}</th><th>${t(env, '（期間）', '(period)')}</th><th>${t(env, 'サービス内容', 'Service content')}</th><th>※1</th><th>${t(env, 'サービス種別', 'Service kind')}</th><th>※2</th><th>${t(env, '頻度', 'Frequency')}</th><th>${t(env, '期間', 'Period')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="note">${t(env, '※1「保険給付の対象となるかどうかの区分」について、保険給付対象内サービスについては○印を付す。※2「当該サービス提供を行う事業所」について記入する。', '※1 ○: covered by insurance. ※2 the office providing the service.')}</p>${lentNote(env, h)}`;
    return frame(scope, { title: t(env, '居宅サービス計画書（2）', 'Care plan (2)') + ' <span class="sub">第2表</span>', body: head + table });
  });
}
