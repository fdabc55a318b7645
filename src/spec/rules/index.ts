/**
 * Every rule of the standard, in the order they run. A rule lists the kinds it applies to; this
 * registry attaches each rule to its kinds and fails at load when a rule reads a field that one
 * of its kinds lacks. To add a rule: one module in this folder, one line here.
 */
import type { FileRule, RecordRule, Rule } from '../rule.js';
import { detailCodeOnlyForRental } from './detail-code-only-for-rental.js';
import { linkedToOneUnit } from './hosoku-linked-to-one-unit.js';
import { planItemNumbersUnique } from './plan-item-numbers-unique.js';
import { rentalNeedsTaisOrNotificationCode } from './rental-needs-tais.js';
import { serviceTypeInScope } from './service-type-in-scope.js';
import { startAndEndTimeAgree } from './start-end-time-agree.js';
import { summaryRowFixedFields } from './summary-row-fixed-fields.js';
import { totalRowOfficeCode } from './total-row-office.js';
import { serviceDateInMonth } from './service-date-in-month.js';
import { proratedDaysInMonth } from './prorated-days-in-month.js';
import { detailCodesNumbered } from './detail-codes-numbered.js';
import { typeLimitSlots } from './type-limit-slots.js';
import { dependentFieldsFilled } from './dependent-fields-filled.js';
import { yoboSubNumbering } from './yobo-sub-numbering.js';
import { yoboSubContinuationRows } from './yobo-sub-continuation-rows.js';
import { familyImageNamesDistinct } from './family-image-names-distinct.js';
import { benefitLimitAgainstTable } from './hosoku-benefit-limit.js';
import { typeLimitSlotArithmetic } from './hosoku-type-limit-slots.js';
import { table7UnitAmount } from './table7/unit-amount.js';
import { table7DiscountedUnits } from './table7/discounted-units.js';
import { table7LimitSplit } from './table7/limit-split.js';
import { table7TotalCost } from './table7/total-cost.js';
import { table7Copay } from './table7/copay.js';
import { table7FullCost } from './table7/full-cost.js';
import { table7PriceAndRate } from './table7/unit-price.js';
import { table7Claim } from './table7/claim.js';
import { table7Subtotals } from './table7/subtotals.js';
import { table7SubtotalRows } from './table7/subtotal-rows.js';
import { table7GrandTotalRow } from './table7/grand-total-row.js';
import { table7GrandTotal } from './table7/grand-total.js';
import { table7OutsideLimitCosted } from './table7/outside-limit-costed.js';
import { table7UserRowsTogether } from './table7/user-rows-together.js';

export const RULES: readonly Rule[] = [
  rentalNeedsTaisOrNotificationCode,
  detailCodeOnlyForRental,
  startAndEndTimeAgree,
  serviceTypeInScope,
  totalRowOfficeCode,
  summaryRowFixedFields,
  linkedToOneUnit,
  planItemNumbersUnique,
  serviceDateInMonth,
  proratedDaysInMonth,
  detailCodesNumbered,
  typeLimitSlots,
  dependentFieldsFilled,
  yoboSubNumbering,
  yoboSubContinuationRows,
  familyImageNamesDistinct,
  // 第7表 arithmetic (issue 13 §1): per row, then per user (subtotals, grand total).
  table7UnitAmount,
  table7DiscountedUnits,
  table7LimitSplit,
  table7TotalCost,
  table7Copay,
  table7FullCost,
  table7PriceAndRate,
  table7Claim,
  table7Subtotals,
  table7SubtotalRows,
  table7GrandTotalRow,
  table7GrandTotal,
  table7OutsideLimitCosted,
  table7UserRowsTogether,
  // 利用者補足情報: limits (issue 13 §2).
  benefitLimitAgainstTable,
  typeLimitSlotArithmetic,
];

export type { FileRule, RecordRule, Rule };
