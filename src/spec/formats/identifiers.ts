/** Identifier formats: 事業所番号, サービス種類, 被保険者番号, 郵便番号, サービスコード, TAISコード, 電話番号. */
import { SERVICE_TYPES } from '../codelists/service-types.js';
import { defineFormat, type Random } from '../format.js';
import { RENTAL_SERVICE_TYPES, SUBTOTAL_SUFFIXES, TOTAL_SERVICE_CODE } from '../service-codes.js';
import { allDigits, allUpperAlnum, isDigit, isInsuredNumber, isTimestamp14, pad } from './chars.js';

const UPPER_ALNUM = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const digitRun = (r: Random, length: number) => Array.from({ length }, () => String(r.int(0, 9))).join('');
const alnumRun = (r: Random, length: number) => Array.from({ length }, () => r.pick(UPPER_ALNUM)).join('');
const FULLWIDTH_DASH = 0xff0d;

export const officeCode = defineFormat({
  id: 'officeCode',
  label: { ja: '事業所番号（数字10桁）', en: 'office number (10 digits)' },
  fixedWidth: true,
  check: (v) => (v.length === 10 && allDigits(v) ? null : { code: 'FIELD_INVALID_OFFICE_CODE' }),
  jsonSchema: () => ({ pattern: '^[0-9]{10}$' }),
  sample: (r) => digitRun(r, 10),
});

/** Mostly the spec's own list, sometimes any two upper-case alphanumerics. */
const sampleServiceType = (r: Random) => (r.int(0, 4) > 0 ? r.pick(Object.keys(SERVICE_TYPES)) : alnumRun(r, 2));

export const serviceType = defineFormat({
  id: 'serviceType',
  label: { ja: 'サービス種類（英数字2桁）', en: 'service type (2 alphanumerics)' },
  fixedWidth: true,
  check: (v) => (v.length === 2 && allUpperAlnum(v) ? null : { code: 'FIELD_INVALID_SERVICE_TYPE' }),
  jsonSchema: () => ({ pattern: '^[0-9A-Z]{2}$' }),
  sample: sampleServiceType,
});

export const insuredNumber = defineFormat({
  id: 'insuredNumber',
  label: { ja: '被保険者番号（数字10桁、生保単独はH＋9桁）', en: 'insured number (10 digits, or H + 9)' },
  fixedWidth: true,
  check: (v) => (isInsuredNumber(v) ? null : { code: 'FIELD_INVALID_INSURED_NUMBER' }),
  jsonSchema: () => ({ pattern: '^([0-9]{10}|H[0-9]{9})$' }),
  sample: (r) => (r.int(0, 3) > 0 ? digitRun(r, 10) : `H${digitRun(r, 9)}`),
});

export const postalCode = defineFormat({
  id: 'postalCode',
  label: { ja: 'XXX-XXXX', en: 'XXX-XXXX' },
  fixedWidth: true,
  check: (v) => (v.length === 8 && v.charCodeAt(3) === 45 && allDigits(v, 0, 3) && allDigits(v, 4, 8) ? null : { code: 'FIELD_INVALID_POSTAL_CODE' }),
  jsonSchema: () => ({ pattern: '^[0-9]{3}-[0-9]{4}$' }),
  sample: (r) => `${digitRun(r, 3)}-${digitRun(r, 4)}`,
});

/** Service codes of every row type: ordinary lines, the 17/67 rental lines, subtotals, the grand total. */
function sampleServiceCode(r: Random): string {
  switch (r.pick([0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 4])) {
    case 0:
      return sampleServiceType(r) + digitRun(r, 4);
    case 1:
      return r.pick([...RENTAL_SERVICE_TYPES]) + digitRun(r, 4);
    case 2:
      return sampleServiceType(r) + r.pick(Object.values(SUBTOTAL_SUFFIXES));
    case 3:
      return TOTAL_SERVICE_CODE;
    default:
      return alnumRun(r, 6);
  }
}

export const serviceCode = defineFormat({
  id: 'serviceCode',
  label: { ja: 'サービスコード（英数字6桁）', en: 'service code (6 alphanumerics)' },
  fixedWidth: true,
  check: (v) => (v.length === 6 && allUpperAlnum(v) ? null : { code: 'FIELD_INVALID_SERVICE_CODE' }),
  jsonSchema: () => ({ pattern: '^[0-9A-Z]{6}$' }),
  sample: sampleServiceCode,
});

/**
 * TAISコード / 福祉用具届出コード: 5 + separator + 6 characters (例 00001-000010). TAIS codes are
 * digits; the spec gives no other rule for 届出コード, so upper-case letters are accepted too
 * rather than rejecting a code format we have not seen. A full-width dash is only a warning.
 */
export const taisCode = defineFormat({
  id: 'taisCode',
  label: { ja: '00001-000010', en: '00001-000010' },
  fixedWidth: true,
  check: (v) => {
    if (v.length === 12 && allUpperAlnum(v, 0, 5) && allUpperAlnum(v, 6, 12)) {
      const sep = v.charCodeAt(5);
      if (sep === 45) return null;
      if (sep === FULLWIDTH_DASH) return { code: 'FIELD_TAIS_FULLWIDTH_DASH' };
    }
    return { code: 'FIELD_INVALID_TAIS_CODE' };
  },
  // The full-width dash is a warning, not an error: the schema accepts it.
  jsonSchema: () => ({ pattern: '^[0-9A-Z]{5}[-\uFF0D][0-9A-Z]{6}$' }),
  sample: (r) => `${digitRun(r, 5)}-${digitRun(r, 6)}`,
});

const PHONE_SYMBOLS = new Set([45, 40, 41, 43, 32]); // - ( ) + space

/** No format is stated: digits, hyphens, brackets, plus and spaces; anything else is a warning. */
export const phone = defineFormat({
  id: 'phone',
  label: { ja: '電話番号（書式の定めなし）', en: 'phone (no format stated)' },
  fixedWidth: false,
  check: (v) => {
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (!isDigit(c) && !PHONE_SYMBOLS.has(c)) return { code: 'FIELD_INVALID_PHONE' };
    }
    return null;
  },
  jsonSchema: () => ({}),
  sample: (r, f) => {
    const max = f.length ?? 15;
    const number = `${digitRun(r, r.int(2, 4))}-${digitRun(r, r.int(2, 4))}-${digitRun(r, 4)}`;
    return number.length <= max ? number : digitRun(r, Math.min(10, max));
  },
});

/**
 * The segments of a 家族構成 image name (利用者基本情報 No.62 ■命名規則), after `UPKIHON_IMAGE_`:
 * the same segments as the UPKIHON_IMAGE file-name pattern (spec/kinds/upkihon-image.ts; a test
 * checks that both agree on every name).
 */
const IMAGE_PREFIX = 'UPKIHON_IMAGE_';
const IMAGE_SEGMENTS = [
  { width: 10, ok: allUpperAlnum },
  { width: 2, ok: allUpperAlnum },
  { width: 10, ok: allUpperAlnum },
  { width: 2, ok: allUpperAlnum },
  { width: 14, ok: (v: string) => isTimestamp14(v) },
  { width: 4, ok: allDigits },
] as const;

/** A 家族構成 image name: `UPKIHON_IMAGE_送信元10_種類2_送信先10_種類2_YYYYMMDDHHMMSS_枝番4.jpg` (extension in any case). */
export function isImageFileName(v: string): boolean {
  if (!v.startsWith(IMAGE_PREFIX)) return false;
  const dot = v.lastIndexOf('.');
  if (dot < 0 || v.slice(dot + 1).toUpperCase() !== 'JPG') return false;
  const parts = v.slice(IMAGE_PREFIX.length, dot).split('_');
  return parts.length === IMAGE_SEGMENTS.length && IMAGE_SEGMENTS.every((s, i) => parts[i]!.length === s.width && s.ok(parts[i]!));
}

/** 利用者基本情報 No.62: the name of a 家族構成 image. A wrong form is a warning (strict: an error). */
export const imageFileName = defineFormat({
  id: 'imageFileName',
  label: { ja: '画像ファイル名（UPKIHON_IMAGE_…_枝番4桁.jpg）', en: 'image file name (UPKIHON_IMAGE_…_NNNN.jpg)' },
  fixedWidth: false,
  check: (v) => (isImageFileName(v) ? null : { code: 'FIELD_INVALID_IMAGE_NAME' }),
  // A wrong form is only a warning: the schema does not refuse it.
  jsonSchema: () => ({}),
  sample: (r) =>
    `${IMAGE_PREFIX}${digitRun(r, 10)}_${sampleServiceType(r)}_${digitRun(r, 10)}_${sampleServiceType(r)}_${2025 + r.int(1, 9)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${pad(r.int(0, 23), 2)}${pad(r.int(0, 59), 2)}${pad(r.int(0, 59), 2)}_${pad(r.int(1, 9999), 4)}.jpg`,
});
