/** Reading the unit counts of 利用者補足情報 (their format is not stated: written as text). */

/** A unit count written as digits, with thousands commas or a trailing 単位 tolerated; undefined otherwise. */
export function readUnitsText(v: string): number | undefined {
  const s = v.replace(/,/g, '').replace(/単位$/, '').trim();
  return /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

/**
 * The service month a 利用者補足情報 record speaks of: 対象年月 (No.63) when it names one (6・7表);
 * else (1〜3表) the later of the months of 居宅サービス計画作成（変更）日 (No.4) and 限度額適用開始年月日
 * (No.14): a limit that started years ago is the one in force at the plan date.
 */
export function serviceMonthOfHosoku(r: { readonly targetMonth: string; readonly limitStartDate: string; readonly planDate: string }): string | undefined {
  const month = (v: string) => (/^\d{6}$/.test(v) && v !== '000000' && Number(v.slice(4)) >= 1 && Number(v.slice(4)) <= 12 ? v : undefined);
  const named = month(r.targetMonth);
  if (named) return named;
  const candidates = [month(r.planDate.slice(0, 6)), month(r.limitStartDate.slice(0, 6))].filter((m): m is string => m !== undefined);
  return candidates.length ? candidates.reduce((a, b) => (a > b ? a : b)) : undefined;
}
