/**
 * `check` on worker threads (CAREPLAN_WORKERS): the report is the same bytes as on the main
 * thread alone, order included, in every format; and a bad value of the switch is a usage error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleTransmission } from '../../src/sample/index.js';
import { CLI, tempDir } from './helpers.js';

function check(args: readonly string[], workers: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.CAREPLAN_WORKERS;
  if (workers !== undefined) env.CAREPLAN_WORKERS = workers;
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { env, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** A folder of many sends: generated ones, the fixture transmissions (valid and broken), and a broken copy. */
function archive(): string {
  const dir = tempDir('careplan-workers-');
  for (const [i, unit] of (['K1', 'K2', 'Y4', 'K2', 'K1'] as const).entries())
    for (const f of sampleTransmission(unit, { seed: 40 + i, records: 20, timestamp: `2025042510${String(10 + i)}00` }))
      writeFileSync(join(dir, f.name), f.bytes);
  for (const sub of ['valid/kyotaku', 'valid/yobo', 'invalid/kyotaku-broken']) cpSync(join('spec-fixtures', 'transmissions', sub), dir, { recursive: true });
  mkdirSync(join(dir, 'nested'));
  return dir;
}

describe('check on worker threads (CAREPLAN_WORKERS)', () => {
  it('gives the same report as on the main thread, in every format, with any number of threads', () => {
    const dir = archive();
    for (const format of ['json', 'text', 'junit']) {
      const one = check(['--archive', '--format', format, '--lang', 'en', dir], '1');
      expect(one.code).toBe(1); // the broken fixture transmission has errors
      for (const workers of ['2', '3', undefined]) {
        const many = check(['--archive', '--format', format, '--lang', 'en', dir], workers);
        expect({ code: many.code, stdout: many.stdout, stderr: many.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
      }
    }
    const values = check(['--archive', '--format', 'text', '--show-values', dir], '1');
    expect(check(['--archive', '--format', 'text', '--show-values', dir], '2').stdout).toBe(values.stdout);
  });

  it('is listed in check --help', () => {
    expect(check(['--help'], undefined).stdout).toContain('CAREPLAN_WORKERS');
  });

  it('refuses a value that is not a number of threads (usage error)', () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = check(['spec-fixtures/transmissions/valid/kyotaku'], bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('CAREPLAN_WORKERS');
    }
  });
});
