/**
 * validateBundle: one transmission (送信) of files. Per-send limits are checked on sizes and names
 * before anything is decoded, so an oversized send costs no memory; then every CSV is parsed and
 * the unit and relation rules run on the results.
 */
import { IssueSink, hasErrors, issueFromProblem, severityOverridesFor, type SeverityOverrides } from '../core/issue.js';
import { checkArray, checkBoolean, checkOneOf, checkOptions, describeValue } from '../core/refuse.js';
import { checkLimit } from '../core/limit.js';
import { parseFileNamed } from '../codec/parse-file.js';
import type { RecordCollector } from '../check/collector.js';
import { parseFilename } from '../filenames/parse.js';
import { groupIntoTransmissions } from './group.js';
import { mergedUnitsOf, unitGroups, unitsOf } from './unit-groups.js';
import type { BundleContext, BundleRule } from './rule.js';
import type { BundleContextFile, BundleFile, BundleFileResult, BundleResult, NotReadReason, TransmissionUnitResult, ValidateBundleOptions } from './types.js';
import { sendLimits } from './rules/limits.js';
import { allowedExtensions } from './rules/extensions.js';
import { standardCsvOnly } from './rules/standard-csv.js';
import { transmissionUnits } from './rules/units.js';
import { parentRecordsExist } from './rules/relations.js';
import { hosokuMonthSegment } from './rules/hosoku-month.js';
import { familyImagesLinked } from './rules/images.js';
import { appendicesSent } from './rules/appendices.js';
import { planAndTable7Agree } from './rules/plan-and-table7.js';
import { limitsAgainstSupplement } from './rules/limits-against-supplement.js';
import { actualsAgainstPlan } from './rules/actuals.js';

/** Every bundle rule, in the order they run. */
export const BUNDLE_RULES: readonly BundleRule[] = [
  sendLimits,
  allowedExtensions,
  standardCsvOnly,
  transmissionUnits,
  hosokuMonthSegment,
  parentRecordsExist,
  familyImagesLinked,
  appendicesSent,
  // 第7表 against 第6表 and 利用者補足情報 (issue 13 §2).
  planAndTable7Agree,
  limitsAgainstSupplement,
  actualsAgainstPlan,
];

/** Files given to the API: an array of { name: string, bytes: Uint8Array, size?: number }. */
export function checkBundleFiles(where: string, files: unknown): void {
  checkArray(where, 'files', files);
  (files as readonly unknown[]).forEach((f, i) => {
    if (typeof f !== 'object' || f === null) throw new TypeError(`${where}: files[${i}] must be an object { name, bytes } (got ${describeValue(f)})`);
    const { name, bytes, size } = f as Partial<BundleFile>;
    if (typeof name !== 'string') throw new TypeError(`${where}: files[${i}].name must be a string (got ${describeValue(name)})`);
    if (!(bytes instanceof Uint8Array)) throw new TypeError(`${where}: files[${i}].bytes must be a Uint8Array (got ${describeValue(bytes)})`);
    checkLimit(where, `files[${i}].size`, size);
  });
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1);
};

/**
 * Validates one send (送信): every file, the per-send limits (30 files, 10 MiB: checked on the
 * sizes before anything is decoded, so an oversized send costs no memory and its files are
 * `notRead: 'send-limits'`), the extensions, the transmission units (files grouped by ファイル連番)
 * and the links between their records. A file the caller could not read is passed with `fault`.
 *
 * @param files - `{ name, bytes }` per file (`size` when the bytes were not read, `filename` when the name is parsed already).
 * @param options - `scope: 'single-file'` for one file alone; limits; severity or `profile: 'strict'`; `reportValues`; `acceptUtf8`.
 * @returns `ok`, each file's result (as `parseFile`'s, plus `name`, `size`, `notRead`), the issues of the send, and the units found.
 *
 * @example
 * ```ts
 * import { readFileSync, readdirSync } from 'node:fs';
 * import { validateBundle, formatIssue } from 'careplan-csv';
 *
 * // everything the user is about to send, as one send
 * const files = readdirSync('outbox').map((name) => ({ name, bytes: readFileSync(`outbox/${name}`) }));
 * const result = validateBundle(files);
 * console.log(result.ok, result.units.map((u) => u.unitIds.join('/'))); // true [ 'K1', 'K2/Y4' ]
 * for (const issue of result.issues) console.log(formatIssue(issue));
 * ```
 */
export function validateBundle(files: readonly BundleFile[], options: ValidateBundleOptions = {}): BundleResult {
  checkBundleFiles('validateBundle', files);
  checkOptions('validateBundle', options);
  for (const limit of ['maxFiles', 'maxTotalBytes', 'maxIssuesPerFile'] as const) checkLimit('validateBundle', limit, options[limit]);
  checkBoolean('validateBundle', 'reportValues', options.reportValues);
  const sink = new IssueSink(Infinity, severityOverridesFor(options, 'validateBundle'));
  const scope = checkOneOf('validateBundle', 'scope', options.scope, ['transmission', 'single-file']) ?? 'transmission';
  const rules = BUNDLE_RULES.filter((r) => scope === 'transmission' || r.scope === 'send');
  // Each name is parsed once (or not at all, when the caller gives it parsed).
  let ctxFiles: BundleContextFile[] = files.map((f) => {
    const filename = f.filename ?? parseFilename(f.name);
    return { name: f.name, size: f.size ?? f.bytes.length, bytes: f.bytes, extension: extensionOf(f.name), filename, kind: filename.kind, fault: f.fault };
  });
  // One context per phase (before and after decoding): the files and their groups do not change within one.
  const context = (): BundleContext => ({
    files: ctxFiles,
    groups: unitGroups(ctxFiles),
    options,
    collected: <T extends RecordCollector>(rule: BundleRule, file: BundleContextFile) => file.collected?.get(rule) as T | undefined,
  });

  const before = context();
  for (const rule of rules.filter((r) => r.beforeDecoding)) rule.check(before, sink);
  if (hasErrors(sink.issues) && sink.issues.some((i) => i.code === 'BUNDLE_TOO_MANY_FILES' || i.code === 'BUNDLE_TOO_LARGE')) {
    // Refused before decoding: each file only gets its name checked.
    const results = ctxFiles.map((f) => unparsed(f, f.fault ? 'fault' : 'send-limits', sink.overrides));
    return { ok: false, files: results, issues: sink.finish(), units: [] };
  }

  ctxFiles = ctxFiles.map((f) => {
    if (f.fault) return { ...f, parsed: unparsed(f, 'fault', sink.overrides) };
    if (!f.kind) return { ...f, parsed: unparsed(f) };
    const kind = f.kind;
    const collectors = new Map<BundleRule, RecordCollector>();
    // Collectors of one class gather the same from a file: rules that ask for the same one share it.
    const byClass = new Map<unknown, RecordCollector>();
    if (kind !== 'UPKIHON_IMAGE')
      for (const rule of rules) {
        const c = rule.collect?.(kind);
        if (!c) continue;
        const shared = byClass.get(c.constructor) ?? c;
        byClass.set(c.constructor, shared);
        collectors.set(rule, shared);
      }
    const parsed = parseFileNamed(
      { name: f.name, bytes: f.bytes },
      f.filename,
      {
        reportValues: options.reportValues,
        severity: options.severity,
        profile: options.profile,
        maxIssues: options.maxIssuesPerFile,
        acceptUtf8: options.acceptUtf8,
      },
      [...byClass.values()],
      options.records !== false,
    );
    return { ...f, parsed: { ...parsed, name: f.name, size: f.size } as BundleFileResult, collected: collectors };
  });
  if (scope === 'single-file') sink.add('BUNDLE_SINGLE_FILE_NOTE');
  const after = context();
  for (const rule of rules.filter((r) => !r.beforeDecoding)) rule.check(after, sink);

  const issues = sink.finish();
  const results = ctxFiles.map((f) => f.parsed ?? unparsed(f));
  const groups = after.groups;
  const units = [...groups.values()].map((fs): TransmissionUnitResult => {
    const unitIds = unitsOf(fs).map((u) => u.id);
    const merged = unitIds.length === 0 ? mergedUnitsOf(fs)[0] : undefined;
    return { timestamp: fs[0]!.filename.timestamp!, unitIds, ...(merged ? { mergedUnitIds: merged.map((u) => u.id) } : {}), fileNames: fs.map((f) => f.name) };
  });
  return { ok: !hasErrors(issues) && results.every((r) => r.ok), files: results, issues, units };
}

/**
 * The naming rules cover the standard's CSVs and the 家族構成 images; other attachments a send may
 * carry (PDF, TXT, GIF, PNG, JPEG) have free names, so only hostile-name issues apply to them.
 */
const FREE_NAME_EXEMPT: ReadonlySet<string> = new Set(['FILENAME_UNKNOWN_PATTERN', 'FILENAME_LOWERCASE_EXTENSION']);
const nameIssues = (f: BundleContextFile) =>
  f.kind === undefined && f.extension.toUpperCase() !== 'CSV' ? f.filename.issues.filter((i) => !FREE_NAME_EXEMPT.has(i.code)) : f.filename.issues;

/** The result for a file that was not decoded: its name's issues only (and its fault, if any). */
function unparsed(f: BundleContextFile, notRead?: NotReadReason, overrides?: SeverityOverrides): BundleFileResult {
  const issues = [
    ...(f.fault ? [issueFromProblem(f.fault, { file: f.name }, undefined, overrides)] : []),
    ...nameIssues(f).map((i) => ({ ...i, file: f.name })),
  ];
  return {
    ok: !hasErrors(issues),
    kind: (f.kind ?? null) as null,
    csvVersion: null,
    records: [],
    issues,
    filename: f.filename,
    rejected: [],
    lines: [],
    recordCount: 0,
    name: f.name,
    size: f.size,
    ...(notRead ? { notRead } : {}),
  };
}

export { groupIntoTransmissions };
