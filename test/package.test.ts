/**
 * What `npm publish` would ship: `npm pack --dry-run --json` (no network, no tarball written).
 * Needs dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  bin: Record<string, string>;
};

let files: string[] = [];

beforeAll(() => {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) throw new Error('dist/ is missing: run npm run build first');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
    maxBuffer: 16 << 20,
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) throw new Error(`npm pack --dry-run failed (${r.status}): ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  files = out[0]!.files.map((f) => f.path.replace(/\\/g, '/'));
}, 60_000);

describe('npm pack contents', () => {
  it('ships the builds, types, CLI, schemas and licence', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.cjs', 'schemas/UPPLAN.schema.json', 'docs/issues.md', 'docs/report.schema.json', 'docs/tables/UPPLAN.md', 'LICENSE', 'package.json']) {
      expect(files, f).toContain(f);
    }
  });

  it('ships every file that exports and bin point to', () => {
    const targets: string[] = Object.values(pkg.bin);
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === 'string') targets.push(entry);
      else for (const cond of Object.values(entry)) targets.push(...Object.values(cond));
    }
    for (const t of targets) expect(files, t).toContain(t.replace(/^\.\//, ''));
  });

  it('ships no sources, tests, fixtures, dependencies or generated pages', () => {
    const leaked = files.filter((f) => /^(src|test|test-browser|spec-fixtures|node_modules|examples|bench|fuzz|scripts|\.ci|docs\/api|dist\/web)\//.test(f) || f.includes('/node_modules/'));
    expect(leaked).toEqual([]);
    expect(files.filter((f) => /\.(tgz|png)$/.test(f))).toEqual([]);
  });
});
