/**
 * A record collector reads each record of a file while the file is read, and keeps what a rule
 * across files needs of it (a set of keys, a few numbers per user). Rules across files then look
 * at what was collected, never at the records themselves, so a check needs no record objects
 * kept in memory. The record handed to `add` may be reused for the next one: copy what you keep.
 */
import type { RecordValues } from '../spec/kind.js';

export interface RecordCollector {
  add(record: RecordValues, recordNo: number, line: number): void;
}
