/**
 * Every issue code says where and what to do (issue 15, item 3):
 * - a real issue of every code (from the spec fixtures, or made here) carries the location keys its
 *   code must have (a field issue its line and 項目No., a send issue none, …), and reads as a
 *   location in text;
 * - every message, advice and rendered line is free of internal identifiers: no camelCase key, no
 *   code-list id, no rule id (clerks read them).
 * A new code needs a case here (CASES or the fixtures) and an entry in WHERE.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../src/core/codes.js';
import type { Issue, IssueLocation } from '../../src/core/issue.js';
import { parseFile } from '../../src/codec/parse-file.js';
import { parseStream } from '../../src/codec/parse-stream.js';
import { stringifyFile, type StringifyRecord } from '../../src/codec/stringify.js';
import { validateBundle } from '../../src/bundle/validate.js';
import type { BundleFile } from '../../src/bundle/types.js';
import { sampleFile, sampleRecords, sampleTransmission } from '../../src/sample/index.js';
import { KIND_IDS, getTable } from '../../src/spec/kinds/index.js';
import { EDITIONS, layoutFor } from '../../src/spec/editions/index.js';
import { BUNDLE_RULES } from '../../src/bundle/validate.js';
import { FileValidator } from '../../src/check/file-validator.js';
import { IssueSink } from '../../src/core/issue.js';
import { formatIssue, formatLocation, issueAdvice, issueMessage } from '../../src/report/format.js';
import { sendReport } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { rawCsv, rowOf } from '../cli/helpers.js';

type Key = keyof IssueLocation;

/** The location keys each code's issues always have. */
const LAYER_DEFAULT: Readonly<Record<string, readonly Key[]>> = {
  ENCODING: ['file', 'offset', 'line', 'record', 'fieldNo'],
  CSV: ['file', 'line'],
  FIELD: ['file', 'line', 'record', 'fieldNo'],
  RECORD: ['file', 'line', 'record'],
  FILE: ['file'],
  FILENAME: ['file'],
  BUNDLE: ['file'],
};
const WHERE: Readonly<Partial<Record<IssueCode, readonly Key[]>>> = {
  // the whole file's bytes: at its start
  ENCODING_UTF8_INPUT: ['file', 'offset'],
  ENCODING_UTF8_BOM: ['file', 'offset'],
  // what the encoder refuses or replaces: the record and field given (there are no lines yet)
  ENCODING_UNREPRESENTABLE_CHAR: ['file', 'record', 'fieldNo'],
  ENCODING_CHAR_NORMALIZED: ['file', 'record', 'fieldNo'],
  RECORD_UNKNOWN_KEY: ['file', 'record'],
  // summaries of a file: at the first place
  CSV_UNQUOTED_FREE_TEXT: ['file', 'line', 'record'],
  CSV_QUOTED_NON_FREE_FIELD: ['file', 'line', 'record'],
  // file issues at the record where they show
  FILE_HEADER_ROW: ['file', 'line', 'record'],
  FILE_MIXED_CSV_VERSIONS: ['file', 'line', 'record'],
  FILE_UNKNOWN_CSV_VERSION: ['file', 'line', 'record', 'fieldNo'],
  FILE_OLDER_CSV_VERSION: ['file'],
  FILE_UNREADABLE_CSV_VERSION: ['file', 'line', 'record', 'fieldNo'],
  FILE_VERSION_LAYOUT_MISMATCH: ['file'],
  FILE_MIXED_MONTHS: ['file', 'line', 'record'],
  FILE_MONTH_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_KIND_MISMATCH: ['file', 'line', 'record'],
  FILE_RECORD_TOO_LARGE: ['file', 'line', 'record'],
  FILE_TOO_MANY_RECORDS: ['file', 'record'],
  // a count of the file as a whole
  FILE_REJECTED_ROWS_TRUNCATED: ['file'],
  RECORD_PLAN_ITEM_DUPLICATE: ['file', 'line', 'record'],
  BUNDLE_MISSING_PARENT_RECORD: ['file', 'line', 'record'],
  BUNDLE_IMAGE_MISSING: ['file', 'line', 'record', 'fieldNo'],
  // stated rules and doubts of issue 13: at the field of the record where they show
  FILE_CSV_VERSION_MONTH_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_DETAIL_CODE_SEQUENCE: ['file', 'line', 'record', 'fieldNo'],
  FILE_PLAN_OFFICE_NAME_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_UPDATER_NAME_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_YOBO_SUB_NUMBERING: ['file', 'line', 'record', 'fieldNo'],
  FILE_YOBO_SUB_ISSUE_NUMBERING: ['file', 'line', 'record', 'fieldNo'],
  FILE_YOBO_SUB_CONTINUATION_NOT_EMPTY: ['file', 'line', 'record', 'fieldNo'],
  FILE_IMAGE_NAME_SEGMENTS: ['file', 'line', 'record', 'fieldNo'],
  FILE_IMAGE_NAME_DUPLICATE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_RENTAL_CODE_DOUBTFUL: ['file', 'line', 'record', 'fieldNo'],
  RECORD_DETAIL_CODE_PREVENTIVE_RENTAL: ['file', 'line', 'record', 'fieldNo'],
  RECORD_SERVICE_DATE_OUTSIDE_MONTH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_PRORATED_DAY_NOT_IN_MONTH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_LIMIT_SLOT_GAP: ['file', 'line', 'record', 'fieldNo'],
  RECORD_LIMIT_SLOT_INCOMPLETE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_LIMIT_SLOT_TYPE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_DEPENDENT_FIELD_EMPTY: ['file', 'line', 'record', 'fieldNo'],
  // 第7表 accounting (issue 13): at the field whose value the rule computed, on its row (the
  // subtotal, grand-total or last line of the user for the per-user findings)
  RECORD_UNIT_AMOUNT_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_DISCOUNTED_UNITS_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_LIMIT_SPLIT_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_TOTAL_COST_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_OVER30_INSURED_AMOUNT: ['file', 'line', 'record', 'fieldNo'],
  RECORD_CLAIM_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_COPAY_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_FULL_COST_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  RECORD_UNIT_PRICE_RANGE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_UNIT_PRICE_NOT_IN_TABLE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_BENEFIT_RATE_RANGE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_BENEFIT_LIMIT_BELOW_TABLE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_BENEFIT_LIMIT_ABOVE_TABLE: ['file', 'line', 'record', 'fieldNo'],
  RECORD_TYPE_LIMIT_SLOT_ARITHMETIC: ['file', 'line', 'record', 'fieldNo'],
  FILE_SUBTOTAL_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_SUBTOTAL_MISSING: ['file', 'line', 'record', 'fieldNo'],
  FILE_SUBTOTAL_MISSING_DOUBTFUL: ['file', 'line', 'record', 'fieldNo'],
  FILE_SUBTOTAL_DUPLICATE: ['file', 'line', 'record', 'fieldNo'],
  FILE_GRAND_TOTAL_MISSING: ['file', 'line', 'record', 'fieldNo'],
  FILE_GRAND_TOTAL_DUPLICATE: ['file', 'line', 'record', 'fieldNo'],
  FILE_GRAND_TOTAL_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  FILE_GRAND_TOTAL_MISMATCH_DOUBTFUL: ['file', 'line', 'record', 'fieldNo'],
  FILE_OUTSIDE_LIMIT_NOT_COSTED: ['file', 'line', 'record', 'fieldNo'],
  // 第6表・第7表・利用者補足情報 of one unit against each other: at the field of the file it concerns
  BUNDLE_T7_COUNT_EXCEEDS_PLAN: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_T7_LINE_WITHOUT_PLAN: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_PLAN_SERVICE_NOT_IN_T7: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_CATEGORY_LIMIT_EXCEEDED: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_CATEGORY_EXCESS_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_TYPE_LIMIT_MISMATCH: ['file', 'line', 'record', 'fieldNo'],
  BUNDLE_ACTUALS_DIFFER_FROM_PLAN: ['file', 'line', 'record', 'fieldNo'],
  // the send as a whole: no file (the report puts them under 「送信全体」 of the send)
  BUNDLE_TOO_MANY_FILES: [],
  BUNDLE_TOO_LARGE: [],
  BUNDLE_INVALID_COMBINATION: [],
  BUNDLE_SINGLE_FILE_NOTE: [],
  BUNDLE_UNITS_MERGED: [],
  BUNDLE_SEQUENCE_SHARED: [],
  BUNDLE_MIXED_EDITIONS: [],
};
const SEND_LEVEL: ReadonlySet<IssueCode> = new Set([
  'BUNDLE_TOO_MANY_FILES',
  'BUNDLE_TOO_LARGE',
  'BUNDLE_INVALID_COMBINATION',
  'BUNDLE_SINGLE_FILE_NOTE',
  'BUNDLE_UNITS_MERGED',
  'BUNDLE_SEQUENCE_SHARED',
  'BUNDLE_MIXED_EDITIONS',
]);
const whereOf = (code: IssueCode): readonly Key[] => WHERE[code] ?? LAYER_DEFAULT[code.slice(0, code.indexOf('_'))]!;

const walk = (d: string): string[] => readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
const load = (p: string): BundleFile => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) });

/** Issues of every code: the fixtures' and the cases below. */
async function corpus(): Promise<Issue[]> {
  const out: Issue[] = [];
  for (const p of walk('spec-fixtures').filter((p) => !/\.(json|md)$/.test(p) && !p.includes('/transmissions/'))) out.push(...parseFile(load(p)).issues);
  // every broken or tolerated send (the issues of the send and of its files)
  for (const top of ['spec-fixtures/transmissions/invalid', 'spec-fixtures/transmissions/tolerated'])
    for (const tx of readdirSync(top).map((d) => join(top, d))) {
      const r = validateBundle(
        readdirSync(tx)
          .filter((n) => !n.endsWith('.json'))
          .map((n) => load(join(tx, n))),
      );
      out.push(...r.issues, ...r.files.flatMap((f) => f.issues));
    }

  // a field marked only 必要 (no field of the current layouts is: 委託の有無, the last one, became a
  // doubtful 必須 in issue 13), here 委託の有無 as it was declared before
  const kihonTable = getTable('UPKIHON');
  const onlyNecessary = {
    ...kihonTable,
    fields: kihonTable.fields.map((f) => (f.key === 'outsourced' ? { ...f, required: false as const, necessary: true } : f)),
  };
  const necessarySink = new IssueSink();
  const necessary = new FileValidator(onlyNecessary, necessarySink, { file: 'UPKIHON.CSV', kind: 'UPKIHON' });
  const [kihonRecord] = sampleRecords('UPKIHON', { seed: 1, records: 1 });
  necessary.add({ ...(kihonRecord as Record<string, string>), outsourced: '' }, 1, 1);
  necessary.finish();
  out.push(...necessarySink.issues);

  // the encoder: what it refuses, replaces and leaves out
  const [jsk] = sampleRecords('UPJSK', { seed: 1, records: 1 });
  const textKey = getTable('UPJSK').fields.find((f) => f.format === 'text' || f.format === 'free')!.key;
  out.push(...stringifyFile('UPJSK', [{ ...jsk!, [textKey]: '🙂' }], { file: 'UPJSK.CSV' }).issues);
  const [kihon] = sampleRecords('UPKIHON', { seed: 1, records: 1 });
  const freeKey = getTable('UPKIHON').fields.find((f) => f.quoted)!.key;
  out.push(...stringifyFile('UPKIHON', [{ ...kihon!, [freeKey]: 'a〜b' }], { file: 'UPKIHON.CSV', normalize: true }).issues);
  out.push(...stringifyFile('UPJSK', [{ ...jsk!, note: 'x' } as StringifyRecord<'UPJSK'>], { file: 'UPJSK.CSV' }).issues);

  // a CSV version whose layout of the kind does not exist
  outer: for (const kind of KIND_IDS)
    for (const e of EDITIONS)
      if (layoutFor(kind, e.csvVersion) === null) {
        const f = sampleFile(kind, { seed: 1 });
        const rows = (parseFile(f).records as Record<string, string>[]).map((r) => rowOf(kind, { ...r, csvVersion: e.csvVersion }));
        out.push(...parseFile({ name: f.name, bytes: rawCsv(kind, rows) }).issues);
        break outer;
      }

  // limits and kinds of one file
  const plan = sampleFile('UPPLAN', { seed: 1 });
  out.push(...parseFile({ name: 'plan.CSV', bytes: plan.bytes }).issues);
  out.push(...parseFile(plan, { maxBytes: 10 }).issues);
  out.push(...parseFile(plan, { maxRecords: 1 }).issues);
  // rows that are no records, more than maxRejected of them
  out.push(...parseFile({ name: plan.name, bytes: new TextEncoder().encode('1,2\r\n'.repeat(3)) }, { maxRejected: 1 }).issues);
  const broken = rawCsv(
    'UPJSK',
    (parseFile(sampleFile('UPJSK', { seed: 2 })).records as Record<string, string>[]).map((r) => rowOf('UPJSK', { ...r, insuredNumber: 'X' })),
  );
  out.push(...parseFile({ name: sampleFile('UPJSK', { seed: 2 }).name, bytes: broken }, { maxIssues: 1 }).issues);
  const endless = Array.from({ length: 3000 }, () => new Uint8Array(64).fill(0x41));
  for await (const e of parseStream(endless, { name: plan.name, maxRecordBytes: 1000 })) if (e.type === 'issue') out.push(e.issue);
  const image = sampleTransmission('Y1', { seed: 1 }).find((f) => f.name.startsWith('UPKIHON_IMAGE') || /\.JPG$/i.test(f.name))!;
  out.push(...parseFile({ name: image.name, bytes: new Uint8Array([1, 2, 3]) }).issues);

  // names
  for (const name of ['a/UPJSK.CSV', `${'A'.repeat(300)}.CSV`, plan.name.replace('UPPLAN', 'ＵPPLAN'), plan.name.replace('_', '\u0332')])
    out.push(...parseFile({ name, bytes: plan.bytes }).issues);

  // faults the CLI and the page find
  const fault = (code: IssueCode, params?: object): BundleFile => ({ name: plan.name, bytes: new Uint8Array(0), size: 0, fault: { code, params } as never });
  for (const f of [
    fault('FILE_UNREADABLE', { reason: 'EACCES' }),
    fault('FILE_NOT_REGULAR', { type: 'fifo' }),
    fault('FILE_SYMLINK_SKIPPED'),
    fault('FILE_SIZE_UNKNOWN'),
    fault('FILENAME_UNDECODABLE'),
  ])
    out.push(...validateBundle([f], { scope: 'single-file' }).files.flatMap((r) => r.issues));

  // the send
  const bundleIssues = (files: readonly BundleFile[], scope: 'transmission' | 'single-file' = 'transmission') => {
    const r = validateBundle(files, { scope });
    return [...r.issues, ...r.files.flatMap((f) => f.issues)];
  };
  const k1 = sampleTransmission('K1', { seed: 1 });
  out.push(...bundleIssues(Array.from({ length: 31 }, (_, i) => ({ name: `${i}.PDF`, bytes: new Uint8Array(1) }))));
  out.push(...bundleIssues([{ name: plan.name, bytes: new Uint8Array(0), size: 11 * 1024 * 1024 }]));
  out.push(...bundleIssues([...k1, { name: 'x.EXE', bytes: new Uint8Array(1) }, { name: 'other.CSV', bytes: new Uint8Array(1) }, k1[0]!]));
  out.push(
    ...bundleIssues([
      ...k1,
      { ...k1.find((f) => f.name.startsWith('UPHOSOKU'))!, name: k1.find((f) => f.name.startsWith('UPHOSOKU'))!.name.replace('_000000_', '_202505_') },
    ]),
  );
  out.push(...bundleIssues(k1.map((f) => (f.name.startsWith('UPHOSOKU') ? { ...f, name: f.name.replace('_000000_', '_202505_') } : f))));
  const k2 = sampleTransmission('K2', { seed: 1 });
  const sikyu = k2.find((f) => f.name.startsWith('UPSIKYU'))!;
  const orphan = rawCsv(
    'UPSIKYU',
    (parseFile(sikyu).records as Record<string, string>[]).map((r) => rowOf('UPSIKYU', { ...r, insuredNumber: '1999999999' })),
  );
  out.push(...bundleIssues(k2.map((f) => (f === sikyu ? { ...f, bytes: orphan } : f))));
  const y1 = sampleTransmission('Y1', { seed: 1 });
  const images = y1.filter((f) => /\.JPE?G$/i.test(f.name));
  out.push(...bundleIssues(y1.filter((f) => f !== images[0])));
  out.push(...bundleIssues([...y1, { ...images[0]!, name: images[0]!.name.replace(/\d(\.JPE?G)$/i, '9$1') }]));
  out.push(...bundleIssues([plan], 'single-file'));
  return out;
}

describe('every code is located and advised', async () => {
  const issues = await corpus();
  const byCode = new Map<IssueCode, Issue[]>();
  for (const i of issues) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);

  it('every code has a case (a fixture or a case in this file)', () => {
    expect(ISSUE_CODES.filter((c) => !byCode.has(c))).toEqual([]);
  });

  it.each(ISSUE_CODES)('%s: its issues have their location keys, and say where in text', (code) => {
    const found = byCode.get(code) ?? [];
    expect(found.length, `no case for ${code}`).toBeGreaterThan(0);
    for (const i of found) {
      for (const k of whereOf(code)) expect(i[k], `${code} lacks ${k}: ${JSON.stringify(i)}`).toBeDefined();
      if (SEND_LEVEL.has(code)) expect(i.file, `${code} is about the send`).toBeUndefined();
      else expect(formatLocation(i).length, `${code} says where`).toBeGreaterThan(0);
      expect(issueAdvice(i, 'ja').length).toBeGreaterThan(4);
    }
  });

  it('a send-level issue is shown under 「送信全体」 of its send', () => {
    const r = validateBundle(Array.from({ length: 31 }, (_, i) => ({ name: `${i}.PDF`, bytes: new Uint8Array(1) })));
    const text = renderText({ mode: 'send', sends: [sendReport(r, { scope: 'transmission' })], lang: 'ja', showValues: false });
    expect(text).toMatch(/送信全体\n {2}エラー BUNDLE_TOO_MANY_FILES: /);
  });

  /** Words people must never see: field keys, code-list ids, rule ids. */
  const internal = new Set<string>();
  for (const kind of KIND_IDS)
    for (const e of EDITIONS)
      for (const f of layoutFor(kind, e.csvVersion)?.fields ?? []) {
        if (/[A-Z]/.test(f.key)) internal.add(f.key);
        if (f.codes) internal.add(f.codes.id);
      }
  for (const kind of KIND_IDS) for (const r of [...getTable(kind).recordRules, ...getTable(kind).fileRules]) internal.add(r.id);
  for (const r of BUNDLE_RULES) internal.add(r.id);
  const CAMEL = /\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/;

  it.each(['ja', 'en'] as const)('%s: no message, advice or report line holds an internal identifier', (lang) => {
    const bad: string[] = [];
    for (const i of issues) {
      for (const text of [issueMessage(i, lang), issueAdvice(i, lang), formatIssue(i, { locale: lang })]) {
        const words = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
        const hit = words.find((w) => internal.has(w)) ?? CAMEL.exec(text)?.[0] ?? undefined;
        if (hit) bad.push(`${i.code}: «${hit}» in ${text}`);
      }
    }
    expect([...new Set(bad)].slice(0, 20)).toEqual([]);
  });
});
