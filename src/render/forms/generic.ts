/**
 * Records of a file that no form draws (a kind without a form, or records that cannot be placed):
 * a plain table, one row per record. Without a layout every value is masked unless values are
 * shown, since nothing says which are personal.
 */
import { FormScope, t, type Env, type FileInfo } from '../context.js';
import { frame, type DrawnForm } from '../frame.js';
import { inline, text } from '../html.js';
import { MASK_HTML } from '../values.js';

export function renderGeneric(env: Env, info: FileInfo, indices: readonly number[]): DrawnForm[] {
  const scope = new FormScope(env);
  const p = scope.part(info, indices);
  let table = '';
  if (info.layout) {
    const fields = info.layout.fields;
    table = `<table class="f gen"><thead><tr>${fields.map((f) => `<th>${f.no} ${inline(f.name[env.locale])}</th>`).join('')}</tr></thead><tbody>${indices
      .map((i) => `<tr>${fields.map((f) => p.td(i, f.key)).join('')}</tr>`)
      .join('')}</tbody></table>`;
  } else if (indices.length > 0) {
    const keys = [...new Set(indices.flatMap((i) => Object.keys(info.file.records[i]!)))];
    table = `<table class="f gen"><thead><tr>${keys.map((k) => `<th>${inline(k)}</th>`).join('')}</tr></thead><tbody>${indices
      .map(
        (i) =>
          `<tr>${keys.map((k) => `<td>${(info.file.records[i]![k] ?? '') === '' ? '' : env.showValues ? text(info.file.records[i]![k]!) : MASK_HTML}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  }
  const note = indices.length === 0 ? `<p>${t(env, 'このファイルには表示できる記録がありません。', 'This file has no records to show.')}</p>` : '';
  return [frame(scope, { title: inline(info.file.name), body: note + table })];
}
