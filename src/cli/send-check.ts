/**
 * One send of `check`, validated: the plan of the sends (`planSends`) and the per-send step
 * (`checkSend`), on its own so that worker threads (workers.ts) run exactly what the main thread
 * runs.
 */
import { groupIntoTransmissions } from '../bundle/group.js';
import { validateBundle } from '../bundle/validate.js';
import type { BundleFile, BundleResult } from '../bundle/types.js';
import type { Issue, Profile } from '../core/issue.js';
import type { ParsedFilename } from '../filenames/parse.js';
import { withoutValues } from '../report/mask.js';
import { sendReport, type SendReport } from '../report/model.js';
import { readSendFiles, type InputFile } from './fs.js';

/** One input file with its name parsed (once, for grouping and for validation). */
export interface PlannedFile extends InputFile {
  readonly filename: ParsedFilename;
  /** Bytes already read (stdin). */
  readonly bytes?: Uint8Array | undefined;
}

/** One send to validate. */
export interface PlannedSend {
  readonly scope: 'single-file' | 'transmission';
  readonly files: readonly PlannedFile[];
}

/** What validating a send needs besides its files. */
export interface SendContext {
  readonly showValues: boolean;
  readonly profile: Profile;
  readonly acceptUtf8: boolean;
  readonly maxIssuesPerFile?: number | undefined;
  /** Called after each file of the send is done (progress). */
  readonly onFile?: ((f: PlannedFile) => void) | undefined;
}

/** Validates the sends and gives their reports in order. The default runs `checkSend` on each in turn. */
export type SendChecker = (sends: readonly PlannedSend[], ctx: SendContext) => Promise<SendReport[]>;

/** Drops value parameters everywhere (second line of defence behind reportValues: false). */
function masked(result: BundleResult): BundleResult {
  const strip = (issues: readonly Issue[]) => issues.map(withoutValues);
  return { ...result, files: result.files.map((f) => ({ ...f, issues: strip(f.issues) })) as BundleResult['files'], issues: strip(result.issues) };
}

/**
 * Validates one send: the per-send limits are decided from the sizes first (a send over them is
 * refused without reading any file); otherwise each file is read with a bound (its size + 1, at
 * most the limit + 1 bytes) and a file that cannot be read is a fault of that file. The report
 * keeps no record and no byte.
 */
export async function checkSend(send: PlannedSend, ctx: SendContext): Promise<SendReport> {
  const bundle: BundleFile[] = readSendFiles(send.files).map((b, i) => ({ ...b, filename: send.files[i]!.filename }));
  const result = validateBundle(bundle, {
    scope: send.scope,
    reportValues: ctx.showValues,
    profile: ctx.profile,
    acceptUtf8: ctx.acceptUtf8,
    maxIssuesPerFile: ctx.maxIssuesPerFile,
    records: false,
  });
  const report = sendReport(ctx.showValues ? result : masked(result), {
    scope: send.scope,
    acceptUtf8: ctx.acceptUtf8,
    files: send.files.map((f, i) => ({ path: f.shown, bytes: bundle[i]!.bytes, filename: f.filename })),
  });
  for (const f of send.files) ctx.onFile?.(f);
  return report;
}

/** The default `SendChecker`: one send after the other, in this process. */
export const checkSendsInTurn: SendChecker = async (sends, ctx) => {
  const out: SendReport[] = [];
  for (const s of sends) out.push(await checkSend(s, ctx));
  return out;
};

/** The sends of a run: one (the default), or one per (ファイル連番, sender, receiver) with --archive. */
export function planSends(files: readonly PlannedFile[], options: { archive: boolean; single: boolean }): PlannedSend[] {
  if (options.single) return [{ scope: 'single-file', files }];
  if (!options.archive) return [{ scope: 'transmission', files }];
  return groupIntoTransmissions(files).map((g) => ({ scope: 'transmission', files: g.files }));
}
