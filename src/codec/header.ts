/**
 * A header row is recognised by its first field: CSVバージョン is digits, a header's first cell is
 * a caption (letters or Japanese, e.g. "CSVバージョン"). A malformed version such as 2024-07 is not
 * a header; it is reported as a field error.
 */
export const looksLikeHeader = (firstField: string): boolean => /[A-Za-z\u0080-\uffff]/.test(firstField);
