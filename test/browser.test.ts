/**
 * Browser-safety proof: the library (src/index.ts) and the checker page (src/web/main.ts) bundle
 * for `platform: 'browser'` without any Node builtin, `Buffer`, `process`, `require`, … .
 * Builtin imports are made external by a plugin (so the build does not stop at the first one) and
 * reported with the chain of imports that leads to them.
 */
import { builtinModules } from 'node:module';
import { relative } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Node globals: esbuild's `define` replaces free references only (never strings or comments). */
const FORBIDDEN_GLOBALS = ['Buffer', 'process', 'require', 'global', '__dirname', '__filename', 'setImmediate', 'module', 'exports'];
const MARK = '__NODE_GLOBAL_';
const define = Object.fromEntries(
  FORBIDDEN_GLOBALS.flatMap((g) => [
    [g, `${MARK}${g}`],
    [`globalThis.${g}`, `${MARK}${g}`],
  ]),
);

interface BuiltinImport {
  readonly specifier: string;
  readonly importer: string;
}

function nodeBuiltins(found: BuiltinImport[]): Plugin {
  return {
    name: 'node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point' || !(BUILTINS.has(args.path) || args.path.startsWith('node:'))) return undefined;
        found.push({ specifier: args.path, importer: args.namespace === 'file' ? relative(ROOT, args.importer) : `${args.namespace}:${args.importer}` });
        return { path: args.path, external: true };
      });
    },
  };
}

/** The shortest chain of imports from the entry to `target` (breadth first over the metafile). */
function importChain(meta: Metafile, entry: string, target: string): string[] {
  const prev = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const cur = queue.shift()!;
    if (cur === target) break;
    for (const imp of meta.inputs[cur]?.imports ?? []) {
      if (imp.external || prev.has(imp.path)) continue;
      prev.set(imp.path, cur);
      queue.push(imp.path);
    }
  }
  const chain: string[] = [];
  for (let at: string | null | undefined = target; at; at = prev.get(at)) chain.unshift(at);
  return chain;
}

/** In-memory modules for the self-test (namespace `mem`, keys as written in imports). */
function memory(files: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'memory',
    setup(b) {
      b.onResolve({ filter: /^mem:/ }, (args) => ({ path: args.path.slice(4), namespace: 'mem' }));
      b.onLoad({ filter: /.*/, namespace: 'mem' }, (args) => ({ contents: files[args.path] ?? '', loader: 'ts' }));
    },
  };
}

async function bundle(entry: string, files?: Readonly<Record<string, string>>) {
  const found: BuiltinImport[] = [];
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    define,
    plugins: [nodeBuiltins(found), ...(files ? [memory(files)] : [])],
  });
  const text = result.outputFiles[0]!.text;
  const problems = found.map((f) => `import "${f.specifier}" via ${[...importChain(result.metafile, entry, f.importer), f.specifier].join(' → ')}`);
  for (const m of text.matchAll(new RegExp(`${MARK}(\\w+)`, 'g'))) problems.push(`references the Node global ${m[1]}`);
  // Whatever else stays an import in a self-contained browser bundle is a problem too.
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm)) problems.push(`leaves an import of "${m[1]}"`);
  for (const m of text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) problems.push(`leaves a dynamic import of "${m[1]}"`);
  return { text, problems: [...new Set(problems)] };
}

describe('browser bundle', () => {
  it('bundles the library (src/index.ts) for the browser without Node builtins or globals', async () => {
    const { text, problems } = await bundle('src/index.ts');
    expect(problems).toEqual([]);
    expect(text.length).toBeGreaterThan(10_000);
  });

  it('bundles the checker page (src/web/main.ts) without Node builtins or globals', async () => {
    const { problems } = await bundle('src/web/main.ts');
    expect(problems).toEqual([]);
  });

  it('detects a Node import and names its chain (self-test of the check)', async () => {
    const { problems } = await bundle('mem:entry', {
      entry: "import { size } from 'mem:helper'; export const n = size + (process.env.X ? 1 : 0);",
      helper: "import { statSync } from 'node:fs'; import 'path'; export const size = statSync('.').size + Buffer.byteLength('x');",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'import "node:fs" via mem:entry → mem:helper → node:fs',
        'import "path" via mem:entry → mem:helper → path',
        'references the Node global Buffer',
        'references the Node global process',
      ]),
    );
  });
});
