/**
 * 区分支給限度基準額 (category benefit limits, units per month) by 要介護状態区分 code of the
 * library's code list `yokaigoJotaiKubun` (src/codelists/kyotaku.ts), dated.
 *
 * Dated data of the spec layer, imports nothing (research notes: research/reference-data.md).
 * Checks use only the periods whose confidence is not 'low'; the older period is kept as a record.
 *
 * Legal source (title): 「居宅介護サービス費等区分支給限度基準額及び介護予防サービス費等区分支給
 * 限度基準額」(平成12年2月10日厚生省告示第33号), as amended. The amending 告示 numbers were NOT
 * verified (see `source.uncertain`). The values were checked against several municipal pages that
 * print the old and new values side by side (URLs below).
 *
 * '06' 事業対象者 has no national value: the municipality sets it (介護予防・日常生活支援総合事業).
 * The checks must skip it.
 */

export type CareLevelCode = '06' | '12' | '13' | '21' | '22' | '23' | '24' | '25';

export interface BenefitLimitPeriod {
  /** First service month the values apply to, YYYYMM (inclusive). */
  readonly validFrom: string;
  /** Last service month, YYYYMM (inclusive); null = still in force as far as known. */
  readonly validTo: string | null;
  /** Units per month; null = not set nationally. */
  readonly units: Readonly<Record<CareLevelCode, number | null>>;
  readonly source: {
    readonly title: string;
    readonly urls: readonly string[];
    /** What was not verified. */
    readonly uncertain?: string;
  };
  /** How sure the values are. */
  readonly confidence: 'high' | 'medium' | 'low';
}

export const BENEFIT_LIMITS: readonly BenefitLimitPeriod[] = [
  {
    validFrom: '200604',
    validTo: '201403',
    units: { '06': null, '12': 4970, '13': 10400, '21': 16580, '22': 19480, '23': 26750, '24': 30600, '25': 35830 },
    source: {
      title: '居宅介護サービス費等区分支給限度基準額及び介護予防サービス費等区分支給限度基準額（平成12年厚生省告示第33号）平成18年4月改正後',
      urls: ['http://cmc.ne.jp/fp/menu/contents/02006.html'],
      uncertain:
        'Values from one secondary page (2010). Start 2006-04 (要支援1/2 introduced) is from memory. Not needed for CSV data (the CSV standard starts with service month 2020-03).',
    },
    confidence: 'low',
  },
  {
    validFrom: '201404',
    validTo: '201909',
    units: { '06': null, '12': 5003, '13': 10473, '21': 16692, '22': 19616, '23': 26931, '24': 30806, '25': 36065 },
    source: {
      title: '同告示 平成26年4月改正後（消費税率8%への引上げに伴う改定）',
      urls: [
        'https://www.city.sakai.lg.jp/smph/kenko/fukushikaigo/kaigo/kaigohoken/kaigoservice/gendogaku.html',
        'https://www.city.kasugai.lg.jp/shimin/fukushi/kaigo/1018339.html',
        'https://www.city.musashino.lg.jp/kenko_fukushi/koureisha_fukushi/kaigohoken/oshirase/1024817.html',
      ],
      uncertain:
        'Values are certain (three municipal pages print them as 「令和元年9月まで」, and MHLW 記載例33-1 uses 要介護3 = 26,931). The start month 2014-04 is from memory.',
    },
    confidence: 'high',
  },
  {
    validFrom: '201910',
    validTo: null,
    units: { '06': null, '12': 5032, '13': 10531, '21': 16765, '22': 19705, '23': 27048, '24': 30938, '25': 36217 },
    source: {
      title: '同告示 令和元年10月改正後（消費税率10%への引上げに伴う改定）',
      urls: [
        'https://www.city.sakai.lg.jp/smph/kenko/fukushikaigo/kaigo/kaigohoken/kaigoservice/gendogaku.html',
        'https://www.city.kasugai.lg.jp/shimin/fukushi/kaigo/1018339.html',
        'https://www.city.musashino.lg.jp/kenko_fukushi/koureisha_fukushi/kaigohoken/oshirase/1024817.html',
        'http://www.city.ichikawa.lg.jp/wel03/1111000018.html',
        'https://www.pref.fukuoka.lg.jp/contents/kubunshikyuugenndogaku.html',
        'https://www.city.meguro.tokyo.jp/kaigohoken/kenkoufukushi/koureisha/kubunsikyugendogaku.html',
      ],
      uncertain:
        'The amending 告示 number was not verified. Unchanged by the 令和3年度 and 令和6年度 介護報酬改定 as far as known; validTo is open: re-check against any later 告示 (e.g. a 令和8年度 or 令和9年度 改定).',
    },
    confidence: 'high',
  },
];

/**
 * The period of national limits in force in a service month (YYYYMM), skipping the periods whose
 * values are not certain enough for a check ('low'); undefined before the first usable period.
 *
 * @example
 * ```ts
 * import { benefitLimitPeriodFor } from 'careplan-csv';
 *
 * const period = benefitLimitPeriodFor('202505'); // the limits in force for May 2025
 * console.log(period?.validFrom, period?.units['23']); // 要介護3
 * ```
 */
export function benefitLimitPeriodFor(month: string): BenefitLimitPeriod | undefined {
  return BENEFIT_LIMITS.find((p) => p.confidence !== 'low' && p.validFrom <= month && (p.validTo === null || month <= p.validTo));
}

/** The national 区分支給限度基準額 of a care level in a service month; undefined for 06 (municipal) or an unknown level/month.  *
 * @example
 * ```ts
 * import { nationalBenefitLimit } from 'careplan-csv';
 *
 * nationalBenefitLimit('25', '202505'); // 要介護5 in May 2025: 36217
 * nationalBenefitLimit('06', '202505'); // 事業対象者: undefined (set by the municipality)
 * ```
 */
export function nationalBenefitLimit(careLevel: string, month: string): number | undefined {
  const period = benefitLimitPeriodFor(month);
  if (!period || !Object.hasOwn(period.units, careLevel)) return undefined;
  return period.units[careLevel as CareLevelCode] ?? undefined;
}
