/** Issue 13 §4.7, §5, §3.12: transmission units by edition, merged units, shared ファイル連番, 別表. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/bundle/validate.js';
import type { BundleFile } from '../../src/bundle/types.js';
import { ISSUE_CATALOGUE, type IssueCode } from '../../src/core/codes.js';
import { editionOf } from '../../src/spec/editions/index.js';
import { matchUnits, partitionIntoUnits } from '../../src/spec/units.js';
import type { FileKindId } from '../../src/spec/kind.js';
import { sampleTransmission } from '../../src/sample/index.js';

const FIXTURES = join(__dirname, '..', '..', 'spec-fixtures', 'transmissions');
const load = (dir: string): BundleFile[] =>
  readdirSync(dir)
    .filter((n) => n !== 'expected.json')
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
const all = (r: ReturnType<typeof validateBundle>) => [...r.issues, ...r.files.flatMap((f) => f.issues.map((i) => ({ ...i, file: f.name })))];
const ids = (kinds: FileKindId[], version = '202407') => matchUnits(new Set(kinds), editionOf(version)).map((u) => u.id);

describe('units by edition (§5)', () => {
  it('CSV 202208 had K1 = 第1表 + 第2表 + 利用者補足情報; 第4版 added 第3表', () => {
    expect(ids(['UP1KYO', 'UP2KYO', 'UPHOSOKU'], '202208')).toEqual(['K1']);
    expect(ids(['UP1KYO', 'UP2KYO', 'UPHOSOKU'])).toEqual([]);
    expect(ids(['UP1KYO', 'UP2KYO', 'UP3KYO', 'UPHOSOKU'])).toEqual(['K1']);
    expect(ids(['UPKIHON'], '202208')).toEqual([]);
    expect(ids(['UPPLAN', 'UPSIKYU', 'UPHOSOKU'], '202208')).toEqual(['K2']);
  });

  it('accepts the CSV 202208 send of transmissions/valid/v3 with the older-version warnings only, as units K1 and K2', () => {
    const r = validateBundle(load(join(FIXTURES, 'valid', 'v3')));
    expect(r.ok).toBe(true);
    expect(new Set(all(r).map((i) => i.code))).toEqual(new Set(['FILE_OLDER_CSV_VERSION', 'FILENAME_LEGACY_CONVENTION']));
    expect(r.units.map((u) => u.unitIds)).toEqual([['K1'], ['K2']]);
  });
});

describe('several units under one ファイル連番 (§4.7)', () => {
  it('splits 予定 + 実績 into complete upload units; never a deletion', () => {
    const split = (kinds: FileKindId[]) => partitionIntoUnits(new Set(kinds)).map((p) => p.map((u) => u.id).join('+'));
    expect(split(['UPPLAN', 'UPSIKYU', 'UPHOSOKU', 'UPJSK'])).toEqual(['K2+K5', 'Y4+Y8']);
    expect(split(['UPYOBO', 'UPYOBO_SUB', 'UPPLAN', 'UPSIKYU', 'UPHOSOKU'])).toEqual(['Y3+Y4']);
    expect(split(['UP1KYO', 'UP2KYO', 'UP3KYO', 'UPHOSOKU', 'DLT1KYO'])).toEqual([]);
    expect(split(['UPPLAN', 'UPJSK'])).toEqual([]);
  });

  it('reports UPPLAN + UPJSK alone (no unit and no split) as BUNDLE_INVALID_COMBINATION', () => {
    const ts = '20250603090000';
    const plan = sampleTransmission('K2', { timestamp: ts }).filter((f) => f.name.startsWith('UPPLAN_'));
    const actuals = sampleTransmission('K5', {
      timestamp: ts,
      sender: { office: '1371200101', serviceType: '43' },
      receiver: { office: '1371200202', serviceType: '11' },
    });
    expect(actuals).toHaveLength(1);
    const r = validateBundle([...plan, ...actuals]);
    expect(r.issues.map((i) => i.code)).toContain('BUNDLE_INVALID_COMBINATION');
  });

  it('says nothing when two senders happen to write the same ファイル連番 (two sends)', () => {
    const ts = '20250425170000';
    const r = validateBundle([...sampleTransmission('K2', { seed: 6, timestamp: ts }), ...sampleTransmission('K5', { seed: 6, timestamp: ts })]);
    expect(r.issues).toEqual([]);
    expect(r.units.map((u) => u.unitIds[0])).toEqual(['K2', 'K5']);
  });

  it('keeps a file sent to another receiver by mistake an error (the rest is no unit)', () => {
    const files = sampleTransmission('K2', { seed: 3 }).map((f) =>
      f.name.startsWith('UPSIKYU_') ? { ...f, name: f.name.replace(/^(UPSIKYU_\d{6}_\d{10}_\w{2})_\d{10}/, '$1_1399999999') } : f,
    );
    const r = validateBundle(files);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['BUNDLE_UNIT_PARTIES_DIFFER']);
  });
});

describe('別表 (§3.12)', () => {
  it('warns when 利用者基本情報 or 計画書 comes without its 別表, never under the strict profile as an error', () => {
    const y2 = sampleTransmission('Y2', { seed: 4 });
    expect(validateBundle(y2).issues).toEqual([]);
    const without = y2.filter((f) => !f.name.startsWith('UPYOBO_SUB_') && !f.name.startsWith('UPKIHON_SUB2_'));
    for (const profile of ['default', 'strict'] as const) {
      const r = validateBundle(without, { profile });
      expect(r.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
        ['BUNDLE_APPENDIX_MISSING', 'warning', { kind: 'UPKIHON_SUB2' }],
        ['BUNDLE_APPENDIX_MISSING', 'warning', { kind: 'UPYOBO_SUB' }],
      ]);
      expect(r.ok).toBe(true);
    }
  });
});

describe('the profile reaches every file of a send', () => {
  it("profile 'strict' makes a file's stated warning an error in validateBundle", () => {
    const files = sampleTransmission('K2', { month: '202503', timestamp: '20250225170000' });
    expect(validateBundle(files).ok).toBe(true);
    const r = validateBundle(files, { profile: 'strict' });
    expect(r.ok).toBe(false);
    expect(new Set(r.files.flatMap((f) => f.issues).map((i) => [i.code, i.severity].join()))).toEqual(new Set(['FILE_CSV_VERSION_MONTH_MISMATCH,error']));
  });
});

interface ExpectedBundle {
  description: string;
  issues: { code: IssueCode; file?: string }[];
}

for (const dir of ['invalid', 'tolerated'] as const) {
  describe(`spec-fixtures/transmissions/${dir}`, () => {
    const root = join(FIXTURES, dir);
    const cases = existsSync(root) ? readdirSync(root).sort() : [];
    it('exists', () => expect(cases.length).toBeGreaterThan(0));
    for (const id of cases) {
      const expected = JSON.parse(readFileSync(join(root, id, 'expected.json'), 'utf8')) as ExpectedBundle;
      const failing = expected.issues.some((i) => ISSUE_CATALOGUE[i.code] === 'error');
      it(`${id} reports ${expected.issues.map((i) => i.code).join(' and ')}${failing ? ' and fails' : dir === 'tolerated' ? ', never an error' : ''}`, () => {
        expect(expected.description.length).toBeGreaterThan(0);
        const r = validateBundle(load(join(root, id)));
        for (const e of expected.issues) expect(all(r)).toContainEqual(expect.objectContaining(e));
        if (failing) expect(r.ok).toBe(false);
        if (dir === 'tolerated') {
          for (const e of expected.issues) expect(ISSUE_CATALOGUE[e.code]).not.toBe('error');
          expect(all(r).filter((i) => i.severity === 'error')).toEqual([]);
          expect(r.ok).toBe(true);
        }
      });
    }
  });
}

describe('spec-fixtures/transmissions/tolerated, the units found', () => {
  it('names the split of 予定 + 実績 and splits two receivers into their own units', () => {
    const merged = validateBundle(load(join(FIXTURES, 'tolerated', 'plan-and-actuals')));
    expect(merged.units).toMatchObject([{ unitIds: [], mergedUnitIds: ['K2', 'K5'] }]);
    const shared = validateBundle(load(join(FIXTURES, 'tolerated', 'two-receivers')));
    expect(shared.units.map((u) => [u.timestamp, u.unitIds])).toEqual([
      ['20250425170000', ['K2', 'Y4']],
      ['20250425170000', ['K2', 'Y4']],
    ]);
    expect(shared.issues.map((i) => [i.code, i.params])).toEqual([['BUNDLE_SEQUENCE_SHARED', { timestamp: '20250425170000', count: 2 }]]);
  });
});
