/**
 * 利用者基本情報 (UPKIHON), one form per record, in the order of the 様式例: consultation, the user,
 * certification, disabilities, home, economy, the person consulting, emergency contacts, 家族構成
 * (the JPEG named in No.62, inline when it is among the inputs and values are shown), life history
 * and current life, services in use, consent.
 */
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { base64, isJpeg } from '../base64.js';
import { pair } from './common.js';

function familyImage(env: Env, p: Part, i: number): string {
  const name = p.raw(i, 'familyImageFileName');
  if (name === '') return '';
  if (!env.showValues)
    return `<p class="note">${t(env, '家族構成図は個人情報のため表示していません。', 'The family diagram is personal data and is not shown.')}</p>`;
  const file = env.attachments.get(name.toUpperCase());
  if (!file?.bytes) return `<p class="note">${t(env, '家族構成図の画像ファイルは入力にありません。', 'The family diagram image is not among the inputs.')}</p>`;
  if (!isJpeg(file.bytes))
    return `<p class="note">${t(env, '家族構成図の画像ファイルはJPEGとして読めません。', 'The family diagram image is not a JPEG.')}</p>`;
  env.attachmentsShown.add(file.name);
  return `<img class="fam" alt="${t(env, '家族構成', 'Family structure')}" src="data:image/jpeg;base64,${base64(file.bytes)}">`;
}

const big = (p: Part, i: number, key: string, label?: string) => `<tr class="big">${pair(p, i, key, { colspan: 7, ...(label ? { label } : {}) })}</tr>`;

export function renderKihon(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  return indices.map((i) => {
    const scope = new FormScope(env);
    const p = scope.part(info, [i]);
    const sec = (ja: string, en: string) => `<tr><th colspan="8" class="sec">${t(env, ja, en)}</th></tr>`;
    const withOther = (key: string, other: string) =>
      p.cell(
        [
          { i, key },
          { i, key: other },
        ],
        `${p.v(i, key)}${p.raw(i, other) !== '' ? `（${p.v(i, other)}）` : ''}`,
      );
    const emergency = [1, 2, 3, 4]
      .map(
        (n) =>
          `<tr><th>${n}</th>${p.td(i, `emergency${n}Name`)}${p.td(i, `emergency${n}Relation`)}${p.td(i, `emergency${n}Address`, { colspan: 3 })}${p.td(i, `emergency${n}Phone`, { colspan: 2 })}</tr>`,
      )
      .join('');
    const body = `<table class="f kv">
<colgroup><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col><col class="c-l"><col></colgroup>
<tr>${pair(p, i, 'preparerName')}${pair(p, i, 'planKind')}${pair(p, i, 'outsourced')}${pair(p, i, 'insurerNumber')}</tr>
<tr>${pair(p, i, 'consultationDate')}<th>${text(p.label('consultationMethod'))}</th>${withOther('consultationMethod', 'consultationMethodOther')}${pair(p, i, 'consultationCount')}${pair(p, i, 'previousConsultationDate')}</tr>
<tr><th>${t(env, '本人の現況', 'Current situation')}</th>${withOther('userStatus', 'userStatusDetail')}${pair(p, i, 'insuredNumber')}<td colspan="4" class="nb"></td></tr>
${sec('本人', 'User')}
<tr>${pair(p, i, 'nameKana')}${pair(p, i, 'name')}${pair(p, i, 'sex')}${pair(p, i, 'birthDate')}</tr>
<tr>${pair(p, i, 'address', { colspan: 3 })}${pair(p, i, 'phone')}${pair(p, i, 'fax')}</tr>
<tr><th>${t(env, '日常生活自立度', 'Daily-life independence')}</th><td colspan="7">${t(env, '障害高齢者', 'Disability')}: ${p.td(i, 'physicalIndependenceLevel', { tag: 'span' })}　${t(env, '認知症高齢者', 'Dementia')}: ${p.td(i, 'dementiaIndependenceLevel', { tag: 'span' })}</td></tr>
${sec('認定・総合事業情報', 'Certification')}
<tr>${pair(p, i, 'careLevel')}<th>${t(env, '有効期間', 'Valid')}</th>${p.cell(
      [
        { i, key: 'certificationStartDate' },
        { i, key: 'certificationEndDate' },
      ],
      `${p.v(i, 'certificationStartDate')} ～ ${p.v(i, 'certificationEndDate')}`,
    )}${pair(p, i, 'previousCareLevel')}${pair(p, i, 'checklistResult')}</tr>
<tr>${pair(p, i, 'checklistDate')}<th>${t(env, '障害等認定', 'Disability certification')}</th><td colspan="5">${[
      'disabilityPhysical',
      'disabilityIntellectual',
      'disabilityMental',
      'disabilityIntractable',
    ]
      .map((k) => `${text(p.label(k).replace('障害等認定', ''))} ${p.td(i, k, { tag: 'span' })}`)
      .join('　')}</td></tr>
${big(p, i, 'disabilityNotes')}
${sec('本人の住居環境', 'Home')}
<tr>${pair(p, i, 'housingType')}${pair(p, i, 'roomFloor')}${pair(p, i, 'homeModification', { colspan: 3 })}</tr>
${sec('経済状況', 'Economic status')}
<tr><th>${t(env, '年金等', 'Pensions')}</th><td colspan="7">${['pensionNational', 'pensionEmployee', 'pensionDisability', 'publicAssistance']
      .map((k) => `${text(p.label(k).replace('経済状況', ''))} ${p.td(i, k, { tag: 'span' })}`)
      .join('　')}</td></tr>
${big(p, i, 'economicNotes')}
${sec('来所者（相談者）', 'Person consulting')}
<tr>${pair(p, i, 'visitorName')}${pair(p, i, 'visitorRelation')}${pair(p, i, 'visitorPhone', { colspan: 3 })}</tr>
<tr>${pair(p, i, 'visitorAddress', { colspan: 7 })}</tr>
${sec('緊急連絡先', 'Emergency contacts')}
<tr><th></th><th>${t(env, '氏名', 'Name')}</th><th>${t(env, '続柄', 'Relationship')}</th><th colspan="3">${t(env, '住所', 'Address')}</th><th colspan="2">${t(env, '電話番号', 'Telephone')}</th></tr>
${emergency}
${sec('家族構成', 'Family')}
<tr><th>${text(p.label('familyImageFileName'))}</th>${p.td(i, 'familyImageFileName', { colspan: 7, html: `${p.v(i, 'familyImageFileName')}${familyImage(env, p, i)}` })}</tr>
${big(p, i, 'familyRelations')}
${big(p, i, 'lifeHistory')}
${sec('現在の生活状況（どのような暮らしを送っているか）', 'Current life')}
${big(p, i, 'dailyLife')}
${big(p, i, 'hobbies')}
${big(p, i, 'communityRelations')}
${sec('現在利用しているサービス', 'Services in use')}
${big(p, i, 'publicServices', t(env, '公的サービス', 'Public services'))}
${big(p, i, 'informalServices', t(env, '非公的サービス', 'Non-public services'))}
${sec('同意', 'Consent')}
<tr>${pair(p, i, 'consentDate')}${pair(p, i, 'consentName', { colspan: 5 })}</tr>
</table>`;
    return frame(scope, { title: t(env, '利用者基本情報', 'Basic user information'), body });
  });
}
