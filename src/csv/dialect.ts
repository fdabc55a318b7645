/**
 * THE dialect of the spec's CSV files, and the only place where csv-parse / csv-stringify options
 * are built. The hot path uses the hand-written tokenizer and writer in this folder (measured
 * 4–8× faster than csv-parse on 10 MB files, see bench/); csv-parse and csv-stringify stay in the
 * test suite as oracles that the hand-written code is compared against.
 */
export const DIALECT = {
  delimiter: ',',
  quote: '"',
  /** Written after every record, the last one included. */
  recordTerminator: '\r\n',
  /** Shift_JIS has no BOM; none is written. */
  bom: false,
  /** No header row is defined by the spec. */
  header: false,
  /** Free text (書式 フリーテキスト) is always quoted, even when empty; other fields never (unless they must be). */
  quoteFreeText: 'always',
} as const;

/** csv-parse options that read the dialect the way our tokenizer does (used by the oracle tests). */
export function csvParseOptions() {
  return {
    delimiter: DIALECT.delimiter as string,
    quote: DIALECT.quote as string,
    escape: DIALECT.quote as string,
    bom: false,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  };
}

/** csv-stringify options that write the canonical form for a layout whose free-text columns are `quoted`. */
export function csvStringifyOptions(quoted: readonly boolean[]) {
  return {
    delimiter: DIALECT.delimiter,
    quote: DIALECT.quote,
    escape: DIALECT.quote,
    record_delimiter: 'windows' as const,
    // csv-stringify quotes on CRLF only; a lone CR or LF must be quoted too.
    quoted_match: /[\r\n]/,
    cast: {
      // csv-stringify never quotes an empty value, so an empty free text is a literal "" with quoting off.
      string: (value: string, context: { index: number }) =>
        quoted[context.index] ? (value === '' ? { value: '""', quote: false } : { value, quoted: true }) : value,
    },
  };
}
