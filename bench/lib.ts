/**
 * The library, as the bench uses it: its public entry points only, so that the bench follows any
 * reshuffle inside src/. (The byte scanner and tokenizer rows import ../src/csv/ directly.)
 */
export { decodeCp932, getTable, parseFile, parseStream, stringifyFile, validateBundle } from '../src/index.js';
export type { BundleResult, KindId, ValidateBundleOptions } from '../src/index.js';
export { sampleRecords, sampleTransmission } from '../src/sample/index.js';
export { MAX_BYTES_PER_SEND } from '../src/bundle/rules/limits.js';
