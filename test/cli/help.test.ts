import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('--help', () => {
  const cases = [
    ['--help'],
    ['help'],
    ['help', 'check'],
    ['check', '--help'],
    ['inspect', '--help'],
    ['convert', '--help'],
    ['filename', '--help'],
    ['filename', 'parse', '--help'],
    ['filename', 'build', '--help'],
    ['sample', '--help'],
    ['check', '-h'],
  ];
  for (const args of cases) {
    it(`${args.join(' ')} exits 0 with usage on stdout`, () => {
      const r = cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage/);
      expect(r.stderr).toBe('');
    });
  }

  it('convert --help says the conversion is lossless and carries personal data', () => {
    expect(cli(['convert', '--help']).stdout).toContain('LOSSLESS');
  });

  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
