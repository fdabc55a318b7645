/**
 * Diagnoses: a file re-saved by Excel (leading zeros gone, dates with "/", UTF-8 with a BOM) or
 * saved as UTF-16 gets one line that names the cause, besides its separate issues.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/codec/parse-file.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { sampleFile } from '../../src/sample/index.js';
import { getTable } from '../../src/spec/kinds/index.js';
import { sendReport } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { diagnosisMessage } from '../../src/report/diagnose.js';
import { rawCsv, rowOf } from '../cli/helpers.js';

const reportOf = (f: { name: string; bytes: Uint8Array }) =>
  sendReport(validateBundle([f], { scope: 'single-file' }), { scope: 'single-file', files: [{ bytes: f.bytes }] });

/** UPHOSOKU as Excel saves it: every date as 2025/5/1, every 被保険者番号 that began with 0 without its zeros. */
function excelResaved(): { name: string; bytes: Uint8Array } {
  const f = sampleFile('UPHOSOKU', { seed: 3, hosoku: 'plan' });
  const table = getTable('UPHOSOKU');
  const rows = (parseFile(f).records as Record<string, string>[]).map((r) => {
    const out: Record<string, string> = { ...r };
    for (const field of table.fields) {
      const v = out[field.key] ?? '';
      if (field.format === 'yyyymmdd' && /^\d{8}$/.test(v) && v !== '00000000')
        out[field.key] = `${v.slice(0, 4)}/${Number(v.slice(4, 6))}/${Number(v.slice(6, 8))}`;
      if (field.format === 'insuredNumber') out[field.key] = `00${v.slice(2)}`.replace(/^0+/, '');
    }
    return rowOf('UPHOSOKU', out);
  });
  return { name: f.name, bytes: rawCsv('UPHOSOKU', rows) };
}

describe('diagnoses', () => {
  it('a file re-saved by Excel: one diagnosis with its evidence, in text and in the report', () => {
    const report = reportOf(excelResaved());
    const file = report.files[0]!;
    expect(file.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(3);
    expect(file.diagnoses).toHaveLength(1);
    expect(file.diagnoses[0]!.id).toBe('excel-resaved');
    expect(Object.keys(file.diagnoses[0]!.evidence).sort()).toEqual(['date-slashes', 'leading-zeros']);
    const text = renderText({ mode: 'single-file', sends: [report], lang: 'ja', showValues: false });
    expect(text).toContain('  診断: このファイルはExcelなどで開いて保存し直されたと思われます（');
    expect(text).toContain('    対処: Excelで開いて保存し直さず、介護ソフトから出力したファイルをそのまま送ってください');
  });

  it('the check path (records: false, as the CLI validates) finds the same evidence: the file is read again for its values', () => {
    const f = excelResaved();
    const slim = validateBundle([f], { scope: 'single-file', records: false });
    expect(slim.files[0]!.records).toEqual([]);
    const report = sendReport(slim, { scope: 'single-file', files: [{ bytes: f.bytes }] });
    expect(report.files[0]!.diagnoses).toEqual(reportOf(f).files[0]!.diagnoses);
    // without the bytes, no value can be read: only the evidence that needs none remains
    expect(sendReport(slim, { scope: 'single-file' }).files[0]!.diagnoses).toEqual([]);
  });

  it('UTF-8 with a BOM (Excel 「CSV UTF-8」) is Excel on its own', () => {
    const f = sampleFile('UPJSK', { seed: 1 });
    const utf8 = new TextEncoder().encode(new TextDecoder('shift_jis').decode(f.bytes));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const d = reportOf({ name: f.name, bytes }).files[0]!.diagnoses;
    expect(d.map((x) => x.id)).toEqual(['excel-resaved']);
    expect(diagnosisMessage(d[0]!, 'ja')).toContain('UTF-8（BOM付き）で保存');
  });

  it('UTF-16 (Excel 「Unicode テキスト」): by its BOM, or by every other byte being 00', () => {
    const f = sampleFile('UPJSK', { seed: 1 });
    const text = new TextDecoder('shift_jis').decode(f.bytes);
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), le]) {
      const d = reportOf({ name: f.name, bytes }).files[0]!.diagnoses;
      expect(d.map((x) => x.id)).toEqual(['utf16']);
      expect(diagnosisMessage(d[0]!, 'ja')).toMatch(/^このファイルはUTF-16（Unicode テキスト）で保存されています/);
    }
  });

  it('a clean file, and a file with one slip, get no diagnosis', () => {
    expect(reportOf(sampleFile('UPJSK', { seed: 1 })).files[0]!.diagnoses).toEqual([]);
    const f = sampleFile('UPJSK', { seed: 1 });
    const recs = parseFile(f).records as Record<string, string>[];
    const one = rawCsv(
      'UPJSK',
      recs.map((r, i) => rowOf('UPJSK', i === 0 ? { ...r, insuredNumber: '123' } : r)),
    );
    expect(reportOf({ name: f.name, bytes: one }).files[0]!.diagnoses).toEqual([]);
  });
});
