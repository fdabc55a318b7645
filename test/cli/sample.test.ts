import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSMISSION_UNITS } from '../../src/spec/units.js';
import { cli, tempDir } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

describe('sample', () => {
  it('writes a whole unit that then checks with exit 0; refuses to overwrite unless --force', () => {
    const out = join(tempDir(), 'k1');
    const r = cli(['sample', 'K1', '--seed', '3', '--out', out]);
    expect(r.code).toBe(0);
    const names = r.stdout.trim().split('\n');
    expect(names).toHaveLength(4);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    expect(cli(['check', out]).code).toBe(0);
    const again = cli(['sample', 'K1', '--seed', '3', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
    expect(cli(['sample', 'K1', '--seed', '3', '--out', out, '--force']).code).toBe(0);
  });

  it('every unit checks clean, as a directory and as files', () => {
    for (const u of TRANSMISSION_UNITS) {
      const out = join(tempDir(), u.id);
      expect(cli(['sample', u.id, '--out', out]).code, u.id).toBe(0);
      const r = cli(['check', out]);
      expect(r.code, `${u.id}\n${r.stdout}`).toBe(0);
      const files = readdirSync(out).map((n) => join(out, n));
      const t = cli(['check', '--format', 'json', ...files]);
      expect(t.code, `${u.id}\n${t.stdout}`).toBe(0);
      expect(reportOf(t.stdout).ok).toBe(true);
    }
  });

  it('writes one kind into the current directory by default; unknown names are usage errors', () => {
    const cwd = tempDir();
    const r = cli(['sample', 'UPJSK'], cwd);
    expect(r.code).toBe(0);
    const [name] = r.stdout.trim().split('\n');
    expect(readdirSync(cwd)).toEqual([name]);
    expect(cli(['check', name!], cwd).code).toBe(0);
    expect(cli(['sample', 'NOPE'], cwd).code).toBe(2);
    expect(cli(['sample', 'UPJSK', '--seed', '-1'], cwd).code).toBe(2);
    expect(cli(['sample'], cwd).code).toBe(2);
  });
});
