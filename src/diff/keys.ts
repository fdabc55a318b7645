/**
 * What identifies a record across two sends, per kind, as data: the user (保険者番号 + 被保険者番号),
 * the document the record belongs to (one plan, one month, one consultation …), and the record's
 * natural key inside that document. Also the print-image rules (第2表 and the 介護予防 別表 leave
 * repeated cells blank) and the "stamp" fields that every resend changes.
 *
 * A document is the unit a resend replaces: the spec has no partial update (本文 5.1.1.1/5.1.1.3,
 * 5.2.1.1/5.2.1.3: an updated plan or slip is simply sent again), so a document present in the new
 * send replaces the stored one, and a document the new send does not contain is left as it was.
 */
import { DELETION_CASCADES } from '../bundle/deletions.js';
import { type KindId, type RecordValues } from '../spec/kind.js';

/**
 * One part of a key: a field, optionally compared as a number (`numeric`: "01", "1" and "１" are
 * the same NO) or by its first characters (`prefix`: サービス種類 = the first 2 characters of the
 * サービスコード). `name` is the part's name in key objects (the field key unless derived).
 */
export interface KeyPart {
  readonly name: string;
  readonly field: string;
  readonly numeric?: boolean;
  readonly prefix?: number;
}

/** One level of a print-image hierarchy: its NO field and the cells written only on its first row. */
export interface CarryLevel {
  readonly no: string;
  readonly fields: readonly string[];
}

export interface KindKeys {
  /** `records`: the kind holds records to compare; `deletion`: its records are deletions to apply. */
  readonly role: 'records' | 'deletion';
  /** Fields (besides the user) naming the document a record belongs to. */
  readonly document: readonly KeyPart[];
  /** The record's natural key inside its document ([] = one record per document). */
  readonly record: readonly KeyPart[];
  /**
   * Print-image rows: NO fields left blank are carried forward from the row above (a changed NO
   * resets the deeper ones), and each level's cells left blank are carried from the row above
   * when it has the same NOs down to that level.
   */
  readonly carry?: readonly CarryLevel[];
  /** Fields that describe the sending rather than the content (see {@link STAMP_FIELDS}). */
  readonly stamp: readonly string[];
  /** The spec's reason for these keys. */
  readonly reason: string;
}

const part = (field: string, extra: Partial<KeyPart> = {}): KeyPart => ({ name: field, field, ...extra });

/** 保険者番号 + 被保険者番号: a user (the leading Nos.2 and 3 of every layout). */
export const USER_KEY: readonly KeyPart[] = [part('insurerNumber'), part('insuredNumber')];

/**
 * Fields every resend rewrites without the care manager changing anything: CSVバージョン, 作成年月日,
 * 更新業者コード, 識別子 (※使用しない). Changes confined to them are reported, flagged `stampOnly`.
 */
export const STAMP_FIELDS: readonly string[] = ['csvVersion', 'createdOn', 'updaterCode', 'identifier'];

const PLAN_DATE = [part('planDate')];
const TARGET_MONTH = [part('targetMonth')];
const CONSULTATION = [part('consultationDate')];
/** 第6表 (予定 and 実績): サービス利用日 × サービス事業者 (コード + サテライト枝番) × サービスコード × 明細判別コード. */
const TABLE6_LINE = [part('serviceDate'), part('serviceOfficeCode'), part('satelliteBranch'), part('serviceCode'), part('detailCode')];

/** Deletion kinds: the document they name is their cascade's key (DELETION_CASCADES), minus the user. */
const deletion = (kind: keyof typeof DELETION_CASCADES, reason: string): KindKeys => ({
  role: 'deletion',
  document: DELETION_CASCADES[kind].keys.filter((k) => k !== 'insurerNumber' && k !== 'insuredNumber').map((k) => part(k)),
  record: [],
  stamp: ['csvVersion'],
  reason,
});

export const KIND_KEYS: Readonly<Record<KindId, KindKeys>> = {
  // 1表: one record per user and 居宅サービス計画作成（変更）日 (No.14), the key that links 2表, 3表 and
  // 補足 to it (本文 2.3) and that DLT1KYO deletes by. A 変更 of the plan is a new document.
  UP1KYO: {
    role: 'records',
    document: PLAN_DATE,
    record: [],
    stamp: STAMP_FIELDS,
    reason: '本文 2.3: 1表 is one record per plan, keyed by 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日 (Nos.2, 3, 14).',
  },
  // 2表: one row per 援助内容; the (課題NO, 援助目標NO, 援助内容NO) triple is the print order and is
  // unique per plan. Rows mirror the printed form: repeated 課題/目標/期間 cells and NOs are blank
  // on following rows and are carried forward (as buildCarePlanTree does).
  UP2KYO: {
    role: 'records',
    document: PLAN_DATE,
    record: [part('issueNo', { numeric: true }), part('goalNo', { numeric: true }), part('supportNo', { numeric: true })],
    carry: [
      { no: 'issueNo', fields: ['issue'] },
      { no: 'goalNo', fields: ['longTermGoal', 'shortTermGoal', 'longTermPeriod', 'shortTermPeriod'] },
    ],
    stamp: STAMP_FIELDS,
    reason:
      'Layout note of 居宅サービス計画2表: rows sorted by 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ = print order, repeated 課題/目標 cells written on the first row only; linked to 1表 by Nos.2, 3, 5 (本文 2.3).',
  },
  // 3表: the weekly grid. A weekly service is a cell (曜日 × 開始時間); a daily activity is a row of
  // the 主な日常生活上の活動 column (its 開始時間); 週単位以外のサービス rows have neither and are
  // paired by content. Service content and end times are values of the cell, so their change is a
  // change, not a removal.
  UP3KYO: {
    role: 'records',
    document: PLAN_DATE,
    record: [part('weekday'), part('startTime'), part('activityStartTime')],
    stamp: STAMP_FIELDS,
    reason: '週間サービス計画表: cells of the 曜日 × 時間 grid; linked to 1表 by Nos.2, 3, 5 (本文 2.3). The spec names no row key.',
  },
  // 補足: one record per user and plan (No.4 作成（変更）日, No.63 = 000000) or per user and month
  // (No.63 対象年月, No.4 = 00000000); both fields together name the document (本文 2.3).
  UPHOSOKU: {
    role: 'records',
    document: [part('planDate'), part('targetMonth')],
    record: [],
    stamp: STAMP_FIELDS,
    reason: '本文 2.3: 補足 is linked to 1表 by 作成（変更）日 (対象年月 000000) or to 6表 by 対象年月 (作成（変更）日 00000000), one record per user.',
  },
  // 6表 予定: one month per user (the slip is resent whole, 本文 5.1.1.3); a line is a day's service
  // of one office: 明細判別コード numbers rows of the same サービスコード (福祉用具貸与), サテライト枝番
  // tells a satellite from its main office (same 事業所番号).
  UPPLAN: {
    role: 'records',
    document: TARGET_MONTH,
    record: TABLE6_LINE,
    stamp: STAMP_FIELDS,
    reason:
      '本文 2.3/5.1.1.3: 利用票 per user and 対象年月 (Nos.2, 3, 5); a row is サービス利用日 (No.10) × サービス事業者コード (No.20) + サテライト枝番 (No.22) × サービスコード (No.15) × 明細判別コード (No.19).',
  },
  // 6表 実績: sent and deleted per office and service type (本文 5.1.2.1/5.1.2.2), so a resend of one
  // office's type replaces only that part of the month.
  UPJSK: {
    role: 'records',
    document: [part('targetMonth'), part('serviceOfficeCode'), { name: 'serviceType', field: 'serviceCode', prefix: 2 }],
    record: TABLE6_LINE,
    stamp: STAMP_FIELDS,
    reason: '本文 5.1.2.1/5.1.2.2: 実績 are sent per サービス種類 + 事業所番号 and deleted per service type (DLTJSK Nos.4–6); rows as 6表 予定.',
  },
  // 7表: one row per office (+ satellite) × サービスコード, the 種類別小計 rows ({CD}AAAA/EEEE/ZZZZ)
  // and the 全合計 row (999999, office 9999999999) included: their codes are distinct.
  UPSIKYU: {
    role: 'records',
    document: TARGET_MONTH,
    record: [part('serviceOfficeCode'), part('satelliteBranch'), part('serviceCode')],
    stamp: STAMP_FIELDS,
    reason:
      'Layout of 第7表: one row per サービス事業所 (No.7, サテライト枝番 No.8) × サービスコード (No.9), 小計/全合計 rows by their codes; linked to 6表 by 対象年月 (本文 2.3).',
  },
  UPKIHON: {
    role: 'records',
    document: CONSULTATION,
    record: [],
    stamp: STAMP_FIELDS,
    reason: '本文 3.3: one record per user and 相談日 (Nos.2, 3, 4), the key of 別表1/別表2 and of DLTKIHON.',
  },
  // 別表1: the time schedule; a row is a 時間 of the day.
  UPKIHON_SUB1: {
    role: 'records',
    document: CONSULTATION,
    record: [part('time')],
    stamp: STAMP_FIELDS,
    reason: '別表1 １日の生活・すごし方: rows of a time schedule (時間, No.5); linked to 利用者基本情報 by 相談日 (本文 3.3).',
  },
  // 別表2: one row per illness (年月日 + 病名).
  UPKIHON_SUB2: {
    role: 'records',
    document: CONSULTATION,
    record: [part('onsetDate'), part('disease')],
    stamp: STAMP_FIELDS,
    reason: '別表2 現病歴・既往歴: one row per illness, 年月日 (No.5) + 病名 (No.6); linked by 相談日 (本文 3.3).',
  },
  UPYOBO: {
    role: 'records',
    document: PLAN_DATE,
    record: [],
    stamp: STAMP_FIELDS,
    reason: '本文 3.3: one record per user and 計画作成(変更)日 (Nos.2, 3, 4), the key of its 別表 and of DLTYOBO.',
  },
  // 介護予防 別表: one row per 課題NO × 支援計画NO × 利用サービスNO; the issue cells (Nos.6–9) are
  // written on the first row of an issue and the support-plan cells (Nos.11–13) on the first row
  // of a support plan only.
  UPYOBO_SUB: {
    role: 'records',
    document: PLAN_DATE,
    record: [part('issueNo', { numeric: true }), part('supportPlanNo', { numeric: true }), part('serviceNo', { numeric: true })],
    carry: [
      { no: 'issueNo', fields: ['overallIssue', 'goalProposal', 'userFamilyIntent', 'goal'] },
      { no: 'supportPlanNo', fields: ['supportPoints', 'selfCareInformal', 'insuredServices'] },
    ],
    stamp: STAMP_FIELDS,
    reason:
      'Layout note of the 別表: one row per 課題NO × 支援計画NO × 利用サービスNO (Nos.5, 10, 14), issue and support-plan cells on their first row only; linked by 計画作成(変更)日 (本文 3.3).',
  },
  DLT1KYO: deletion('DLT1KYO', '本文 2.3: deletes the plan (1表, 2表, 3表) of 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日.'),
  DLTPLAN: deletion('DLTPLAN', '本文 2.3/3.3: deletes the 第6表 予定 and 第7表 of 保険者番号 + 被保険者番号 + 削除対象年月.'),
  DLTJSK: deletion('DLTJSK', '本文 5.1.2.2: deletes the 実績 of one month, office and service type.'),
  DLTKIHON: deletion('DLTKIHON', '本文 3.3: deletes 利用者基本情報 and its 別表1/別表2 (and image) of one 相談日.'),
  DLTYOBO: deletion('DLTYOBO', '本文 3.3: deletes the 介護予防サービス・支援計画書 and its 別表 of one 計画作成(変更)日.'),
};

/** The order of kinds in reports: the spec's forms, 居宅 then 介護予防; deletions last. */
export const KIND_ORDER: readonly KindId[] = [
  'UP1KYO',
  'UP2KYO',
  'UP3KYO',
  'UPHOSOKU',
  'UPPLAN',
  'UPSIKYU',
  'UPJSK',
  'UPKIHON',
  'UPKIHON_SUB1',
  'UPKIHON_SUB2',
  'UPYOBO',
  'UPYOBO_SUB',
  'DLT1KYO',
  'DLTPLAN',
  'DLTJSK',
  'DLTKIHON',
  'DLTYOBO',
];

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** The comparable value of a key part: "01", "1" and "１" are one NO when `numeric`. */
export function keyValue(p: KeyPart, record: RecordValues): string {
  let v = record[p.field] ?? '';
  if (p.prefix !== undefined) v = v.slice(0, p.prefix);
  if (p.numeric) {
    const ascii = v.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    if (/^[0-9]+$/.test(ascii)) v = String(Number(ascii));
  }
  return v;
}

/** The value of a key part as written (its prefix for derived parts). */
export const keyDisplayValue = (p: KeyPart, record: RecordValues): string => {
  const v = record[p.field] ?? '';
  return p.prefix !== undefined ? v.slice(0, p.prefix) : v;
};

const SEP = '\u0000';
/** A NUL inside a value is doubled, so that the joined key is unambiguous. */
const esc = (v: string) => (v.includes(SEP) ? v.replaceAll(SEP, SEP + SEP) : v);

type KeyFn = (r: RecordValues) => string;

/** One function per key: plain fields are read directly, derived ones through keyValue. */
function compile(parts: readonly KeyPart[]): KeyFn {
  const get = parts.map((p): KeyFn => (p.numeric || p.prefix !== undefined ? (r) => keyValue(p, r) : (r) => r[p.field] ?? ''));
  if (get.length === 0) return () => '';
  if (get.length === 1) return (r) => esc(get[0]!(r));
  return (r) => {
    let s = esc(get[0]!(r));
    for (let i = 1; i < get.length; i++) s += SEP + '\u0001' + esc(get[i]!(r));
    return s;
  };
}

const USER_FN = compile(USER_KEY);
const DOCUMENT_FN = new Map<KindId, KeyFn>();
const RECORD_FN = new Map<KindId, KeyFn>();
const fnOf = (cache: Map<KindId, KeyFn>, kind: KindId, parts: readonly KeyPart[]) => {
  let fn = cache.get(kind);
  if (!fn) cache.set(kind, (fn = compile(parts)));
  return fn;
};

/** The user of a record, as one comparable string. */
export const userKeyOf = (record: RecordValues): string => USER_FN(record);
/** The document of a record inside its user, as one comparable string. */
export const documentKeyOf = (kind: KindId, record: RecordValues): string => fnOf(DOCUMENT_FN, kind, KIND_KEYS[kind].document)(record);
/** The natural key of a record inside its document, as one comparable string. */
export const recordKeyOf = (kind: KindId, record: RecordValues): string => fnOf(RECORD_FN, kind, KIND_KEYS[kind].record)(record);

/**
 * Fills the print-image blanks of one file's records (第2表, 介護予防 別表), in file order; other
 * kinds are returned as they are (the same array). Blank NOs take the NO of the row above (a new 課題NO clears the
 * carried 援助目標NO, exactly as buildCarePlanTree numbers rows); a blank cell of a level takes the
 * value of the row above when that row has the same non-blank NOs down to that level. Everything
 * restarts at each new user or document.
 */
export function fillPrintImage(kind: KindId, records: readonly RecordValues[]): RecordValues[] {
  const levels = KIND_KEYS[kind].carry;
  if (!levels) return records as RecordValues[];
  const out: RecordValues[] = [];
  let doc: string | undefined;
  let nos: string[] = [];
  let prev: Record<string, string> | undefined;
  for (const r of records) {
    const d = userKeyOf(r) + SEP + documentKeyOf(kind, r);
    if (d !== doc) {
      doc = d;
      nos = levels.map(() => '');
      prev = undefined;
    }
    const filled: Record<string, string> = { ...r };
    levels.forEach((level, i) => {
      const v = r[level.no] ?? '';
      if (v !== '') {
        if (v !== nos[i]) for (let j = i + 1; j < nos.length; j++) nos[j] = '';
        nos[i] = v;
      }
      filled[level.no] = nos[i]!;
    });
    levels.forEach((level, i) => {
      if (!prev) return;
      for (let j = 0; j <= i; j++) if (nos[j] === '' || prev[levels[j]!.no] !== nos[j]) return;
      for (const f of level.fields) if ((filled[f] ?? '') === '' && (prev[f] ?? '') !== '') filled[f] = prev[f]!;
    });
    out.push(filled);
    prev = filled;
  }
  return out;
}
