/**
 * The API reference: TypeDoc builds it with every warning an error (typedoc.json:
 * treatWarningsAsErrors, every public function documented), and every public function of the
 * three entry points (careplan-csv, careplan-csv/zod, careplan-csv/testing) has an @example, so
 * IDE hovers and the TypeDoc pages show how to call it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
interface Reflection {
  name: string;
  kind: number;
  children?: Reflection[];
  signatures?: { comment?: { summary?: unknown[]; blockTags?: { tag: string }[] } }[];
}
const FUNCTION = 64;
let dir = '';
let api: Reflection | undefined;
let output = '';
let status: number | null = null;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'careplan-typedoc-'));
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--json', join(dir, 'api.json'), '--out', join(dir, 'html')], {
    cwd: root,
    encoding: 'utf8',
  });
  status = r.status;
  output = `${r.stdout}${r.stderr}`;
  if (r.status === 0) api = JSON.parse(readFileSync(join(dir, 'api.json'), 'utf8')) as Reflection;
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function functions(node: Reflection, path = ''): { path: string; fn: Reflection }[] {
  return (node.children ?? []).flatMap((c) => {
    const p = path ? `${path}.${c.name}` : c.name;
    return c.kind === FUNCTION ? [{ path: p, fn: c }] : c.kind === 1 || c.kind === 2 ? functions(c, p) : [];
  });
}

describe('API reference (TypeDoc)', () => {
  it('builds with no warning (warnings are errors)', () => {
    expect(
      output
        .replace(/\x1b\[[0-9;]*m/g, '')
        .split('\n')
        .filter((l) => /warning|error/i.test(l) && !/Found 0 errors and 0 warnings/.test(l)),
    ).toEqual([]);
    expect(status).toBe(0);
  });

  it('every public function has a doc comment with an @example', () => {
    const fns = functions(api!);
    expect(fns.length).toBeGreaterThan(60);
    const missing = fns.filter(({ fn }) => !(fn.signatures ?? []).some((s) => s.comment?.blockTags?.some((t) => t.tag === '@example'))).map((f) => f.path);
    expect(missing).toEqual([]);
    for (const name of ['parseFile', 'parseStream', 'validateBundle', 'stringifyFile'])
      expect(
        fns.some((f) => f.path === `careplan-csv.${name}`),
        name,
      ).toBe(true);
  });
});

describe('the @example blocks', () => {
  it('compile against the sources (as a user would import them)', () => {
    const out = mkdtempSync(join(root, '.scratch-examples-'));
    try {
      const files: string[] = [];
      const walk = (d: string): string[] =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
      for (const path of walk(join(root, 'src'))) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/@example\n((?: \*.*\n)+?) \*\//g)) {
          const lines = m[1]!
            .split('\n')
            .filter((l) => l.startsWith(' *'))
            .map((l) => (l.startsWith(' * ') ? l.slice(3) : l.slice(2)));
          const code = /```ts\n([\s\S]*?)```/.exec(lines.join('\n'))?.[1];
          if (!code) continue;
          const name = join(out, `example${files.length}.ts`);
          const src = (p: string) => JSON.stringify(join(root, 'src', p));
          writeFileSync(
            name,
            `// ${path}\nexport {};\n${code
              .replace(/'careplan-csv\/testing'/g, src('testing/index.js'))
              .replace(/'careplan-csv\/zod'/g, src('zod.js'))
              .replace(/'careplan-csv'/g, src('index.js'))}`,
          );
          files.push(name);
        }
      }
      expect(files.length).toBeGreaterThan(60);
      writeFileSync(join(out, 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noUnusedLocals: false }, include: ['*.ts'] }));
      const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(out, 'tsconfig.json')], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.stdout).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
