/**
 * One read path: parseFile and parseStream share the orchestration (codec/read-pipeline.ts), so
 * on the same bytes they give the same records, rows and issues, however the stream is cut. Only
 * the order of issues may depend on the chunking.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFile } from '../../src/codec/parse-file.js';
import { parseStream, type StreamEvent } from '../../src/codec/parse-stream.js';
import { encodeCp932 } from '../../src/encoding/cp932.js';
import type { Issue } from '../../src/core/issue.js';
import { anyFileArb } from '../../src/testing/index.js';
import { breakArb, breakBytes, cut, fixtureFiles } from '../support/broken-files.js';

const issueKey = (i: Issue) => JSON.stringify([i.code, i.severity, i.file, i.offset, i.record, i.line, i.fieldNo, i.fieldKey, i.params]);

async function streamed(name: string, chunks: Uint8Array[]) {
  const events: StreamEvent[] = [];
  for await (const e of parseStream(chunks, { name })) events.push(e);
  return {
    records: events.flatMap((e) => (e.type === 'record' ? [e.record] : [])),
    lines: events.flatMap((e) => (e.type === 'record' ? [e.line] : [])),
    rejected: events.flatMap((e) => (e.type === 'rejected' ? [{ record: e.recordNo, line: e.line, fields: e.fields }] : [])),
    issues: events.flatMap((e) => (e.type === 'issue' ? [issueKey(e.issue)] : [])).sort(),
  };
}

function whole(name: string, bytes: Uint8Array) {
  const r = parseFile({ name, bytes });
  return { records: r.records, lines: r.lines, rejected: r.rejected, issues: r.issues.map(issueKey).sort() };
}

describe('parseFile and parseStream', () => {
  it.each(fixtureFiles.map((p) => [basename(p), p]))(
    'give the same result on the fixture %s, whole and in chunks of 1, 7 and 4096 bytes',
    async (name, path) => {
      const bytes = new Uint8Array(readFileSync(path));
      const expected = whole(name, bytes);
      for (const size of [bytes.length, 1, 7, 4096]) expect(await streamed(name, cut(bytes, [size]))).toEqual(expected);
    },
  );

  it('give the same result on generated files broken anywhere and cut anywhere (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyFileArb({ minRecords: 1, maxRecords: 5 }),
        fc.array(breakArb, { maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
        async (file, breaks, sizes) => {
          const bytes = breakBytes(file.bytes, breaks);
          expect(await streamed(file.name, cut(bytes, sizes))).toEqual(whole(file.name, bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skip an end-of-file mark (0x1A) on the last line alone, with one warning, however the stream is cut; elsewhere it stays a control character', async () => {
    const name = 'DLTPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
    const body = encodeCp932('202407,131016,0000012345,202505\r\n').bytes!;
    const withMarks = (tail: number[]) => Uint8Array.from([...body, ...tail]);
    for (const [tail, codes] of [
      [[0x1a], ['CSV_EOF_MARKER']],
      [[0x1a, 0x1a, 0x1a], ['CSV_EOF_MARKER']],
      [
        [0x1a, 0x0d, 0x0a],
        ['ENCODING_CONTROL_CHARACTER', 'RECORD_FIELD_COUNT'],
      ],
    ] as const) {
      const bytes = withMarks([...tail]);
      const expected = whole(name, bytes);
      expect(expected.issues.map((k) => JSON.parse(k)[0])).toEqual(codes);
      expect(expected.records).toHaveLength(1);
      for (let at = 1; at < bytes.length; at++) expect(await streamed(name, [bytes.subarray(0, at), bytes.subarray(at)])).toEqual(expected);
    }
    const mark = JSON.parse(whole(name, withMarks([0x1a, 0x1a])).issues[0]!);
    expect(mark).toEqual(['CSV_EOF_MARKER', 'warning', name, body.length, null, 2, null, null, { count: 2 }]);
  });

  it('report a lone CR at the end of the last record once (it used to be twice in a stream)', async () => {
    const name = 'DLTPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
    const bytes = encodeCp932('202407,131016,0000012345,202505\r\n202407,131016,0000012346,202505\r').bytes!;
    const count = (issues: readonly string[]) => issues.filter((k) => k.includes('CSV_CR_LINE_ENDING')).length;
    expect(count(whole(name, bytes).issues)).toBe(1);
    for (const size of [bytes.length, 1, 5]) expect(count((await streamed(name, cut(bytes, [size]))).issues)).toBe(1);
  });
});

describe('issues that say reading stopped', () => {
  it('are kept even when the issue cap is full', async () => {
    const name = 'DLTPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
    // Three records, each with an invalid month: the cap of 1 is full before maxRecords stops the read.
    const bytes = encodeCp932('202407,131016,0000012345,202513\r\n'.repeat(3)).bytes!;
    const r = parseFile({ name, bytes }, { maxIssues: 1, maxRecords: 2 });
    expect(r.issues.map((i) => i.code)).toEqual(['FIELD_INVALID_YYYYMM', 'FILE_TOO_MANY_RECORDS', 'FILE_ISSUES_TRUNCATED']);
    const events: StreamEvent[] = [];
    // Past the UTF-8 probe (64 KiB), a record that does not end within maxRecordBytes stops the stream.
    const endless = Uint8Array.from([...bytes, ...new Uint8Array(70_000).fill(0x41)]);
    for await (const e of parseStream([endless, new Uint8Array(20).fill(0x41)], { name, maxIssues: 1, maxRecordBytes: 50_000 })) events.push(e);
    expect(events.flatMap((e) => (e.type === 'issue' ? [e.issue.code] : []))).toContain('FILE_RECORD_TOO_LARGE');
  });
});
