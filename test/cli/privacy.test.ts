/**
 * Personal data never leaves the CLI without --show-values: no 被保険者番号, name, address,
 * phone, birth date or free text of a fixture appears in any output of check or inspect.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleTransmission } from '../../src/sample/index.js';
import { cli, leaks, personalValues, rawCsv, rowOf, tempDir, writeFiles } from './helpers.js';
import { reportOf } from '../support/report-schema.js';

const BAD_INSURED = '12345ABCDE';
const ORPHAN_INSURED = '1999999999';

let dir: string;
let secrets: string[];
let name: string;
let insured: string;

beforeAll(() => {
  dir = join(tempDir(), 'y1');
  const files = [...sampleTransmission('Y1', { seed: 7 })];
  const kihon = files.findIndex((f) => f.name.startsWith('UPKIHON_') && !f.name.startsWith('UPKIHON_SUB') && !f.name.startsWith('UPKIHON_IMAGE'));
  const sub1 = files.findIndex((f) => f.name.startsWith('UPKIHON_SUB1'));
  const kRecs = parseFile(files[kihon]!).records as Record<string, string>[];
  name = kRecs[1]!.name!;
  insured = kRecs[1]!.insuredNumber!;
  // record 1: invalid 被保険者番号, a long name, an impossible birth date; plus a row of the wrong length
  const bad = { ...kRecs[0]!, insuredNumber: BAD_INSURED, name: kRecs[0]!.name!.repeat(30), birthDate: '19441399' };
  const shortRow = rowOf('UPKIHON', kRecs[2]!).slice(0, 40);
  files[kihon] = { name: files[kihon]!.name, bytes: rawCsv('UPKIHON', [rowOf('UPKIHON', bad), rowOf('UPKIHON', kRecs[1]!), shortRow]) };
  // UPKIHON_SUB1 record pointing at no parent (BUNDLE_MISSING_PARENT_RECORD)
  const sRecs = parseFile(files[sub1]!).records as Record<string, string>[];
  files[sub1] = {
    name: files[sub1]!.name,
    bytes: rawCsv(
      'UPKIHON_SUB1',
      sRecs.map((r, i) => rowOf('UPKIHON_SUB1', i === 0 ? { ...r, insuredNumber: ORPHAN_INSURED } : r)),
    ),
  };
  writeFiles(dir, files);
  secrets = personalValues(files, [BAD_INSURED, ORPHAN_INSURED, ...shortRow.filter((v) => [...v].length >= 6 && !v.startsWith('UPKIHON'))]);
});

const csvFiles = () =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.CSV'))
    .map((n) => join(dir, n));

describe('personal data is masked by default', () => {
  it('the fixture is broken where the personal data is', () => {
    expect(secrets).toEqual(expect.arrayContaining([BAD_INSURED, ORPHAN_INSURED, name, insured]));
    const r = cli(['check', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    reportOf(r.stdout);
    for (const code of ['FIELD_INVALID_INSURED_NUMBER', 'FIELD_INVALID_DATE', 'RECORD_FIELD_COUNT', 'BUNDLE_MISSING_PARENT_RECORD'])
      expect(r.stdout).toContain(code);
  });

  const modes = (): [string, string[]][] => [
    ['directory', [dir]],
    ['transmission', csvFiles()],
    ['single file', [csvFiles().find((p) => p.includes('UPKIHON_1'))!]],
  ];

  for (const format of ['text', 'json', 'junit']) {
    for (const lang of ['ja', 'en']) {
      it(`check --format ${format} --lang ${lang}: nothing personal in any mode`, () => {
        for (const [mode, paths] of modes()) {
          const r = cli(['check', '--format', format, '--lang', lang, ...paths]);
          expect(r.code, mode).toBe(1);
          if (format === 'json') reportOf(r.stdout);
          expect(leaks(r.stdout + r.stderr, secrets), `${format} ${lang} ${mode}`).toEqual([]);
        }
      });
    }
  }

  it('inspect masks every personal field (and rows that could not be read)', () => {
    for (const file of csvFiles()) {
      for (const lang of ['ja', 'en']) {
        const r = cli(['inspect', '--lang', lang, file]);
        expect(leaks(r.stdout + r.stderr, secrets), `${file} ${lang}`).toEqual([]);
      }
    }
    const kihon = csvFiles().find((p) => p.includes('UPKIHON_1'))!;
    const r = cli(['inspect', kihon]);
    expect(r.stdout).toContain('＊＊＊ (10文字)');
    expect(r.stdout).toMatch(/被保険者番号: ＊＊＊ \(10文字\)/);
    expect(cli(['inspect', '--lang', 'en', kihon]).stdout).toMatch(/Insured person number: \*\*\* \(10 chars\)/);
  });

  it('--show-values shows them: inspect prints the values, check the offending ones', () => {
    const kihon = csvFiles().find((p) => p.includes('UPKIHON_1'))!;
    const inspect = cli(['inspect', '--show-values', kihon]);
    expect(inspect.stdout).toContain(name);
    expect(inspect.stdout).toContain(insured);
    expect(inspect.stdout).toContain(BAD_INSURED);
    const check = cli(['check', '--show-values', kihon]);
    expect(check.stdout).toContain(BAD_INSURED);
    // the key values of a missing parent, in a transmission
    expect(cli(['check', '--show-values', dir]).stdout).toContain(ORPHAN_INSURED);
  });
});
