/**
 * 利用者補足情報 No.19 区分支給限度基準額 against the national limit of the 要介護状態区分 (No.18) in
 * the service month (dated table). Below it: a warning (a municipality may raise a limit, never
 * lower it); above it: information (上乗せ). 06 事業対象者 has no national limit: not compared.
 * The national value is never put in the issue: it would tell the care level (health information).
 */
import { benefitLimitPeriodFor, nationalBenefitLimit } from '../reference/benefit-limits.js';
import { defineRule, noFinding } from '../rule.js';
import { readUnitsText, serviceMonthOfHosoku } from './hosoku-units.js';

export const benefitLimitAgainstTable = defineRule({
  id: 'benefitLimitAgainstTable',
  description: {
    ja: '区分支給限度基準額は要介護状態区分の全国の基準額以上（上回るのは市町村の上乗せ）',
    en: 'The category benefit limit is at least the national limit of the care level (above it: a municipal increase)',
  },
  source: '居宅介護サービス費等区分支給限度基準額（平成12年厚生省告示第33号、令和元年10月改正）— src/spec/reference/benefit-limits.ts',
  kinds: ['UPHOSOKU'],
  reads: ['careLevel', 'benefitLimit', 'targetMonth', 'limitStartDate', 'planDate'],
  codes: ['RECORD_BENEFIT_LIMIT_BELOW_TABLE', 'RECORD_BENEFIT_LIMIT_ABOVE_TABLE'],
  check(r) {
    const limit = readUnitsText(r.benefitLimit);
    const month = serviceMonthOfHosoku(r);
    if (limit === undefined || month === undefined) return noFinding();
    const national = nationalBenefitLimit(r.careLevel, month);
    if (national === undefined || limit === national) return noFinding();
    const validFrom = benefitLimitPeriodFor(month)!.validFrom;
    return [
      { code: limit < national ? 'RECORD_BENEFIT_LIMIT_BELOW_TABLE' : 'RECORD_BENEFIT_LIMIT_ABOVE_TABLE', fieldKey: 'benefitLimit', params: { validFrom } },
    ];
  },
});
