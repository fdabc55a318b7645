/** `check` parses each file name once (for grouping and for validation alike). */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleTransmission } from '../../src/sample/index.js';
import { tempDir, writeFiles } from './helpers.js';

const calls: string[] = [];
vi.mock('../../src/filenames/parse.js', async (original) => {
  const mod = await original<typeof import('../../src/filenames/parse.js')>();
  return {
    ...mod,
    parseFilename: (name: string) => {
      calls.push(name);
      return mod.parseFilename(name);
    },
  };
});

describe('file names', () => {
  it.each([[[]], [['--archive']]])('are parsed once per file by check %j', async (extra) => {
    const { run } = await import('../../src/cli/check.js');
    const d = join(tempDir(), 'once');
    const files = [
      ...sampleTransmission('K1', { seed: 1, timestamp: '20250425100000' }),
      ...sampleTransmission('K2', { seed: 1, timestamp: '20250425110000' }),
    ];
    writeFiles(d, files);
    calls.length = 0;
    const code = await run([...extra, '--format', 'json', d], { stdout: () => {}, stderr: () => {}, stderrIsTTY: false, cwd: d });
    expect(code).toBe(0);
    expect(calls.sort()).toEqual(files.map((f) => f.name).sort());
  });
});
