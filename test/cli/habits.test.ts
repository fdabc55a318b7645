/**
 * CLI habits (issue 15, item 5): the language of help and usage errors, stdin, --accept-utf8,
 * --strict, --max-issues, --errors-only, --explain and folding (--all), sample's names, and no stack
 * trace for a bug.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { run as runCheck, type SendChecker } from '../../src/cli/check.js';
import type { Io } from '../../src/cli/args.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';
import { CLI, cli, rawCsv, rowOf, tempDir, writeFiles } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

const withEnv = (args: readonly string[], env: Record<string, string>, input?: Uint8Array) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', ...env },
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function fakeIo(cwd: string, stdout: (s: string | Uint8Array) => void = () => {}): Io & { err: string[] } {
  const err: string[] = [];
  return { stdout, stderr: (s) => void err.push(s), stderrIsTTY: false, cwd, env: {}, err };
}

/** A UPJSK whose 被保険者番号 is wrong in every record (one code at one field, many times). */
function repeated(): { dir: string; file: string; records: number } {
  const good = sampleFile('UPJSK', { seed: 4 });
  const recs = parseFile(good).records as Record<string, string>[];
  const dir = join(tempDir(), 'rep');
  const [file] = writeFiles(dir, [
    {
      name: good.name,
      bytes: rawCsv(
        'UPJSK',
        recs.map((r) => rowOf('UPJSK', { ...r, insuredNumber: '12X4567890' })),
      ),
    },
  ]);
  return { dir, file: file!, records: recs.length };
}

describe('help and usage errors: Japanese when the locale is, English with --lang en', () => {
  it('help follows LANG, and --lang wins', () => {
    for (const cmd of [[], ['check'], ['inspect'], ['convert'], ['filename'], ['sample']]) {
      const ja = withEnv([...cmd, '--help'], { LANG: 'ja_JP.UTF-8' });
      expect(ja.code, cmd.join(' ')).toBe(0);
      expect(ja.stdout, cmd.join(' ')).toMatch(/^使い方/);
      expect(withEnv([...cmd, '--help'], { LANG: 'C' }).stdout, cmd.join(' ')).toMatch(/^Usage/);
      expect(withEnv([...cmd, '--help', '--lang', 'en'], { LANG: 'ja_JP.UTF-8' }).stdout, cmd.join(' ')).toMatch(/^Usage/);
      expect(withEnv([...cmd, '--help', '--lang', 'ja'], { LANG: 'C' }).stdout, cmd.join(' ')).toMatch(/^使い方/);
    }
  });

  it('usage errors are one line and a pointer to --help, in the locale', () => {
    const ja = withEnv(['check', '--bogus', '.'], { LC_ALL: 'ja_JP.UTF-8' });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toBe("careplan-csv check: 知らないオプションです: --bogus\n使い方は 'careplan-csv check --help' で表示します。\n");
    const en = withEnv(['check', '--bogus', '.', '--lang', 'en'], { LC_ALL: 'ja_JP.UTF-8' });
    expect(en.stderr).toContain("Unknown option '--bogus'");
    expect(withEnv(['check', join(tempDir(), 'nope')], { LANG: 'ja_JP.UTF-8' }).stderr).toContain('ファイルもフォルダーもありません');
    expect(withEnv(['nope'], { LANG: 'ja_JP.UTF-8' }).stderr).toContain('知らないコマンドです');
  });

  it('a bug exits 3 with one line asking for a report, without a stack trace (the stack with CAREPLAN_DEBUG=1)', async () => {
    const d = join(tempDir(), 'one');
    writeFiles(d, [sampleFile('UPJSK', { seed: 1 })]);
    const io = fakeIo(d, () => {
      throw new TypeError('boom');
    });
    expect(await main(['check', '.'], io)).toBe(3);
    const text = io.err.join('');
    expect(text).toContain('internal error (a bug in careplan-csv');
    expect(text).toContain('boom');
    expect(text).not.toMatch(/\n\s+at /);
    const debug = {
      ...fakeIo(d, () => {
        throw new TypeError('boom');
      }),
      env: { CAREPLAN_DEBUG: '1' },
    };
    expect(await main(['check', '.'], debug)).toBe(3);
    expect(debug.err.join('')).toMatch(/\n\s+at /);
  });
});

describe('check options', () => {
  it('- reads stdin, --name gives its file name', () => {
    const f = sampleFile('UPJSK', { seed: 2 });
    const r = withEnv(['check', '--format', 'json', '-', '--name', f.name], {}, f.bytes);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.files[0]).toMatchObject({ name: f.name, path: '-', kind: 'UPJSK', status: 'checked' });
    const unnamed = withEnv(['check', '-'], { LANG: 'ja_JP.UTF-8' }, f.bytes);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('--name');
    expect(withEnv(['check', '--name', f.name, '.'], {}).code).toBe(2);
  });

  it('--accept-utf8 reads a UTF-8 file (still reported); without it the file is refused', () => {
    const f = sampleFile('UPJSK', { seed: 2 });
    const text = new TextDecoder('shift_jis').decode(f.bytes);
    const utf8 = new TextEncoder().encode(text);
    const d = join(tempDir(), 'u');
    const [path] = writeFiles(d, [{ name: f.name, bytes: utf8 }]);
    const plain = reportOf(cli(['check', '--format', 'json', path!]).stdout);
    expect(plain.files[0]!.issues.map((i) => i.code)).toContain('ENCODING_UTF8_INPUT');
    expect(plain.files[0]!.records).toBe(0);
    const accepted = reportOf(cli(['check', '--format', 'json', '--accept-utf8', path!]).stdout);
    expect(accepted.files[0]!.issues.map((i) => i.code)).toContain('ENCODING_UTF8_INPUT');
    expect(accepted.files[0]!.records).toBeGreaterThan(0);
  });

  it("--strict maps to the library's profile 'strict'", async () => {
    const d = join(tempDir(), 's');
    writeFiles(d, [sampleFile('UPJSK', { seed: 1 })]);
    const seen: string[] = [];
    const spy: SendChecker = async (_sends, ctx) => {
      seen.push(ctx.profile);
      return [];
    };
    await runCheck(['--strict', '--format', 'json', '.'], fakeIo(d), { checkSends: spy });
    await runCheck(['--format', 'json', '.'], fakeIo(d), { checkSends: spy });
    expect(seen).toEqual(['strict', 'default']);
  });

  it('repeated issues of one code and field fold into one line with the true count; --all shows each', () => {
    const { file, records } = repeated();
    const folded = cli(['check', file])
      .stdout.split('\n')
      .filter((l) => l.includes('FIELD_INVALID_INSURED_NUMBER'));
    expect(folded).toHaveLength(1);
    expect(folded[0]).toContain(`（同じ指摘がほかに${records - 1}件: 2, 3, 4, 5, 6行目 …。すべて表示するには --all）`);
    expect(
      cli(['check', '--all', file])
        .stdout.split('\n')
        .filter((l) => l.includes('FIELD_INVALID_INSURED_NUMBER')),
    ).toHaveLength(records);
    // the JSON always has every issue
    expect(reportOf(cli(['check', '--format', 'json', file]).stdout).files[0]!.issues.filter((i) => i.code === 'FIELD_INVALID_INSURED_NUMBER')).toHaveLength(
      records,
    );
  });

  it('--explain adds the advice (「対処」) under each issue', () => {
    const { file } = repeated();
    const lines = cli(['check', '--explain', file]).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('FIELD_INVALID_INSURED_NUMBER'));
    expect(lines[at + 1]).toBe('    対処: 被保険者証の番号（半角数字10桁）を確認してください。先頭の0が消えていないかも確認してください');
  });

  it('--errors-only leaves warnings and infos out; --max-issues caps the issues of a file', () => {
    const { file, records } = repeated();
    const errorsOnly = reportOf(cli(['check', '--format', 'json', '--errors-only', file]).stdout);
    expect(errorsOnly.bundle.issues.map((i) => i.code)).not.toContain('BUNDLE_SINGLE_FILE_NOTE');
    expect(errorsOnly.summary.infos).toBe(1);
    const capped = reportOf(cli(['check', '--format', 'json', '--max-issues', '2', file]).stdout);
    expect(capped.files[0]!.issues.map((i) => i.code)).toEqual(['FIELD_INVALID_INSURED_NUMBER', 'FIELD_INVALID_INSURED_NUMBER', 'FILE_ISSUES_TRUNCATED']);
    expect(capped.files[0]!.issues[2]!.params).toEqual({ count: records - 2 });
  });

  it('the JSON names files by the path as given and by base name', () => {
    const d = join(tempDir(), 'p');
    writeFiles(d, sampleTransmission('K5', { seed: 1 }));
    const report = reportOf(cli(['check', '--format', 'json', 'p'], join(d, '..')).stdout);
    expect(report.files[0]!.path).toBe(`p/${report.files[0]!.name}`);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.schemaVersion).toBe('2.0.0');
  });
});

describe('sample', () => {
  it('each unit and seed gets its own ファイル連番: sample K1 then K2 into one folder do not collide', () => {
    const d = tempDir();
    expect(cli(['sample', 'K1', '--out', d]).code).toBe(0);
    expect(cli(['sample', 'K2', '--out', d]).code).toBe(0);
    expect(cli(['sample', 'K1', '--seed', '2', '--out', d]).code).toBe(0);
    const stamps = new Set(readdirSync(d).map((n) => /_(\d{14})\.CSV$/.exec(n)![1]));
    expect(stamps.size).toBe(3);
    expect(cli(['check', d]).code).toBe(0);
  });

  it('kinds and units are case-insensitive', () => {
    const d = tempDir();
    const r = cli(['sample', 'upjsk', '--out', d]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^UPJSK_/);
    expect(cli(['sample', 'k5', '--out', d]).code).toBe(0);
  });

  it('--all writes a demo inbox: every unit with its own ファイル連番; check --archive passes it, check alone is over the limit', () => {
    const d = tempDir();
    expect(cli(['sample', '--all', '--out', d]).code).toBe(0);
    const archive = reportOf(cli(['check', '--format', 'json', '--archive', d]).stdout);
    expect(archive.ok).toBe(true);
    expect(new Set(archive.sends.flatMap((s) => s.units.flatMap((u) => u.unitIds)))).toEqual(
      new Set(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9']),
    );
    const whole = reportOf(cli(['check', '--format', 'json', d]).stdout);
    expect(whole.bundle.issues.map((i) => i.code)).toContain('BUNDLE_TOO_MANY_FILES');
  });
});

describe('folding keeps what differs', () => {
  it('issues about a send that say different things are never folded', async () => {
    const { foldIssues } = await import('../../src/report/model.js');
    const a = { code: 'BUNDLE_INVALID_COMBINATION', severity: 'error', params: { kinds: 'UP1KYO', timestamp: '1' } } as const;
    const b = { ...a, params: { kinds: 'UPPLAN', timestamp: '2' } } as const;
    expect(foldIssues([a, b, a])).toHaveLength(2);
  });
});
