import type { Messages } from './types.js';
import { bytesLabel, choiceLabel, codeListLabel, monthLabel, countLabel, elsewhere, kindLabel, kindsLabel, unitLabel, unitsLabel } from '../words.js';
import { classText, shapeText, versionText } from './shape.js';

/** The forms of ENCODING_INVALID_BYTES (encoding/cp932.ts). */
const INVALID_FORM_EN: Readonly<Record<string, string>> = {
  'unused-byte': 'a byte Shift_JIS never uses',
  'lead-without-trail': 'a lead byte without its second byte',
  'unmapped-pair': 'a byte pair no character has',
};

/** The reasons FILENAME_UNSAFE_CHARACTER gives (filenames/parse.ts). */
const UNSAFE_EN: Readonly<Record<string, string>> = { separator: 'a path separator', control: 'a control character', 'parent-segment': '".."' };
/** Words for the params of the issue-13 codes; an unknown value is shown as it is. */
const PART_EN: Readonly<Record<string, string>> = { issue: 'issue', supportPlan: 'support plan' };
const SEGMENT_EN: Readonly<Record<string, string>> = {
  senderOffice: 'sender office',
  senderServiceType: 'sender service type',
  receiverOffice: 'receiver office',
  receiverServiceType: 'receiver service type',
  timestamp: 'timestamp',
};

/** 第7表 arithmetic: the factor a line's amount is computed from, and the two limit splits. */
const FACTOR_EN: Readonly<Record<string, string>> = { units: 'units', discountedUnits: 'discounted units' };
const SPLIT_EN: Readonly<Record<string, string>> = {
  type: 'Units over and within the service-type limit',
  category: 'Units over and within the category limit',
};

/** FILE_UNREADABLE reasons (errno codes) in words. */
const UNREADABLE_EN: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the file disappeared while it was being checked',
  EIO: 'input/output error',
  EISDIR: 'a directory',
  ELOOP: 'a link loop',
  EBUSY: 'in use by another program',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'path too long',
  NotReadableError: 'the browser could not read it',
};
/** FILE_NOT_REGULAR types in words. */
const NOT_REGULAR_EN: Readonly<Record<string, string>> = {
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
  'character-device': 'a character device',
  'block-device': 'a block device',
  unknown: 'a file of unknown type',
};

export const en = {
  ENCODING_INVALID_BYTES: (p) =>
    `Bytes that are not valid Shift_JIS (MS932): ${INVALID_FORM_EN[p.form] ?? p.form}${p.bytes !== undefined ? ` (${p.bytes})` : ''}`,
  ENCODING_GAIJI: (p) => `A user-defined character (外字${p.bytes !== undefined ? `, ${p.bytes}` : ''}) is not allowed`,
  ENCODING_UNREPRESENTABLE_CHAR: (p) =>
    `A character (${classText(p.shape, 'en')}) cannot be written in Shift_JIS (MS932)${p.char !== undefined ? `: "${p.char}"${p.codePoint !== undefined ? ` (${p.codePoint})` : ''}` : ''}`,
  ENCODING_UTF8_INPUT: () => 'The file is UTF-8; the spec requires Shift_JIS (MS932)',
  ENCODING_UTF8_BOM: () => 'The file starts with a UTF-8 BOM; the spec requires Shift_JIS (MS932) without BOM',
  ENCODING_CONTROL_CHARACTER: (p) => `Control character ${p.codePoint}`,
  ENCODING_CHAR_NORMALIZED: (p) => `Replaced ${p.from} with ${p.to}`,
  ENCODING_NON_CANONICAL_BYTES: (p) => `${p.count} character(s), e.g. NEC-selected IBM extensions, will be written with different bytes`,
  CSV_LF_LINE_ENDING: (p) => `Lines end with LF (${p.count}); CRLF is written`,
  CSV_CR_LINE_ENDING: (p) => `Lines end with a lone CR (${p.count})`,
  CSV_NO_FINAL_NEWLINE: () => 'The last record has no line break',
  CSV_EOF_MARKER: (p) => `The file ends with ${p.count} end-of-file mark byte(s) (0x1A); skipped`,
  CSV_EMPTY_LINE: (p) => `Empty lines (${p.count}, skipped)`,
  CSV_UNTERMINATED_QUOTE: () => 'A quoted field is not closed before the end of the file',
  CSV_STRAY_QUOTE: () => 'A double quote inside an unquoted field',
  CSV_TEXT_AFTER_QUOTE: () => 'Text after a closing double quote',
  CSV_TOO_MANY_FIELDS: (p) => `The record has ${p.count} fields; past the limit of ${p.limit}, its text is kept as one last field`,
  CSV_UNQUOTED_FREE_TEXT: (p) => `Free-text fields are not enclosed in double quotes (${p.count})`,
  CSV_QUOTED_NON_FREE_FIELD: (p) => `Fields other than free text are enclosed in double quotes (${p.count})`,
  FIELD_REQUIRED: () => 'Required field is empty',
  FIELD_REQUIRED_DOUBTFUL: () => 'Probably required field is empty (the spec is unclear, so this is a warning)',
  FIELD_NECESSARY_EMPTY: () => 'Field marked 必要 (needed) is empty',
  FIELD_TOO_LONG: (p) => `Longer than ${p.max} characters (${p.actual})`,
  FIELD_TOO_LONG_DOUBTFUL: (p) => `Longer than ${p.max} characters (${p.actual}; the spec's length is unclear, so this is a warning)`,
  FIELD_WRONG_LENGTH: (p) => `Must have exactly ${p.expected} characters (${p.actual})`,
  FIELD_INVALID_YYYYMM: () => 'Not a valid year and month (YYYYMM)',
  FIELD_INVALID_DATE: () => 'Not a valid calendar date (YYYYMMDD)',
  FIELD_INVALID_TIME: () => 'Not a valid time (HHMM, 0000–2359)',
  FIELD_TIME_2400: () =>
    "2400 (24:00): the spec says only HHMM and does not say whether it includes 24:00 (the 第3表 form's axis runs to 24:00), so this is a warning",
  FIELD_NOT_DIGITS: () => 'Contains characters other than digits',
  FIELD_INVALID_INTEGER: () => 'Not an integer',
  FIELD_INVALID_DECIMAL: () => 'Not a number in 99.99 form',
  FIELD_OUT_OF_RANGE: (p) => `Out of range (${p.min}–${p.max})`,
  FIELD_INVALID_OFFICE_CODE: () => 'An office number has 10 digits',
  FIELD_INVALID_SERVICE_TYPE: () => 'A service type code has 2 letters or digits',
  FIELD_INVALID_INSURED_NUMBER: () => 'An insured person number has 10 digits, or H plus 9 digits (public assistance only)',
  FIELD_INVALID_POSTAL_CODE: () => 'A postal code has the form XXX-XXXX',
  FIELD_INVALID_SERVICE_CODE: () => 'A service code has 6 letters or digits',
  FIELD_INVALID_DAY_FLAGS: () => 'Pro-rated days are 31 characters of 0 and 1',
  FIELD_INVALID_TAIS_CODE: () => 'A TAIS / notification code has the form 00001-000010 (12 characters)',
  FIELD_TAIS_FULLWIDTH_DASH: () => 'The TAIS code uses a full-width dash; use a half-width "-"',
  FIELD_INVALID_PHONE: () => 'A phone number holds characters other than digits, hyphens and brackets',
  FIELD_UNKNOWN_CODE: (p) => {
    const list = codeListLabel(p.list, 'en');
    return list ? `Not a code of the ${list.name} list (allowed: ${list.allowed})` : `Not a value of code list ${p.list}`;
  },
  FIELD_NOT_USED_NOT_EMPTY: () => 'A field marked "not used" has a value',
  FIELD_INVALID_IMAGE_NAME: () => 'The family-composition image name does not follow UPKIHON_IMAGE_sender_type_receiver_type_YYYYMMDDHHMMSS_NNNN.jpg',
  RECORD_FIELD_COUNT: (p) => `The record has ${p.actual} fields (${kindLabel(p.kind, 'en')} has ${p.expected})`,
  RECORD_RENTAL_NEEDS_TAIS: (p) => `Service type ${p.serviceType} (equipment rental) needs a TAIS code or a notification code`,
  RECORD_RENTAL_CODE_DOUBTFUL: (p) =>
    `A service type ${p.serviceType} (equipment rental) line has no TAIS code, notification code or product name (a 加算/減算 line has no product, so the rule is in doubt: a warning)`,
  RECORD_DETAIL_CODE_NOT_RENTAL: () => 'The detail code is empty unless the service type is 17 (equipment rental)',
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: () =>
    'A detail code on a 67 (preventive equipment rental) line: the spec names only 17, but 67 has the same need, so this is a warning',
  RECORD_TIME_PAIR: () => 'Start and end time must both be HHMM or both 9999',
  RECORD_TOTAL_ROW_OFFICE: () => 'Only the grand-total row (999999) has office code 9999999999',
  RECORD_TOTAL_ROW_FIELD: (p) => `On subtotal and total rows this field is ${p.expected === '' ? 'empty' : p.expected}`,
  RECORD_PLAN_ITEM_DUPLICATE: (p) =>
    `(issue no, goal no, support no) repeats record ${p.firstRecord} (the spec asks for a sort order, not for unique numbers, so this is a warning)`,
  RECORD_HOSOKU_LINK: () => 'Linked to tables 1–3: target month 000000; linked to tables 6/7: plan date 00000000',
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: (p) => `Service type ${p.serviceType} is outside the linkage scope (no record should be generated)`,
  RECORD_UNKNOWN_KEY: (p) => `Key "${p.key}" is not in the layout and is not written`,
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: (p) => `The service date is not in the service month (${p.month})`,
  RECORD_PRORATED_DAY_NOT_IN_MONTH: (p) => `Pro-rated days include days after the month's last day (${p.lastDay})`,
  RECORD_LIMIT_SLOT_GAP: (p) => `Type limits are filled from slot 1 in order (slot ${p.slot} is empty)`,
  RECORD_LIMIT_SLOT_INCOMPLETE: (p) => `Slot ${p.slot} lacks its service type or its benefit limit`,
  RECORD_LIMIT_SLOT_TYPE: (p) => `Slot ${p.slot}: short-stay medical care (短期入所療養介護) is entered as service type ${p.expected}`,
  // The rule is UPKIHON's (spec/rules/dependent-fields-filled.ts).
  RECORD_DEPENDENT_FIELD_EMPTY: (p) => `When ${choiceLabel('UPKIHON', p.triggerNo, p.triggerCode, 'en')}, this field must be filled`,
  RECORD_UNIT_AMOUNT_MISMATCH: (p) =>
    `Service units/amount should be ${p.expected} (${FACTOR_EN[p.factorField] ?? p.factorField} ${p.factor} × count ${p.count})`,
  RECORD_DISCOUNTED_UNITS_MISMATCH: (p) => `Discounted units should be ${p.expected} (units ${p.units} × ${p.rate}%, rounded half up)`,
  RECORD_LIMIT_SPLIT_MISMATCH: (p) => `${SPLIT_EN[p.part] ?? p.part} should add up to ${p.expected}`,
  RECORD_TOTAL_COST_MISMATCH: (p) => `Total cost should be ${p.expected} yen (${p.base} units × ${p.price} yen, fractions of a yen dropped)`,
  RECORD_OVER30_INSURED_AMOUNT: () => 'A row beyond 30 days carries an insured cost, claim or co-payment (it must be 0 or empty)',
  RECORD_CLAIM_MISMATCH: (p) => `The insurance/project claim should be ${p.expected} yen (total cost × ${p.rate}%, fractions of a yen dropped)`,
  RECORD_COPAY_MISMATCH: (p) => `The user co-payment should be ${p.expected} yen (total cost − claim)`,
  RECORD_FULL_COST_MISMATCH: (p) => `The user's full-cost payment should be ${p.expected} yen (${p.base} units × ${p.price} yen, fractions of a yen dropped)`,
  RECORD_UNIT_PRICE_RANGE: (p) => `Price per unit outside the usual range (${p.min}–${p.max} yen)`,
  RECORD_UNIT_PRICE_NOT_IN_TABLE: (p) =>
    `Price per unit is none of the area prices of service type ${p.serviceType} (${p.expected}; table from ${monthLabel(p.validFrom, 'en')}, for information)`,
  RECORD_BENEFIT_RATE_RANGE: () => 'Benefit rate outside 0–100',
  RECORD_BENEFIT_LIMIT_BELOW_TABLE: (p) =>
    `The category benefit limit is below the national limit for the care level (table from ${monthLabel(p.validFrom, 'en')})`,
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: (p) =>
    `The category benefit limit is above the national limit for the care level (table from ${monthLabel(p.validFrom, 'en')}; a municipality may raise it, for information)`,
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC: (p) =>
    p.slot === 0
      ? `Total units over the type limits should be ${p.expected} (the sum of the slots)`
      : `Slot ${p.slot}: units over the limit should be ${p.expected} (total units − limit, at least 0)`,
  FILE_EMPTY: () => 'No data records',
  FILE_HEADER_ROW: () => 'The file has a header row; the spec defines none',
  FILE_MIXED_CSV_VERSIONS: (p) =>
    `Several CSV versions in one file (the first record has ${versionText(p.first, 'en')}, this one ${versionText(p.found, 'en')})`,
  FILE_UNKNOWN_CSV_VERSION: (p) =>
    p.shape === 'digit:6'
      ? `The 6 digits in the CSV version field are no CSV version of the spec (current: ${p.current})`
      : `The CSV version field holds ${shapeText(p.shape, 'en')} where YYYYMM was expected (current: ${p.current})`,
  FILE_OLDER_CSV_VERSION: (p) => `Older CSV version ${p.version} (${p.edition}; current: ${p.current})`,
  FILE_UNREADABLE_CSV_VERSION: (p) => `The ${p.kind} layout of CSV version ${versionText(p.version, 'en')} cannot be read`,
  FILE_VERSION_LAYOUT_MISMATCH: (p) =>
    `The CSV version field holds ${versionText(p.version, 'en')}, but ${p.fieldCount} fields are the layout of another version (read with that layout)`,
  FILE_MIXED_MONTHS: (p) =>
    `Several service months in one file (${p.count} ${p.count === 1 ? 'record differs' : 'records differ'} from the first record's month; this is the first)`,
  FILE_MONTH_MISMATCH: (p) => `The month in the file name (${p.nameMonth}) differs from the record's (${shapeText(p.shape, 'en')})`,
  FILE_KIND_MISMATCH: (p) =>
    `The name says ${kindLabel(p.kind, 'en')}, but the content (${p.fieldCount} fields) has the layout of ${kindsLabel(String(p.candidates ?? '').replace(/\//g, '+'), 'en')}`,
  FILE_SAME_SENDER_RECEIVER: () => 'Sender and receiver office are the same (such sends can fail)',
  FILE_KIND_UNKNOWN: () => 'Unknown file kind (the file name does not follow the naming rule)',
  FILE_TOO_LARGE: (p) => `File too large (${bytesLabel(p.size, 'en')}; limit ${bytesLabel(p.limit, 'en')})`,
  FILE_RECORD_TOO_LARGE: (p) => `A record runs over ${bytesLabel(p.limit, 'en')} without ending; reading stopped here`,
  FILE_TOO_MANY_RECORDS: (p) => `More than ${countLabel(p.limit)} records; the rest was not read`,
  FILE_ISSUES_TRUNCATED: (p) => `Too many issues; ${p.count} more were left out`,
  FILE_REJECTED_ROWS_TRUNCATED: (p) => `Too many rows that are not records: the result keeps the first ${p.limit}; ${p.count} more were only counted`,
  FILE_NOT_JPEG: () => 'Not a JPEG image (does not start with FF D8 FF)',
  FILE_CSV_VERSION_MONTH_MISMATCH: (p) => `CSV version ${p.expected} applies to service month ${p.month} (this file: ${p.version})`,
  FILE_DETAIL_CODE_SEQUENCE: (p) => `Detail codes of one service code and unit count are numbered from 1 (${p.expected} is missing)`,
  FILE_PLAN_OFFICE_NAME_MISMATCH: (p) => `The care-plan office code differs from the ${p.role} office in the file name (possible under 委託, so a warning)`,
  FILE_UPDATER_NAME_MISMATCH: () => 'The updater code differs from the sender office in the file name (possible under 委託, so a warning)',
  FILE_YOBO_SUB_NUMBERING: (p) =>
    `Support plan numbers under one issue, and service numbers under one support plan, are numbered from 1 (${p.expected} is missing)`,
  FILE_YOBO_SUB_ISSUE_NUMBERING: (p) =>
    `Issue numbers of a plan are presumably numbered from 1 (${p.expected} is missing; the spec shows this only in its example, so a warning)`,
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: (p) => `Later rows of the same ${PART_EN[p.part] ?? p.part} leave everything but the NOs empty`,
  FILE_IMAGE_NAME_SEGMENTS: (p) => `The image name's ${SEGMENT_EN[p.segment] ?? p.segment} differs from this file's name`,
  FILE_IMAGE_NAME_DUPLICATE: (p) => `Record ${p.firstRecord} names the same family-composition image (one image per record, in principle)`,
  FILE_SUBTOTAL_MISMATCH: (p) => `Subtotal ${p.code} should be ${p.expected} (the sum of its lines)`,
  FILE_SUBTOTAL_MISSING: (p) => `Several service lines but no subtotal row ${p.code}`,
  FILE_SUBTOTAL_MISSING_DOUBTFUL: (p) =>
    `Several service lines but no subtotal row ${p.code} (whether lines outside the category limit count is unclear in the spec, so a warning)`,
  FILE_SUBTOTAL_DUPLICATE: (p) => `More than one subtotal row ${p.code}`,
  FILE_GRAND_TOTAL_MISSING: () => 'No grand-total row (999999) for this user',
  FILE_T7_USER_ROWS_APART: (p) =>
    `This user's rows are apart from those starting at record ${p.firstRecord}; the user's subtotals and grand total were not checked (the spec does not state the order of rows, so this is a warning)`,
  FILE_GRAND_TOTAL_DUPLICATE: () => 'More than one grand-total row (999999) for this user',
  FILE_GRAND_TOTAL_MISMATCH: (p) => `The grand total should be ${p.expected} (the sum of the subtotal and line rows)`,
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: (p) =>
    `The grand total is presumably ${p.expected} (the sum of the subtotal and line rows; how rows outside the limit or beyond 30 days add up is unclear in the spec, so a warning)`,
  FILE_OUTSIDE_LIMIT_NOT_COSTED: (p) => `Services outside the category limit (${p.units} units) are not costed (${p.expected} yen expected)`,
  FILENAME_UNKNOWN_PATTERN: (p) =>
    p.expected ? `The file name does not follow the naming rule (expected ${p.expected})` : 'The file name does not follow any naming rule',
  FILENAME_LEGACY_CONVENTION: (p) => `Old file-name convention (${p.convention}) without service type codes (CSV 202208 and earlier)`,
  FILENAME_UPKIHON_MONTH_SEGMENT: () =>
    "UPKIHON_000000_…: the layout's naming rule has no month segment and only the 本文 3.4 example has one, so this is a warning (names are written without it)",
  FILENAME_LOWERCASE_EXTENSION: (p) => `The extension .${p.extension} is not upper case (the spec writes .CSV)`,
  FILENAME_UNSAFE_CHARACTER: (p) =>
    `The file name holds ${UNSAFE_EN[p.reason] ?? 'a character that cannot be used'} (${p.codePoint}) at character ${p.position}`,
  FILENAME_TOO_LONG: (p) => `The file name is too long (${p.length} characters, at most ${p.max})`,
  FILENAME_FULLWIDTH_CHARACTER: (p) =>
    `The file name holds ${p.count} full-width letters, digits or symbols (the first is ${p.codePoint} at character ${p.position})`,
  FILENAME_LOOKALIKE_UNDERSCORE: (p) =>
    `The file name holds ${p.count} × ${p.codePoint} COMBINING LOW LINE instead of "_" (first at character ${p.position}; copied from the PDF?)`,
  FILENAME_INVALID_MONTH: (p) => `The month ${p.month ?? ''} in the file name is not valid`,
  FILENAME_INVALID_TIMESTAMP: (p) => `The sequence ${p.timestamp ?? ''} (YYYYMMDDHHMMSS) is not a real date and time`,
  BUNDLE_TOO_MANY_FILES: (p) => `One send holds at most ${p.limit} files (this one has ${countLabel(p.count)})`,
  BUNDLE_TOO_LARGE: (p) => `One send holds at most ${bytesLabel(p.limit, 'en')} (this one has ${bytesLabel(p.size, 'en')})`,
  BUNDLE_EXTENSION_NOT_ALLOWED: (p) => `Extension ${p.extension} cannot be sent (only CSV, PDF, JPEG, JPG, GIF, PNG, TXT)`,
  BUNDLE_NOT_STANDARD_CSV: () => 'A CSV that is none of the standard file kinds',
  BUNDLE_DUPLICATE_NAME: (p) => `The same file name appears ${countLabel(p.count)} times`,
  BUNDLE_UNIT_PARTIES_DIFFER: (p) =>
    p.party === undefined
      ? `Files with sequence ${p.timestamp} name different senders or receivers`
      : `The other files of sequence ${p.timestamp} name ${p.party} ${p.expected ?? ''}; this file names ${p.actual ?? ''}`,
  BUNDLE_INVALID_COMBINATION: (p) => {
    const head = `The files of sequence ${p.timestamp} (${kindsLabel(p.kinds, 'en')}) do not form a transmission unit`;
    if (p.unit === undefined) return head;
    const parts: string[] = [];
    if (p.missing) parts.push(`${kindsLabel(p.missing, 'en')} missing`);
    if (p.extra) parts.push(`${kindsLabel(p.extra, 'en')} not part of ${p.unit}`);
    const where = elsewhere(p.elsewhere, 'en').map(([ts, kinds]) =>
      ts === undefined ? kinds : `${kinds} ${kinds.includes(',') ? 'have' : 'has'} sequence ${ts}`,
    );
    return `${head}. Nearest unit ${unitLabel(p.unit, 'en')}: ${parts.join('; ')}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  },
  BUNDLE_DUPLICATE_KIND: (p) => `More than one ${kindLabel(p.kind, 'en')} in one transmission unit`,
  BUNDLE_MISSING_PARENT_RECORD: (p) => `No linked ${kindLabel(p.parent, 'en')} record (same ${p.keys})`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: (p) => `In this unit the supplementary file's name month is ${p.expected}`,
  BUNDLE_IMAGE_UNREFERENCED: () => 'No basic-information record refers to this image',
  BUNDLE_IMAGE_MISSING: () => 'A family-composition image referred to by a basic-information record is missing',
  BUNDLE_SINGLE_FILE_NOTE: () => 'Single file checked on its own: transmission units and links between files were not checked',
  BUNDLE_APPENDIX_MISSING: (p) => `${kindLabel(p.kind, 'en')} is not in this unit (in principle it is sent together)`,
  BUNDLE_UNITS_MERGED: (p) =>
    `Sequence ${p.timestamp} holds several transmission units (${unitsLabel(p.units, 'en')}); the spec's examples share 予定 and 実績 together, so this is a warning`,
  BUNDLE_SEQUENCE_SHARED: (p) =>
    `One sender's sequence ${p.timestamp} is used for ${p.count} receivers, each a unit on its own (the spec does not tie a sequence to one receiver, so this is a warning)`,
  BUNDLE_MIXED_EDITIONS: (p) => `The files of sequence ${p.timestamp} have CSV versions of different editions (${p.versions})`,
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: (p) => `Table 7 count (${p.count}) exceeds the month's planned total in table 6 (${p.planned})`,
  BUNDLE_T7_LINE_WITHOUT_PLAN: (p) => `No table 6 (plan) record for service code ${p.code}`,
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: (p) => (p.code === '' ? 'No table 7 rows for this user' : `Service code ${p.code} of table 6 (plan) is missing from table 7`),
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: (p) => `Units within the category limit (${p.total}) exceed the user's category benefit limit by ${p.over}`,
  BUNDLE_CATEGORY_EXCESS_MISMATCH: (p) => `Units over the category limit should total ${p.expected} (the excess over the limit)`,
  BUNDLE_TYPE_LIMIT_MISMATCH: (p) => `Slot ${p.slot} (service type ${p.serviceType}) should be ${p.expected} by the type-limit units of table 7`,
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN: (p) => `Actual count (${p.actual}) or dates of service code ${p.code} differ from the plan (${p.planned}) (for information)`,
  FILE_UNREADABLE: (p) => `The file cannot be read (${UNREADABLE_EN[p.reason] ?? p.reason}); not checked`,
  FILE_NOT_REGULAR: (p) => `Not a regular file (${NOT_REGULAR_EN[p.type] ?? p.type}); not checked`,
  FILE_SYMLINK_SKIPPED: () => 'A symbolic link: its target was not read (not checked)',
  FILE_SIZE_UNKNOWN: () => 'The size of the file is not known before reading (or changed while reading); not read (not checked)',
  FILENAME_UNDECODABLE: () => 'The file name is not valid UTF-8 (e.g. a zip that kept Shift_JIS names); not checked',
} satisfies Messages;
