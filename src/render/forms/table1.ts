/** 第1表 居宅サービス計画書（1） (UP1KYO): one form per record (one plan). */
import { FormScope, t, type Env, type FileInfo } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { borrowed, choices, hosokuFor, lentNote, pair, personCells } from './common.js';

export function renderTable1(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  return indices.map((i) => {
    const scope = new FormScope(env);
    const p = scope.part(info, [i]);
    const r = p.rec(i);
    const h = hosokuFor(env, r, { planDate: r.planDate ?? '' });
    const lbl = (ja: string, en: string) => `<th>${t(env, ja, en)}</th>`;
    const body = `
<table class="f hd"><tr>${p.cell([{ i, key: 'planCategory' }], choices(p, i, 'planCategory'), { cls: 'nb' })}${p.cell([{ i, key: 'certificationStatus' }], choices(p, i, 'certificationStatus'), { cls: 'nb' })}<td class="nb r">${p.label('createdOn')} ${p.td(i, 'createdOn', { tag: 'span' })}</td></tr></table>
<table class="f t1">
<colgroup><col style="width:13%"><col style="width:20%"><col style="width:11%"><col style="width:14%"><col style="width:7%"><col style="width:35%"></colgroup>
<tr>${personCells(p, [i])}<td colspan="2" class="nb"></td></tr>
<tr>${lbl('利用者名', 'User name')}<td>${borrowed(env, h, 'name')} ${t(env, '殿', '')}</td>${lbl('生年月日', 'Date of birth')}<td>${borrowed(env, h, 'birthDate')}</td>${lbl('住所', 'Address')}${p.cell(
      [
        { i, key: 'postalCode' },
        { i, key: 'address1' },
        { i, key: 'address2' },
      ],
      `${p.raw(i, 'postalCode') !== '' ? `〒${p.v(i, 'postalCode')} ` : p.v(i, 'postalCode')}${p.v(i, 'address1')}${p.raw(i, 'address2') !== '' ? `<br>${p.v(i, 'address2')}` : ''}`,
    )}</tr>
<tr>${pair(p, i, 'plannerName', { colspan: 5 })}</tr>
<tr>${lbl('居宅介護支援事業者・事業所名及び所在地', 'Care management office and address')}${p.cell(
      ['agencyName', 'agencyCode', 'agencyPostalCode', 'agencyAddress1', 'agencyAddress2'].map((key) => ({ i, key })),
      `${p.v(i, 'agencyName')}（${p.label('agencyCode')} ${p.v(i, 'agencyCode')}）　${p.raw(i, 'agencyPostalCode') !== '' ? `〒${p.v(i, 'agencyPostalCode')} ` : ''}${p.v(i, 'agencyAddress1')} ${p.v(i, 'agencyAddress2')}`,
      { colspan: 5 },
    )}</tr>
<tr>${pair(p, i, 'planDate')}${pair(p, i, 'firstPlanDate', { colspan: 3 })}</tr>
<tr>${pair(p, i, 'certifiedOn')}${lbl('認定の有効期間', 'Certification period')}${p.cell(
      [
        { i, key: 'certificationStart' },
        { i, key: 'certificationEnd' },
      ],
      `${p.v(i, 'certificationStart')} ～ ${p.v(i, 'certificationEnd')}`,
      { colspan: 3 },
    )}</tr>
<tr>${pair(p, i, 'careLevel', { colspan: 5, html: choices(p, i, 'careLevel') })}</tr>
<tr class="big">${pair(p, i, 'assessmentResult', { colspan: 5 })}</tr>
<tr class="big">${pair(p, i, 'certificationBoardOpinion', { colspan: 5 })}</tr>
<tr class="big">${pair(p, i, 'overallPolicy', { colspan: 5 })}</tr>
<tr>${lbl('生活援助中心型の算定理由', 'Reason for household-support-centred home help')}${p.cell(
      [
        { i, key: 'householdSupportReason' },
        { i, key: 'otherReason' },
      ],
      `${choices(p, i, 'householdSupportReason')}　${t(env, 'その他理由', 'Other reason')}（${p.v(i, 'otherReason')}）`,
      { colspan: 5 },
    )}</tr>
</table>${lentNote(env, h)}`;
    return frame(scope, { title: t(env, '居宅サービス計画書（1）', 'Care plan (1)') + ' <span class="sub">第1表</span>', body });
  });
}
