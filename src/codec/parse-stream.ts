/**
 * parseStream: records and issues as they come, for migrations over large archives. Memory is
 * bounded by the longest record (plus one input chunk), not by the file.
 */
import { IssueSink, severityOverridesFor, type Issue } from '../core/issue.js';
import type { RecordValues } from '../spec/kind.js';
import { parseFilename } from '../filenames/parse.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_ISSUES } from './limits.js';
import { concatBytes, ReadPipeline } from './read-pipeline.js';
import type { ReadingOptions } from './parse-file.js';
import { checkLimit } from '../core/limit.js';
import { checkBoolean, checkOptions, checkString, describeValue } from '../core/refuse.js';
import { checkKind } from '../spec/kinds/index.js';

export interface ParseStreamOptions extends ReadingOptions {
  /** The file name; gives the kind and the month when it is standard. */
  readonly name?: string | undefined;
  /**
   * Stop with FILE_RECORD_TOO_LARGE when one record grows past this many bytes without ending
   * (default 10 MiB, the per-send limit: no real record comes near it). Bounds the memory.
   */
  readonly maxRecordBytes?: number | undefined;
  /** Stop reading records after this many (default: no limit; streams are for large archives). */
  readonly maxRecords?: number | undefined;
}

export type StreamEvent =
  | { readonly type: 'record'; readonly record: RecordValues; readonly recordNo: number; readonly line: number }
  | { readonly type: 'rejected'; readonly fields: readonly string[]; readonly recordNo: number; readonly line: number }
  | { readonly type: 'issue'; readonly issue: Issue };

/** What parseStream reads: a web ReadableStream, a Node readable (async iterable) or chunks. */
export type ParseStreamSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ReadableStream<Uint8Array>;
type Source = ParseStreamSource;

/**
 * The most bytes read in one step. The events of a step are made before the first is yielded, so a
 * large chunk of short rows (1 MiB of empty lines: half a million rejected rows) would otherwise
 * hold them all at once.
 */
const STEP_BYTES = 64 * 1024;

async function* chunksOf(source: Source): AsyncGenerator<Uint8Array> {
  for await (const raw of rawChunksOf(source) as AsyncIterable<unknown>) {
    const chunk = raw instanceof Uint8Array ? raw : raw instanceof ArrayBuffer ? new Uint8Array(raw) : undefined;
    if (!chunk) throw new TypeError(`parseStream: a chunk is not a Uint8Array (got ${describeValue(raw)})`);
    for (let at = 0; at < chunk.length; at += STEP_BYTES) yield chunk.subarray(at, at + STEP_BYTES);
  }
}

async function* rawChunksOf(source: Source): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  yield* source as AsyncIterable<Uint8Array>;
}

/**
 * Reads one file as a stream: records, rejected rows and issues as they come, in memory bounded
 * by the longest record (not by the file), for migrations over large archives. The same checks
 * as `parseFile`, on the same read path; the events arrive in file order.
 *
 * @param source - a web ReadableStream, a Node readable (any async iterable of Uint8Array) or chunks.
 * @param options - `name` (gives the kind, month and parties) or `kind`; limits (`maxRecordBytes`, `maxRecords`, `maxIssues`); severity; `acceptUtf8`.
 * @returns an async generator of `{ type: 'record' | 'rejected' | 'issue' }` events.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { parseStream } from 'careplan-csv';
 *
 * const name = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
 * for await (const e of parseStream(createReadStream(name), { name })) {
 *   if (e.type === 'record') console.log(e.recordNo, e.record.serviceCode);
 *   else if (e.type === 'issue') console.log(e.issue.code, e.issue.line);
 * }
 * ```
 */
export async function* parseStream(source: Source, options: ParseStreamOptions = {}): AsyncGenerator<StreamEvent> {
  checkOptions('parseStream', options);
  const file = checkString('parseStream', 'name', options.name);
  if (options.kind !== undefined) checkKind('parseStream', 'kind', options.kind);
  checkBoolean('parseStream', 'reportValues', options.reportValues);
  checkBoolean('parseStream', 'acceptUtf8', options.acceptUtf8);
  const maxIssues = checkLimit('parseStream', 'maxIssues', options.maxIssues) ?? DEFAULT_MAX_ISSUES;
  const maxRecordBytes = checkLimit('parseStream', 'maxRecordBytes', options.maxRecordBytes) ?? DEFAULT_MAX_BYTES;
  const maxRecords = checkLimit('parseStream', 'maxRecords', options.maxRecords) ?? Infinity;
  const sink = new IssueSink(maxIssues, severityOverridesFor(options, 'parseStream'));
  const filename = file !== undefined ? parseFilename(file) : undefined;
  if (filename) for (const i of filename.issues) sink.push(i, { file });
  const nameKind = filename?.kind;
  const kind = nameKind && nameKind !== 'UPKIHON_IMAGE' ? nameKind : options.kind;
  let ready: StreamEvent[] = [];
  const flush = function* () {
    const out = ready;
    ready = [];
    yield* out;
    for (const issue of sink.drain()) yield { type: 'issue' as const, issue };
  };
  if (!kind) {
    sink.add('FILE_KIND_UNKNOWN', { file });
    yield* flush();
    return;
  }
  const drainInto = () => {
    for (const issue of sink.drain()) ready.push({ type: 'issue', issue });
  };
  const pipeline = new ReadPipeline(
    sink,
    {
      file,
      kind,
      reportValues: options.reportValues,
      filename,
      acceptUtf8: options.acceptUtf8,
      maxRecords,
      maxIssues,
      severity: sink.overrides,
    },
    {
      record(record, recordNo, line) {
        drainInto();
        ready.push({ type: 'record', record, recordNo, line });
      },
      rejected(fields, recordNo, line) {
        drainInto();
        ready.push({ type: 'rejected', fields, recordNo, line });
      },
    },
  );

  // Chunks are held until they add up to as much as the text still unread: a record that spans
  // many chunks is then scanned again only each time its bytes double, so an endless line costs
  // linear time, not quadratic.
  const held: Uint8Array[] = [];
  let heldBytes = 0;
  for await (const chunk of chunksOf(source)) {
    held.push(chunk);
    heldBytes += chunk.length;
    const unread = pipeline.unread;
    if (pipeline.probed && unread + heldBytes > maxRecordBytes && unread > 0) {
      // After the UTF-8 probe, the unread text is one unfinished record: it will not end in time.
      sink.addAlways('FILE_RECORD_TOO_LARGE', { file, kind, record: pipeline.nextRecord, line: pipeline.nextLine }, { limit: maxRecordBytes });
      sink.finish({ file });
      yield* flush();
      return;
    }
    if (heldBytes < unread) continue;
    pipeline.push(concatBytes(held.splice(0)), false);
    heldBytes = 0;
    yield* flush();
    if (!pipeline.reading) return;
  }
  pipeline.push(concatBytes(held), true);
  if (pipeline.reading) pipeline.finish();
  sink.finish({ file });
  yield* flush();
}
