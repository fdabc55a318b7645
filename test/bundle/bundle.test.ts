import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateBundle } from '../../src/bundle/validate.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { stringifyFile } from '../../src/codec/stringify.js';
import { sampleTransmission } from '../../src/sample/index.js';
import * as cp932 from '../../src/encoding/cp932.js';
import type { BundleFile } from '../../src/bundle/types.js';
import type { KindId } from '../../src/spec/kind.js';
import { CURRENT_CSV_VERSION } from '../../src/spec/editions/index.js';

const dir = join(__dirname, '..', '..', 'spec-fixtures', 'transmissions', 'valid');
const load = (sub: string): BundleFile[] =>
  readdirSync(join(dir, sub))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, sub, name))) }));
const codes = (r: ReturnType<typeof validateBundle>) => [...r.issues, ...r.files.flatMap((f) => f.issues)].map((i) => i.code);
const k1 = () => sampleTransmission('K1', { seed: 7 });
const rename = (files: BundleFile[], from: string, to: (n: string) => string) => files.map((f) => (f.name.startsWith(from) ? { ...f, name: to(f.name) } : f));

/** Re-encodes one file of the unit after changing its records. */
function editRecords(files: BundleFile[], prefix: string, edit: (r: Record<string, string>, i: number) => Record<string, string>): BundleFile[] {
  return files.map((f) => {
    if (!f.name.startsWith(prefix + '_')) return f;
    const parsed = parseFile(f);
    const bytes = stringifyFile(parsed.kind as KindId, (parsed.records as Record<string, string>[]).map(edit)).bytes;
    if (!bytes) throw new Error('edit made the file invalid');
    return { ...f, bytes };
  });
}

describe('validateBundle on valid transmissions', () => {
  it.each(['kyotaku', 'yobo', 'provider'])('accepts the %s fixture transmission with no error', (sub) => {
    const r = validateBundle(load(sub));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('groups the kyotaku fixture into its two units K1 and K2 by ファイル連番', () => {
    const r = validateBundle(load('kyotaku'));
    expect(r.units.map((u) => u.unitIds)).toEqual([['K1'], ['K2', 'Y4']]);
  });

  it.each(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Y8', 'Y9'])('accepts a generated %s unit', (unit) => {
    const r = validateBundle(sampleTransmission(unit, { seed: 3 }));
    expect(codes(r).filter((c) => !c.startsWith('FIELD_NECESSARY'))).toEqual([]);
    expect(r.units[0]!.unitIds).toContain(unit);
  });
});

describe('validateBundle per-send limits, checked before decoding', () => {
  const garbage = (name: string, size: number) => ({ name, bytes: new Uint8Array(size).fill(0x83) });

  it('rejects 31 files with BUNDLE_TOO_MANY_FILES and decodes none of them', () => {
    const spy = vi.spyOn(cp932, 'decodeCp932');
    const files = Array.from({ length: 31 }, (_, i) => garbage(`UPJSK_202504_1371200202_11_1371200101_43_202504251700${String(i).padStart(2, '0')}.CSV`, 10));
    const r = validateBundle(files);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_TOO_MANY_FILES']);
    expect(codes(r).some((c) => c.startsWith('ENCODING_'))).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    validateBundle(files.slice(0, 1)); // the spy does see decoding when it happens
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('rejects 11 MB with BUNDLE_TOO_LARGE and decodes nothing (the content is not CP932)', () => {
    const files = [garbage('UPJSK_202504_1371200202_11_1371200101_43_20250425170000.CSV', 11 * 1024 * 1024)];
    const r = validateBundle(files);
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_TOO_LARGE']);
    expect(r.issues[0]!.params).toMatchObject({ limit: 10 * 1024 * 1024 });
    expect(codes(r).some((c) => c.startsWith('ENCODING_'))).toBe(false);
  });

  it('accepts exactly 30 files and exactly 10 × 1024 × 1024 bytes', () => {
    const files = Array.from({ length: 30 }, (_, i) => ({ name: `note${i}.TXT`, bytes: new Uint8Array(i === 0 ? 10 * 1024 * 1024 - 29 : 1) }));
    expect(validateBundle(files, { scope: 'single-file' }).issues.map((i) => i.code)).not.toContain('BUNDLE_TOO_LARGE');
    expect(validateBundle(files, { scope: 'single-file' }).issues.map((i) => i.code)).not.toContain('BUNDLE_TOO_MANY_FILES');
  });

  it('allows CSV, PDF, JPEG, JPG, GIF, PNG and TXT in any case, and nothing else', () => {
    const ok = ['a.pdf', 'b.JPEG', 'c.jpg', 'd.GIF', 'e.png', 'f.txt'].map((name) => ({ name, bytes: new Uint8Array(1) }));
    expect(validateBundle(ok, { scope: 'single-file' }).issues.map((i) => i.code)).not.toContain('BUNDLE_EXTENSION_NOT_ALLOWED');
    const bad = validateBundle([{ name: 'plan.xlsx', bytes: new Uint8Array(1) }], { scope: 'single-file' });
    expect(bad.issues).toMatchObject([{ code: 'BUNDLE_EXTENSION_NOT_ALLOWED', file: 'plan.xlsx' }, { code: 'BUNDLE_SINGLE_FILE_NOTE' }]);
  });

  it('reports a CSV that is no standard kind, and a name given twice', () => {
    const files = [...k1(), { name: 'export.CSV', bytes: new Uint8Array(1) }];
    files.push(files[0]!);
    const c = codes(validateBundle(files));
    expect(c).toContain('BUNDLE_NOT_STANDARD_CSV');
    expect(c).toContain('BUNDLE_DUPLICATE_NAME');
  });
});

describe('validateBundle unit and relation rules (one mutation each)', () => {
  it('reports BUNDLE_INVALID_COMBINATION when one file of K1 carries another timestamp', () => {
    const files = rename(k1(), 'UP3KYO', (n) => n.replace(/_(\d{14})\.CSV$/, '_20250101000000.CSV'));
    expect(codes(validateBundle(files))).toContain('BUNDLE_INVALID_COMBINATION');
  });

  it('reports BUNDLE_INVALID_COMBINATION when K1 lacks 第3表', () => {
    const files = k1().filter((f) => !f.name.startsWith('UP3KYO'));
    const r = validateBundle(files);
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_INVALID_COMBINATION']);
    expect(r.ok).toBe(false);
  });

  it('reports BUNDLE_UNIT_PARTIES_DIFFER when one file of a unit names another receiver', () => {
    const files = rename(k1(), 'UP2KYO', (n) => n.replace(/^(UP2KYO_\d{10}_\w{2})_\d{10}/, '$1_1399999999'));
    expect(codes(validateBundle(files))).toContain('BUNDLE_UNIT_PARTIES_DIFFER');
  });

  it('reports BUNDLE_DUPLICATE_KIND when a unit holds the same kind twice', () => {
    const files = k1();
    const dup = files.find((f) => f.name.startsWith('UP2KYO'))!;
    files.push({ ...dup, name: dup.name.replace(/\.CSV$/, '.csv') });
    expect(codes(validateBundle(files))).toContain('BUNDLE_DUPLICATE_KIND');
  });

  it('reports BUNDLE_MISSING_PARENT_RECORD at the 2表 record whose plan date has no 1表 record', () => {
    const files = editRecords(k1(), 'UP2KYO', (r, i) => (i === 1 ? { ...r, planDate: '20200101' } : r));
    const r = validateBundle(files);
    const issue = r.issues.find((i) => i.code === 'BUNDLE_MISSING_PARENT_RECORD');
    expect(issue).toMatchObject({ kind: 'UP2KYO', record: 2, params: { parent: 'UP1KYO' } });
    expect(JSON.stringify(issue)).not.toContain('20200101');
    const withValues = validateBundle(files, { reportValues: true }).issues.find((i) => i.code === 'BUNDLE_MISSING_PARENT_RECORD');
    expect(String(withValues!.params!.values)).toContain('20200101');
  });

  it('reports BUNDLE_MISSING_PARENT_RECORD for a 7表 record of a month 6表 does not have', () => {
    const files = editRecords(sampleTransmission('K2', { seed: 5 }), 'UPSIKYU', (r, i) => (i === 0 ? { ...r, insuredNumber: '9999999999' } : r));
    expect(validateBundle(files).issues.map((i) => i.code)).toContain('BUNDLE_MISSING_PARENT_RECORD');
  });

  it('reports BUNDLE_HOSOKU_MONTH_SEGMENT when the 補足 of a 1〜3表 unit is not named 000000', () => {
    const files = rename(k1(), 'UPHOSOKU', (n) => n.replace('UPHOSOKU_000000_', 'UPHOSOKU_202504_'));
    expect(codes(validateBundle(files))).toContain('BUNDLE_HOSOKU_MONTH_SEGMENT');
  });

  it('reports BUNDLE_IMAGE_MISSING and BUNDLE_IMAGE_UNREFERENCED for 家族構成 images', () => {
    const y1 = sampleTransmission('Y1', { seed: 2 });
    const image = y1.find((f) => f.name.startsWith('UPKIHON_IMAGE'))!;
    expect(codes(validateBundle(y1.filter((f) => f !== image)))).toContain('BUNDLE_IMAGE_MISSING');
    const extra = { ...image, name: image.name.replace(/_(\d{4})\.jpg$/i, '_9999.jpg') };
    expect(codes(validateBundle([...y1, extra]))).toContain('BUNDLE_IMAGE_UNREFERENCED');
  });

  it('runs only the send rules in single-file scope and says so', () => {
    const one = k1().filter((f) => f.name.startsWith('UP2KYO'));
    const r = validateBundle(one, { scope: 'single-file' });
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_SINGLE_FILE_NOTE']);
    expect(r.ok).toBe(true);
    expect(validateBundle(one).issues.map((i) => i.code)).toContain('BUNDLE_INVALID_COMBINATION');
  });

  it('lets the caller override a severity per code', () => {
    const files = k1().filter((f) => !f.name.startsWith('UP3KYO'));
    const r = validateBundle(files, { severity: { BUNDLE_INVALID_COMBINATION: 'warning' } });
    expect(r.issues).toMatchObject([{ code: 'BUNDLE_INVALID_COMBINATION', severity: 'warning' }]);
    expect(r.ok).toBe(true);
  });
});

describe('the broken demo transmission', () => {
  it('yields every issue listed in its expected.json at the listed record and field', () => {
    const dirBroken = join(__dirname, '..', '..', 'spec-fixtures', 'transmissions', 'invalid', 'kyotaku-broken');
    const files = readdirSync(dirBroken)
      .filter((n) => n.endsWith('.CSV'))
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dirBroken, name))) }));
    const expected = JSON.parse(readFileSync(join(dirBroken, 'expected.json'), 'utf8')) as { issues: { code: string; record?: number; fieldNo?: number }[] };
    const r = validateBundle(files);
    const all = [...r.issues, ...r.files.flatMap((f) => f.issues)];
    expect(r.ok).toBe(false);
    for (const e of expected.issues) expect(all).toContainEqual(expect.objectContaining(e));
  });
});

describe('介護予防 relations (one mutation each)', () => {
  it.each([
    ['Y1', 'UPKIHON_SUB1', 'UPKIHON'],
    ['Y1', 'UPKIHON_SUB2', 'UPKIHON'],
    ['Y3', 'UPYOBO_SUB', 'UPYOBO'],
  ])('reports BUNDLE_MISSING_PARENT_RECORD when a %s %s record has no %s record', (unit, child, parent) => {
    const files = editRecords(sampleTransmission(unit, { seed: 4 }), child, (r, i) => (i === 0 ? { ...r, insuredNumber: '9999999999' } : r));
    const issue = validateBundle(files).issues.find((i) => i.code === 'BUNDLE_MISSING_PARENT_RECORD');
    expect(issue).toMatchObject({ kind: child, record: 1, params: { parent } });
  });
});

describe('older CSV versions', () => {
  it('decodes a 202208 第6表 file, upgrades it, and re-encodes it as a valid file of the current version', async () => {
    const { upgrade } = await import('../../src/codec/upgrade.js');
    const v3 = join(__dirname, '..', '..', 'spec-fixtures', 'valid', 'v3');
    const name = readdirSync(v3).find((n) => n.startsWith('UPPLAN'))!;
    const old = parseFile({ name, bytes: new Uint8Array(readFileSync(join(v3, name))) });
    expect(old.ok).toBe(true);
    expect(old.csvVersion).toBe('202208');
    expect(old.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['FILE_OLDER_CSV_VERSION', 'FILENAME_LEGACY_CONVENTION']));
    // 202208 rental rows have no TAIS code; 第4版 requires one, so the migration supplies it. Without
    // it, a row without 用具名称 (which 202208 does not have) is only doubtful: a warning. The service
    // month 202409 is one that CSV 202208 applies to, so 202407 records of it carry that warning.
    const monthWarning = 'FILE_CSV_VERSION_MONTH_MISMATCH';
    const plain = stringifyFile('UPPLAN', upgrade(old.records as Record<string, string>[], { kind: 'UPPLAN', from: '202208' }));
    expect(new Set(plain.issues.map((i) => i.code))).toEqual(new Set(['RECORD_RENTAL_CODE_DOUBTFUL', monthWarning]));
    expect(plain.issues.find((i) => i.code === monthWarning)!.params).toEqual({ version: '202407', month: '202409', expected: '202208' });
    const tais = (r: Readonly<Record<string, string>>) => (/^(17|67)/.test(r.serviceCode!) ? { taisCode: '00001-000010' } : undefined);
    const upgraded = upgrade(old.records as Record<string, string>[], { kind: 'UPPLAN', from: '202208', fill: tais });
    const out = stringifyFile('UPPLAN', upgraded);
    expect(out.issues.map((i) => i.code)).toEqual([monthWarning]);
    expect(out.ok).toBe(true);
    const again = parseFile({ bytes: out.bytes! }, { kind: 'UPPLAN' });
    expect(again).toMatchObject({ ok: true, csvVersion: CURRENT_CSV_VERSION });
    expect(again.issues.map((i) => i.code)).toEqual([monthWarning]);
    expect((again.records as Record<string, string>[]).map((r) => r.serviceCode)).toEqual((old.records as Record<string, string>[]).map((r) => r.serviceCode));
  });
});

describe('files too large to read', () => {
  it('refuses a file by its declared size without its bytes', () => {
    const r = validateBundle([{ name: 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV', bytes: new Uint8Array(0), size: 50 * 1024 * 1024 }], {
      scope: 'single-file',
    });
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_TOO_LARGE']);
    expect(r.files[0]!.size).toBe(50 * 1024 * 1024);
  });
});

describe('attachments with free names', () => {
  it('does not apply the CSV naming rules to a PDF or a picture sent along, but still to a CSV', () => {
    const files = [...k1(), { name: 'ケアプラン説明.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) }, { name: 'map.png', bytes: new Uint8Array(1) }];
    const r = validateBundle(files);
    expect(r.ok).toBe(true);
    expect(r.files.filter((f) => !f.name.endsWith('.CSV')).flatMap((f) => f.issues)).toEqual([]);
    const csv = validateBundle([{ name: 'export.CSV', bytes: new Uint8Array(1) }], { scope: 'single-file' });
    expect(csv.files[0]!.issues.map((i) => i.code)).toEqual(['FILENAME_UNKNOWN_PATTERN']);
    const hostile = validateBundle([{ name: 'a\u0000.pdf', bytes: new Uint8Array(1) }], { scope: 'single-file' });
    expect(hostile.files[0]!.issues.map((i) => i.code)).toContain('FILENAME_UNSAFE_CHARACTER');
  });
});
