/**
 * Regressions of the security review's injection findings, through the CLI in process: ESC/BEL
 * from a field, a file name or an extension never reach the terminal raw; a CR/LF in a field
 * cannot forge a summary line; a bidi override in a file name is shown as an escape; a name that
 * is not valid UTF-8 is shown as an escape; a symlink to a secret puts none of it in any report.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/args.js';
import { sampleFile } from '../../src/sample/index.js';
import { parseXml } from '../cli/helpers.js';
import { rowsOf, writeRows } from './support.js';

/** Raw characters the escaper never lets through (the output's own line breaks aside). */
const UNSAFE_RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]/;
const FORGED = '1ファイル: エラー 0件、警告 0件、情報 0件';
const SECRET = 'S3CRET-鷲鶴鷺鴎鵜鶯鷹-9123456789';

let root: string;
let dir: string;
let link: string;
let plan: string;
let bytesDir: string;

async function run(argv: readonly string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
    stderr: (s) => void err.push(s),
    stderrIsTTY: false,
    cwd: root,
  };
  const code = await main(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'careplan-injection-'));
  dir = join(root, 'd');
  mkdirSync(dir);
  // A CSVバージョン (quoted) holding ESC, BEL, CR/LF and a forged summary line; a field with the same.
  const file = sampleFile('UPPLAN', { seed: 2 });
  const { rows } = rowsOf(file);
  rows[0]![0] = `\u001b[2J\u0007\r\n${FORGED}\r\n`;
  rows[1]![5] = `x\r\n${FORGED}\u007f`;
  plan = join(dir, file.name);
  writeFileSync(plan, writeRows('UPPLAN', rows));
  // Hostile names: ESC in the name, a bidi override, an extension with BEL, bytes that are no UTF-8.
  writeFileSync(join(dir, 'UP1KYO_\u001b[31mred.CSV'), 'a,b\r\n');
  writeFileSync(join(dir, 'invoice\u202eVSC.exe'), 'a,b\r\n');
  writeFileSync(join(dir, 'note.t\u0007xt'), 'a\r\n');
  // (in a directory of its own: how the CLI reads such a name is the CLI's file reading, not this test's)
  bytesDir = join(root, 'bytes');
  mkdirSync(bytesDir);
  writeFileSync(Buffer.concat([Buffer.from(bytesDir + '/'), Buffer.from([0x82, 0xa0, 0x83, 0x41]), Buffer.from('.CSV')]), 'a,b\r\n');
  // A symlink named like a CSV that points at a secret outside the checked directory.
  const secret = join(root, 'secret.txt');
  writeFileSync(secret, `root:x:0:0\n${SECRET},${SECRET}\n${SECRET}\n`);
  link = join(dir, 'UPPLAN_202505_1371200101_43_1371200202_11_20250424103000.CSV');
  symlinkSync(secret, link);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('nothing drives the terminal, forges a line or leaks through a symlink', () => {
  for (const lang of ['ja', 'en']) {
    for (const show of [[], ['--show-values']]) {
      it(`check --format text --lang ${lang} ${show.join(' ')}`, async () => {
        const r = await run(['check', '--lang', lang, ...show, dir]);
        expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
        expect(r.out.split('\n').filter((l) => l.trim() === FORGED)).toEqual([]);
        // Exactly one summary line: the last one.
        const summary =
          lang === 'ja'
            ? /^\d+ファイル(（未検査 \d+）)?: エラー \d+件、警告 \d+件、情報 \d+件$/
            : /^\d+ files?( \(\d+ not checked\))?: \d+ errors?, \d+ warnings?, \d+ infos?$/;
        expect(
          r.out
            .trimEnd()
            .split('\n')
            .filter((l) => summary.test(l)),
        ).toHaveLength(1);
        expect(r.out.trimEnd().split('\n').at(-1)).toMatch(summary);
        if (show.length === 0) expect(r.out + r.err).not.toContain(SECRET);
        // The bidi override and the name that is no UTF-8 are shown as escapes.
        expect(r.out).toContain('invoice\\u202eVSC.exe');
      });
    }
  }

  it('a name that is no UTF-8 (Shift_JIS bytes) prints as escapes, never raw, and crashes nothing', async () => {
    for (const format of ['text', 'json', 'junit']) {
      const r = await run(['check', '--format', format, bytesDir]);
      expect(r.code).not.toBe(3);
      expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
      expect(r.out + r.err).toContain('\\ufffd');
    }
  });

  it('check --format json: valid JSON; no unsafe character raw; no secret', async () => {
    const r = await run(['check', '--format', 'json', dir]);
    expect(() => JSON.parse(r.out), `${r.code} ${r.err}`).not.toThrow();
    expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
    expect(r.out + r.err).not.toContain(SECRET);
    const report = JSON.parse(r.out) as { files: { csvVersion: string | null }[] };
    for (const f of report.files) expect(f.csvVersion === null || /^\d{6}$/.test(f.csvVersion)).toBe(true);
  });

  it('check --format junit: well-formed; no secret', async () => {
    const r = await run(['check', '--format', 'junit', dir]);
    expect(() => parseXml(r.out)).not.toThrow();
    expect(r.out).not.toMatch(UNSAFE_RAW);
    expect(r.out + r.err).not.toContain(SECRET);
  });

  it('inspect: the header and the records of a shifted, hostile file, and of the symlink', async () => {
    for (const f of [plan, link]) {
      for (const lang of ['ja', 'en']) {
        const r = await run(['inspect', '--lang', lang, f]);
        expect(r.out + r.err).not.toMatch(UNSAFE_RAW);
        expect(r.out + r.err).not.toContain(SECRET);
        expect(r.out.split('\n').filter((l) => l.trim() === FORGED)).toEqual([]);
      }
    }
  });
});
