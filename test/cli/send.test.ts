/**
 * One send is what the user sends (issue 15), and per-file faults stay per file (issue 14): each
 * finding of both issues has its regression test here.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';
import { encodeCp932 } from '../../src/encoding/index.js';
import { CLI, cli, tempDir, writeFiles } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

const MiB = 1024 * 1024;

/** A folder of `units` K1 units (4 files each), each its own ファイル連番. */
function k1Folder(units: number, extra: readonly { name: string; bytes: Uint8Array }[] = []): string {
  const d = join(tempDir(), 'send');
  for (let i = 0; i < units; i++) writeFiles(d, sampleTransmission('K1', { seed: i + 1, timestamp: `202504251${String(i).padStart(3, '0')}00` }));
  writeFiles(d, extra);
  return d;
}

/** A sparse file of `size` bytes (nothing is written, nothing is read). */
function sparse(path: string, size: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
}

describe('a folder is one send: the per-send limits apply to all of it', () => {
  it('31 files as a folder fail BUNDLE_TOO_MANY_FILES (exit 1), as the same 31 files given by name do; no file is read', () => {
    const d = k1Folder(7, [sampleFile('UPJSK', { seed: 1 }), sampleFile('DLTJSK', { seed: 1 }), sampleFile('DLTPLAN', { seed: 1 })]);
    const names = readdirSync(d);
    expect(names).toHaveLength(31);
    for (const args of [[d], names.map((n) => join(d, n))]) {
      const r = cli(['check', '--format', 'json', ...args]);
      expect(r.code).toBe(1);
      const report = reportOf(r.stdout);
      expect(report.bundle.issues.map((i) => i.code)).toContain('BUNDLE_TOO_MANY_FILES');
      expect(report.bundle.issues.find((i) => i.code === 'BUNDLE_TOO_MANY_FILES')).toMatchObject({ params: { count: 31, limit: 30 }, file: null });
      // files never read are never shown as fine
      expect(report.files.every((f) => f.records === null && f.status === 'not-read' && f.notRead?.reason === 'send-limits')).toBe(true);
      expect(report.summary).toMatchObject({ files: 31, unread: 31 });
    }
    const text = cli(['check', d]);
    expect(text.stdout).not.toContain('問題なし');
    expect(text.stdout).toContain('未検査（送信の上限を超えているため、ファイルを読んでいません）');
    expect(text.stdout).toContain('1回の送信は30ファイルまでです（31ファイルあります）');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('31ファイル（未検査 31）: エラー 1件、警告 0件、情報 0件');
  });

  it('a 10.75 MB folder of three units fails BUNDLE_TOO_LARGE, in MB, without reading a byte', () => {
    const d = join(tempDir(), 'large');
    const names = [
      'UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV',
      'UPJSK_202505_1371200203_11_1371200101_43_20250601093100.CSV',
      'DLTJSK_202505_1371200202_11_1371200101_43_20250601093200.CSV',
    ];
    mkdirSync(d);
    const size = Math.round((10.75 * MiB) / 3);
    for (const n of names) sparse(join(d, n), size);
    const r = cli(['check', '--format', 'json', d]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    const big = report.bundle.issues.find((i) => i.code === 'BUNDLE_TOO_LARGE')!;
    expect(big.message).toBe('1回の送信は合計10 MB（10,485,760バイト）までです（10.75 MB（11,272,191バイト）あります）');
    expect(report.files.map((f) => f.records)).toEqual([null, null, null]);
    // nothing was decoded: a file of NULs would have given encoding issues
    expect(report.files.flatMap((f) => f.issues)).toEqual([]);
  });

  it('--archive splits a folder of many sends by (ファイル連番, sender, receiver): each is within the limits', () => {
    const d = k1Folder(8);
    expect(cli(['check', d]).code).toBe(1);
    const r = cli(['check', '--format', 'json', '--archive', d]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.mode).toBe('archive');
    expect(report.sends).toHaveLength(8);
    expect(report.sends.every((s) => s.id.timestamps.length === 1 && s.units[0]!.unitIds.join() === 'K1')).toBe(true);
  });

  it('the BUNDLE_TOO_MANY_FILES advice says how to split, and --archive', () => {
    const d = k1Folder(8);
    const r = cli(['check', '--explain', d]);
    expect(r.stdout).toContain('check --archive');
  });
});

describe('per-file faults stay per file: the others are still checked (exit 1, never a stack trace)', () => {
  it('a FIFO in a folder is an issue of that file, never opened', () => {
    const d = k1Folder(1);
    const fifo = join(d, 'UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV');
    spawnSync('mkfifo', [fifo]);
    const r = cli(['check', '--format', 'json', d]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    const f = report.files.find((x) => x.path!.endsWith('20250601093000.CSV'))!;
    expect(f).toMatchObject({ status: 'not-read', records: null, notRead: { reason: 'fault' } });
    expect(f.issues.map((i) => [i.code, i.params])).toEqual([['FILE_NOT_REGULAR', { type: 'fifo' }]]);
    expect(report.files.filter((x) => x.status === 'checked' && x.records !== null)).toHaveLength(4);
  });

  it('a name in Shift_JIS bytes (a zip made on Japanese Windows) is FILENAME_UNDECODABLE, not exit 2', () => {
    const d = k1Folder(1);
    const sjis = Buffer.from(encodeCp932('計画書.CSV').bytes!);
    writeFileSync(Buffer.concat([Buffer.from(`${d}/`), sjis]), 'x');
    const r = cli(['check', '--format', 'json', d]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    const f = report.files.find((x) => x.issues.some((i) => i.code === 'FILENAME_UNDECODABLE'))!;
    expect(f.name).toContain('\ufffd');
    expect(f.records).toBeNull();
    expect(report.files.filter((x) => x.records !== null)).toHaveLength(4);
    expect(r.stderr).toBe('');
  });

  it('a symbolic link in a folder is not followed (a warning) unless --follow-symlinks', () => {
    const d = k1Folder(1);
    const target = join(tempDir(), 'elsewhere');
    const [path] = writeFiles(target, [sampleFile('UPJSK', { seed: 2 })]);
    symlinkSync(path!, join(d, 'UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV'));
    const plain = reportOf(cli(['check', '--format', 'json', d]).stdout);
    const link = plain.files.find((f) => f.name.startsWith('UPJSK'))!;
    expect(link.issues.map((i) => i.code)).toEqual(['FILE_SYMLINK_SKIPPED']);
    expect(link.records).toBeNull();
    const followed = reportOf(cli(['check', '--format', 'json', '--follow-symlinks', d]).stdout);
    expect(followed.files.find((f) => f.name.startsWith('UPJSK'))!.records).toBeGreaterThan(0);
  });

  it.each(['/proc/self/pagemap', '/proc/self/status'])('a file whose size reads as 0 but has content (%s) is read with a bound: FILE_SIZE_UNKNOWN', (path) => {
    const started = Date.now();
    const r = cli(['check', '--format', 'json', path]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    expect(report.files[0]!.issues.map((i) => i.code)).toContain('FILE_SIZE_UNKNOWN');
    expect(report.files[0]!.records).toBeNull();
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('an unreadable file (EACCES) is FILE_UNREADABLE; inspect and convert say so in one line (exit 2); sample into an unwritable folder too', () => {
    const d = k1Folder(1);
    const secret = join(
      d,
      readdirSync(d).find((n) => n.startsWith('UP2KYO'))!,
    );
    chmodSync(secret, 0o000);
    chmodSync(d, 0o755);
    const locked = join(tempDir(), 'locked');
    mkdirSync(locked, { mode: 0o555 });
    for (const p of [join(d, '..'), join(locked, '..')]) chmodSync(p, 0o755);
    // root reads everything: run the CLI as nobody then, from a copy nobody can read (the clone
    // may sit in a folder only its owner can enter, as mktemp -d makes them)
    const cliDir = tempDir();
    chmodSync(cliDir, 0o755);
    const cliCopy = join(cliDir, 'cli.cjs');
    copyFileSync(CLI, cliCopy);
    chmodSync(cliCopy, 0o644);
    const asUser = (args: string[]) => {
      const r = spawnSync(process.execPath, [cliCopy, ...args], {
        encoding: 'utf8',
        cwd: cliDir,
        ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
        env: { ...process.env, LANG: 'ja_JP.UTF-8' },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const r = asUser(['check', '--format', 'json', d]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    const f = report.files.find((x) => x.name.startsWith('UP2KYO'))!;
    expect(f.issues.map((i) => [i.code, i.params])).toEqual([['FILE_UNREADABLE', { reason: 'EACCES' }]]);
    expect(f.issues[0]!.message).toBe('ファイルを読めません（読み取りの権限がありません）。このファイルは未検査です');
    expect(report.files.filter((x) => x.records !== null)).toHaveLength(3);
    for (const args of [
      ['inspect', secret],
      ['convert', secret, '--to', 'json'],
      ['sample', 'K1', '--out', join(locked, 'out')],
    ]) {
      const e = asUser(args);
      expect(e.code, args[0]).toBe(2);
      expect(e.stderr.trim().split('\n'), args[0]).toHaveLength(1);
      expect(e.stderr, args[0]).toMatch(/EACCES/);
      expect(e.stderr, args[0]).not.toMatch(/\n\s+at /);
    }
    // --recursive: a subfolder that cannot be listed is one faulty entry; the rest is checked
    const sub = join(d, 'sub');
    mkdirSync(sub);
    chmodSync(sub, 0o000);
    const rec = asUser(['check', '--format', 'json', '--recursive', d]);
    expect(rec.code).toBe(1);
    expect(
      reportOf(rec.stdout)
        .files.find((x) => x.name === 'sub')!
        .issues.map((i) => i.code),
    ).toEqual(['FILE_UNREADABLE']);
    chmodSync(sub, 0o755);
    chmodSync(secret, 0o644);
  });

  it('a file that vanished between listing and reading is FILE_UNREADABLE (ENOENT) of that file', async () => {
    const { checkSend } = await import('../../src/cli/send-check.js');
    const { parseFilename } = await import('../../src/filenames/parse.js');
    const d = k1Folder(1);
    const names = readdirSync(d);
    const files = names.map((name) => ({ name, path: join(d, name), shown: join(d, name), size: 100, filename: parseFilename(name) }));
    rmSync(files[0]!.path);
    const report = await checkSend({ scope: 'transmission', files }, { showValues: false, profile: 'default', acceptUtf8: false });
    expect(report.files[0]!.issues.map((i) => [i.code, i.params])).toEqual([['FILE_UNREADABLE', { reason: 'ENOENT' }]]);
    expect(report.files[0]!.notRead).toBe('fault');
  });
});

describe('a 1.5 GB send (150 files of 9.9 MB) is refused from the sizes alone', () => {
  it('in a second, with a peak RSS under 150 MB', () => {
    const d = join(tempDir(), 'huge');
    mkdirSync(d);
    for (let i = 0; i < 150; i++)
      sparse(join(d, `UPJSK_202505_1371200202_11_1371200101_43_20250601${String(100000 + i).slice(1)}.CSV`), Math.round(9.9 * 1000 * 1000));
    const rss = join(tempDir(), 'rss.txt');
    const preload = join(tempDir(), 'rss.cjs');
    writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rss)}, String(process.resourceUsage().maxRSS)));`);
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--require', preload, CLI, 'check', '--format', 'json', d], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).toBe(1);
    const report = reportOf(r.stdout);
    expect(report.bundle.issues.map((i) => i.code).sort()).toEqual(['BUNDLE_TOO_LARGE', 'BUNDLE_TOO_MANY_FILES']);
    expect(report.summary.unread).toBe(150);
    const peakMb = Number(readFileSync(rss, 'utf8')) / 1024;
    expect(peakMb).toBeLessThan(150);
    expect(seconds).toBeLessThan(15);
    console.log(`1.5 GB refusal: peak RSS ${peakMb.toFixed(1)} MB, ${seconds.toFixed(2)} s`);
  });
});
