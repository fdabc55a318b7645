/**
 * The layers of docs/ARCHITECTURE.md, held to the code: folder imports point one way (each folder
 * imports only folders of a lower rank, so the graph has no cycle), spec/ imports only the issue
 * model, and cli/ and web/ never import each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
/** The layers, lowest first; folders on one line may not import each other. */
const RANKS: readonly (readonly string[])[] = [
  ['core'],
  ['spec'],
  ['encoding'],
  ['csv', 'filenames'],
  ['check'],
  ['derive', 'codec'],
  ['bundle'],
  ['report'],
  ['diff'],
  ['render'],
  ['(root)'],
  ['sample'],
  ['testing', 'docs'],
  ['cli', 'web'],
];
const rankOf = (folder: string) => RANKS.findIndex((r) => r.includes(folder));

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const folderOf = (file: string) => {
  const r = relative(SRC, file);
  return r.includes('/') ? r.split('/')[0]! : '(root)';
};

/** Every import between two folders: `from → to` with the importing files. */
function folderEdges(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of walk(SRC).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (!target.startsWith(SRC)) continue;
      const from = folderOf(file);
      const to = folderOf(target);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(SRC, file)]);
    }
  }
  return edges;
}

describe('the layers of src/', () => {
  const edges = folderEdges();
  const folders = new Set([
    ...readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
    '(root)',
  ]);

  it('names every folder of src/ in a layer', () => {
    expect([...folders].filter((f) => rankOf(f) < 0)).toEqual([]);
  });

  it('imports only downwards, so the folder graph has no cycle', () => {
    const upward = [...edges].filter(([key]) => {
      const [from, to] = key.split(' → ') as [string, string];
      return rankOf(to) >= rankOf(from);
    });
    expect(upward.map(([key, files]) => `${key} (${files.join(', ')})`)).toEqual([]);
  });

  it('keeps spec/ free of everything but the issue model', () => {
    expect([...edges.keys()].filter((k) => k.startsWith('spec → ') && k !== 'spec → core')).toEqual([]);
  });

  it('keeps cli/ and web/ apart', () => {
    expect([...edges.keys()].filter((k) => k === 'cli → web' || k === 'web → cli')).toEqual([]);
  });
});
