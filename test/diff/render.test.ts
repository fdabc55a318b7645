/** The text report (ja/en) and the JSON form: exact lines, key order, masking marks, escaping. */
import { describe, expect, it } from 'vitest';
import { diff, diffToJson, formatDiffJson, printable, renderDiffText } from '../../src/diff/index.js';
import type { File, Rec } from './helpers.js';

const NAME = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
const line = (over: Partial<Rec> = {}): Rec => ({
  csvVersion: '202407',
  insurerNumber: '131016',
  insuredNumber: '0000012345',
  createdOn: '20250420',
  targetMonth: '202505',
  planOfficeCode: '1371200101',
  planManagerName: '山田 花子',
  units: '250',
  shortStayDaysBeforeMonth: '',
  serviceDate: '20250505',
  proratedDays: '',
  startTime: '0900',
  endTime: '0930',
  serviceCount: '1',
  serviceCode: '111111',
  taisCode: '',
  notificationCode: '',
  equipmentName: '',
  detailCode: '',
  serviceOfficeCode: '1371200202',
  serviceOfficeName: 'ひかり訪問介護',
  satelliteBranch: '',
  over30Days: '0',
  updaterCode: '1371200101',
  identifier: '',
  ...over,
});

const oldSend: File[] = [{ name: NAME, kind: 'UPPLAN', records: [line(), line({ serviceDate: '20250512' }), line({ serviceDate: '20250519' })] }];
const newSend: File[] = [
  {
    name: NAME,
    kind: 'UPPLAN',
    records: [line({ units: '300', serviceOfficeName: '新しい\u202e名前' }), line({ serviceDate: '20250519' }), line({ serviceDate: '20250526' })],
  },
];

describe('diff: text report', () => {
  it('ja, masked', () => {
    expect(renderDiffText(diff(oldSend, newSend))).toBe(
      [
        '利用者 1人中 1人に変更: 追加 1件、削除 1件、変更 1件',
        '文書: 再送 1（うち変更あり 1）、新規 0、削除 0、再送なし 0',
        '',
        '利用者1',
        '  第6表 予定: 追加 1件、削除 1件、変更 1件',
        `    変更 対象年月 202505 / サービス利用日 20250505、サービス事業者コード 1371200202、サテライト枝番 （空）、サービスコード 111111、明細判別コード （空） — 旧 ${NAME}:1 → 新 ${NAME}:1: 単位数（No.8）、サービス事業所名（No.21）`,
        `    削除 対象年月 202505 / サービス利用日 20250512、サービス事業者コード 1371200202、サテライト枝番 （空）、サービスコード 111111、明細判別コード （空） — 旧 ${NAME}:2`,
        `    追加 対象年月 202505 / サービス利用日 20250526、サービス事業者コード 1371200202、サテライト枝番 （空）、サービスコード 111111、明細判別コード （空） — 新 ${NAME}:3`,
        '',
      ].join('\n'),
    );
  });

  it('en, with values: control and bidi characters escaped', () => {
    const text = renderDiffText(diff(oldSend, newSend, { showValues: true }), { lang: 'en' });
    expect(text).toContain('\nUser 1 (insurer 131016, insured 0000012345)\n');
    expect(text).toContain('  Table 6 (plan): added 1, removed 1, changed 1');
    expect(text).toContain('      Units (No.8): 250 → 300');
    expect(text).toContain('      Service office name (No.21): ひかり訪問介護 → 新しい\\u202e名前');
    expect(text).not.toContain('\u202e');
  });

  it('no change', () => {
    expect(renderDiffText(diff(oldSend, oldSend))).toBe(
      '利用者 1人中 0人に変更: 追加 0件、削除 0件、変更 0件\n文書: 再送 1（うち変更あり 0）、新規 0、削除 0、再送なし 0\n変更はありません\n',
    );
    expect(renderDiffText(diff(oldSend, oldSend), { lang: 'en' })).toContain('\nNo changes\n');
  });

  it('printable escapes C0/C1 controls, line separators, zero-width and bidi characters', () => {
    expect(printable('a\r\nb\u0000\u0085\u2028\u200f\u2066\u061c\ufeffc')).toBe('a\\u000d\\u000ab\\u0000\\u0085\\u2028\\u200f\\u2066\\u061c\\ufeffc');
    expect(printable('髙﨑 ①')).toBe('髙﨑 ①');
  });

  it('a file name with a line break cannot forge a report line', () => {
    const evil = `${NAME}\n利用者99`;
    const text = renderDiffText(diff([{ ...oldSend[0]!, name: evil }], [{ ...newSend[0]!, name: evil }]));
    expect(text.split('\n').filter((l) => l.startsWith('利用者99'))).toEqual([]);
  });
});

describe('diff: JSON', () => {
  it('has the documented shape and key order, values null unless asked', () => {
    const json = diffToJson(diff(oldSend, newSend));
    expect(Object.keys(json)).toEqual(['changes', 'summary']);
    const changed = json.changes[0]!;
    expect(Object.keys(changed)).toEqual([
      'kind',
      'user',
      'document',
      'change',
      'cause',
      'deletion',
      'key',
      'fields',
      'stampOnly',
      'oldFile',
      'oldRecord',
      'newFile',
      'newRecord',
    ]);
    expect(changed).toEqual({
      kind: 'UPPLAN',
      user: { index: 1, label: '利用者1', insurerNumber: null, insuredNumber: null },
      document: { targetMonth: '202505' },
      change: 'changed',
      cause: null,
      deletion: null,
      key: { serviceDate: '20250505', serviceOfficeCode: '1371200202', satelliteBranch: '', serviceCode: '111111', detailCode: '' },
      fields: [
        { key: 'units', no: 8, name: '単位数', old: null, new: null },
        { key: 'serviceOfficeName', no: 21, name: 'サービス事業所名', old: null, new: null },
      ],
      stampOnly: false,
      oldFile: NAME,
      oldRecord: 1,
      newFile: NAME,
      newRecord: 1,
    });
    expect(json.changes.map((c) => c.change)).toEqual(['changed', 'removed', 'added']);
    expect(Object.keys(json.summary)).toEqual(['users', 'usersChanged', 'totals', 'counts', 'documents', 'deletions', 'skipped']);
    expect(json.summary.counts).toEqual([{ user: 1, kind: 'UPPLAN', added: 1, removed: 1, changed: 1, stampOnly: 0 }]);
  });

  it('en names and values with showValues; the text escapes bidi controls and stays valid JSON', () => {
    const r = diff(oldSend, newSend, { showValues: true });
    const text = formatDiffJson(r, { lang: 'en' });
    expect(text).not.toContain('\u202e');
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(json.changes[0].user).toEqual({ index: 1, label: 'User 1', insurerNumber: '131016', insuredNumber: '0000012345' });
    expect(json.changes[0].fields[1]).toEqual({
      key: 'serviceOfficeName',
      no: 21,
      name: 'Service office name',
      old: 'ひかり訪問介護',
      new: '新しい\u202e名前',
    });
  });
});
