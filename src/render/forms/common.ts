/** Pieces shared by the forms: option rows, the person key, values lent by 利用者補足情報, grouping. */
import type { FieldSpec } from '../../spec/fields.js';
import { t, userKeyOf, type Borrowed, type Env, type Part } from '../context.js';
import { inline, text } from '../html.js';
import { displayValue, codeLabel, isMasked, MASK_HTML } from '../values.js';

/**
 * A code field printed as the form's option row: every option of the code list, the chosen one(s)
 * circled (a label 初回＆継続 circles 初回 and 継続), then the code itself.
 */
export function choices(part: Part, i: number, key: string): string {
  const field = part.field(key);
  const value = part.raw(i, key);
  if (!field?.codes) return part.v(i, key);
  part.use([{ i, key }]);
  const locale = part.env.locale;
  const chosen = new Set((codeLabel(field, value, locale) ?? '').split('＆'));
  const atoms: string[] = [];
  for (const c of Object.values(field.codes.codes)) for (const a of c[locale].split('＆')) if (!atoms.includes(a)) atoms.push(a);
  const opts = atoms.map((a) => `<span class="opt${chosen.has(a) ? ' on' : ''}">${text(a)}</span>`).join('・');
  const code = value === '' ? '' : isMasked(field, part.env.showValues, value) ? MASK_HTML : `<span class="cd">${text(value)}</span>`;
  return `<span class="opts">${opts}</span>${code}`;
}

/** A th + td pair for one field. */
export const pair = (part: Part, i: number, key: string, o: { colspan?: number; label?: string; html?: string } = {}): string =>
  `<th>${o.label ?? text(part.label(key))}</th>${part.td(i, key, { ...(o.colspan ? { colspan: o.colspan } : {}), ...(o.html !== undefined ? { html: o.html } : {}) })}`;

/** 保険者番号 and 被保険者番号 of the form's records (one user: every record has the same), as th/td pairs. */
export function personCells(part: Part, is: readonly number[]): string {
  return `<th>${text(part.label('insurerNumber'))}</th>${part.tdDistinct(is, 'insurerNumber')}<th>${text(part.label('insuredNumber'))}</th>${part.tdDistinct(is, 'insuredNumber')}`;
}

/** Groups record indices by a key, in first-appearance order. */
export function groupBy(is: readonly number[], keyOf: (i: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of is) {
    const k = keyOf(i);
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  return [...groups.values()];
}

/** The 利用者補足情報 record of the user that best matches (same plan date or month), if any in the send. */
export function hosokuFor(env: Env, rec: Readonly<Record<string, string>>, match: { planDate?: string; targetMonth?: string }): Borrowed | undefined {
  const list = env.hosoku.get(userKeyOf(rec));
  if (!list || list.length === 0) return undefined;
  const get = (b: Borrowed) => b.info.file.records[b.index]!;
  if (match.planDate !== undefined) return list.find((b) => get(b).planDate === match.planDate && get(b).targetMonth === '000000');
  if (match.targetMonth !== undefined) return list.find((b) => get(b).targetMonth === match.targetMonth);
  return undefined;
}

/** A value lent by another file, printed (masked as its own field is), marked as lent. */
export function borrowed(env: Env, b: Borrowed | undefined, key: string): string {
  if (!b) return '';
  const field: FieldSpec | undefined = b.info.fields.get(key);
  const v = b.info.file.records[b.index]?.[key] ?? '';
  if (v === '') return '';
  return `<span class="lent" title="${t(env, '利用者補足情報より', 'from the supplementary user information')}">${displayValue(field, v, env)}</span>`;
}

/** The legend of lent values, when the form shows any. */
export const lentNote = (env: Env, b: Borrowed | undefined): string =>
  b
    ? `<p class="note"><span class="lent">${t(env, '下線', 'Underlined')}</span>${t(env, 'の値は同じ送信の利用者補足情報', ' values come from the supplementary user information ')} ${inline(b.info.file.name)} ${t(env, 'から表示しています。', 'of the same send.')}</p>`
    : '';
