/**
 * Runs each example as a user would (`node scripts/run-ts.mjs examples/<name>.ts`). The examples
 * import `careplan-csv` by its package name, which esbuild resolves through the package's own
 * `exports` to the built dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTable, parseFile, validateBundle, type KindId } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/testing.js'))) throw new Error('dist/ is missing: run npm run build first');
});

function example(name: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', `examples/${name}.ts`, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const readDir = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));

describe('examples/import-transmission.ts', () => {
  it('imports the demo transmission into domain objects and prints counts only', () => {
    const json = join(tempDir('careplan-ex-import-'), 'imported.json');
    const r = example('import-transmission', 'spec-fixtures/transmissions/valid/kyotaku', '--json', json);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^accepted: 7 file\(s\), 2 transmission unit\(s\)/);
    expect(r.stdout).toMatch(/K1: 3 care plan\(s\) \(\d+ issues, \d+ goals, \d+ support items/);
    expect(r.stdout).toMatch(/K2\/Y4: 3 service slip\(s\) for 202505/);

    const imported = JSON.parse(readFileSync(json, 'utf8')) as {
      unitIds: string[];
      carePlans: { planDate: string; issues: { goals: { items: unknown[] }[] }[]; person: { insuredNumber: string }; supplement?: { name: string } }[];
      serviceSlips: { month: string; lines: unknown[] }[];
    }[];
    const k1 = imported.find((u) => u.unitIds.includes('K1'))!;
    expect(k1.carePlans).toHaveLength(3);
    for (const plan of k1.carePlans) {
      expect(plan.issues.length).toBeGreaterThan(0);
      expect(plan.issues.every((i) => i.goals.every((g) => g.items.length > 0))).toBe(true);
      expect(plan.supplement?.name).toBeTruthy();
      // The summary holds no personal data.
      expect(r.stdout).not.toContain(plan.person.insuredNumber);
      expect(r.stdout).not.toContain(plan.supplement!.name);
    }
    const k2 = imported.find((u) => u.unitIds.includes('K2'))!;
    expect(k2.serviceSlips.map((s) => s.month)).toEqual(['202505', '202505', '202505']);
    expect(k2.serviceSlips.reduce((n, s) => n + s.lines.length, 0)).toBe(61);
  });

  it('refuses a send that does not validate, importing nothing', () => {
    const dir = tempDir('careplan-ex-refuse-');
    const bad = 'spec-fixtures/invalid/field-date-20240230';
    for (const name of readdirSync(join(root, bad)).filter((n) => n.endsWith('.CSV'))) copyFileSync(join(root, bad, name), join(dir, name));
    const r = example('import-transmission', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^refused: 1 file\(s\), \d+ error\(s\); nothing imported/);
    expect(r.stderr).toContain('FIELD_INVALID_DATE');
    expect(r.stdout).toBe('');
  });
});

describe('examples/build-transmission.ts', () => {
  it('writes a K1 transmission that validates again when read back', () => {
    const out = tempDir('careplan-ex-build-');
    const r = example('build-transmission', out, '--timestamp', '20250501090000');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual([
      'UP1KYO_1371200101_43_1371200202_11_20250501090000.CSV',
      'UP2KYO_1371200101_43_1371200202_11_20250501090000.CSV',
      'UP3KYO_1371200101_43_1371200202_11_20250501090000.CSV',
      'UPHOSOKU_000000_1371200101_43_1371200202_11_20250501090000.CSV',
    ]);
    for (const n of names) expect(r.stdout).toContain(n);

    const files = readDir(out);
    const bundle = validateBundle(files);
    expect(bundle.ok).toBe(true);
    expect(bundle.units.map((u) => u.unitIds)).toEqual([['K1']]);
    for (const f of bundle.files) expect(f.issues).toEqual([]);
    const up2 = bundle.files.find((f) => f.kind === 'UP2KYO')!;
    expect(up2.records.length).toBe(3);
  });
});

describe('examples/migrate-202208.ts', () => {
  it('converts the 202208 fixtures to JSON in the 202407 layout', () => {
    const out = tempDir('careplan-ex-migrate-');
    const r = example('migrate-202208', 'spec-fixtures/valid/v3', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sources = readdirSync(join(root, 'spec-fixtures/valid/v3')).filter((n) => n.endsWith('.CSV'));
    expect(r.stdout).toMatch(new RegExp(`^${sources.length} files, \\d+ records: ${sources.length} upgraded, 0 unchanged, \\d+ to review, 0 failed`, 'm'));

    const written = readdirSync(out).sort();
    expect(written).toEqual(sources.map((n) => n.replace(/\.CSV$/, '.json')).sort());
    for (const name of sources) {
      const migrated = JSON.parse(readFileSync(join(out, name.replace(/\.CSV$/, '.json')), 'utf8')) as {
        kind: KindId;
        from: string;
        csvVersion: string;
        upgraded: boolean;
        records: Record<string, string>[];
      };
      const source = parseFile({ name, bytes: new Uint8Array(readFileSync(join(root, 'spec-fixtures/valid/v3', name))) });
      expect(migrated.from).toBe('202208');
      expect(migrated.csvVersion).toBe('202407');
      expect(migrated.upgraded).toBe(true);
      expect(migrated.records).toHaveLength(source.records.length);
      const layout = getTable(migrated.kind).fields.map((f) => f.key);
      expect(layout).toContain('taisCode');
      for (const rec of migrated.records) {
        expect(Object.keys(rec)).toEqual(layout);
        expect(rec.csvVersion).toBe('202407');
      }
      // Every value of the source survives.
      source.records.forEach((src, i) => {
        for (const [k, v] of Object.entries(src)) if (k !== 'csvVersion') expect(migrated.records[i]![k]).toBe(v);
      });
    }
  });
});

describe('examples/test-my-importer.ts', () => {
  it('runs the test-kit properties against the sample importer', () => {
    const r = example('test-my-importer', '--runs', '25', '--seed', '20250501');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^✓ /gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/mutations exercised: \d+ of \d+ that apply to UPPLAN/);
    expect(r.stdout).toContain('all properties passed');
  });
});
