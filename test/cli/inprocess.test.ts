/** main() called in-process with a fake terminal: progress, and the lazily loaded subcommands. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/args.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { tempDir, writeFiles } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

function fakeIo(cwd: string, tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(typeof s === 'string' ? s : Buffer.from(s).toString('latin1')),
    stderr: (s) => void err.push(s),
    stderrIsTTY: tty,
    cwd,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('main (in process)', () => {
  const dir = join(tempDir(), 'many');
  for (let seed = 1; seed <= 3; seed++) writeFiles(dir, sampleTransmission('K1', { seed, timestamp: `2025042${seed}103000` }));

  it('shows [n/N] progress on a terminal with more than 10 files, for text and junit', async () => {
    for (const format of ['text', 'junit']) {
      const t = fakeIo(dir, true);
      expect(await main(['check', '--format', format, '.'], t.io)).toBe(0);
      expect(t.err()).toContain('[12/12] ');
      expect(t.err()).toContain('[1/12] ');
      expect(t.out()).not.toContain('[1/12]');
    }
  });

  it('never with JSON, never when stderr is not a terminal, never for 10 files or fewer', async () => {
    const json = fakeIo(dir, true);
    expect(await main(['check', '--format', 'json', '.'], json.io)).toBe(0);
    expect(json.err()).toBe('');
    const pipe = fakeIo(dir, false);
    expect(await main(['check', '.'], pipe.io)).toBe(0);
    expect(pipe.err()).toBe('');
    const few = join(tempDir(), 'few');
    writeFiles(few, sampleTransmission('K1', { seed: 1 }));
    const small = fakeIo(few, true);
    expect(await main(['check', '.'], small.io)).toBe(0);
    expect(small.err()).toBe('');
  });

  it('--recursive reads subdirectories; without it they are ignored', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'sub'));
    writeFiles(join(root, 'sub'), sampleTransmission('K5', { seed: 1 }));
    const plain = fakeIo(root, false);
    expect(await main(['check', '.'], plain.io)).toBe(2); // nothing directly inside
    const rec = fakeIo(root, false);
    expect(await main(['check', '--recursive', '--format', 'json', '.'], rec.io)).toBe(0);
    expect(reportOf(rec.out()).files).toHaveLength(1);
  });
});
