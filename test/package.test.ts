/**
 * What `npm publish` would ship: `npm pack --dry-run --json` (no network, no tarball written).
 * Needs dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
    for (const f of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.cjs',
      'schemas/UPPLAN.schema.json',
      'docs/issues.md',
      'docs/report.schema.json',
      'docs/tables/UPPLAN.md',
      'LICENSE',
      'package.json',
    ]) {
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
    const leaked = files.filter(
      (f) =>
        /^(src|test|test-browser|spec-fixtures|node_modules|examples|bench|fuzz|scripts|\.ci|docs\/api|dist\/web)\//.test(f) || f.includes('/node_modules/'),
    );
    expect(leaked).toEqual([]);
    expect(files.filter((f) => /\.(tgz|png)$/.test(f))).toEqual([]);
  });
});

describe('a project that installs the package', () => {
  let project = '';
  beforeAll(() => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
    project = mkdtempSync(join(tmpdir(), 'careplan-install-'));
    const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--pack-destination', project], {
      cwd: root,
      encoding: 'utf8',
      env,
      shell: process.platform === 'win32',
    });
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const tgz = readdirSync(project).find((n) => n.endsWith('.tgz'))!;
    const install = spawnSync(npm, ['install', '--offline', '--ignore-scripts', `./${tgz}`], {
      cwd: project,
      encoding: 'utf8',
      env,
      shell: process.platform === 'win32',
    });
    if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('has no runtime dependency (npm ls --omit=dev --all): zod and fast-check are optional peers', () => {
    const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--json'], { cwd: project, encoding: 'utf8' });
    const tree = JSON.parse(r.stdout) as { dependencies: Record<string, { dependencies?: Record<string, { version?: string }> }> };
    const deps = tree.dependencies['careplan-csv']!.dependencies ?? {};
    expect(Object.keys(deps).sort()).toEqual(['fast-check', 'zod']);
    for (const [name, d] of Object.entries(deps)) expect({ name, installed: d.version !== undefined }).toEqual({ name, installed: false });
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['careplan-csv']);
  });

  it('the main entry loads without zod; careplan-csv/zod needs it', () => {
    const main = spawnSync(process.execPath, ['-e', "const c = require('careplan-csv'); process.stdout.write(typeof c.parseFile + typeof c.validateBundle)"], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(main.stdout).toBe('functionfunction');
    const zod = spawnSync(process.execPath, ['-e', "require('careplan-csv/zod')"], { cwd: project, encoding: 'utf8' });
    expect(zod.status).not.toBe(0);
    expect(zod.stderr).toContain("Cannot find module 'zod'");
  });
});
