import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleFile } from '../../src/sample/index.js';
import { getTable } from '../../src/spec/kinds/index.js';
import { cli, tempDir, writeFiles } from './helpers.js';

let file: string;
let records: Record<string, string>[];

beforeAll(() => {
  const f = sampleFile('UPJSK', { seed: 11 });
  records = parseFile(f).records as Record<string, string>[];
  file = writeFiles(join(tempDir(), 'i'), [f])[0]!;
});

describe('inspect', () => {
  it('lists every field of every record as "No. 項目名: value", personal ones masked', () => {
    const r = cli(['inspect', file]);
    expect(r.code).toBe(0);
    const table = getTable('UPJSK');
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('── ') && l.includes('件目'))).toHaveLength(records.length);
    for (const f of table.fields) {
      const v = records[0]![f.key]!;
      const expected = f.personal ? (v === '' ? '' : `＊＊＊ (${[...v].length}文字)`) : v;
      expect(lines, `${f.no} ${f.key}`).toContain(`  ${f.no}. ${f.name.ja}: ${expected}`);
    }
    expect(r.stdout).toContain('── 指摘（0件） ──');
  });

  it('--limit N shows N records; --lang en names fields in English; --show-values unmasks', () => {
    const r = cli(['inspect', '--limit', '1', '--lang', 'en', '--show-values', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('── Record '))).toHaveLength(1);
    expect(r.stdout).toContain(`  3. Insured person number: ${records[0]!.insuredNumber}`);
    if (records.length > 1) expect(r.stdout).toContain(`… ${records.length - 1} more`);
  });

  it('usage errors exit 2', () => {
    expect(cli(['inspect']).code).toBe(2);
    expect(cli(['inspect', '--limit', 'x', file]).code).toBe(2);
    expect(cli(['inspect', '--kind', 'NOPE', file]).code).toBe(2);
    expect(cli(['inspect', join(tempDir(), 'missing.CSV')]).code).toBe(2);
  });
});
