/**
 * Two 10 MB sends (sampleTransmission K2, 2,150 users, as in the benchmark): exact counts, and a
 * very loose time bound (the timing itself is measured outside the suite; see the module comment
 * of diff.ts for the model). Also: src/diff bundles for the browser without Node builtins/globals.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { parseFile } from '../../src/index.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { diff, formatDiffJson, renderDiffText } from '../../src/diff/index.js';
import type { Rec } from './helpers.js';

describe('diff: two 10 MB sends', () => {
  it('reports exactly the changed, removed and added records', () => {
    const files = sampleTransmission('K2', { seed: 11, records: 2150 });
    expect(files.reduce((n, f) => n + f.bytes.length, 0)).toBeGreaterThan(9.5e6);
    const oldSend = files.map((f) => ({ name: f.name, ...parseFile(f) }));
    let changed = 0;
    let removed = 0;
    let added = 0;
    const newSend = oldSend.map((f) => {
      const records = (f.records as Rec[]).flatMap((r, i) => {
        if (f.kind === 'UPPLAN' && i % 100 === 3) return (changed++, [{ ...r, units: `${Number(r.units) + 1}` }]);
        if (f.kind === 'UPSIKYU' && i % 250 === 7) return (removed++, []);
        if (f.kind === 'UPPLAN' && i % 300 === 5) return (added++, [r, { ...r, detailCode: '99' }]);
        return [r];
      });
      return { name: f.name, kind: f.kind, records };
    });
    const started = performance.now();
    const r = diff(oldSend, newSend);
    const elapsed = performance.now() - started;
    expect(r.summary.totals).toEqual({ added, removed, changed, stampOnly: 0 });
    expect(r.summary.users).toBe(2150);
    expect(r.changes.filter((c) => c.change === 'changed').every((c) => c.kind === 'UPPLAN' && c.fields.map((f) => f.key).join() === 'units')).toBe(true);
    expect(diff(oldSend, oldSend).changes).toEqual([]);
    expect(renderDiffText(r).split('\n').length).toBeGreaterThan(changed + removed + added);
    expect(JSON.parse(formatDiffJson(r)).changes).toHaveLength(changed + removed + added);
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe('diff: browser-safe', () => {
  it('src/diff bundles for the browser without any Node builtin or global', async () => {
    const found: string[] = [];
    const result = await build({
      entryPoints: [new URL('../../src/diff/index.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
      plugins: [
        {
          name: 'no-node',
          setup(b) {
            b.onResolve({ filter: /^node:|^(fs|path|buffer|process|module|os|url|util|stream|crypto)$/ }, (args) => {
              found.push(args.path);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    expect(found).toEqual([]);
    const code = result.outputFiles[0]!.text;
    for (const g of ['process.', 'Buffer.', 'require(', '__dirname']) expect(code.includes(g), g).toBe(false);
  });
});
