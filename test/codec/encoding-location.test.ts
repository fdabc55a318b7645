/**
 * Encoding issues say where: the 1-based line, record and 項目No. of the byte (and its offset), the
 * same in parseFile and in parseStream whatever the chunks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { parseStream } from '../../src/codec/parse-stream.js';
import { formatIssue } from '../../src/report/format.js';
import { cut } from '../support/broken-files.js';

const load = (c: string) => {
  const dir = join('spec-fixtures/invalid', c);
  const name = readdirSync(dir).find((n) => !n.endsWith('.json'))!;
  return { name, bytes: new Uint8Array(readFileSync(join(dir, name))) };
};

describe('encoding issues are located', () => {
  it.each([
    ['encoding-invalid-bytes', 'ENCODING_INVALID_BYTES', { line: 5, record: 2, fieldNo: 24, offset: 1185 }, ':5 項目24「総合的な援助の方針」（1186バイト目）'],
    ['encoding-gaiji', 'ENCODING_GAIJI', { line: 3, record: 2, fieldNo: 6, offset: 372 }, ':3 項目6「利用者氏名」（373バイト目）'],
    ['encoding-control-character', 'ENCODING_CONTROL_CHARACTER', { record: 2, fieldNo: 24 }, '項目24「総合的な援助の方針」'],
  ])('%s: %s at line, record, 項目No. and byte', async (fixture, code, where, text) => {
    const file = load(fixture);
    const issue = parseFile(file).issues.find((i) => i.code === code)!;
    expect(issue).toMatchObject(where);
    expect(formatIssue(issue)).toContain(text);
    for (const size of [1, 7, 4096]) {
      const streamed: unknown[] = [];
      for await (const e of parseStream(cut(file.bytes, [size]), { name: file.name })) if (e.type === 'issue' && e.issue.code === code) streamed.push(e.issue);
      expect(streamed[0], `chunks of ${size}`).toMatchObject(where);
    }
  });

  it('a byte in a quoted field with line breaks: the line of the byte, the record it belongs to', () => {
    const text = '202407,"a\r\nb\r\nc\x85\x40",x\r\n202407,y,"\x85\x40"\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const issues = parseFile({ bytes }, { kind: 'DLTJSK' }).issues.filter((i) => i.code === 'ENCODING_INVALID_BYTES');
    expect(issues.map((i) => [i.line, i.record, i.fieldNo])).toEqual([
      [3, 1, 2],
      [4, 2, 3],
    ]);
  });
});
