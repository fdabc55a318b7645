import { describe, expect, it } from 'vitest';
import { defineKind } from '../../src/spec/kind.js';
import { csvVersionField, free, insurerNumberField } from '../../src/spec/fields.js';
import { KIND_IDS, TABLES } from '../../src/spec/kinds/index.js';
import { CURRENT_CSV_VERSION, layoutFor } from '../../src/spec/editions/index.js';
import { upgrade } from '../../src/codec/upgrade.js';

// Field counts of 別紙 CSVファイルレイアウト定義書 (第4.1版).
const SPEC_FIELD_COUNTS = {
  UPHOSOKU: 63,
  UP1KYO: 28,
  DLT1KYO: 4,
  UP2KYO: 22,
  UP3KYO: 13,
  UPPLAN: 25,
  UPJSK: 25,
  DLTPLAN: 4,
  DLTJSK: 6,
  UPSIKYU: 37,
  UPKIHON: 71,
  DLTKIHON: 4,
  UPKIHON_SUB1: 7,
  UPKIHON_SUB2: 11,
  UPYOBO: 57,
  DLTYOBO: 4,
  UPYOBO_SUB: 17,
};

describe('table declarations', () => {
  it('declare every kind of the spec with its field count', () => {
    expect(Object.fromEntries(KIND_IDS.map((k) => [k, TABLES[k].fields.length]))).toEqual(SPEC_FIELD_COUNTS);
  });

  it.each(KIND_IDS)('%s starts with CSVバージョン, 保険者番号, 被保険者番号 and numbers its fields 1..n', (kind) => {
    const t = TABLES[kind];
    expect(t.fields.slice(0, 3).map((f) => f.key)).toEqual(['csvVersion', 'insurerNumber', 'insuredNumber']);
    expect(t.fields.map((f) => f.no)).toEqual(t.fields.map((_, i) => i + 1));
    expect(t.fields.filter((f) => f.format === 'free').every((f) => f.quoted && f.personal)).toBe(true);
  });

  it('refuses a malformed table when it is declared', () => {
    const input = {
      id: 'DLTPLAN' as const,
      title: { ja: 'x', en: 'x' },
      formName: { ja: 'x', en: 'x' },
      section: 'x',
      filename: 'DLTPLAN_{senderOffice}_{receiverOffice}_{timestamp}.CSV',
      sender: 'planner' as const,
    };
    expect(() => defineKind({ ...input, fields: [csvVersionField(), free(3, 'note', { ja: 'a', en: 'a' })] })).toThrow(/contiguous/);
    expect(() => defineKind({ ...input, fields: [csvVersionField(), { ...insurerNumberField(), key: 'csvVersion' }] })).toThrow(/duplicate key/);
    expect(() => defineKind({ ...input, fields: [csvVersionField()], singleMonthField: 'nope' })).toThrow(/unknown field key/);
  });

  it('derives the 202208 layouts of 第6表 and 第7表 as a diff of the current ones', () => {
    const v3plan = layoutFor('UPPLAN', '202208')!;
    expect(v3plan.fields).toHaveLength(22);
    expect(v3plan.fields.map((f) => f.key)).not.toContain('taisCode');
    expect(v3plan.fields[15]).toMatchObject({ no: 16, key: 'detailCode' });
    const v3sikyu = layoutFor('UPSIKYU', '202208')!;
    expect(v3sikyu.fields).toHaveLength(34);
    expect(v3sikyu.fields.find((f) => f.key === 'count')).toMatchObject({ no: 13, length: 2 });
    expect(layoutFor('UP1KYO', '202208')).toBe(TABLES.UP1KYO);
    expect(layoutFor('UP3KYO', '202208')).toBeNull();
    expect(layoutFor('UP3KYO', '202504')).toBe(TABLES.UP3KYO);
  });

  it('upgrades 202208 records to the current layout without losing a value', () => {
    const old = { csvVersion: '202208', insurerNumber: '131016', serviceCode: '171001', detailCode: '1' };
    const [up] = upgrade([old], { kind: 'UPPLAN', from: '202208' });
    expect(up).toMatchObject({
      csvVersion: CURRENT_CSV_VERSION,
      insurerNumber: '131016',
      serviceCode: '171001',
      detailCode: '1',
      taisCode: '',
      notificationCode: '',
    });
    expect(Object.keys(up!)).toEqual(TABLES.UPPLAN.fields.map((f) => f.key));
  });
});
