import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleFile } from '../../src/sample/index.js';
import { cli, cliRaw, tempDir, writeFiles } from './helpers.js';

let dir: string;
let csv: string;
let original: Uint8Array;
let name: string;

beforeAll(() => {
  dir = tempDir();
  // UPKIHON: free text with CRLF, quotes, commas and rarer CP932 characters
  const f = sampleFile('UPKIHON', { seed: 21 });
  name = f.name;
  original = f.bytes;
  csv = writeFiles(join(dir, 'in'), [f])[0]!;
});

describe('convert', () => {
  it('CSV → JSON has kind, csvVersion, name, records (values in full) and issues', () => {
    const r = cli(['convert', csv, '--to', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['kind', 'csvVersion', 'name', 'records', 'issues']);
    expect(doc).toMatchObject({ kind: 'UPKIHON', csvVersion: '202407', name, issues: [] });
    expect(doc.records.length).toBeGreaterThan(0);
    expect(doc.records[0].insuredNumber).toMatch(/^(\d{10}|H\d{9})$/);
  });

  it('json → csv → json is identical, and the CSV is byte-identical to the canonical input', () => {
    const json1 = join(dir, 'a.json');
    expect(cli(['convert', csv, '--to', 'json', '--out', json1]).code).toBe(0);
    const out = join(dir, 'out');
    writeFiles(out, []);
    const csv2 = join(out, name);
    const w = cli(['convert', json1, '--to', 'csv', '--out', csv2]);
    expect(w.code, w.stderr).toBe(0);
    expect(new Uint8Array(readFileSync(csv2))).toEqual(original);
    const json2 = join(dir, 'b.json');
    expect(cli(['convert', csv2, '--to', 'json', '--out', json2]).code).toBe(0);
    expect(readFileSync(json2, 'utf8')).toBe(readFileSync(json1, 'utf8'));
    // CSV to stdout: the same bytes
    const raw = cliRaw(['convert', json1, '--to', 'csv']);
    expect(raw.code).toBe(0);
    expect(new Uint8Array(raw.stdout)).toEqual(original);
    // refuses to overwrite without --force
    expect(cli(['convert', json1, '--to', 'csv', '--out', csv2]).code).toBe(1);
    expect(cli(['convert', json1, '--to', 'csv', '--out', csv2, '--force']).code).toBe(0);
  });

  it('accepts a plain array of records with --kind; without a kind it is a usage error', () => {
    const doc = JSON.parse(cli(['convert', csv, '--to', 'json']).stdout);
    const arr = join(dir, 'array.json');
    writeFileSync(arr, JSON.stringify(doc.records));
    const r = cliRaw(['convert', arr, '--to', 'csv', '--kind', 'UPKIHON']);
    expect(r.code).toBe(0);
    expect(new Uint8Array(r.stdout)).toEqual(original);
    expect(cli(['convert', arr, '--to', 'csv']).code).toBe(2);
    expect(cli(['convert', csv, '--to', 'json', '--kind', 'UPJSK', '--bogus']).code).toBe(2);
    expect(cli(['convert', csv]).code).toBe(2);
  });

  it('refuses (exit 1, issues on stderr, nothing written) when the records have errors', () => {
    const doc = JSON.parse(cli(['convert', csv, '--to', 'json']).stdout);
    doc.records[0].insuredNumber = '12345ABCDE';
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(doc));
    const target = join(dir, 'never.CSV');
    const r = cli(['convert', bad, '--to', 'csv', '--out', target]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('FIELD_INVALID_INSURED_NUMBER');
    expect(r.stderr).not.toContain('12345ABCDE');
    expect(existsSync(target)).toBe(false);
    writeFileSync(bad, '{ not json');
    expect(cli(['convert', bad, '--to', 'csv', '--kind', 'UPKIHON']).code).toBe(1);
  });
});
