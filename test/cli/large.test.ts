import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleFile } from '../../src/sample/index.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

describe('check on a file over the per-send limit', () => {
  it('refuses it by size without reading it (a sparse 2 GiB file)', () => {
    const dir = tempDir();
    const path = join(dir, 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3);
    closeSync(fd);
    const run = cli(['check', '--format', 'json', path]);
    expect(run.code).toBe(1);
    const report = reportOf(run.stdout);
    expect(report.bundle.issues.map((i) => i.code)).toContain('BUNDLE_TOO_LARGE');
    expect(report.files.flatMap((f) => f.issues).some((i) => i.code.startsWith('ENCODING_'))).toBe(false);
  });
});

describe('inspect and convert on a file over the per-send limit', () => {
  it.each([['inspect'], ['convert']])('%s refuses it with --max-bytes without reading it (exit 1)', (command) => {
    const dir = tempDir();
    const path = join(dir, 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3);
    closeSync(fd);
    const run = cli(command === 'convert' ? ['convert', path, '--to', 'json', '--max-bytes', '10MB'] : ['inspect', '--max-bytes', '10MB', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('FILE_TOO_LARGE');
  });

  it.each([['inspect'], ['convert']])('%s without --max-bytes streams a 2 GiB file of NULs and stops at the first overlong record', (command) => {
    const dir = tempDir();
    const path = join(dir, 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 2 * 1024 ** 3);
    closeSync(fd);
    const started = Date.now();
    const run = cli(command === 'convert' ? ['convert', path, '--to', 'json'] : ['inspect', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FILE_RECORD_TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('inspect and convert stream a file larger than one send', () => {
  it('read a 13.9 MB UPJSK (no refusal by default) and say it is over the limit of one send', () => {
    const f = sampleFile('UPJSK', { seed: 1 });
    const text = Buffer.from(f.bytes);
    const copies = Math.ceil((13.9 * 1024 * 1024) / text.length);
    const dir = tempDir();
    const path = join(dir, f.name);
    writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => text)));
    const records = parseFile(f).records.length * copies;
    const inspect = cli(['inspect', '--limit', '1', path]);
    expect(inspect.stderr).toBe('');
    expect(inspect.stdout).toContain(`レコード: ${records}件`);
    expect(inspect.stdout).toContain('1回の送信の上限（10 MB）を超えています');
    const out = join(dir, 'out.json');
    const convert = cli(['convert', path, '--to', 'json', '--out', out]);
    expect(convert.stderr).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { records: unknown[] }).records).toHaveLength(records);
  }, 120_000);
});
