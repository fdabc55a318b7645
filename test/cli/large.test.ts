import { closeSync, ftruncateSync, openSync } from 'node:fs';
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
