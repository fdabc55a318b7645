/**
 * Fields the spec prints alike in several 介護予防 layouts, declared once here.
 *
 * 計画種類 (No.5) and 委託の有無 (No.6): printed alike in the layouts of 利用者基本情報 (UPKIHON) and
 * 介護予防サービス・支援計画書 (UPYOBO), declared once here.
 */
import { code, csvVersionField, insuredNumberField, insurerNumberField, yyyymmdd } from '../fields.js';
import { itakuUmu, keikakuShurui } from '../codelists/yobo.js';

export const preventivePlanKindFields = () =>
  [
    code(5, 'planKind', { ja: '計画種類', en: 'Plan kind' }, { length: 1, required: true, necessary: true, codes: keikakuShurui }),
    code(
      6,
      'outsourced',
      { ja: '委託の有無', en: 'Outsourced' },
      {
        length: 1,
        required: 'doubt',
        necessary: true,
        codes: itakuUmu,
        note: '地域包括支援センター及び居宅介護支援事業所のどちらの場合も記入',
        doubt:
          'Only one ○ is printed, to the right of the 必須/必要 pair, so 必須 is not certain; but the note says to fill it in either case: an empty value is FIELD_REQUIRED_DOUBTFUL (a warning).',
      },
    ),
  ] as const;

/**
 * Nos.1–4 of 利用者基本情報 別表1 and 別表2 (UPKIHON_SUB1/SUB2): the key of the UPKIHON record they
 * belong to (保険者番号 + 被保険者番号 + 相談日).
 */
export const kihonLinkFields = () =>
  [
    { ...csvVersionField(), necessary: true },
    { ...insurerNumberField(), necessary: true, note: '紐づく利用者基本情報レコードの保険者番号と同じ値' },
    { ...insuredNumberField(), necessary: true, note: '10桁。生保単独の場合は先頭H＋数字9桁。紐づく利用者基本情報レコードの被保険者番号と同じ値' },
    yyyymmdd(
      4,
      'consultationDate',
      { ja: '相談日', en: 'Consultation date' },
      { length: 8, required: true, necessary: true, note: 'YYYYMMDD。紐づく利用者基本情報レコードの相談日と同じ値' },
    ),
  ] as const;
