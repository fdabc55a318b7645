/**
 * buildFilename: the inverse of parseFilename, derived from the same grammar. Invalid parts are a
 * programmer error and throw a RangeError that says which segment and why.
 */
import {
  FILENAME_PART_KEYS,
  grammarOf,
  hasSegmentShape,
  segmentValueProblem,
  segmentsOf,
  type FileKindId,
  type FilenameConvention,
  type FilenameParts,
  type SegmentSpec,
} from './grammar.js';

export interface BuildFilenameOptions {
  /** `'v4'` (default, 第4.1版) or `'v3'` (CSV 202208 and earlier; no service-type segments). */
  convention?: FilenameConvention | undefined;
}

const show = (value: unknown): string => {
  if (typeof value !== 'string') return typeof value;
  return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
};

function describeSegment(spec: SegmentSpec): string {
  const chars = spec.charset === 'digits' ? 'digits' : 'characters of 0-9 or A-Z';
  return `${spec.width} ${chars}`;
}

/**
 * Builds the file name of a kind, e.g.
 * `buildFilename('UPPLAN', { targetMonth: '201912', senderOffice: '0300000100', … })`
 * → `UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV`.
 *
 * @example
 * ```ts
 * import { buildFilename } from 'careplan-csv';
 *
 * buildFilename('UPPLAN', { targetMonth: '202505', senderOffice: '1371200101', senderServiceType: '43', receiverOffice: '1371200202', receiverServiceType: '11', timestamp: '20250425170000' });
 * // 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV'
 * ```
 */
export function buildFilename(kind: FileKindId, parts: FilenameParts, options: BuildFilenameOptions = {}): string {
  const grammar = grammarOf(kind);
  const convention = options.convention ?? 'v4';
  const segments = segmentsOf(grammar, convention);
  const where = `buildFilename(${kind}, ${convention})`;
  if (typeof parts !== 'object' || parts === null) throw new RangeError(`${where}: parts must be an object`);

  const record = parts as unknown as Record<string, unknown>;
  for (const key of FILENAME_PART_KEYS) {
    if (record[key] !== undefined && !segments.some((s) => s.part === key)) {
      const why =
        key === 'targetMonth'
          ? `${kind} names have no YYYYMM segment`
          : key === 'branch'
            ? 'only UPKIHON_IMAGE names have a branch number'
            : 'v3 names have no service-type segments';
      throw new RangeError(`${where}: unexpected ${key} (${why})`);
    }
  }

  const values: string[] = [];
  for (const spec of segments) {
    const value = record[spec.part];
    if (value === undefined) throw new RangeError(`${where}: ${spec.part} is required`);
    if (typeof value !== 'string' || !hasSegmentShape(spec, value)) {
      throw new RangeError(`${where}: ${spec.part} must be ${describeSegment(spec)}, got ${show(value)}`);
    }
    const problem = segmentValueProblem(spec, value);
    if (problem === 'month') {
      const allowed = spec.check === 'monthOrZero' ? ' or 000000' : '';
      throw new RangeError(`${where}: ${spec.part} must be a real YYYYMM${allowed}, got ${show(value)}`);
    }
    if (problem === 'timestamp') {
      throw new RangeError(`${where}: ${spec.part} must be a real date-time YYYYMMDDHHMMSS, got ${show(value)}`);
    }
    values.push(value);
  }
  return `${grammar.prefix}_${values.join('_')}.${grammar.extension}`;
}
