import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';
import { childrenNamed, cli, parseXml, rawCsv, rowOf, tempDir, writeFiles } from './helpers.js';

describe('the XML checker itself', () => {
  it('accepts well-formed and rejects broken documents', () => {
    expect(parseXml('<?xml version="1.0"?><a x="1&amp;2"><b/>t&lt;</a>').attrs.x).toBe('1&2');
    for (const bad of ['<a><b></a></b>', '<a>', '<a x=1/>', '<a>&nope;</a>', '<a>x < y</a>', '<a/><b/>', '<a>\u0001</a>', '<a x="1" x="2"/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

describe('check --format junit', () => {
  it('is well-formed: one testsuite per send (--archive), one testcase per file, errors in <failure>', () => {
    const d = join(tempDir(), 'd');
    writeFiles(d, [...sampleTransmission('K1', { seed: 2 }), ...sampleTransmission('K5', { seed: 2 })]);
    // a third transmission with a broken file: errors, and a warning-level issue
    const good = sampleFile('DLTJSK', { seed: 4, timestamp: '20250101000000' });
    const rec = { ...(parseFile(good).records[0] as Record<string, string>), targetMonth: '2025&<"' };
    writeFiles(d, [{ name: good.name, bytes: rawCsv('DLTJSK', [rowOf('DLTJSK', rec)]) }]);
    // and a hostile name with characters XML cannot carry
    writeFileSync(join(d, 'x\u0001\u001b<&>"\'.CSV'), 'a,b\r\n');

    const r = cli(['check', '--format', 'junit', '--archive', d]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parseXml(r.stdout);
    expect(root.name).toBe('testsuites');
    const suites = childrenNamed(root, 'testsuite');
    expect(suites).toHaveLength(4);
    const cases = suites.flatMap((s) => childrenNamed(s, 'testcase'));
    const fileCases = cases.filter((c) => c.attrs.classname !== 'careplan-csv.send');
    expect(fileCases).toHaveLength(7);
    expect(fileCases.map((c) => c.attrs.name)).toContain(good.name);
    const broken = fileCases.find((c) => c.attrs.name === good.name)!;
    const failure = childrenNamed(broken, 'failure');
    expect(failure).toHaveLength(1);
    expect(failure[0]!.text).toContain('FIELD_INVALID_YYYYMM');
    const passed = fileCases.filter((c) => c.attrs.name!.startsWith('UP1KYO'));
    expect(passed.every((c) => childrenNamed(c, 'failure').length === 0)).toBe(true);
    expect(Number(root.attrs.tests)).toBe(cases.length);
    expect(Number(root.attrs.failures)).toBe(cases.filter((c) => childrenNamed(c, 'failure').length > 0).length);
  });

  it('puts warnings and infos in <system-out> (single file: the note), English with --lang en', () => {
    const d = tempDir();
    const [file] = writeFiles(d, [sampleFile('UPJSK', { seed: 1 })]);
    const r = cli(['check', '--format', 'junit', '--lang', 'en', file!]);
    expect(r.code).toBe(0);
    const root = parseXml(r.stdout);
    const cases = childrenNamed(childrenNamed(root, 'testsuite')[0]!, 'testcase');
    const whole = cases.find((c) => c.attrs.classname === 'careplan-csv.send')!;
    expect(childrenNamed(whole, 'failure')).toHaveLength(0);
    expect(childrenNamed(whole, 'system-out')[0]!.text).toContain('BUNDLE_SINGLE_FILE_NOTE');
    expect(childrenNamed(whole, 'system-out')[0]!.text).toContain('info ');
  });
});

describe('check --format junit: files not read', () => {
  it('are <skipped> with the reason, never a passing test case', () => {
    const d = join(tempDir(), 'many');
    for (let seed = 1; seed <= 8; seed++) writeFiles(d, sampleTransmission('K1', { seed, timestamp: `2025042${seed % 10}1${seed}3000` }));
    const r = cli(['check', '--format', 'junit', d]);
    expect(r.code).toBe(1);
    const root = parseXml(r.stdout);
    const suite = childrenNamed(root, 'testsuite')[0]!;
    const files = childrenNamed(suite, 'testcase').filter((c) => c.attrs.classname !== 'careplan-csv.send');
    expect(files).toHaveLength(32);
    for (const c of files) expect(childrenNamed(c, 'skipped')[0]!.attrs.message).toContain('未検査');
    expect(suite.attrs.skipped).toBe('32');
  });
});
