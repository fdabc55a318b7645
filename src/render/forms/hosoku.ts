/** 利用者補足情報 (UPHOSOKU): one form per record — the user, the certification, the limits. */
import { SERVICE_TYPES } from '../../spec/codelists/service-types.js';
import { FormScope, t, type Env, type FileInfo } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { pair } from './common.js';

export function renderHosoku(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  return indices.map((i) => {
    const scope = new FormScope(env);
    const p = scope.part(info, [i]);
    const month = p.raw(i, 'targetMonth');
    const link =
      month === '000000'
        ? t(env, '第1〜3表に紐づく', 'linked to tables 1–3')
        : p.raw(i, 'planDate') === '00000000'
          ? t(env, '第6・7表に紐づく', 'linked to tables 6/7')
          : '';
    const slots: string[] = [];
    for (let n = 1; n <= 9; n++) {
      const type = p.raw(i, `limitServiceType${n}`);
      slots.push(
        `<tr><th>${n}</th>${p.td(i, `limitServiceType${n}`, { html: `${p.v(i, `limitServiceType${n}`)} ${text(SERVICE_TYPES[type]?.ja ?? '')}` })}${p.td(i, `limitAmount${n}`, { cls: 'num' })}${p.td(i, `limitTotalUnits${n}`, { cls: 'num' })}${p.td(i, `limitExcessUnits${n}`, { cls: 'num' })}</tr>`,
      );
    }
    const body = `<table class="f kv">
<colgroup><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col></colgroup>
<tr>${pair(p, i, 'insurerNumber')}${pair(p, i, 'insuredNumber')}${pair(p, i, 'planDate')}${pair(p, i, 'targetMonth')}</tr>
<tr>${pair(p, i, 'nameKana')}${pair(p, i, 'name')}${pair(p, i, 'sex')}${pair(p, i, 'birthDate')}</tr>
<tr>${pair(p, i, 'postalCode')}<th>${t(env, '利用者住所', 'Address')}</th>${p.cell(
      [
        { i, key: 'address1' },
        { i, key: 'address2' },
      ],
      `${p.v(i, 'address1')}${p.raw(i, 'address2') !== '' ? `<br>${p.v(i, 'address2')}` : ''}`,
      { colspan: 3 },
    )}${pair(p, i, 'phone')}</tr>
<tr>${pair(p, i, 'certifiedOn')}${pair(p, i, 'certificationStatus')}${pair(p, i, 'careLevel')}${pair(p, i, 'careLevelChangedOn')}</tr>
<tr>${pair(p, i, 'previousCareLevel')}${pair(p, i, 'benefitLimit')}<th>${t(env, '限度額適用期間', 'Limit period')}</th>${p.cell(
      [
        { i, key: 'limitStartDate' },
        { i, key: 'limitEndDate' },
      ],
      `${p.v(i, 'limitStartDate')} ～ ${p.v(i, 'limitEndDate')}`,
      { colspan: 3 },
    )}</tr>
<tr>${pair(p, i, 'shortStayDaysBeforeMonth')}${pair(p, i, 'shortStayCumulativeDays')}${pair(p, i, 'consentReceiverCode')}${pair(p, i, 'totalExcessUnits')}</tr>
</table>
<table class="f lim"><caption>${t(env, 'サービス種類別限度額管理', 'Limits per service type')}</caption><thead><tr><th>${t(env, '枠', 'Slot')}</th><th>${t(env, 'サービス種類', 'Service type')}</th><th>${t(env, '支給限度基準額', 'Benefit limit')}</th><th>${t(env, '合計単位数', 'Total units')}</th><th>${t(env, '限度超単位数', 'Units over the limit')}</th></tr></thead><tbody>${slots.join('')}</tbody></table>`;
    return frame(scope, { title: `${t(env, '利用者補足情報', 'Supplementary user information')}${link ? ` <span class="sub">${link}</span>` : ''}`, body });
  });
}
