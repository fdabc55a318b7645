/**
 * validateBundle: one transmission (送信) of files. Per-send limits are checked on sizes and names
 * before anything is decoded, so an oversized send costs no memory; then every CSV is parsed and
 * the unit and relation rules run on the results.
 */
import { IssueSink, hasErrors, severityOverridesFor } from '../core/issue.js';
import { parseFileNamed } from '../codec/parse-file.js';
import type { RecordCollector } from '../check/collector.js';
import { parseFilename } from '../filenames/parse.js';
import { groupIntoTransmissions } from './group.js';
import { matchUnits } from '../spec/units.js';
import type { BundleContext, BundleRule } from './rule.js';
import type { BundleContextFile, BundleFile, BundleFileResult, BundleResult, ValidateBundleOptions } from './types.js';
import { sendLimits } from './rules/limits.js';
import { allowedExtensions } from './rules/extensions.js';
import { standardCsvOnly } from './rules/standard-csv.js';
import { transmissionUnits } from './rules/units.js';
import { parentRecordsExist } from './rules/relations.js';
import { hosokuMonthSegment } from './rules/hosoku-month.js';
import { familyImagesLinked } from './rules/images.js';

/** Every bundle rule, in the order they run. */
export const BUNDLE_RULES: readonly BundleRule[] = [
  sendLimits,
  allowedExtensions,
  standardCsvOnly,
  transmissionUnits,
  hosokuMonthSegment,
  parentRecordsExist,
  familyImagesLinked,
];

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1);
};

export function validateBundle(files: readonly BundleFile[], options: ValidateBundleOptions = {}): BundleResult {
  const sink = new IssueSink(Infinity, severityOverridesFor(options));
  const scope = options.scope ?? 'transmission';
  const rules = BUNDLE_RULES.filter((r) => scope === 'transmission' || r.scope === 'send');
  let ctxFiles: BundleContextFile[] = files.map((f) => {
    const filename = parseFilename(f.name);
    return { name: f.name, size: f.size ?? f.bytes.length, bytes: f.bytes, extension: extensionOf(f.name), filename, kind: filename.kind };
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
    const results = ctxFiles.map((f) => unparsed(f));
    return { ok: false, files: results, issues: sink.finish(), units: [] };
  }

  ctxFiles = ctxFiles.map((f) => {
    if (!f.kind) return { ...f, parsed: unparsed(f) };
    const kind = f.kind;
    const collectors = new Map<BundleRule, RecordCollector>();
    if (kind !== 'UPKIHON_IMAGE')
      for (const rule of rules) {
        const c = rule.collect?.(kind);
        if (c) collectors.set(rule, c);
      }
    const parsed = parseFileNamed(
      { name: f.name, bytes: f.bytes },
      f.filename,
      { reportValues: options.reportValues, severity: options.severity, profile: options.profile, maxIssues: options.maxIssuesPerFile },
      [...collectors.values()],
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
  const units = [...groups].map(([timestamp, fs]) => ({
    timestamp,
    unitIds: matchUnits(new Set(fs.map((f) => f.kind!))).map((u) => u.id),
    fileNames: fs.map((f) => f.name),
  }));
  return { ok: !hasErrors(issues) && results.every((r) => r.ok), files: results, issues, units };
}

/** Files of a known kind grouped by ファイル連番. */
function unitGroups(files: readonly BundleContextFile[]): Map<string, BundleContextFile[]> {
  const groups = new Map<string, BundleContextFile[]>();
  for (const f of files) {
    if (!f.kind || !f.filename.timestamp) continue;
    const g = groups.get(f.filename.timestamp) ?? [];
    g.push(f);
    groups.set(f.filename.timestamp, g);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The naming rules cover the standard's CSVs and the 家族構成 images; other attachments a send may
 * carry (PDF, TXT, GIF, PNG, JPEG) have free names, so only hostile-name issues apply to them.
 */
const FREE_NAME_EXEMPT: ReadonlySet<string> = new Set(['FILENAME_UNKNOWN_PATTERN', 'FILENAME_LOWERCASE_EXTENSION']);
const nameIssues = (f: BundleContextFile) =>
  f.kind === undefined && f.extension.toUpperCase() !== 'CSV' ? f.filename.issues.filter((i) => !FREE_NAME_EXEMPT.has(i.code)) : f.filename.issues;

/** The result for a file that was not decoded: its name's issues only. */
function unparsed(f: BundleContextFile): BundleFileResult {
  const issues = nameIssues(f).map((i) => ({ ...i, file: f.name }));
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
  };
}

export { groupIntoTransmissions };
