/**
 * 利用者基本情報の別表: 別表1 １日の生活・すごし方 (UPKIHON_SUB1) and 別表2 現病歴・既往歴
 * (UPKIHON_SUB2), one form per user and 相談日, one table row per record.
 */
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { groupBy, personCells } from './common.js';

function head(p: Part, is: readonly number[]): string {
  return `<table class="f hd"><tr>${personCells(p, is)}<th>${text(p.label('consultationDate'))}</th>${p.tdDistinct(is, 'consultationDate')}</tr></table>`;
}

export function renderKihonSub1(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.consultationDate ?? '').map((is) => {
    const scope = new FormScope(env);
    const p = scope.part(info, is);
    const rows = is.map((i) => `<tr>${p.td(i, 'time', { cls: 'c' })}${p.td(i, 'userLife')}${p.td(i, 'carerLife')}</tr>`).join('');
    const body = `${head(p, is)}<table class="f sub1"><colgroup><col class="w-time"><col><col></colgroup><thead><tr><th>${t(env, '時間', 'Time')}</th><th>${t(env, '本人', 'User')}</th><th>${t(env, '介護者・家族', 'Carer / family')}</th></tr></thead><tbody>${rows}</tbody></table>`;
    return frame(scope, {
      title: `${t(env, '１日の生活・すごし方', 'Daily schedule')} <span class="sub">${t(env, '利用者基本情報 別表1', 'Basic user information, appendix 1')}</span>`,
      body,
    });
  });
}

export function renderKihonSub2(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const records = info.file.records;
  return groupBy(indices, (i) => records[i]!.consultationDate ?? '').map((is) => {
    const scope = new FormScope(env);
    const p = scope.part(info, is);
    const rows = is
      .map((i) => {
        const star = p.raw(i, 'attendingPhysicianFlag') === '1' ? '<span class="star">☆</span>' : '';
        return `<tr>${p.td(i, 'onsetDate', { cls: 'c' })}${p.td(i, 'disease')}${p.cell(
          [
            { i, key: 'medicalInstitution' },
            { i, key: 'attendingPhysicianFlag' },
          ],
          `${star}${p.v(i, 'medicalInstitution')}<br><span class="sm">${p.v(i, 'attendingPhysicianFlag')}</span>`,
        )}${p.td(i, 'medicalPhone')}${p.td(i, 'progress')}${p.td(i, 'treatmentDetail')}</tr>`;
      })
      .join('');
    const body = `${head(p, is)}<table class="f sub2"><thead><tr><th>${t(env, '年月日', 'Date')}</th><th>${t(env, '病名', 'Disease')}</th><th>${t(env, '医療機関・医師名<br>（主治医・意見作成者に☆）', 'Medical institution / doctor (☆ attending)')}</th><th>${t(env, '電話', 'Telephone')}</th><th>${t(env, '経過', 'Course')}</th><th>${t(env, '治療中の場合は内容', 'Treatment')}</th></tr></thead><tbody>${rows}</tbody></table>`;
    return frame(scope, {
      title: `${t(env, '現病歴・既往歴と経過', 'Medical history')} <span class="sub">${t(env, '利用者基本情報 別表2', 'Basic user information, appendix 2')}</span>`,
      body,
    });
  });
}
