import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const NAME = 'UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV';
const BUILD = [
  'filename',
  'build',
  '--kind',
  'UPPLAN',
  '--month',
  '201912',
  '--sender',
  '0300000100',
  '--sender-type',
  '43',
  '--receiver',
  '0300000005',
  '--receiver-type',
  '11',
];

describe('filename', () => {
  it('parse prints the parsed name as JSON; exit 1 when it is not valid', () => {
    const ok = cli(['filename', 'parse', NAME]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      kind: 'UPPLAN',
      targetMonth: '201912',
      senderOffice: '0300000100',
      timestamp: '20191025200201',
      issues: [],
    });
    const bad = cli(['filename', 'parse', 'UPPLAN_201913_x.CSV']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).ok).toBe(false);
    expect(cli(['filename', 'parse']).code).toBe(2);
  });

  it('build prints the name; invalid parts are a usage error (exit 2, stderr)', () => {
    const r = cli([...BUILD, '--timestamp', '20191025200201']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${NAME}\n`);
    const bad = cli([...BUILD, '--timestamp', '20191325200201']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--timestamp');
    // without --timestamp, the ファイル連番 is now
    const now = cli([...BUILD]);
    expect(now.code).toBe(0);
    const ts = /_(\d{14})\.CSV$/.exec(now.stdout.trim())![1]!;
    expect(
      Math.abs(
        Date.now() - new Date(`${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}T${ts.slice(8, 10)}:${ts.slice(10, 12)}:${ts.slice(12, 14)}`).getTime(),
      ),
    ).toBeLessThan(120_000);
    expect(cli(['filename', 'build', '--kind', 'NOPE']).code).toBe(2);
    expect(cli(['filename', 'frobnicate']).code).toBe(2);
  });

  it('parse accepts a path: the file-name part is parsed (either separator)', () => {
    for (const path of [`/tmp/inbox/${NAME}`, `C:\\送信\\${NAME}`, `./${NAME}`]) {
      const r = cli(['filename', 'parse', path]);
      expect(r.code, path).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, kind: 'UPPLAN', timestamp: '20191025200201' });
    }
  });

  it('build --convention v3 has no service-type segments', () => {
    const r = cli([
      'filename',
      'build',
      '--kind',
      'UPPLAN',
      '--month',
      '201912',
      '--sender',
      '0300000100',
      '--receiver',
      '0300000005',
      '--timestamp',
      '20191025200201',
      '--convention',
      'v3',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('UPPLAN_201912_0300000100_0300000005_20191025200201.CSV\n');
  });
});
