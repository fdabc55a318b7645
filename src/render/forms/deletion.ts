/**
 * The deletion files (DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO): one short form per file and
 * user, one line per record saying what it deletes, cascade included (DELETION_CASCADES).
 */
import { DELETION_CASCADES, type DeletionKind } from '../../bundle/deletions.js';
import { SERVICE_TYPES } from '../../spec/codelists/service-types.js';
import { type KindId } from '../../spec/kind.js';
import { FormScope, t, type Env, type FileInfo, type Part } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { text } from '../html.js';
import { FORM_NAMES } from '../kinds.js';

export const isDeletionKind = (k: string | null): k is DeletionKind => k !== null && Object.prototype.hasOwnProperty.call(DELETION_CASCADES, k);

function what(env: Env, kind: DeletionKind, p: Part, i: number): string {
  const names = DELETION_CASCADES[kind].kinds.map((k: KindId) => FORM_NAMES[k][env.locale]);
  if (kind === 'DLTKIHON') names.push(t(env, '家族構成の画像', 'family diagram image'));
  const type = kind === 'DLTJSK' ? SERVICE_TYPES[p.raw(i, 'serviceType')]?.ja : undefined;
  const scope =
    kind === 'DLTJSK'
      ? t(
          env,
          `この月の実績のうち、この事業者・サービス種類${type ? `（${type}）` : ''}の分を削除します。`,
          `Deletes this month's actuals of this office and service type${type ? ` (${type})` : ''}.`,
        )
      : t(env, 'この記録を削除します。', 'Deletes this record.');
  return `${text(scope)}<br><span class="sm">${t(env, '削除されるもの', 'Deleted')}: ${text(names.join('、'))}</span>`;
}

export function renderDeletion(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const kind = info.kind as DeletionKind;
  const scope = new FormScope(env);
  const p = scope.part(info, indices);
  // The deletion's key (保険者番号, 被保険者番号, then what it names), as the cascade reads it.
  const keys = DELETION_CASCADES[kind].keys;
  const rows = indices.map((i) => `<tr>${keys.map((k) => p.td(i, k)).join('')}<td>${what(env, kind, p, i)}</td></tr>`).join('');
  const body = `<p>${t(env, 'このファイルは次の記録の削除を伝えます。', 'This file asks to delete the following records.')}</p><table class="f del"><thead><tr>${keys.map((k) => `<th>${text(p.label(k))}</th>`).join('')}<th>${t(env, '削除の内容', 'What is deleted')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return [frame(scope, { title: text(FORM_NAMES[kind][env.locale]), body })];
}
