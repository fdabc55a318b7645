import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleFile } from '../../src/sample/index.js';
import { getTable } from '../../src/spec/kinds/index.js';
import { CLI, cli, tempDir, writeFiles } from './helpers.js';

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

  it('a file of a million short rows that are not records: the first 100 shown, the rest counted, in bounded memory (48 MiB heap)', () => {
    const dir = tempDir();
    const path = join(dir, 'UPPLAN_202505_1371200101_43_1371200202_11_20250424103004.CSV');
    writeFileSync(path, Buffer.alloc(2_000_000, 'A\n'));
    const r = spawnSync(process.execPath, ['--max-old-space-size=48', CLI, 'inspect', path], { maxBuffer: 64 << 20, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('── 読み込めなかった行'))).toHaveLength(100);
    expect(r.stdout).toContain('読み込めなかった行: 1000000行（うち999900行は表示していません）');
  });

  it('usage errors exit 2', () => {
    expect(cli(['inspect']).code).toBe(2);
    expect(cli(['inspect', '--limit', 'x', file]).code).toBe(2);
    expect(cli(['inspect', '--kind', 'NOPE', file]).code).toBe(2);
    expect(cli(['inspect', join(tempDir(), 'missing.CSV')]).code).toBe(2);
  });
});
