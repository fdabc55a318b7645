/**
 * 第7表 No.23 単位数単価 and No.25 給付率 in plausible ranges: 10.00–11.40 yen (every price of the
 * 地域区分 × 人件費割合 grid), one of the prices of the service type's column (info: the office's
 * 地域区分 is not in the file), and a 給付率 of 0–100.
 */
import { UNIT_PRICE_RANGE, unitPriceGridFor, unitPricesFor } from '../../reference/unit-prices.js';
import { defineRule, type Finding } from '../../rule.js';
import { n, priceText, readInt, readPrice } from './model.js';

const MIN = readPrice(UNIT_PRICE_RANGE.min) as number;
const MAX = readPrice(UNIT_PRICE_RANGE.max) as number;

export const table7PriceAndRate = defineRule({
  id: 'table7PriceAndRate',
  description: {
    ja: '単位数単価は10.00〜11.40円（サービス種類の人件費割合の地域区分別単価）、給付率は0〜100',
    en: 'Price per unit 10.00–11.40 yen (an area price of the service type), benefit rate 0–100',
  },
  source: '厚生労働大臣が定める一単位の単価（平成27年告示; src/spec/reference/unit-prices.ts, dated); 第7表 No.25 給付率 (percent)',
  kinds: ['UPSIKYU'],
  reads: ['serviceCode', 'targetMonth', 'unitPrice', 'benefitRate'],
  codes: ['RECORD_UNIT_PRICE_RANGE', 'RECORD_UNIT_PRICE_NOT_IN_TABLE', 'RECORD_BENEFIT_RATE_RANGE'],
  check(r) {
    const out: Finding<'RECORD_UNIT_PRICE_RANGE' | 'RECORD_UNIT_PRICE_NOT_IN_TABLE' | 'RECORD_BENEFIT_RATE_RANGE'>[] = [];
    const price = n(readPrice(r.unitPrice));
    if (price !== null) {
      if (price < MIN || price > MAX)
        out.push({ code: 'RECORD_UNIT_PRICE_RANGE', fieldKey: 'unitPrice', params: { min: UNIT_PRICE_RANGE.min, max: UNIT_PRICE_RANGE.max } });
      else {
        const type = r.serviceCode.slice(0, 2);
        const column = unitPricesFor(type, r.targetMonth);
        if (column && !column.prices.includes(priceText(price)))
          out.push({
            code: 'RECORD_UNIT_PRICE_NOT_IN_TABLE',
            fieldKey: 'unitPrice',
            params: { serviceType: type, expected: column.prices.join(', '), validFrom: unitPriceGridFor(r.targetMonth)!.validFrom },
          });
      }
    }
    const rate = n(readInt(r.benefitRate));
    if (rate !== null && (rate < 0 || rate > 100)) out.push({ code: 'RECORD_BENEFIT_RATE_RANGE', fieldKey: 'benefitRate' });
    return out;
  },
});
