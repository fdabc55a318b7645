/**
 * The words reports use for the spec's identifiers: form names next to file-kind prefixes
 * (「第7表（UPSIKYU）」), units by their names, code lists by their labels and allowed values, byte
 * sizes in MB. Messages read ids from params (stable for programs) and show these words to people.
 *
 * Every function takes any string: the docs render messages with placeholders (`{kind}`), which
 * must come back as they are (never `undefined` or `NaN`).
 */
import type { CodeList } from '../spec/codelists/types.js';
import { FILE_KINDS, KIND_IDS, getTable } from '../spec/kinds/index.js';
import { EDITIONS, layoutFor } from '../spec/editions/index.js';
import { TRANSMISSION_UNITS } from '../spec/units.js';
import type { Locale } from './messages/types.js';

const isFileKind = (s: string): s is keyof typeof FILE_KINDS => Object.prototype.hasOwnProperty.call(FILE_KINDS, s);

/** The form's name without its parenthesised subtitle: 第6表（サービス利用票）予定 → 第6表予定. */
function shortFormName(kind: keyof typeof FILE_KINDS, locale: Locale): string {
  const name = FILE_KINDS[kind].formName[locale];
  return locale === 'ja' ? name.replace(/（[^）]*）/g, '') : name.replace(/ \([^)]*\)/g, '');
}

/** `第7表（UPSIKYU）` / `Table 7 (UPSIKYU)`: what clerks call the form, then the file-name prefix. */
export function kindLabel(kind: string, locale: Locale): string {
  if (!isFileKind(kind)) return String(kind ?? '');
  return locale === 'ja' ? `${shortFormName(kind, locale)}（${kind}）` : `${shortFormName(kind, locale)} (${kind})`;
}

/** The form's full name (第6表（サービス利用票）予定), or undefined for an unknown kind. */
export function formName(kind: string, locale: Locale): string | undefined {
  return isFileKind(kind) ? FILE_KINDS[kind].formName[locale] : undefined;
}

/** Several kinds given as a '+'-joined list of ids: each with its form name. */
export function kindsLabel(kinds: string, locale: Locale): string {
  return String(kinds ?? '')
    .split('+')
    .filter(Boolean)
    .map((k) => kindLabel(k, locale))
    .join(locale === 'ja' ? '、' : ', ');
}

/** `K1（計画書第1〜3表＋利用者補足情報）`, for '/'-joined ids the first unit's name. */
export function unitLabel(ids: string, locale: Locale): string {
  const first = TRANSMISSION_UNITS.find((u) => u.id === String(ids ?? '').split('/')[0]);
  if (!first) return String(ids ?? '');
  return locale === 'ja' ? `${ids}（${first.name.ja}）` : `${ids} (${first.name.en})`;
}

/**
 * The units of BUNDLE_UNITS_MERGED (「K2+K5」, splits separated by 「 / 」) with their names:
 * 「K2（第6表＋第7表＋利用者補足情報）・K5（実績情報）」.
 */
export function unitsLabel(units: string, locale: Locale): string {
  const splits = String(units ?? '').split(' / ');
  return splits
    .map((split) =>
      split
        .split('+')
        .map((id) => unitLabel(id, locale))
        .join(locale === 'ja' ? '・' : ' + '),
    )
    .join(locale === 'ja' ? '／' : ' / ');
}

/**
 * A choice in a field, for a message: 「相談方法（項目No.8）が「03：その他」」 /
 * 「field No.8 相談方法 is 03 (その他)」. Falls back to the number and code as given (placeholders,
 * an unknown field or code).
 */
export function choiceLabel(kind: string, fieldNo: number, code: string, locale: Locale): string {
  const field = isFileKind(kind) && kind !== 'UPKIHON_IMAGE' ? getTable(kind).fields.find((f) => f.no === fieldNo) : undefined;
  const label = field?.codes?.codes[code];
  if (!field || !label) return locale === 'ja' ? `項目No.${fieldNo}が「${code}」` : `field No.${fieldNo} is ${code}`;
  return locale === 'ja'
    ? `${field.name.ja}（項目No.${fieldNo}）が「${code}：${label.ja}」`
    : `field No.${fieldNo} (${field.name.en}) is ${code} (${label.en})`;
}

/** A month of the reference tables: 201910 → 「2019年10月」 / 「October 2019」; anything else as given. */
export function monthLabel(yyyymm: string, locale: Locale): string {
  const m = /^(\d{4})(\d{2})$/.exec(String(yyyymm ?? ''));
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return String(yyyymm ?? '');
  return locale === 'ja' ? `${m[1]}年${month}月` : `${MONTHS_EN[month - 1]} ${m[1]}`;
}
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every code list of every layout, by id. */
const CODE_LISTS: ReadonlyMap<string, CodeList> = (() => {
  const map = new Map<string, CodeList>();
  for (const kind of KIND_IDS) {
    const layouts = [getTable(kind), ...EDITIONS.map((e) => layoutFor(kind, e.csvVersion))];
    for (const t of layouts) for (const f of t?.fields ?? []) if (f.codes) map.set(f.codes.id, f.codes);
  }
  return map;
})();

/** How many allowed values a message lists before 「ほか N件」. */
const MAX_LISTED = 12;

/** The list's name and its allowed values with their labels: 「計画書区分（11 初回、12 紹介、…）」. */
export function codeListLabel(id: string, locale: Locale): { readonly name: string; readonly allowed: string } | undefined {
  // The docs render messages with placeholders: show the list's name and values as such.
  if (typeof id === 'string' && /^\{\w+\}$/.test(id))
    return {
      name: locale === 'ja' ? `${id}（コード表の名前）` : `${id} (the code list's name)`,
      allowed: locale === 'ja' ? '{コードと名称の一覧}' : '{codes and their labels}',
    };
  const list = CODE_LISTS.get(id);
  if (!list) return undefined;
  // by code (an object lists integer-like keys first: 12 before 06)
  const entries = Object.entries(list.codes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shown = entries.slice(0, MAX_LISTED).map(([code, label]) => (locale === 'ja' ? `${code} ${label.ja}` : `${code} ${label.en}`));
  const rest = entries.length - shown.length;
  if (rest > 0) shown.push(locale === 'ja' ? `ほか${rest}件` : `${rest} more`);
  return { name: list.name[locale], allowed: shown.join(locale === 'ja' ? '、' : ', ') };
}

const MB = 1024 * 1024;

/** A byte size for people: `10.75 MB（11,272,192バイト）`; a placeholder string comes back as it is. */
export function bytesLabel(size: number | string, locale: Locale): string {
  if (typeof size !== 'number' || !Number.isFinite(size)) return String(size);
  const bytes = size.toLocaleString('en-US');
  if (size < 1024 * 100) return locale === 'ja' ? `${bytes}バイト` : `${bytes} bytes`;
  const mb = size / MB;
  const shown = Number.isInteger(mb) ? String(mb) : mb.toFixed(2);
  return locale === 'ja' ? `${shown} MB（${bytes}バイト）` : `${shown} MB (${bytes} bytes)`;
}

/** A count with thousands separators; placeholders come back as they are. */
export const countLabel = (n: number | string): string => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));

/**
 * BUNDLE_INVALID_COMBINATION's `elsewhere` ('KIND:timestamp' '+'-joined) grouped by timestamp:
 * `[timestamp, kinds in words]` (a placeholder comes back whole, with no timestamp).
 */
export function elsewhere(value: string | undefined, locale: Locale): [string | undefined, string][] {
  const byTs = new Map<string | undefined, string[]>();
  for (const e of String(value ?? '')
    .split('+')
    .filter(Boolean)) {
    const [kind = '', ts] = e.split(':');
    byTs.set(ts, [...(byTs.get(ts) ?? []), ts === undefined ? e : kindLabel(kind, locale)]);
  }
  return [...byTs].map(([ts, kinds]) => [ts, kinds.join(locale === 'ja' ? '、' : ', ')]);
}
