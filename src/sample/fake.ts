/**
 * Japanese fake data for the sample generator: names with katakana readings, addresses, telephone
 * numbers, postal codes, office names and free text. Everything is composed at random from
 * generic parts; no entry describes a real person.
 *
 * Free text deliberately carries what a CSV writer must survive: half-width commas, `"`, CRLF
 * line breaks and MS932 extension characters (NEC special ①Ⅲ㈱, IBM extensions 髙﨑).
 */
import type { Rng } from './random.js';

export interface PersonName {
  readonly family: string;
  readonly given: string;
  readonly familyKana: string;
  readonly givenKana: string;
}

export const fullName = (n: PersonName): string => `${n.family}　${n.given}`;
export const fullKana = (n: PersonName): string => `${n.familyKana}　${n.givenKana}`;

const FAMILY: readonly (readonly [string, string])[] = [
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['髙橋', 'タカハシ'],
  ['田中', 'タナカ'],
  ['伊藤', 'イトウ'],
  ['渡辺', 'ワタナベ'],
  ['山本', 'ヤマモト'],
  ['中村', 'ナカムラ'],
  ['小林', 'コバヤシ'],
  ['加藤', 'カトウ'],
  ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'],
  ['佐々木', 'ササキ'],
  ['山﨑', 'ヤマサキ'],
  ['松本', 'マツモト'],
  ['井上', 'イノウエ'],
  ['木村', 'キムラ'],
  ['清水', 'シミズ'],
  ['森', 'モリ'],
  ['池田', 'イケダ'],
];

const GIVEN_FEMALE: readonly (readonly [string, string])[] = [
  ['花子', 'ハナコ'],
  ['幸子', 'サチコ'],
  ['和子', 'カズコ'],
  ['節子', 'セツコ'],
  ['洋子', 'ヨウコ'],
  ['恵子', 'ケイコ'],
  ['美代子', 'ミヨコ'],
  ['千代', 'チヨ'],
  ['久美子', 'クミコ'],
  ['トミ', 'トミ'],
];

const GIVEN_MALE: readonly (readonly [string, string])[] = [
  ['太郎', 'タロウ'],
  ['一郎', 'イチロウ'],
  ['茂', 'シゲル'],
  ['清', 'キヨシ'],
  ['勇', 'イサム'],
  ['博', 'ヒロシ'],
  ['実', 'ミノル'],
  ['正男', 'マサオ'],
  ['進', 'ススム'],
  ['武', 'タケシ'],
];

/** A fake name; sex '1' = 男性, '2' = 女性 (the spec's 性別 codes). */
export function personName(rng: Rng, sex: '1' | '2', family?: PersonName): PersonName {
  const [f, fk] = family ? [family.family, family.familyKana] : rng.pick(FAMILY);
  const [g, gk] = rng.pick(sex === '1' ? GIVEN_MALE : GIVEN_FEMALE);
  return { family: f, given: g, familyKana: fk, givenKana: gk };
}

const WARDS = ['練馬区', '杉並区', '世田谷区', '板橋区', '足立区', '江戸川区', '大田区', '北区'];
const TOWNS = ['ひかり町', 'さくら台', 'みどり町', '青葉台', '若葉町', '桜ケ丘', '緑が丘', '旭町', '本町', '栄町'];
const BUILDINGS = ['コーポ青葉', 'メゾン桜', 'ハイツみどり', 'グランシティ若葉', 'サンハイム旭'];

export interface Address {
  readonly postalCode: string;
  /** 都道府県〜番地. */
  readonly line1: string;
  /** Building and room, or empty. */
  readonly line2: string;
}

export function address(rng: Rng): Address {
  const postalCode = `1${rng.digits(2)}-${rng.digits(4)}`;
  const line1 = `東京都${rng.pick(WARDS)}${rng.pick(TOWNS)}${rng.int(1, 5)}丁目${rng.int(1, 30)}番${rng.int(1, 20)}号`;
  const line2 = rng.chance(0.5) ? `${rng.pick(BUILDINGS)}${rng.int(1, 5)}${String(rng.int(1, 12)).padStart(2, '0')}号室` : '';
  return { postalCode, line1, line2 };
}

/**
 * The first user's address carries a note in 住所２, as the spec warns that address fields may
 * hold other information (送り元の介護ソフトの事情による): a line break, a comma, quotes and
 * extension characters.
 */
export function awkwardAddress(a: Address): Address {
  return { ...a, line2: `${a.line2 || 'コーポ青葉101号室'}\r\n※ 訪問時は裏口から, 表札は "髙﨑" 様方` };
}

/** A Tokyo landline (03-1234-5678) or a mobile number (090-1234-5678). */
export function phoneNumber(rng: Rng, mobile = false): string {
  return mobile ? `${rng.pick(['080', '090'])}-${rng.digits(4)}-${rng.digits(4)}` : `03-${rng.int(3, 6)}${rng.digits(3)}-${rng.digits(4)}`;
}

const RELATIONS = ['長男', '長女', '次男', '次女', '妻', '夫', '長男の妻', '姪'];
export const relation = (rng: Rng): string => rng.pick(RELATIONS);

const CLINICS = ['ひかりクリニック', 'さくら内科医院', 'みどり整形外科', '青葉総合病院', '髙木医院', '若葉ファミリークリニック'];
export const clinicName = (rng: Rng): string => rng.pick(CLINICS);

const OFFICE_WORDS = ['ひまわり', 'あおば', 'さくら', 'こもれび', 'ひだまり', 'みどり', 'わかば', 'すずらん'];
const OFFICE_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  '43': ['ケアプランセンター{w}', '㈱{w}ケア 居宅介護支援事業所', '{w}居宅介護支援センター'],
  '11': ['{w}訪問介護ステーション', 'ヘルパーステーション{w}'],
  '13': ['訪問看護ステーション{w}'],
  '15': ['デイサービスセンター{w}', '{w}デイサービス'],
  '17': ['㈱{w}福祉用具', '㈱{w}ケア用品レンタル'],
  '67': ['㈱{w}福祉用具', '㈱{w}ケア用品レンタル'],
  '78': ['地域密着型デイサービス{w}', 'リハビリデイ{w}'],
  A2: ['訪問型サービス{w}', '{w}ホームヘルプ'],
  A6: ['通所型サービス{w}', '{w}デイ'],
};

/** A fake office name for a サービス種類 (or a generic one). */
export function officeName(rng: Rng, serviceType: string): string {
  const patterns = OFFICE_PATTERNS[serviceType] ?? ['{w}介護サービス'];
  return rng.pick(patterns).replace('{w}', rng.pick(OFFICE_WORDS));
}

/**
 * The awkward bits a free-text field must carry through a CSV round trip: half-width comma,
 * half-width quote, CRLF, and MS932 extension characters (① Ⅲ ㈱ 髙 﨑).
 */
export const AWKWARD_TEXT =
  '本人より "できることは自分で" との希望あり, 家族も同意。\r\n①転倒予防 ②服薬管理 ③栄養改善（障害Ⅲ度の記載は㈱髙﨑メディカルの資料による）';

const AWKWARD_TAILS = [
  ', 詳細は別紙参照。',
  '\r\n※ 本人の意向を再確認すること。',
  ' "様子見" とする。',
  ' ①②③の順に実施。',
  '（㈱の担当者と調整済み）',
  '（記録: 髙木）',
  '（山﨑さんより聞き取り）',
  '（様式Ⅲ参照）',
];

/** Free text: a base sentence, sometimes followed by an awkward tail (comma, quote, CRLF, extension characters). */
export function freeText(rng: Rng, base: string, awkward = 0.35): string {
  return rng.chance(awkward) ? base + rng.pick(AWKWARD_TAILS) : base;
}
