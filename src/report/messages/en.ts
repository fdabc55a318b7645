import type { Messages } from './types.js';
import { bytesLabel, codeListLabel, countLabel, elsewhere, kindLabel, kindsLabel, unitLabel } from '../words.js';

/** The reasons FILENAME_UNSAFE_CHARACTER gives (filenames/parse.ts). */
const UNSAFE_EN: Readonly<Record<string, string>> = { separator: 'a path separator', control: 'a control character', 'parent-segment': '".."' };

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
  ENCODING_INVALID_BYTES: (p) => `Bytes that are not valid Shift_JIS (MS932): ${p.bytes}`,
  ENCODING_GAIJI: (p) => `User-defined character (外字, ${p.bytes ?? ''}) is not allowed`,
  ENCODING_UNREPRESENTABLE_CHAR: (p) => `Character "${p.char}" (${p.codePoint}) cannot be written in Shift_JIS (MS932)`,
  ENCODING_UTF8_INPUT: () => 'The file is UTF-8; the spec requires Shift_JIS (MS932)',
  ENCODING_UTF8_BOM: () => 'The file starts with a UTF-8 BOM; the spec requires Shift_JIS (MS932) without BOM',
  ENCODING_CONTROL_CHARACTER: (p) => `Control character ${p.codePoint}`,
  ENCODING_CHAR_NORMALIZED: (p) => `Replaced ${p.from} with ${p.to}`,
  ENCODING_NON_CANONICAL_BYTES: (p) => `${p.count} character(s), e.g. NEC-selected IBM extensions, will be written with different bytes`,
  CSV_LF_LINE_ENDING: (p) => `Lines end with LF (${p.count}); CRLF is written`,
  CSV_CR_LINE_ENDING: (p) => `Lines end with a lone CR (${p.count})`,
  CSV_NO_FINAL_NEWLINE: () => 'The last record has no line break',
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
  RECORD_FIELD_COUNT: (p) => `The record has ${p.actual} fields (${kindLabel(p.kind, 'en')} has ${p.expected})`,
  RECORD_RENTAL_NEEDS_TAIS: (p) => `Service type ${p.serviceType} (equipment rental) needs a TAIS code or a notification code`,
  RECORD_DETAIL_CODE_NOT_RENTAL: () => 'The detail code is empty unless the service type is 17 (equipment rental)',
  RECORD_TIME_PAIR: () => 'Start and end time must both be HHMM or both 9999',
  RECORD_TOTAL_ROW_OFFICE: () => 'Only the grand-total row (999999) has office code 9999999999',
  RECORD_TOTAL_ROW_FIELD: (p) => `On subtotal and total rows this field is ${p.expected === '' ? 'empty' : p.expected}`,
  RECORD_PLAN_ITEM_DUPLICATE: (p) => `(issue no, goal no, support no) repeats record ${p.firstRecord}`,
  RECORD_HOSOKU_LINK: () => 'Linked to tables 1–3: target month 000000; linked to tables 6/7: plan date 00000000',
  RECORD_SERVICE_TYPE_OUT_OF_SCOPE: (p) => `Service type ${p.serviceType} is outside the linkage scope (no record should be generated)`,
  RECORD_UNKNOWN_KEY: (p) => `Key "${p.key}" is not in the layout and is not written`,
  FILE_EMPTY: () => 'No data records',
  FILE_HEADER_ROW: () => 'The file has a header row; the spec defines none',
  FILE_MIXED_CSV_VERSIONS: (p) => `Several CSV versions in one file (${p.versions})`,
  FILE_UNKNOWN_CSV_VERSION: (p) => `CSV version ${p.version} is not defined by any version of the spec (current: ${p.current})`,
  FILE_OLDER_CSV_VERSION: (p) => `Older CSV version ${p.version} (${p.edition}; current: ${p.current})`,
  FILE_UNREADABLE_CSV_VERSION: (p) => `The ${p.kind} layout of CSV version ${p.version} cannot be read`,
  FILE_VERSION_LAYOUT_MISMATCH: (p) => `CSV version ${p.version}, but ${p.fieldCount} fields are the layout of another version (read with that layout)`,
  FILE_MIXED_MONTHS: (p) => `Several service months in one file (${p.months})`,
  FILE_MONTH_MISMATCH: (p) => `The month in the file name (${p.nameMonth}) differs from the record's (${p.recordMonth})`,
  FILE_KIND_MISMATCH: (p) => `The name says ${kindLabel(p.kind, 'en')}, but the content (${p.fieldCount} fields) has the layout of ${kindsLabel(String(p.candidates ?? '').replace(/\//g, '+'), 'en')}`,
  FILE_SAME_SENDER_RECEIVER: () => 'Sender and receiver office are the same (such sends can fail)',
  FILE_KIND_UNKNOWN: () => 'Unknown file kind (the file name does not follow the naming rule)',
  FILE_TOO_LARGE: (p) => `File too large (${bytesLabel(p.size, 'en')}; limit ${bytesLabel(p.limit, 'en')})`,
  FILE_RECORD_TOO_LARGE: (p) => `A record runs over ${bytesLabel(p.limit, 'en')} without ending; reading stopped here`,
  FILE_TOO_MANY_RECORDS: (p) => `More than ${countLabel(p.limit)} records; the rest was not read`,
  FILE_ISSUES_TRUNCATED: (p) => `Too many issues; ${p.count} more were left out`,
  FILE_NOT_JPEG: () => 'Not a JPEG image (does not start with FF D8 FF)',
  FILENAME_UNKNOWN_PATTERN: (p) => (p.expected ? `The file name does not follow the naming rule (expected ${p.expected})` : 'The file name does not follow any naming rule'),
  FILENAME_LEGACY_CONVENTION: (p) => `Old file-name convention (${p.convention}) without service type codes (CSV 202208 and earlier)`,
  FILENAME_LOWERCASE_EXTENSION: (p) => `The extension .${p.extension} is not upper case (the spec writes .CSV)`,
  FILENAME_UNSAFE_CHARACTER: (p) => `The file name holds ${UNSAFE_EN[p.reason] ?? 'a character that cannot be used'} (${p.codePoint}) at character ${p.position}`,
  FILENAME_TOO_LONG: (p) => `The file name is too long (${p.length} characters, at most ${p.max})`,
  FILENAME_FULLWIDTH_CHARACTER: (p) => `The file name holds ${p.count} full-width letters, digits or symbols (the first is ${p.codePoint} at character ${p.position})`,
  FILENAME_LOOKALIKE_UNDERSCORE: (p) => `The file name holds ${p.count} × ${p.codePoint} COMBINING LOW LINE instead of "_" (first at character ${p.position}; copied from the PDF?)`,
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
    const where = elsewhere(p.elsewhere, 'en').map(([ts, kinds]) => (ts === undefined ? kinds : `${kinds} ${kinds.includes(',') ? 'have' : 'has'} sequence ${ts}`));
    return `${head}. Nearest unit ${unitLabel(p.unit, 'en')}: ${parts.join('; ')}${where.length > 0 ? ` (${where.join(', ')})` : ''}`;
  },
  BUNDLE_DUPLICATE_KIND: (p) => `More than one ${kindLabel(p.kind, 'en')} in one transmission unit`,
  BUNDLE_MISSING_PARENT_RECORD: (p) => `No linked ${kindLabel(p.parent, 'en')} record (same ${p.keys})`,
  BUNDLE_HOSOKU_MONTH_SEGMENT: (p) => `In this unit the supplementary file's name month is ${p.expected}`,
  BUNDLE_IMAGE_UNREFERENCED: () => 'No basic-information record refers to this image',
  BUNDLE_IMAGE_MISSING: () => 'A family-composition image referred to by a basic-information record is missing',
  BUNDLE_SINGLE_FILE_NOTE: () => 'Single file checked on its own: transmission units and links between files were not checked',
  FILE_UNREADABLE: (p) => `The file cannot be read (${UNREADABLE_EN[p.reason] ?? p.reason}); not checked`,
  FILE_NOT_REGULAR: (p) => `Not a regular file (${NOT_REGULAR_EN[p.type] ?? p.type}); not checked`,
  FILE_SYMLINK_SKIPPED: () => 'A symbolic link: its target was not read (not checked)',
  FILE_SIZE_UNKNOWN: () => 'The size of the file is not known before reading (or changed while reading); not read (not checked)',
  FILENAME_UNDECODABLE: () => 'The file name is not valid UTF-8 (e.g. a zip that kept Shift_JIS names); not checked',
} satisfies Messages;
