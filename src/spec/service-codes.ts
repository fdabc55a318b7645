/**
 * Facts about サービスコード that the rules share: the service type is its first two characters,
 * 17/67 are 福祉用具貸与, and 第7表 writes subtotal and total rows with pseudo service codes.
 */

/** The two-character types made so far, by their ASCII codes (rules ask once per record: no new string each time). */
const TYPES: (string | undefined)[] = new Array<string | undefined>(128 * 128).fill(undefined);

/** サービス種類 of a サービスコード: its first two characters. */
export const serviceTypeOf = (serviceCode: string): string => {
  const a = serviceCode.charCodeAt(0);
  const b = serviceCode.charCodeAt(1);
  if (!(a < 128 && b < 128)) return serviceCode.slice(0, 2); // shorter than 2, or not ASCII (NaN fails too)
  const at = (a << 7) | b;
  return (TYPES[at] ??= serviceCode.slice(0, 2));
};

/** サービス種類コード 43 居宅介護支援: the care management office in file names (本文 2.4 例: UP1KYO_…_43_…). */
export const CARE_PLANNING_SERVICE_TYPE = '43';

/** 福祉用具貸与 (17) and 介護予防福祉用具貸与 (67). */
export const RENTAL_SERVICE_TYPES: ReadonlySet<string> = new Set(['17', '67']);
export const isRentalServiceType = (type: string): boolean => RENTAL_SERVICE_TYPES.has(type);

/** 第7表 No.9: 種類別小計 {CD}AAAA (区分支給対象), {CD}EEEE (区分支給対象外), {CD}ZZZZ (30日超過分). */
export const SUBTOTAL_SUFFIXES = { limited: 'AAAA', unlimited: 'EEEE', over30Days: 'ZZZZ' } as const;
const SUFFIXES: ReadonlySet<string> = new Set(Object.values(SUBTOTAL_SUFFIXES));
/** 第7表 No.9: 全合計 ALL9 (999999), with サービス事業所コード (No.7) ALL9 (9999999999). */
export const TOTAL_SERVICE_CODE = '999999';
export const TOTAL_OFFICE_CODE = '9999999999';

/** 種類別小計 (CD+AAAA/EEEE/ZZZZ) or 全合計 (999999) rows of 第7表. */
export const isSummaryServiceCode = (code: string): boolean => code === TOTAL_SERVICE_CODE || (code.length === 6 && SUFFIXES.has(code.slice(2)));
