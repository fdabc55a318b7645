/** Default limits, from the spec's per-send limit (10 MB). */
export const MIB = 1024 * 1024;
/** The spec's per-send limit, read as 10 × 1024 × 1024 bytes (see README, "How this library reads the spec"). */
export const DEFAULT_MAX_BYTES = 10 * MIB;
export const DEFAULT_MAX_RECORDS = 1_000_000;
export const DEFAULT_MAX_ISSUES = 1000;
/** Rows that are not records kept in full by parseFile (`rejected`); the rest are counted. */
export const DEFAULT_MAX_REJECTED = 1000;
