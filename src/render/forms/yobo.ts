/**
 * 介護予防サービス・支援計画書 (UPYOBO), one form per record: the heading of the 様式例, 目標とする
 * 生活, the four アセスメント領域, 健康状態, 基本チェックリスト, the policies, the centre's opinion
 * and the consent. The support-plan rows are its 別表 (UPYOBO_SUB), a form of their own.
 */
import { FormScope, t, type Env, type FileInfo } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { choices, pair } from './common.js';

const DOMAINS: readonly [string, string, string][] = [
  ['mobility', '運動・移動について', 'Exercise and mobility'],
  ['dailyLife', '日常生活（家庭生活）について', 'Daily (home) life'],
  ['social', '社会参加、対人関係・コミュニケーションについて', 'Social participation and communication'],
  ['health', '健康管理について', 'Health management'],
];
const CHECKLIST: readonly [string, string, string][] = [
  ['Exercise', '運動不足', 'Lack of exercise'],
  ['Nutrition', '栄養改善', 'Nutrition'],
  ['Oral', '口腔内ケア', 'Oral care'],
  ['Seclusion', '閉じこもり予防', 'Staying indoors'],
  ['Memory', '物忘れ予防', 'Forgetfulness'],
  ['Depression', 'うつ予防', 'Depression'],
];

export function renderYobo(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  return indices.map((i) => {
    const scope = new FormScope(env);
    const p = scope.part(info, [i]);
    const lbl = (ja: string, en: string, span = 1) => `<th${span > 1 ? ` colspan="${span}"` : ''}>${t(env, ja, en)}</th>`;
    const domains = DOMAINS.map(
      ([k, ja, en]) =>
        `<tr><th class="l">${t(env, ja, en)}</th>${p.td(i, `${k}Status`)}${p.td(i, `${k}Wishes`)}${p.cell(
          [
            { i, key: `${k}Issue` },
            { i, key: `${k}IssueDetail` },
          ],
          `${choices(p, i, `${k}Issue`)}<br>${p.v(i, `${k}IssueDetail`)}`,
        )}</tr>`,
    ).join('');
    const checklist = `<table class="f chk"><thead><tr><th></th>${CHECKLIST.map(([, ja, en]) => `<th>${t(env, ja, en)}</th>`).join('')}</tr></thead><tbody>
<tr><th class="l">${t(env, '基本チェックリストの該当数', 'Checklist matches')}</th>${CHECKLIST.map(([k]) => p.td(i, `checklist${k}`, { cls: 'c' })).join('')}</tr>
<tr><th class="l">${t(env, '予防給付または地域支援事業（事業プログラムの要否）', 'Programme needed')}</th>${CHECKLIST.map(([k]) => p.td(i, `program${k}`, { cls: 'c' })).join('')}</tr></tbody></table>`;
    const body = `<table class="f kv">
<colgroup><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col></colgroup>
<tr>${pair(p, i, 'referenceNumber')}${lbl('利用者名', 'User name')}${p.td(i, 'name', { html: `${p.v(i, 'name')} ${t(env, '様', '')}` })}${pair(p, i, 'planKind')}${pair(p, i, 'outsourced')}</tr>
<tr>${pair(p, i, 'insurerNumber')}${pair(p, i, 'insuredNumber')}${pair(p, i, 'certificationDate')}${lbl('認定の有効期間', 'Certification period')}${p.cell(
      [
        { i, key: 'certificationStartDate' },
        { i, key: 'certificationEndDate' },
      ],
      `${p.v(i, 'certificationStartDate')} ～ ${p.v(i, 'certificationEndDate')}`,
    )}</tr>
<tr>${lbl('初回・紹介・継続', 'First / referral / continuation')}${p.cell([{ i, key: 'planCategory' }], choices(p, i, 'planCategory'))}${lbl('認定済・申請中', 'Certified / pending')}${p.cell([{ i, key: 'certificationStatus' }], choices(p, i, 'certificationStatus'))}${lbl('要支援状態区分', 'Support level')}${p.cell([{ i, key: 'supportLevel' }], choices(p, i, 'supportLevel'), { colspan: 3 })}</tr>
<tr>${lbl('計画作成者氏名', 'Planner')}${p.cell(
      [
        { i, key: 'centerStaffName' },
        { i, key: 'careManagerName' },
      ],
      `${t(env, '地域包括支援センター担当者', 'Centre staff')}: ${p.v(i, 'centerStaffName')}　${t(env, '担当介護支援専門員', 'Care manager')}: ${p.v(i, 'careManagerName')}`,
      { colspan: 3 },
    )}${pair(p, i, 'supportCenter', { colspan: 3, label: t(env, '担当地域包括支援センター', 'Support centre in charge') })}</tr>
<tr>${lbl('委託の場合：計画作成事業者・事業所名及び所在地（連絡先）', 'If outsourced: planner office, address, telephone')}${p.cell(
      ['plannerOfficeName', 'plannerOfficeAddress', 'plannerOfficePhone'].map((key) => ({ i, key })),
      `${p.v(i, 'plannerOfficeName')}　${p.v(i, 'plannerOfficeAddress')}　${p.raw(i, 'plannerOfficePhone') !== '' ? `TEL ${p.v(i, 'plannerOfficePhone')}` : ''}`,
      { colspan: 7 },
    )}</tr>
<tr>${pair(p, i, 'planDate')}${lbl('初回作成日', 'First plan date')}${p.td(i, 'firstPlanDate', { colspan: 5 })}</tr>
<tr><th>${t(env, '目標とする生活', 'Target life')}</th><td colspan="7"><table class="f in"><tr>${lbl('１日', 'One day')}${p.td(i, 'goalDay')}${lbl('１年', 'One year')}${p.td(i, 'goalYear')}</tr></table></td></tr>
</table>
<table class="f yd"><colgroup><col class="w-dom"><col><col><col></colgroup><thead><tr><th>${t(env, 'アセスメント領域', 'Assessment area')}</th><th>${t(env, '現在の状況', 'Current situation')}</th><th>${t(env, '本人・家族の意欲・意向', 'Wishes of user and family')}</th><th>${t(env, '領域における課題（背景・原因）', 'Issue in the area (background, cause)')}</th></tr></thead><tbody>${domains}</tbody></table>
<table class="f two">
<tr class="big"><th>${t(env, '健康状態について：主治医意見書、健康診断等を踏まえた留意点', 'Health: points from the doctor’s opinion and check-ups')}</th>${p.td(i, 'healthNotes')}</tr>
</table>
${checklist}
<table class="f two">
<tr class="big"><th>${t(env, '【本来行うべき支援が実施できない場合】妥当な支援の実施に向けた方針', 'Policy for appropriate support')}</th>${p.td(i, 'supportPolicy')}</tr>
<tr class="big"><th>${t(env, '総合的な方針：生活不活発病の改善・予防のポイント', 'Overall policy')}</th>${p.td(i, 'overallPolicy')}</tr>
<tr class="big"><th>${t(env, '地域包括支援センター【意見】', 'Community support centre: opinion')}</th>${p.td(i, 'centerOpinion')}</tr>
<tr><th>${t(env, '計画に関する同意（上記計画について、同意いたします。）', 'Consent to the plan')}</th>${p.cell(
      [
        { i, key: 'consentDate' },
        { i, key: 'consentName' },
      ],
      `${p.v(i, 'consentDate')}　${text(p.label('consentName'))}: ${p.v(i, 'consentName')}`,
    )}</tr>
</table>`;
    return frame(scope, { title: t(env, '介護予防サービス・支援計画書', 'Preventive care service/support plan'), body });
  });
}
