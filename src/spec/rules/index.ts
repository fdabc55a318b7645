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
];

export type { FileRule, RecordRule, Rule };
