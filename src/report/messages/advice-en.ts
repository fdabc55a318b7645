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
  FIELD_INVALID_INSURED_NUMBER: "Check the number on the insurance card (10 half-width digits); check that no leading zero was lost",
  FIELD_INVALID_POSTAL_CODE: 'Enter the postal code as 123-4567',
  FIELD_INVALID_SERVICE_CODE: 'A service code is 6 half-width letters or digits; look it up in the service code table',
  FIELD_INVALID_DAY_FLAGS: 'Enter 31 characters, each 0 or 1',
  FIELD_INVALID_TAIS_CODE: 'Enter the TAIS or notification code as 00001-000010 (12 characters)',
  FIELD_TAIS_FULLWIDTH_DASH: 'Use a half-width "-"',
  FIELD_INVALID_PHONE: 'Use half-width digits and hyphens',
  FIELD_UNKNOWN_CODE: 'Choose one of the allowed values shown; choosing again from the list in the care software is safest',
  FIELD_NOT_USED_NOT_EMPTY: 'This field is not used: leave it empty',
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
  FILE_TOO_MANY_RECORDS: 'Export fewer users or months per file',
  FILE_ISSUES_TRUNCATED: 'Fix the issues shown first, then check again',
  FILE_NOT_JPEG: 'Save family composition images as JPEG (.JPG)',
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
      : 'Put only the files of one of the spec\'s combinations (transmission units) under one sequence number: export them again at once',
  BUNDLE_DUPLICATE_KIND: 'Check that a file was not added twice (one of each kind per unit)',
  BUNDLE_MISSING_PARENT_RECORD: (p) => `Export ${kindLabel(p.parent, 'en')} for the same user and date as well, and send it together`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: 'Send the supplement file that was exported together with the tables it goes with',
  BUNDLE_IMAGE_UNREFERENCED: "Make the image's name and the basic information's image file name field the same",
  BUNDLE_IMAGE_MISSING: 'Send the family composition image that the basic information names, too',
  BUNDLE_SINGLE_FILE_NOTE: 'To check the transmission units too, check the files you send together (a folder works)',
} satisfies Advice;
