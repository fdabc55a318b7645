import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/report/format.js';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';
import { cli, rawCsv, rowOf, tempDir, writeFiles } from './helpers.js';
import { parseFile } from '../../src/codec/parse-file.js';
import type { CheckJson } from '../../src/report/json.js';
import { reportOf } from '../support/report-schema.js';

/** The keys of the first report, then the keys schema 2 added (keys are only ever added). */
const ISSUE_KEYS = ['code', 'severity', 'message', 'line', 'record', 'row', 'fieldNo', 'fieldName', 'offset', 'params', 'advice'];
const FILE_KEYS = ['name', 'kind', 'csvVersion', 'records', 'issues', 'path', 'size', 'formName', 'status', 'notRead', 'diagnoses', 'send'];

/** The report as the CLI declares it; the tests below check the keys at run time on their own. */
type Report = CheckJson;

let dir: string;
let valid: string;
let broken: string;
let brokenName: string;

beforeAll(() => {
  dir = tempDir();
  const good = sampleFile('DLTJSK', { seed: 3 });
  valid = writeFiles(join(dir, 'valid'), [good])[0]!;
  // a DLTJSK whose 被保険者番号 and 削除対象年月 are invalid
  const rec = { ...(parseFile(good).records[0] as Record<string, string>), insuredNumber: '12X4567890', targetMonth: '202513' };
  brokenName = good.name;
  broken = writeFiles(join(dir, 'broken'), [{ name: good.name, bytes: rawCsv('DLTJSK', [rowOf('DLTJSK', rec)]) }])[0]!;
});

describe('check: exit status', () => {
  it('0 for a valid file, 1 for a broken one', () => {
    expect(cli(['check', valid]).code).toBe(0);
    const r = cli(['check', broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FIELD_INVALID_INSURED_NUMBER');
  });

  it('2 for an unknown option, a bad option value, no path, a missing path', () => {
    for (const args of [
      ['check', '--bogus', valid],
      ['check', '--format', 'xml', valid],
      ['check', '--lang', 'fr', valid],
      ['check'],
      ['check', join(dir, 'does-not-exist.CSV')],
      ['no-such-command'],
      [],
    ]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect(r.stdout, args.join(' ')).toBe('');
    }
  });
});

describe('check --format json', () => {
  it('has exactly the documented keys, in order, at every level, with nulls present', () => {
    const r = cli(['check', '--format', 'json', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = reportOf(r.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'files', 'bundle', 'sends', 'summary', 'mode', 'version', 'schemaVersion']);
    expect(report.ok).toBe(false);
    expect(Object.keys(report.bundle)).toEqual(['issues']);
    expect(report.files).toHaveLength(1);
    const file = report.files[0]!;
    expect(Object.keys(file)).toEqual(FILE_KEYS);
    expect(file).toMatchObject({ name: brokenName, kind: 'DLTJSK', csvVersion: '202407', records: 1 });
    expect(file.issues.length).toBeGreaterThan(0);
    for (const i of file.issues) {
      expect(Object.keys(i)).toEqual(ISSUE_KEYS);
      expect(i.row).toBe(i.record);
    }
    for (const i of report.bundle.issues) {
      expect(Object.keys(i)).toEqual([...ISSUE_KEYS, 'file', 'send']);
      expect(i.row).toBe(i.record);
    }
    // the single-file note has no location: every location key is there, as null
    const note = report.bundle.issues.find((i) => i.code === 'BUNDLE_SINGLE_FILE_NOTE')!;
    expect(note).toMatchObject({ line: null, record: null, row: null, fieldNo: null, fieldName: null, file: null, severity: 'info' });
  });

  it('messages and field names in Japanese by default, English with --lang en', () => {
    const ja = reportOf(cli(['check', '--format', 'json', broken]).stdout);
    const en = reportOf(cli(['check', '--format', 'json', '--lang', 'en', broken]).stdout);
    const find = (r: Report) => r.files[0]!.issues.find((i) => i.code === 'FIELD_INVALID_INSURED_NUMBER')!;
    expect(find(ja)).toMatchObject({
      fieldNo: 3,
      fieldName: '被保険者番号',
      message: MESSAGES.ja.FIELD_INVALID_INSURED_NUMBER({}),
      line: 1,
      record: 1,
      row: 1,
    });
    expect(find(en)).toMatchObject({ fieldNo: 3, fieldName: 'Insured person number', message: MESSAGES.en.FIELD_INVALID_INSURED_NUMBER({}) });
    expect(find(ja).message).not.toBe(find(en).message);
  });

  it('a valid file is ok: true with exit 0', () => {
    const r = cli(['check', '--format', 'json', valid]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.files[0]!.issues).toEqual([]);
  });
});

describe('check --format text', () => {
  it('one line per issue: severity, file:line, 項目No「name」, CODE: message; then a summary', () => {
    const r = cli(['check', broken]);
    const line = r.stdout.split('\n').find((l) => l.includes('FIELD_INVALID_INSURED_NUMBER'))!;
    expect(line).toBe(`  エラー ${brokenName}:1 項目3「被保険者番号」 FIELD_INVALID_INSURED_NUMBER: ${MESSAGES.ja.FIELD_INVALID_INSURED_NUMBER({})}`);
    expect(r.stdout).toContain('BUNDLE_SINGLE_FILE_NOTE');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1ファイル: エラー \d+件、警告 \d+件、情報 \d+件$/);
  });

  it('English with --lang en', () => {
    const r = cli(['check', '--lang', 'en', broken]);
    expect(r.stdout).toContain(
      `  error ${brokenName}:1 field 3 "Insured person number" FIELD_INVALID_INSURED_NUMBER: ${MESSAGES.en.FIELD_INVALID_INSURED_NUMBER({})}`,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 file: \d+ errors?, \d+ warnings?, \d+ infos?$/);
  });

  it('prints hostile file names without control characters', () => {
    const d = tempDir();
    const name = 'UPJSK_\u001b[31mred\nforged line.CSV';
    writeFileSync(join(d, name), 'x');
    for (const format of ['text', 'json', 'junit']) {
      const r = cli(['check', '--format', format, join(d, name)]);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('\nforged line');
    }
  });
});

describe('check: single file, transmission, directory', () => {
  let tx: string;
  beforeAll(() => {
    tx = join(tempDir(), 'tx');
    writeFiles(tx, [...sampleTransmission('K1', { seed: 5 }), ...sampleTransmission('K5', { seed: 5 })]);
  });

  it('--archive: a directory is split into sends by timestamp, sender and receiver', () => {
    const r = cli(['check', '--format', 'json', '--archive', tx]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.files.map((f) => f.name)).toEqual(expect.arrayContaining(readdirSync(tx)));
    expect(report.files).toHaveLength(5);
    expect(report.bundle.issues.map((i) => i.code)).not.toContain('BUNDLE_SINGLE_FILE_NOTE');
    expect(report.bundle.issues.filter((i) => i.severity === 'error')).toEqual([]);

    expect(report.sends).toHaveLength(2);
    const text = cli(['check', '--archive', tx]);
    const headings = text.stdout.split('\n').filter((l) => l.startsWith('■ 送信 '));
    expect(headings).toHaveLength(2);
    expect(headings.some((h) => h.includes('K1'))).toBe(true);
    expect(headings.some((h) => h.includes('K5'))).toBe(true);
  });

  it('the same files as separate arguments are ONE send, whose units validateBundle tells apart by sender and receiver', () => {
    // K1 and K5 share a ファイル連番 here but not their sender: two units, no error (issue 13 §4.7).
    const files = readdirSync(tx).map((n) => join(tx, n));
    const r = cli(['check', '--format', 'json', ...files]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.files).toHaveLength(5);
    expect(report.bundle.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // One file of K1 sent to another receiver under that ファイル連番 is an error of the send.
    const moved = files.find((p) => p.includes('UP2KYO_'))!;
    const other = join(tempDir(), basename(moved).replace(/^(UP2KYO_\d{10}_\w{2})_\d{10}/, '$1_1399999999'));
    writeFileSync(other, readFileSync(moved));
    const broken = cli(['check', '--format', 'json', ...files.filter((p) => p !== moved), other]);
    expect(broken.code).toBe(1);
    const errors = reportOf(broken.stdout).bundle.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((i) => i.code.startsWith('BUNDLE_'))).toBe(true);
  });

  it('one file alone: file rules only, and the report says so', () => {
    const one = readdirSync(tx).find((n) => n.startsWith('UP2KYO'))!;
    const r = cli(['check', '--format', 'json', join(tx, one)]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.bundle.issues.map((i) => i.code)).toEqual(['BUNDLE_SINGLE_FILE_NOTE']);
  });

  it('a directory with a broken transmission: exit 1, bundle issues keep their file', () => {
    const d = join(tempDir(), 'd');
    const k2 = sampleTransmission('K2', { seed: 9 });
    writeFiles(
      d,
      k2.filter((f) => !f.name.startsWith('UPSIKYU')),
    ); // a required member is missing
    const r = cli(['check', '--format', 'json', d]);
    expect(r.code).toBe(1);
    const report = reportOf(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.bundle.issues.some((i) => i.severity === 'error')).toBe(true);
    for (const i of report.bundle.issues) expect(i.file === null || report.files.some((f) => f.name === i.file)).toBe(true);
  });

  it('without --archive, a directory is ONE send: its units by ファイル連番 (the same units as with --archive)', () => {
    const d = join(tempDir(), 'one');
    writeFiles(d, [
      ...sampleTransmission('K1', { seed: 5, timestamp: '20250425100000' }),
      ...sampleTransmission('K5', { seed: 5, timestamp: '20250425110000' }),
    ]);
    const r = cli(['check', '--format', 'json', d]);
    expect(r.code).toBe(0);
    const report = reportOf(r.stdout);
    expect(report.mode).toBe('send');
    expect(report.sends).toHaveLength(1);
    expect(report.sends[0]!.units.map((u) => u.unitIds.join('/')).sort()).toEqual(['K1', 'K5/Y8']);
    expect(report.sends[0]!.id.timestamps).toEqual(['20250425100000', '20250425110000']);
    expect(report.files.map((f) => f.send)).toEqual([0, 0, 0, 0, 0]);
    // the same files under one ファイル連番, K5 sent the other way: two senders made two units (issue 13 §4.7), no error
    const same = cli(['check', '--format', 'json', tx]);
    expect(same.code).toBe(0);
    expect(
      reportOf(same.stdout)
        .sends[0]!.units.map((u) => u.unitIds.join('/'))
        .sort(),
    ).toEqual(['K1', 'K5/Y8']);
  });

  it('prints no progress when stderr is not a terminal (and never with JSON)', () => {
    const d = join(tempDir(), 'many');
    for (let seed = 1; seed <= 4; seed++) writeFiles(d, sampleTransmission('K1', { seed, timestamp: `2025042${seed}103000` }));
    expect(readdirSync(d).length).toBeGreaterThan(10);
    for (const format of ['text', 'json', 'junit']) {
      const r = cli(['check', '--format', format, d]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
  });

  it('an empty directory is a usage error', () => {
    expect(cli(['check', tempDir()]).code).toBe(2);
  });
});
