#!/usr/bin/env node
/**
 * Builds the drop-in checker page into dist/web/: main.js (src/web/main.ts bundled for the
 * browser by the esbuild in node_modules), index.html and style.css copied as they are.
 * No CDN, no network. The page works from any static server (and from file://: a classic script).
 */
import { builtinModules } from 'node:module';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src/web');
const out = join(root, 'dist/web');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** A Node builtin in the page is a bug: fail loudly instead of shipping a broken page. */
const noNode = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (builtins.has(args.path) || args.path.startsWith('node:')) {
        return { errors: [{ text: `Node builtin "${args.path}" imported by ${args.importer} cannot run in the browser` }] };
      }
      return undefined;
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/web/main.ts'],
  outfile: join(out, 'main.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  plugins: [noNode],
});

for (const f of ['index.html', 'style.css']) copyFileSync(join(src, f), join(out, f));

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const size = (f) => statSync(join(out, f)).size;
const inputs = Object.keys(result.metafile.inputs).length;
console.log(`dist/web: main.js ${kb(size('main.js'))} (${inputs} modules), index.html ${kb(size('index.html'))}, style.css ${kb(size('style.css'))}`);
