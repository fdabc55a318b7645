/**
 * What to do about each issue, in plain English (the Japanese advice, advice-ja.ts, comes first).
 * A new code needs a line here (the compiler and test/core/advice.test.ts say so).
 */
import type { Advice } from './types.js';
import { kindLabel, kindsLabel } from '../words.js';

const SJIS = "Set the character encoding to Shift_JIS (MS932) in the software's export settings and export the file again";
const RE_EXPORT = 'Export the file again from the care software; opening and saving it in Excel or another program changes its format';
const FIX_IN_SOFT = 'Correct this field in the care software, then export the file again';
const VENDOR = "Probably a fault in the software's export: tell its support desk what this report says";
/** 第7表 arithmetic: the amounts come from the care software's calculation, not from typing. */
const RECALC =
  'Recalculate table 7 (service use slip appendix) in the care software and export again; also check that no amount or unit count was edited by hand';
/** A finding on a doubtful reading of the spec: the file may well be right. */
const MAY_BE_RIGHT = 'the file may well be right (the spec is unclear here, so this is only a warning)';

export const adviceEn = {
  ENCODING_INVALID_BYTES: `${SJIS}. Also check for garbled characters in the input`,
  ENCODING_GAIJI: 'User-defined characters (gaiji) cannot be sent: replace them with ordinary kanji or kana in the care software',
  ENCODING_UNREPRESENTABLE_CHAR: 'Replace the character (an emoji, a rare variant…) with a similar ordinary one',
  ENCODING_UTF8_INPUT: SJIS,
  ENCODING_UTF8_BOM: `${SJIS}. Files saved by Excel as "CSV UTF-8" cannot be sent`,
  ENCODING_CONTROL_CHARACTER: 'An invisible control character is in the text (often from copy and paste): type the field again in the care software',
  ENCODING_CHAR_NORMALIZED: 'Nothing to do: a look-alike character was written as its Shift_JIS form',
  ENCODING_NON_CANONICAL_BYTES: 'Nothing to do (receivers read the same characters)',
  CSV_LF_LINE_ENDING: 'Nothing to do; if you like, set the line ending to CRLF in the export settings',
  CSV_CR_LINE_ENDING: 'Set the line ending to CRLF in the export settings',
  CSV_NO_FINAL_NEWLINE: 'Nothing to do',
  CSV_EOF_MARKER: "A receiver's software may not read it: check whether the care software can write the file without the end-of-file mark (0x1A, Ctrl+Z)",
  CSV_EMPTY_LINE: `Remove the empty lines. ${RE_EXPORT}`,
  CSV_UNTERMINATED_QUOTE: `The file is cut off, or its double quotes do not pair up. ${RE_EXPORT}`,
  CSV_STRAY_QUOTE: `The double quotes are broken. ${RE_EXPORT}`,
  CSV_TEXT_AFTER_QUOTE: `The double quotes are broken. ${RE_EXPORT}`,
  CSV_TOO_MANY_FIELDS: `Far too many commas. ${RE_EXPORT}`,
  CSV_UNQUOTED_FREE_TEXT: 'Nothing to do (receivers can read it)',
  CSV_QUOTED_NON_FREE_FIELD: 'Nothing to do (receivers can read it)',
  FIELD_REQUIRED: FIX_IN_SOFT,
  FIELD_REQUIRED_DOUBTFUL: 'Fill it in if you can; the spec is unclear, so this is only a warning',
  FIELD_NECESSARY_EMPTY: 'Nothing to do; if you know the value, filling it in helps the receiver',
  FIELD_TOO_LONG: (p) => `Shorten it to ${p.max} characters. ${FIX_IN_SOFT}`,
  FIELD_TOO_LONG_DOUBTFUL: (p) => `Keep it to ${p.max} characters if you can`,
  FIELD_WRONG_LENGTH: (p) => `Enter exactly ${p.expected} characters. If leading zeros are gone, the file was probably saved again by Excel: ${RE_EXPORT}`,
  FIELD_INVALID_YYYYMM: 'Enter the year and month as 6 digits (e.g. 202505)',
  FIELD_INVALID_DATE: 'Enter the date as 8 digits without "/" (e.g. 20250501); Excel turns dates into 2025/5/1 when it saves',
  FIELD_INVALID_TIME: 'Enter the time as 4 digits without ":" (e.g. 0930)',
  FIELD_NOT_DIGITS: 'Use half-width digits only',
  FIELD_INVALID_INTEGER: 'Enter a half-width whole number',
  FIELD_INVALID_DECIMAL: 'Enter a half-width number such as 12.34',
  FIELD_OUT_OF_RANGE: (p) => `Enter a value from ${p.min} to ${p.max}`,
  FIELD_INVALID_OFFICE_CODE: 'An office number is 10 half-width digits; check that no leading zero was lost',
  FIELD_INVALID_SERVICE_TYPE: 'A service type code is 2 half-width characters (e.g. 11); check that no leading zero was lost',
  FIELD_INVALID_INSURED_NUMBER: 'Check the number on the insurance card (10 half-width digits); check that no leading zero was lost',
  FIELD_INVALID_POSTAL_CODE: 'Enter the postal code as 123-4567',
  FIELD_INVALID_SERVICE_CODE: 'A service code is 6 half-width letters or digits; look it up in the service code table',
  FIELD_INVALID_DAY_FLAGS: 'Enter 31 characters, each 0 or 1',
  FIELD_INVALID_TAIS_CODE: 'Enter the TAIS or notification code as 00001-000010 (12 characters)',
  FIELD_TAIS_FULLWIDTH_DASH: 'Use a half-width "-"',
  FIELD_INVALID_PHONE: 'Use half-width digits and hyphens',
  FIELD_UNKNOWN_CODE: 'Choose one of the allowed values shown; choosing again from the list in the care software is safest',
  FIELD_NOT_USED_NOT_EMPTY: 'This field is not used: leave it empty',
  FIELD_TIME_2400: `As it is, ${MAY_BE_RIGHT}. If the receiver's software does not accept 2400, use 2359 as the end time`,
  FIELD_INVALID_IMAGE_NAME:
    'Export the family image together with the basic information from the care software and keep the name the software gave it (do not name the image by hand)',
  RECORD_FIELD_COUNT: (p) => `The file is not a ${kindLabel(p.kind, 'en')} file, or has an older layout: check the kind and the software version. ${RE_EXPORT}`,
  RECORD_RENTAL_NEEDS_TAIS: 'Equipment rental rows need a TAIS code or a notification code',
  RECORD_DETAIL_CODE_NOT_RENTAL: 'Leave the detail code empty on rows other than equipment rental',
  RECORD_TIME_PAIR: 'Enter both start and end time, or 9999 in both when there is no time',
  RECORD_TOTAL_ROW_OFFICE: VENDOR,
  RECORD_TOTAL_ROW_FIELD: VENDOR,
  RECORD_PLAN_ITEM_DUPLICATE: 'Two rows of table 2 have the same issue, goal and support numbers: renumber them',
  RECORD_HOSOKU_LINK: VENDOR,
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: 'This service type is outside the data linkage: do not export its rows',
  RECORD_UNKNOWN_KEY: 'Check the spelling of the key (its value is not written)',
  RECORD_RENTAL_CODE_DOUBTFUL: `If this is an addition or reduction line (e.g. the special-area addition), ${MAY_BE_RIGHT}. If it is the equipment itself, enter its TAIS or notification code and its product name`,
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: `If the number tells apart items of one service code and unit count, ${MAY_BE_RIGHT}. If nothing needs telling apart, leave the detail code empty`,
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: (p) => `Use a date of the service month (${p.month}); export the plans or actuals of another month in that month's file`,
  RECORD_PRORATED_DAY_NOT_IN_MONTH: (p) =>
    `Set the days the month does not have (after day ${p.lastDay}) to 0, and check the pro-rated period in the care software`,
  RECORD_LIMIT_SLOT_GAP: 'Fill the service-type limit slots from slot 1 on, leaving no empty slot in between',
  RECORD_LIMIT_SLOT_INCOMPLETE: (p) =>
    `Enter both the service type and the benefit limit of slot ${p.slot}; if the slot is not used, leave all of its fields empty`,
  RECORD_LIMIT_SLOT_TYPE: (p) =>
    `Enter service type ${p.expected} (short-stay medical care at a care health facility) for a short-stay medical care slot, also for hospitals, clinics and integrated care hospitals`,
  RECORD_DEPENDENT_FIELD_EMPTY: (p) => `Fill in this field as the choice of field No.${p.triggerNo} requires; if there is nothing to write, check that choice`,
  RECORD_UNIT_AMOUNT_MISMATCH: `Check the units (the discounted units if there is a discount) and the count. ${RECALC}`,
  RECORD_DISCOUNTED_UNITS_MISMATCH: `Check the discount (discount rate) setting in the care software. ${RECALC}`,
  RECORD_LIMIT_SPLIT_MISMATCH: `Check how the units are split between over and within the limit. ${RECALC}`,
  RECORD_TOTAL_COST_MISMATCH: `Check the price per unit and the units within the category limit. ${RECALC}`,
  RECORD_OVER30_INSURED_AMOUNT:
    'Days beyond 30 (from the 31st day) are not insured: make the total cost, claim and insured co-payment of this row 0 or empty, and write the amount as the full-cost payment',
  RECORD_CLAIM_MISMATCH: `Check the benefit rate (the user's co-payment share). ${RECALC}`,
  RECORD_COPAY_MISMATCH: `The insured co-payment is the total cost minus the claim. ${RECALC}`,
  RECORD_FULL_COST_MISMATCH: `Check the units over the limits (on a row beyond 30 days, its units) and the price per unit. ${RECALC}`,
  RECORD_UNIT_PRICE_RANGE: (p) =>
    `Check the price per unit (usually ${p.min}–${p.max} yen) against the office's area grade in the care software; a municipality's own price for community support services may be right`,
  RECORD_UNIT_PRICE_NOT_IN_TABLE: "Nothing to do (for information); if in doubt, check the office's area grade in the care software",
  RECORD_BENEFIT_RATE_RANGE: "The benefit rate is a percentage such as 90, 80 or 70: check the user's co-payment share (benefit rate) in the care software",
  RECORD_BENEFIT_LIMIT_BELOW_TABLE:
    'Check the category benefit limit of the supplementary information: the care level, and that the software does not use an outdated limit',
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: 'Nothing to do (a municipality may raise the limit); if it does not, check the care level and the category benefit limit',
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC:
    'Units over the limit are total units − benefit limit (at least 0), and the total is the sum of the slots: recalculate the service-type limits in the care software and export again',
  FILE_EMPTY: 'The file has no records: check what was selected for export (users, month) and export again',
  FILE_HEADER_ROW: `Remove the heading row. ${RE_EXPORT}`,
  FILE_MIXED_CSV_VERSIONS: 'Do not join files exported by different versions into one: export them again at once',
  FILE_UNKNOWN_CSV_VERSION: 'Check that the care software supports the standard, and its version',
  FILE_OLDER_CSV_VERSION: 'Update the care software and export again, or ask the receiver whether they accept the older version',
  FILE_UNREADABLE_CSV_VERSION: 'Update the care software and export again',
  FILE_VERSION_LAYOUT_MISMATCH: "Check the software's version and its export setting (CSV version)",
  FILE_MIXED_MONTHS: 'Export one month per file',
  FILE_MONTH_MISMATCH: 'Make the month in the file name and in the records the same; check that the name was not changed by hand',
  FILE_KIND_MISMATCH: 'Check that the file was not renamed: send it under the name the care software gave it',
  FILE_SAME_SENDER_RECEIVER: "Check the receiver's office number",
  FILE_KIND_UNKNOWN: 'Give the file back the name the care software gave it (e.g. UPPLAN_202505_….CSV)',
  FILE_TOO_LARGE: 'One send holds at most 10 MB: export fewer users or months per file and send in several parts',
  FILE_RECORD_TOO_LARGE: `The file is damaged or not a CSV. ${RE_EXPORT}`,
  FILE_REJECTED_ROWS_TRUNCATED:
    'Nothing to do about this line itself: so many rows are not records that only the first are kept in the result. Fix the issues above first (field count, header row, file kind)',
  FILE_TOO_MANY_RECORDS: 'Export fewer users or months per file',
  FILE_ISSUES_TRUNCATED: 'Fix the issues shown first, then check again',
  FILE_NOT_JPEG: 'Save family composition images as JPEG (.JPG)',
  FILE_CSV_VERSION_MONTH_MISMATCH: (p) =>
    `Export service month ${p.month} as CSV version ${String(p.expected).split('/').join(' or ')}: check the care software's version and its export setting (CSV version)`,
  FILE_DETAIL_CODE_SEQUENCE:
    'When several equipment items have the same service code and units, number their detail codes 1, 2, 3… without gaps: check the item numbers in the care software',
  FILE_PLAN_OFFICE_NAME_MISMATCH: (p) =>
    `Under 委託 (outsourced care planning) this may well be right; otherwise check the care-plan office code (the care manager office's number) and the ${p.role} office number of the file name`,
  FILE_UPDATER_NAME_MISMATCH:
    "Under 委託 (outsourced care planning) this may well be right; otherwise check the updater code (the care manager office's number for plans, the provider's for actuals) and the sender office number",
  FILE_YOBO_SUB_NUMBERING:
    'In the preventive support plan appendix, number the support plans of one issue, and the services of one support plan, from 1 without gaps',
  FILE_YOBO_SUB_ISSUE_NUMBERING: `As it is, ${MAY_BE_RIGHT}. Check that the issues are numbered 1, 2, 3… and that none is missing`,
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: (p) =>
    `Write the content of one ${p.part === 'supportPlan' ? 'support plan' : p.part} on its first row only, and export the later rows with everything but the NOs empty`,
  FILE_IMAGE_NAME_SEGMENTS:
    "Make the office numbers, service types and sequence number in the image's name the same as in this basic information file's name; exporting the image and the basic information together again is safest",
  FILE_IMAGE_NAME_DUPLICATE:
    "In principle each user has an image of their own: check that another user's image was not taken by mistake, and give each user an image file with its own branch number",
  FILE_SUBTOTAL_MISMATCH: `The subtotal was probably not recalculated after a line was changed. ${RECALC}`,
  FILE_SUBTOTAL_MISSING: (p) => `A service type with several lines needs its subtotal row ${p.code}: have the care software export the subtotal rows too`,
  FILE_SUBTOTAL_MISSING_DOUBTFUL: (p) =>
    `Only one line counts against the category limit, so ${MAY_BE_RIGHT}. If the receiver asks for it, export the subtotal row ${p.code} too`,
  FILE_SUBTOTAL_DUPLICATE: (p) => `Keep one subtotal row ${p.code} per office and service type; check that the user's lines were not exported twice`,
  FILE_GRAND_TOTAL_MISSING: 'Export a grand-total row (service code 999999) for each user; also check that the file is not cut off',
  FILE_T7_USER_ROWS_APART:
    "Check whether the care software can write table 7 user by user, as the form prints it (each user's rows together, its grand-total row 999999 last); a receiver's software may not read a user whose rows are apart",
  FILE_GRAND_TOTAL_DUPLICATE: 'Each user has one grand-total row: check that the user was not exported twice, and export again',
  FILE_GRAND_TOTAL_MISMATCH: `Fix any subtotal or line issue first. ${RECALC}`,
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: `Depending on how rows outside the limit or beyond 30 days are added up, ${MAY_BE_RIGHT}. Fix any subtotal or line issue first, then check that the other rows add up to the grand total`,
  FILE_OUTSIDE_LIMIT_NOT_COSTED:
    'If this is an addition outside the category limit, write its total cost, claim and co-payment on its row (or on a subtotal row for services outside the limit); if it counts against the limit, write its benefit-management units on this row',
  FILE_UNREADABLE: (p) =>
    p.reason === 'EACCES' || p.reason === 'EPERM'
      ? 'Check the permissions of the file (or copy it somewhere you own and check the copy)'
      : p.reason === 'ENOENT'
        ? 'Check that the file was not moved or deleted, and check again'
        : 'Copy the file somewhere else and check again',
  FILE_NOT_REGULAR: 'Check a folder that holds only the files you send',
  FILE_SYMLINK_SKIPPED: 'Put the file itself in the folder, or check with --follow-symlinks',
  FILE_SIZE_UNKNOWN: 'Copy the file into an ordinary folder and check the copy',
  FILENAME_UNKNOWN_PATTERN: 'Give the file back the name the care software gave it (renamed files are not accepted)',
  FILENAME_LEGACY_CONVENTION: 'Update the care software and export again',
  FILENAME_UPKIHON_MONTH_SEGMENT: `The name follows the example in the spec's text, so ${MAY_BE_RIGHT}. If the receiver cannot take it, ask the software's support desk whether it can export the name without the month (UPKIHON_sender office_…)`,
  FILENAME_LOWERCASE_EXTENSION: 'Nothing to do; if you like, rename the extension to .CSV',
  FILENAME_UNSAFE_CHARACTER: 'Give the file back the name the care software gave it',
  FILENAME_TOO_LONG: 'Give the file back the name the care software gave it',
  FILENAME_FULLWIDTH_CHARACTER: 'Use half-width letters, digits and symbols in the name (the name the software gave is safest)',
  FILENAME_LOOKALIKE_UNDERSCORE: 'Type the "_" again as a plain underscore (do not copy names from the PDF)',
  FILENAME_INVALID_MONTH: 'Check the YYYYMM part of the name; exporting again is safest',
  FILENAME_INVALID_TIMESTAMP: 'Check the last 14 digits of the name (date and time); exporting again is safest',
  FILENAME_UNDECODABLE: "Extract the zip again (with Windows' own extractor) or rename the file, then check again",
  BUNDLE_TOO_MANY_FILES: (p) =>
    `Split the files into sends of at most ${p.limit}. If the folder holds several sends, give each its own folder (on the command line, check --archive checks each send of a folder)`,
  BUNDLE_TOO_LARGE: 'Split the files into sends of at most 10 MB each',
  BUNDLE_EXTENSION_NOT_ALLOWED: 'Only CSV, PDF, JPEG, JPG, GIF, PNG and TXT can be sent: leave this file out',
  BUNDLE_NOT_STANDARD_CSV: 'Only the standard CSVs can be sent: check that the file was not renamed, and leave unrelated CSVs out',
  BUNDLE_DUPLICATE_NAME: 'Keep one file per name (check that the same file was not added twice)',
  BUNDLE_UNIT_PARTIES_DIFFER: 'Files with one sequence number go from one sender to one receiver: export them again at once',
  BUNDLE_INVALID_COMBINATION: (p) =>
    p.missing
      ? `Export ${kindsLabel(p.missing, 'en')} as well and send the files of one sequence number together; never edit the sequence number in a name`
      : "Put only the files of one of the spec's combinations (transmission units) under one sequence number: export them again at once",
  BUNDLE_DUPLICATE_KIND: 'Check that a file was not added twice (one of each kind per unit)',
  BUNDLE_MISSING_PARENT_RECORD: (p) => `Export ${kindLabel(p.parent, 'en')} for the same user and date as well, and send it together`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: 'Send the supplement file that was exported together with the tables it goes with',
  BUNDLE_IMAGE_UNREFERENCED: "Make the image's name and the basic information's image file name field the same",
  BUNDLE_IMAGE_MISSING: 'Send the family composition image that the basic information names, too',
  BUNDLE_SINGLE_FILE_NOTE: 'To check the transmission units too, check the files you send together (a folder works)',
  BUNDLE_APPENDIX_MISSING: (p) =>
    `Export ${kindLabel(p.kind, 'en')} as well and send it under the same sequence number; if there is nothing to write in it, leave it out`,
  BUNDLE_UNITS_MERGED: `When plans and actuals are shared together, ${MAY_BE_RIGHT}. If the receiver cannot take it, export each transmission unit under a sequence number of its own`,
  BUNDLE_SEQUENCE_SHARED: `As it is, ${MAY_BE_RIGHT}. Send each receiver only its own files; if a receiver cannot take them, export the files of each receiver separately`,
  BUNDLE_MIXED_EDITIONS: 'Export the files of one transmission unit at once, with one version of the care software (one CSV version)',
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: "Table 7's count is the month's total of the plan in table 6: make them agree and export both together again",
  BUNDLE_T7_LINE_WITHOUT_PLAN:
    'Put this service into the plan of table 6 as well and export tables 6 and 7 together again; if monthly additions are not entered in table 6, this is fine as it is',
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: (p) =>
    p.code === ''
      ? "Export the user's table 7 (service use slip appendix) as well and send it together"
      : 'Export tables 6 and 7 together again from the same data, so that table 7 has a line for this service',
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: `Units within the category limit cannot exceed it: check the user's category benefit limit (care level) in the supplementary information, and move the excess to the units over the limit. ${RECALC}`,
  BUNDLE_CATEGORY_EXCESS_MISMATCH: `Units over the category limit are the excess over the limit: check the category benefit limit in the supplementary information. ${RECALC}`,
  BUNDLE_TYPE_LIMIT_MISMATCH: (p) =>
    `Make the total and over-the-limit units of slot ${p.slot} (service type ${p.serviceType}) in the supplementary information agree with the type-limit units of table 7; exporting both together again from the same data is safest`,
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN:
    'Nothing to do (actuals often differ from the plan when a visit is cancelled or moved); just check that no actual was left out',
} satisfies Advice;
