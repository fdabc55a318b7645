/** Issues are marked on the cell they concern and listed with their message; the others at the top of the form. */
import { describe, expect, it } from 'vitest';
import { parseFile, stringifyFile, type Issue } from '../../src/index.js';
import { renderFormFragment, renderFormsHtml, renderInputFromParse } from '../../src/render/index.js';
import { cells, dayCells, inputOf, recordOf, sections } from './helpers.js';

const NAME = 'UP1KYO_1371200101_43_1371200202_11_20250425103000.CSV';
const person = (n: number) => ({ csvVersion: '202407', insurerNumber: '131016', insuredNumber: `000001234${n}`, planDate: `2025010${n}`, careLevel: '2' + n });

const issue = (p: object): Issue =>
  ({ code: 'FIELD_UNKNOWN_CODE', severity: 'error', params: { list: '要介護状態区分' }, file: NAME, kind: 'UP1KYO', ...p }) as Issue;

/** The cell (td) of a form whose label (th) is `label`, in a key/value row. */
function cellAfter(html: string, label: string) {
  const row = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]!)).find((cs) => cs.some((c) => c.tag === 'th' && c.html === label))!;
  return row[row.findIndex((c) => c.tag === 'th' && c.html === label) + 1]!;
}

describe('issues on cells', () => {
  const records = [1, 2, 3].map((n) => recordOf('UP1KYO', person(n)));

  it('marks the cell of record r, field n, and lists the message in Japanese', () => {
    const input = inputOf(NAME, 'UP1KYO', records, [issue({ record: 2, fieldNo: 21 })]);
    const forms = sections(renderFormsHtml([input]));
    // One form per plan (record); only the second carries the mark.
    expect(forms).toHaveLength(3);
    const [f1, f2, f3] = forms.map((f) => f.html);
    expect(f1).not.toContain('class="mk"');
    expect(f3).not.toContain('class="mk"');
    const cell = cellAfter(f2!, '要介護状態区分');
    expect(cell.cls).toContain('iss-error');
    expect(cell.html).toContain(`<a href="#${forms[1]!.id}-i1">※1</a>`);
    expect(cell.html).toContain('<span class="cd">22</span>');
    expect(f2).toContain(`<li id="${forms[1]!.id}-i1"><span class="mk">※1</span> <span class="sev sev-error">エラー</span>`);
    expect(f2).toContain('コード表（要介護状態区分）にない値です');
    // Exactly one marked cell.
    expect(f2!.match(/iss-error/g)).toHaveLength(1);
  });

  it('takes fieldKey as well as fieldNo, in English too', () => {
    const input = inputOf(NAME, 'UP1KYO', records, [issue({ record: 3, fieldKey: 'careLevel', severity: 'warning' })]);
    const f3 = sections(renderFormsHtml([input], { locale: 'en' }))[2]!.html;
    expect(cellAfter(f3, 'Care level').cls).toContain('iss-warning');
    expect(f3).toContain('warning');
  });

  it('lists issues without a cell at the top of the form: a record issue, an empty field the form has no cell for, the whole file', () => {
    const input = inputOf(NAME, 'UP1KYO', records, [
      issue({ record: 1, code: 'RECORD_FIELD_COUNT', params: { expected: 28, actual: 27, kind: 'UP1KYO' } }),
      issue({ record: 1, fieldNo: 28, code: 'FIELD_TOO_LONG', params: { max: 1, actual: 2 } }),
      issue({ code: 'FILE_MONTH_MISMATCH', params: { nameMonth: '202505', recordMonth: '202504' } }),
    ]);
    const forms = sections(renderFormsHtml([input]));
    const top = /<div class="issues">([\s\S]*?)<\/div><div class="fb">/.exec(forms[0]!.html)![1]!;
    expect(top.match(/<li>/g)).toHaveLength(3);
    expect(top).toContain('ファイル全体');
    expect(top).toContain('（欄なし）');
    expect(forms[0]!.html).not.toContain('class="mk"');
    // The file's own issue is listed once; later forms of the file link to it.
    expect(forms[1]!.html).toContain(`<a href="#${forms[0]!.id}">`);
  });

  it('places send issues by file, record and field', () => {
    const input = inputOf(NAME, 'UP1KYO', records, []);
    const send: Issue = {
      code: 'BUNDLE_MISSING_PARENT_RECORD',
      severity: 'error',
      params: { parent: 'UP1KYO', keys: '保険者番号' },
      file: NAME,
      record: 1,
      fieldKey: 'planDate',
    };
    const other: Issue = { code: 'BUNDLE_TOO_MANY_FILES', severity: 'error', params: { count: 31, limit: 30 } };
    const html = renderFormsHtml([input], { sendIssues: [send, other] });
    const f1 = sections(html)[0]!.html;
    expect(cellAfter(f1, '居宅サービス計画作成（変更）日').cls).toContain('iss-error');
    expect(html).toContain('送信全体の問題 1件');
  });

  it('places parse issues through renderInputFromParse, past a rejected header row', () => {
    const good = stringifyFile('UP1KYO', [
      recordOf('UP1KYO', {
        ...person(1),
        careLevel: '99',
        plannerName: 'a',
        agencyName: 'b',
        agencyCode: '1371200101',
        createdOn: '20250101',
        firstPlanDate: '20250101',
      }),
    ]);
    expect(good.ok).toBe(false); // 99 is no 要介護状態区分: stringifyFile refuses it, so build the bytes by hand
    const header = Array.from({ length: 28 }, (_, i) => `h${i + 1}`).join(',');
    const row = [
      '202407',
      '131016',
      '0000012341',
      '20250101',
      '',
      '""',
      '""',
      '"a"',
      '"b"',
      '',
      '""',
      '""',
      '1371200101',
      '20250101',
      '20250101',
      '',
      '',
      '',
      '',
      '',
      '99',
      '""',
      '""',
      '""',
      '',
      '""',
      '',
      '',
    ].join(',');
    const bytes = new TextEncoder().encode(`${header}\r\n${row}\r\n`);
    const result = parseFile({ name: NAME, bytes });
    expect(result.records).toHaveLength(1);
    expect(result.issues.some((i) => i.record === 2 && i.fieldNo === 21)).toBe(true);
    const html = renderFormFragment(renderInputFromParse(result, { name: NAME }));
    expect(cellAfter(html, '要介護状態区分').cls).toContain('iss-error');
  });

  it('marks the 第6表 cells of a record: its day cell and its service', () => {
    const plan = 'UPPLAN_202505_1371200101_43_1371200202_11_20250425170000.CSV';
    const base = {
      csvVersion: '202407',
      insurerNumber: '131016',
      insuredNumber: '0000012345',
      createdOn: '20250420',
      targetMonth: '202505',
      units: '163',
      startTime: '1000',
      endTime: '1030',
      serviceCode: '111111',
      serviceOfficeCode: '1371200202',
      over30Days: '0',
    };
    const input = inputOf(
      plan,
      'UPPLAN',
      ['20250505', '20250512', '20250519'].map((d) => recordOf('UPPLAN', { ...base, serviceDate: d, serviceCount: '1' })),
      [
        { code: 'FIELD_INVALID_INTEGER', severity: 'error', file: plan, record: 2, fieldNo: 14 },
        { code: 'FIELD_INVALID_SERVICE_CODE', severity: 'warning', file: plan, record: 3, fieldKey: 'serviceCode' },
      ] as Issue[],
    );
    const html = renderFormsHtml([input]);
    const line = /<tr class="ln ln-plan">([\s\S]*?)<\/tr>/.exec(html)![1]!;
    const cs = cells(line);
    const days = dayCells(line).filter((c) => c.tag === 'td' && /^(d( |$)|$)/.test(c.cls));
    expect(days.map((c, d) => (c.cls.includes('iss-error') ? d + 1 : 0)).filter((d) => d > 0)).toEqual([12]);
    const service = cs.find((c) => c.html.includes('111111'))!;
    expect(service.cls).toContain('iss-warning');
  });

  it('never prints the value an issue carries (reportValues) when values are masked', () => {
    const input = inputOf(NAME, 'UP1KYO', records, [issue({ record: 1, fieldNo: 21, params: { list: '山田花子', value: '山田花子', values: '山田花子' } })]);
    const masked = renderFormsHtml([input]);
    expect(masked).toContain('コード表（山田花子）'); // a parameter that is not a value is printed
    expect(masked.match(/山田花子/g)).toHaveLength(1);
  });

  it('prints an issue code it has no message for, instead of failing', () => {
    const input = inputOf(NAME, 'UP1KYO', records, [{ code: 'SOME_FUTURE_CODE', severity: 'warning', file: NAME, record: 1, fieldNo: 21 } as unknown as Issue]);
    expect(renderFormsHtml([input])).toContain('SOME_FUTURE_CODE');
  });
});
