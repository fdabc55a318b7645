/**
 * The text report of a diff, in Japanese (default) or English: totals, then per user a summary
 * line per kind (「第6表 予定: 追加 3件、削除 1件、変更 2件」) followed by its changes with the
 * Japanese (or English) field names. It prints only what `diff()` put in the result: without
 * showValues there are no values to print, and personal key values are 「＊＊＊」. Every text that
 * comes from the files (values, file names) has its control, line-separator and bidi characters
 * escaped as \uXXXX, so no value can forge or reorder report lines.
 */
import { getTable } from '../spec/kinds/index.js';
import { type KindId } from '../spec/kind.js';
import { type LocalizedText } from '../spec/fields.js';
import type { Change, DiffResult } from './diff.js';
import { KIND_KEYS, type KeyPart } from './keys.js';
import { escapeLine } from '../report/escape.js';

export type DiffLang = 'ja' | 'en';

export interface RenderTextOptions {
  readonly lang?: DiffLang;
  /**
   * List every record: also the stamp-only changes (作成年月日 etc.; otherwise counted on the
   * kind's line) and each record of a document a deletion removed (otherwise one line per
   * document). Default false.
   */
  readonly details?: boolean;
}

/** Short names of the kinds in reports. */
export const KIND_LABELS: Readonly<Record<KindId, LocalizedText>> = {
  UP1KYO: { ja: '第1表', en: 'Table 1' },
  UP2KYO: { ja: '第2表', en: 'Table 2' },
  UP3KYO: { ja: '第3表', en: 'Table 3' },
  UPHOSOKU: { ja: '利用者補足情報', en: 'Supplementary user information' },
  UPPLAN: { ja: '第6表 予定', en: 'Table 6 (plan)' },
  UPJSK: { ja: '第6表 実績', en: 'Table 6 (actuals)' },
  UPSIKYU: { ja: '第7表', en: 'Table 7' },
  UPKIHON: { ja: '利用者基本情報', en: 'Basic user information' },
  UPKIHON_SUB1: { ja: '利用者基本情報 別表1', en: 'Basic user information, appendix 1' },
  UPKIHON_SUB2: { ja: '利用者基本情報 別表2', en: 'Basic user information, appendix 2' },
  UPYOBO: { ja: '介護予防サービス・支援計画書', en: 'Preventive care plan' },
  UPYOBO_SUB: { ja: '介護予防サービス・支援計画書 別表', en: 'Preventive care plan, appendix' },
  DLT1KYO: { ja: '第1表 削除', en: 'Table 1 deletion' },
  DLTPLAN: { ja: '第6表 予定 削除', en: 'Table 6 (plan) deletion' },
  DLTJSK: { ja: '第6表 実績 削除', en: 'Table 6 (actuals) deletion' },
  DLTKIHON: { ja: '利用者基本情報 削除', en: 'Basic user information deletion' },
  DLTYOBO: { ja: '介護予防サービス・支援計画書 削除', en: 'Preventive care plan deletion' },
};

/** Names of derived key parts (not fields of the kind). */
const DERIVED_LABELS: Readonly<Record<string, LocalizedText>> = { serviceType: { ja: 'サービス種類', en: 'Service type' } };

/** One printable line: control, separator, zero-width and bidi characters as \uXXXX (report/escape.ts). */
export const printable = (s: string): string => escapeLine(s);

interface Words {
  readonly user: (n: number) => string;
  readonly userNumbers: (insurer: string, insured: string) => string;
  readonly counts: (a: number, r: number, c: number) => string;
  readonly stampOnly: (n: number, names: string) => string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
  readonly masked: string;
  readonly empty: string;
  readonly old: string;
  readonly new: string;
  readonly byDeletion: (ref: string) => string;
  readonly records: (n: number) => string;
  readonly absent: string;
  readonly noChange: string;
  readonly header: (users: number, changed: number) => string;
  readonly documents: (d: DiffResult['summary']['documents']) => string;
  readonly deletion: (file: string, records: number, matched: number, removed: number) => string;
  readonly skipped: (side: 'old' | 'new', file: string) => string;
  readonly sep: string;
  readonly colon: string;
}

const JA: Words = {
  user: (n) => `利用者${n}`,
  userNumbers: (insurer, insured) => `（保険者番号 ${insurer}、被保険者番号 ${insured}）`,
  counts: (a, r, c) => `追加 ${a}件、削除 ${r}件、変更 ${c}件`,
  stampOnly: (n, names) => `（うち${names}のみの変更 ${n}件）`,
  added: '追加',
  removed: '削除',
  changed: '変更',
  masked: '＊＊＊',
  empty: '（空）',
  old: '旧',
  new: '新',
  byDeletion: (ref) => `（削除ファイル ${ref} による）`,
  records: (n) => `${n}件`,
  absent: '（新しい送信に含まれない）',
  noChange: '変更はありません',
  header: (users, changed) => `利用者 ${users}人中 ${changed}人に変更`,
  documents: (d) => `文書: 再送 ${d.resent}（うち変更あり ${d.changed}）、新規 ${d.added}、削除 ${d.removed}、再送なし ${d.notResent}`,
  deletion: (file, records, matched, removed) => `削除ファイル ${file}: 削除レコード ${records}件（一致 ${matched}件）、取り除いたレコード ${removed}件`,
  skipped: (side, file) => `比較しないファイル（${side === 'old' ? '旧' : '新'}）: ${file}`,
  sep: '、',
  colon: ': ',
};

const EN: Words = {
  user: (n) => `User ${n}`,
  userNumbers: (insurer, insured) => ` (insurer ${insurer}, insured ${insured})`,
  counts: (a, r, c) => `added ${a}, removed ${r}, changed ${c}`,
  stampOnly: (n, names) => ` (of which ${n} changed only ${names})`,
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  masked: '***',
  empty: '(empty)',
  old: 'old',
  new: 'new',
  byDeletion: (ref) => ` (by deletion file ${ref})`,
  records: (n) => `${n} record${n === 1 ? '' : 's'}`,
  absent: ' (not in the new send)',
  noChange: 'No changes',
  header: (users, changed) => `${changed} of ${users} users changed`,
  documents: (d) => `Documents: resent ${d.resent} (changed ${d.changed}), new ${d.added}, removed ${d.removed}, not resent ${d.notResent}`,
  deletion: (file, records, matched, removed) =>
    `Deletion file ${file}: ${records} deletion record${records === 1 ? '' : 's'} (${matched} matched), ${removed} stored record${removed === 1 ? '' : 's'} removed`,
  skipped: (side, file) => `Not compared (${side}): ${file}`,
  sep: ', ',
  colon: ': ',
};

function partLabel(kind: KindId, p: KeyPart, lang: DiffLang): string {
  if (p.name !== p.field) return DERIVED_LABELS[p.name]?.[lang] ?? p.name;
  const fields = getTable(kind).fields;
  const f = fields.find((x) => x.key === p.field);
  if (!f) return p.field;
  // 第3表 has two 開始時間: the No. tells them apart.
  const ambiguous = fields.some((x) => x !== f && x.name[lang] === f.name[lang]);
  return ambiguous ? (lang === 'ja' ? `${f.name.ja}（No.${f.no}）` : `${f.name.en} (No.${f.no})`) : f.name[lang];
}

function partsText(kind: KindId, parts: readonly KeyPart[], values: Readonly<Record<string, string | null>>, lang: DiffLang, w: Words): string {
  return parts
    .map((p) => {
      const v = values[p.name];
      return `${partLabel(kind, p, lang)} ${v === null || v === undefined ? w.masked : v === '' ? w.empty : printable(v)}`;
    })
    .join(w.sep);
}

const value = (v: string, w: Words) => (v === '' ? w.empty : printable(v));

function changeLines(c: Change, lang: DiffLang, w: Words): string[] {
  const keys = KIND_KEYS[c.kind];
  const where = [partsText(c.kind, keys.document, c.document, lang, w), partsText(c.kind, keys.record, c.key, lang, w)].filter((s) => s !== '').join(' / ');
  const oldAt = c.oldFile !== undefined ? `${printable(c.oldFile)}:${c.oldRecord}` : '';
  const newAt = c.newFile !== undefined ? `${printable(c.newFile)}:${c.newRecord}` : '';
  const fieldName = (f: Change['fields'][number]) => (lang === 'ja' ? `${f.name.ja}（No.${f.no}）` : `${f.name.en} (No.${f.no})`);
  if (c.change === 'added') return [`${w.added} ${where} — ${w.new} ${newAt}`];
  if (c.change === 'removed') {
    const why =
      c.cause === 'deletion' && c.deletion
        ? w.byDeletion(`${printable(c.deletion.file)}${c.deletion.record !== undefined ? `:${c.deletion.record}` : ''}`)
        : c.cause === 'absent'
          ? w.absent
          : '';
    return [`${w.removed} ${where} — ${w.old} ${oldAt}${why}`];
  }
  const lines = [`${w.changed} ${where} — ${w.old} ${oldAt} → ${w.new} ${newAt}${w.colon}${c.fields.map(fieldName).join(w.sep)}`];
  for (const f of c.fields)
    if (f.old !== undefined || f.new !== undefined) lines.push(`  ${fieldName(f)}${w.colon}${value(f.old ?? '', w)} → ${value(f.new ?? '', w)}`);
  return lines;
}

/**
 * The lines of one user's changes (changes of one user, in diff order): per kind a summary line
 * (indented by 2), then its changes (by 4, their field values by 6). Used by renderDiffText and by
 * the HTML rendering of a diff.
 */
export function userChangeLines(changes: readonly Change[], options: RenderTextOptions = {}): string[] {
  const lang: DiffLang = options.lang === 'en' ? 'en' : 'ja';
  const w = lang === 'ja' ? JA : EN;
  const out: string[] = [];
  let i = 0;
  while (i < changes.length) {
    const kind = changes[i]!.kind;
    const start = i;
    while (i < changes.length && changes[i]!.kind === kind) i++;
    const group = changes.slice(start, i);
    const n = (t: Change['change']) => group.filter((c) => c.change === t).length;
    const stamps = group.filter((c) => c.stampOnly);
    const stampNames = [...new Set(stamps.flatMap((c) => c.fields.map((f) => f.name[lang])))].join(w.sep);
    out.push(
      `  ${KIND_LABELS[kind][lang]}${w.colon}${w.counts(n('added'), n('removed'), n('changed'))}${stamps.length > 0 ? w.stampOnly(stamps.length, stampNames) : ''}`,
    );
    const brief = options.details !== true;
    const deleted = new Map<string, Change[]>();
    for (const c of group) {
      if (brief && c.stampOnly) continue;
      if (brief && c.cause === 'deletion') {
        const doc = JSON.stringify([c.document, c.deletion]);
        const same = deleted.get(doc);
        if (same) {
          same.push(c);
          continue;
        }
        deleted.set(doc, [c]);
        continue;
      }
      for (const line of changeLines(c, lang, w)) out.push(`    ${line}`);
    }
    for (const same of deleted.values()) {
      const c = same[0]!;
      if (same.length === 1) for (const line of changeLines(c, lang, w)) out.push(`    ${line}`);
      else {
        const where = partsText(kind, KIND_KEYS[kind].document, c.document, lang, w);
        const ref = `${printable(c.deletion!.file)}${c.deletion!.record !== undefined ? `:${c.deletion!.record}` : ''}`;
        out.push(`    ${w.removed} ${where} ${w.records(same.length)} — ${w.old} ${printable(c.oldFile ?? '')}${w.byDeletion(ref)}`);
      }
    }
  }
  return out;
}

/** The report's first lines: the totals, the documents, the deletion files, the files not compared. */
export function summaryLines(result: DiffResult, options: Pick<RenderTextOptions, 'lang'> = {}): string[] {
  const w = options.lang === 'en' ? EN : JA;
  const s = result.summary;
  const out: string[] = [];
  out.push(`${w.header(s.users, s.usersChanged)}${w.colon}${w.counts(s.totals.added, s.totals.removed, s.totals.changed)}`);
  out.push(w.documents(s.documents));
  for (const d of s.deletions) out.push(w.deletion(printable(d.file), d.records, d.matched, d.removedRecords));
  for (const k of s.skipped) out.push(w.skipped(k.side, printable(k.file)));
  return out;
}

/** The text report. Ends with a line break.  *
 * @example
 * ```ts
 * import { diff, renderDiffText, type DiffFile } from 'careplan-csv';
 *
 * declare const before: DiffFile[], after: DiffFile[];
 * console.log(renderDiffText(diff(before, after), { lang: 'ja', details: true }));
 * ```
 */
export function renderDiffText(result: DiffResult, options: RenderTextOptions = {}): string {
  const lang: DiffLang = options.lang === 'en' ? 'en' : 'ja';
  const w = lang === 'ja' ? JA : EN;
  const out = summaryLines(result, options);
  if (result.changes.length === 0) {
    out.push(w.noChange);
    return out.join('\n') + '\n';
  }
  let i = 0;
  const changes = result.changes;
  while (i < changes.length) {
    const user = changes[i]!.user;
    const who =
      w.user(user.index) + (user.insurerNumber !== undefined ? w.userNumbers(printable(user.insurerNumber), printable(user.insuredNumber ?? '')) : '');
    const start = i;
    while (i < changes.length && changes[i]!.user.index === user.index) i++;
    out.push('', who, ...userChangeLines(changes.slice(start, i), options));
  }
  return out.join('\n') + '\n';
}
