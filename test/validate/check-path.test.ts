/**
 * The check path (`validateBundle(files, { records: false })`) builds no record objects: one view
 * per file is refilled for each row, field verdicts are cached by value. It must give exactly the
 * result of the record path less the records: the same issues in the same order, the same rows
 * rejected, the same units, and a record count equal to the number of records returned. Held on
 * every fixture and on generated transmissions broken at random places.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateBundle } from '../../src/bundle/validate.js';
import type { BundleFile, BundleResult, ValidateBundleOptions } from '../../src/bundle/types.js';
import { setByteScannerForTests } from '../../src/codec/parse-file.js';
import { bundleMutationArb, mutationArb, transmissionArb } from '../../src/testing/index.js';
import { breakArb, breakBytes, fixtureFiles } from '../support/broken-files.js';
import { FileValidator } from '../../src/check/file-validator.js';
import { fieldCheck } from '../../src/check/field.js';
import { recordFactory } from '../../src/check/record-shape.js';
import { IssueSink } from '../../src/core/issue.js';
import { scanCanonicalBytes } from '../../src/csv/scan-bytes.js';
import { encodeCp932 } from '../../src/encoding/cp932.js';
import { getKind, KIND_IDS } from '../../src/spec/kinds/index.js';
import type { KindId } from '../../src/spec/kind.js';

/** The record path's result as the check path must give it. */
function expectedCheck(r: BundleResult) {
  return { ...r, files: r.files.map((f) => ({ ...f, records: [], lines: [], recordCount: f.records.length })) };
}

function expectSame(files: readonly BundleFile[], options: ValidateBundleOptions = {}) {
  const full = validateBundle(files, options);
  for (const f of full.files) expect(f.recordCount).toBe(f.records.length);
  const check = validateBundle(files, { ...options, records: false });
  expect(check).toEqual(expectedCheck(full));
  return check;
}

const load = (path: string): BundleFile => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) });
const transmissionDirs = ['valid', 'invalid'].flatMap((v) => {
  const root = join('spec-fixtures', 'transmissions', v);
  return readdirSync(root)
    .map((d) => join(root, d))
    .filter((d) => statSync(d).isDirectory());
});
const byFolder = [...new Set(fixtureFiles.map((p) => dirname(p)))];

describe('the check path (records: false) and the record path', () => {
  it.each(fixtureFiles.map((p) => [p]))('give the same issues on the fixture %s alone', (path) => {
    expectSame([load(path)], { scope: 'single-file' });
    expectSame([load(path)], { scope: 'single-file', reportValues: true, profile: 'strict', maxIssuesPerFile: 3 });
  });

  it.each(transmissionDirs.map((d) => [d]))('give the same issues on the fixture transmission %s', (dir) => {
    const files = readdirSync(dir)
      .sort()
      .map((n) => load(join(dir, n)));
    const check = expectSame(files);
    expect(check.files.every((f) => f.records.length === 0 && f.lines.length === 0)).toBe(true);
    expect(check.files.some((f) => f.recordCount > 0)).toBe(true);
    expectSame(files, { reportValues: true });
  });

  it.each(byFolder.map((d) => [d]))('give the same issues on the CSVs of %s as one bundle, with and without the byte scanner', (dir) => {
    const files = fixtureFiles.filter((p) => dirname(p) === dir).map(load);
    try {
      for (const on of [true, false]) {
        setByteScannerForTests(on);
        expectSame(files, { maxFiles: 1000, maxTotalBytes: 1 << 30 });
      }
    } finally {
      setByteScannerForTests(true);
    }
  });

  it('give the same issues on generated transmissions broken anywhere (property)', () => {
    fc.assert(
      fc.property(transmissionArb({ maxRecords: 4 }), fc.array(fc.tuple(fc.nat(), breakArb), { maxLength: 4 }), fc.boolean(), (t, breaks, reportValues) => {
        const files = t.files.map((f, i) => ({
          name: f.name,
          bytes: breakBytes(
            f.bytes,
            breaks.filter(([at]) => at % t.files.length === i).map(([, b]) => b),
          ),
        }));
        expectSame(files, { reportValues });
      }),
      { numRuns: 150 },
    );
  });

  it('give the same issues on transmissions that break one transmission rule (property)', () => {
    fc.assert(
      fc.property(bundleMutationArb(), (m) => {
        expectSame(m.files);
      }),
      { numRuns: 60 },
    );
  });

  it('give the same issues on files that break one rule, field or record or file rule (property)', () => {
    fc.assert(
      fc.property(mutationArb(undefined, { maxRecords: 6 }), (m) => {
        if (m.via !== 'parseFile' || m.name === undefined) return;
        expectSame([{ name: m.name, bytes: m.bytes }], { scope: 'single-file' });
      }),
      { numRuns: 300 },
    );
  });

  it('give the same issues when the same values come back in other files and fields (the verdict cache)', () => {
    // The verdicts are kept from call to call: a value judged in one file is looked up in the next.
    const dir = join('spec-fixtures', 'transmissions', 'invalid');
    const files = readdirSync(dir).flatMap((d) =>
      readdirSync(join(dir, d))
        .sort()
        .map((n) => load(join(dir, d, n))),
    );
    for (let i = 0; i < 3; i++) {
      expectSame(files);
      expectSame([...files].reverse());
    }
  });
});

describe("the verdicts kept next to the byte scanner's values", () => {
  it('never hand one field the verdict of another field whose value is the same', () => {
    // Find two kinds and a position where one value is valid in one and not in the other.
    const pool = ['0', '1', '01', '9', '99', '202407', '202208', '20250101', '000000', 'A', 'ｱ', 'あ', '1234567890', '131016'];
    let found: { a: KindId; b: KindId; at: number; value: string } | undefined;
    for (const a of KIND_IDS)
      for (const b of KIND_IDS)
        for (let at = 1; !found && at < Math.min(getKind(a).fields.length, getKind(b).fields.length); at++)
          for (const value of pool)
            if (!found && (fieldCheck(getKind(a).fields[at]!)(value) === null) !== (fieldCheck(getKind(b).fields[at]!)(value) === null))
              found = { a, b, at, value };
    expect(found).toBeDefined();
    const { a, b, at, value } = found!;
    /** The issues of one row of `kind` with `value` at `at` (and at `also`), read by the byte scanner, with or without its slots. */
    const issuesOf = (kind: KindId, withSlots: boolean, also = -1) => {
      const table = getKind(kind);
      const row = table.fields.map(() => '');
      row[at] = value;
      if (also >= 0) row[also] = value;
      const sink = new IssueSink();
      const v = new FileValidator(table, sink, { kind });
      scanCanonicalBytes(encodeCp932(`${row.join(',')}\r\n`).bytes!, {}, (fields, _q, line, record, slots) => {
        v.add(recordFactory(table)(fields), record, line, fields, withSlots ? slots : undefined);
      });
      return sink.issues.filter((i) => i.code.startsWith('FIELD_'));
    };
    for (const kind of [a, b, a, b]) expect(issuesOf(kind, true)).toEqual(issuesOf(kind, false));
    // The same value twice in one row, under two checks.
    for (let also = 1; also < getKind(a).fields.length; also++) if (also !== at) expect(issuesOf(a, true, also)).toEqual(issuesOf(a, false, also));
  });

  it('never keep a verdict next to a value that another field of the row put in the slot since', () => {
    // Two values in one slot of the cache: v (a valid date) and w (an invalid one).
    const slotOf = (value: string) => {
      let slot = -1;
      scanCanonicalBytes(encodeCp932(`${value}\r\n`).bytes!, {}, (_f, _q, _l, _r, slots) => {
        slot = slots![0]!;
      });
      return slot;
    };
    const valid = new Map<number, string>();
    for (let d = 0; d < 4000; d++) {
      const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10).replaceAll('-', '');
      valid.set(slotOf(date), date);
    }
    let pair: [string, string] | undefined;
    for (let m = 13; !pair && m < 100; m++)
      for (let day = 1; !pair && day < 100; day++) {
        const w = `2024${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        const v = valid.get(slotOf(w));
        if (v) pair = [v, w];
      }
    expect(pair).toBeDefined();
    const [v, w] = pair!;
    // A kind with a date field X (v valid, w not) and a field Y after it (the scanner reads Y later).
    let use: { kind: KindId; x: number; y: number } | undefined;
    for (const kind of KIND_IDS) {
      const fields = getKind(kind).fields;
      const x = fields.findIndex((f, i) => i > 0 && i + 1 < fields.length && fieldCheck(f)(v) === null && fieldCheck(f)(w) !== null);
      if (!use && x > 0) use = { kind, x, y: x + 1 };
    }
    expect(use).toBeDefined();
    const { kind, x, y } = use!;
    const table = getKind(kind);
    const rowOf = (xv: string, yv: string) => table.fields.map((_, i) => (i === x ? xv : i === y ? yv : '')).join(',');
    // Row 1 leaves w in the slot while X judges v; row 2 asks X about w.
    const leftBehind = [rowOf('', w), rowOf(v, w), rowOf(w, '')].join('\r\n') + '\r\n';
    // X judges v; w takes the slot (Y); X is asked about w.
    const replaced = [rowOf(v, ''), rowOf('', w), rowOf(w, '')].join('\r\n') + '\r\n';
    const issues = (text: string, withSlots: boolean) => {
      const sink = new IssueSink();
      const validator = new FileValidator(table, sink, { kind });
      scanCanonicalBytes(encodeCp932(text).bytes!, {}, (fields, _q, line, record, slots) => {
        validator.add(recordFactory(table)(fields), record, line, fields, withSlots ? slots : undefined);
      });
      return sink.issues.filter((i) => i.code.startsWith('FIELD_') && i.fieldNo === table.fields[x]!.no);
    };
    for (const text of [leftBehind, replaced]) {
      expect(issues(text, false).filter((i) => i.record === 3)).toHaveLength(1); // w is wrong for X
      expect(issues(text, true)).toEqual(issues(text, false));
    }
  });
});
