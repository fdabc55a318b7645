import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFile } from '../../src/codec/parse-file.js';
import { stringifyFile, type StringifyRecord } from '../../src/codec/stringify.js';
import { parseStream, type StreamEvent } from '../../src/codec/parse-stream.js';
import { formatIssue } from '../../src/report/format.js';
import { encodeCp932 } from '../../src/encoding/cp932.js';
import { sampleFile, sampleRecords } from '../../src/sample/index.js';
import { KIND_IDS, TABLES } from '../../src/spec/kinds/index.js';
import { writeRecords } from '../../src/csv/write.js';

const sjis = (text: string) => encodeCp932(text).bytes!;
const plan = () => sampleFile('UPPLAN', { seed: 11 });

describe('parseFile', () => {
  it('takes the kind from the name, and from options.kind when there is no name', () => {
    const f = plan();
    expect(parseFile(f).kind).toBe('UPPLAN');
    const byOption = parseFile({ bytes: f.bytes }, { kind: 'UPPLAN' });
    expect(byOption).toMatchObject({ ok: true, kind: 'UPPLAN' });
    expect(parseFile({ name: f.name, bytes: f.bytes }, { kind: 'UPJSK' }).kind).toBe('UPPLAN');
    expect(parseFile({ bytes: f.bytes }).issues.map((i) => i.code)).toEqual(['FILE_KIND_UNKNOWN']);
  });

  it('returns typed records keyed by the field keys, and the line of each record', () => {
    const r = parseFile(plan());
    if (r.kind !== 'UPPLAN') throw new Error('kind');
    expect(r.records[0]!.serviceCode).toMatch(/^[0-9A-Z]{6}$/);
    expect(r.lines[0]).toBe(1);
    expect(r.csvVersion).toBe('202407');
  });

  it('locates issues by physical line and by data record after a quoted line break', () => {
    const recs = sampleRecords('UP1KYO', { seed: 1, records: 2 });
    const rows = recs.map((r, i) =>
      TABLES.UP1KYO.fields.map((f) =>
        i === 0 && f.key === 'address1' ? '東京都\r\n千代田区' : i === 1 && f.key === 'createdOn' ? '20240230' : r[f.key as keyof typeof r],
      ),
    );
    const r = parseFile(
      {
        bytes: sjis(
          writeRecords(
            rows,
            TABLES.UP1KYO.fields.map((f) => f.quoted),
          ),
        ),
      },
      { kind: 'UP1KYO' },
    );
    const line = 2 + rows[0]!.join('').split('\n').length - 1; // record 2 starts after every line break of record 1
    expect(line).toBeGreaterThanOrEqual(3);
    expect(r.issues).toMatchObject([{ code: 'FIELD_INVALID_DATE', record: 2, line, fieldNo: 4, kind: 'UP1KYO' }]);
    expect(formatIssue({ ...r.issues[0]!, file: 'UP1KYO_x.CSV' })).toBe(
      `UP1KYO_x.CSV:${line} 項目4「作成年月日」: 日付（YYYYMMDD）として正しくありません（存在しない日付を含む）`,
    );
    expect(formatIssue(r.issues[0]!, { locale: 'en' })).toBe(`line ${line} field 4 "Creation date": Not a valid calendar date (YYYYMMDD)`);
  });

  it('refuses an input over maxBytes before decoding it', () => {
    const r = parseFile({ name: plan().name, bytes: new Uint8Array(64).fill(0x83) }, { maxBytes: 32 });
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_TOO_LARGE']);
  });

  it('reports UTF-8 input once instead of garbage records, and reads it only when asked', () => {
    const f = plan();
    const utf8 = new TextEncoder().encode(new TextDecoder('shift_jis').decode(f.bytes));
    const r = parseFile({ name: f.name, bytes: utf8 });
    expect(r.issues.map((i) => i.code)).toEqual(['ENCODING_UTF8_INPUT']);
    expect(r.records).toEqual([]);
    const accepted = parseFile({ name: f.name, bytes: utf8 }, { acceptUtf8: true });
    expect(accepted.records).toEqual(parseFile(f).records);
    expect(accepted.issues.map((i) => i.code)).toEqual(['ENCODING_UTF8_INPUT']);
  });

  it('keeps rows it cannot map (wrong field count) in `rejected`, nothing lost', () => {
    const f = plan();
    const text = new TextDecoder('shift_jis').decode(f.bytes) + '202407,131016,extra\r\n';
    const r = parseFile({ name: f.name, bytes: sjis(text) });
    expect(r.rejected).toMatchObject([{ fields: ['202407', '131016', 'extra'] }]);
    expect(r.issues.map((i) => i.code)).toEqual(['RECORD_FIELD_COUNT']);
  });

  it('never copies a value into an issue unless reportValues is set', () => {
    const recs = sampleRecords('UPHOSOKU', { seed: 4, records: 1, hosoku: 'month' } as never).map((r) => ({ ...r, postalCode: '1000001' }));
    const text = new TextDecoder('shift_jis')
      .decode(
        stringifyFile(
          'UPHOSOKU',
          recs.map((r) => ({ ...r, postalCode: '100-0001' })),
        ).bytes!,
      )
      .replace('100-0001', '1000001');
    const quiet = parseFile({ bytes: sjis(text) }, { kind: 'UPHOSOKU' });
    expect(quiet.issues.map((i) => i.code)).toEqual(['FIELD_INVALID_POSTAL_CODE']);
    expect(JSON.stringify(quiet.issues)).not.toContain('1000001');
    const loud = parseFile({ bytes: sjis(text) }, { kind: 'UPHOSOKU', reportValues: true });
    expect(loud.issues[0]!.params).toMatchObject({ value: '1000001' });
  });

  it('caps the issues of a hostile file and says how many were left out', () => {
    const line = '202407,' + 'x,'.repeat(23) + 'x\r\n';
    const r = parseFile({ bytes: sjis(line.repeat(200)) }, { kind: 'UPPLAN', maxIssues: 50 });
    expect(r.issues).toHaveLength(51);
    expect(r.issues[50]).toMatchObject({ code: 'FILE_ISSUES_TRUNCATED' });
    expect(Number(r.issues[50]!.params!.count)).toBeGreaterThan(1000);
  });
});

describe('stringifyFile', () => {
  it('records of an older CSV version that did not have the kind: an issue, not an exception (fuzz seed 1245022370); asked for by the caller: a RangeError', () => {
    const recs = sampleRecords('DLTYOBO', { seed: 3, records: 2 }).map((r) => ({ ...r, csvVersion: '202208' }));
    const s = stringifyFile('DLTYOBO', recs);
    expect(s.ok).toBe(false);
    expect(s.issues).toEqual([
      expect.objectContaining({
        code: 'FILE_UNREADABLE_CSV_VERSION',
        severity: 'error',
        record: 1,
        fieldNo: 1,
        params: { version: '202208', kind: 'DLTYOBO' },
      }),
    ]);
    expect(() => stringifyFile('DLTYOBO', recs, { csvVersion: '202208' })).toThrow(
      new RangeError('stringifyFile: CSV version 202208 has no DLTYOBO layout (the kind came later)'),
    );
  });

  it('writes canonical bytes that read back to the same records', () => {
    const recs = sampleRecords('UPSIKYU', { seed: 9 });
    const s = stringifyFile('UPSIKYU', recs);
    expect(s.ok).toBe(true);
    const text = new TextDecoder('shift_jis').decode(s.bytes!);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseFile({ bytes: s.bytes! }, { kind: 'UPSIKYU' }).records).toEqual(recs);
  });

  it('refuses a character MS932 cannot hold, naming it and its field, and writes no bytes', () => {
    const recs = sampleRecords('UP1KYO', { seed: 2, records: 1 }).map((r) => ({ ...r, plannerName: '山田〜太郎' }));
    const s = stringifyFile('UP1KYO', recs);
    expect(s.ok).toBe(false);
    expect(s.bytes).toBeUndefined();
    // Its class and place, never the character itself (it is part of a value: a name's 外字)…
    expect(s.issues).toEqual([
      expect.objectContaining({ code: 'ENCODING_UNREPRESENTABLE_CHAR', record: 1, fieldNo: 8, params: { shape: 'symbol:1', index: 2 } }),
    ]);
    expect(formatIssue(s.issues[0]!)).not.toContain('〜');
    // …unless the caller asks for values.
    const shown = stringifyFile('UP1KYO', recs, { reportValues: true });
    expect(shown.issues).toMatchObject([{ code: 'ENCODING_UNREPRESENTABLE_CHAR', params: { shape: 'symbol:1', index: 2, value: '〜 (U+301C)' } }]);
  });

  it('replaces well-known look-alikes when asked, reporting each substitution', () => {
    const recs = sampleRecords('UP1KYO', { seed: 2, records: 1 }).map((r) => ({ ...r, plannerName: '山田〜太郎−' }));
    const s = stringifyFile('UP1KYO', recs, { normalize: true });
    expect(s.ok).toBe(true);
    expect(s.issues.map((i) => [i.code, i.fieldNo, i.params?.from, i.params?.to])).toEqual([
      ['ENCODING_CHAR_NORMALIZED', 8, 'U+301C', 'U+FF5E'],
      ['ENCODING_CHAR_NORMALIZED', 8, 'U+2212', 'U+FF0D'],
    ]);
  });

  it('produces no bytes when a record breaks a rule, and warns about keys the layout does not have', () => {
    const [r] = sampleRecords('UPPLAN', { seed: 1, records: 1 });
    // A misspelt key fails to compile (test/types/stringify.types.ts); untyped input still gets it reported.
    const s = stringifyFile('UPPLAN', [{ ...r!, serviceDate: '20250230', note: 'x' } as StringifyRecord<'UPPLAN'>]);
    expect(s.ok).toBe(false);
    expect(s.issues.map((i) => i.code)).toEqual(['RECORD_UNKNOWN_KEY', 'FIELD_INVALID_DATE']);
  });

  it('throws only on a programmer error: an unknown kind', () => {
    expect(() => stringifyFile('NOPE' as never, [])).toThrow(TypeError);
  });
});

async function collect(chunks: Uint8Array[], name: string) {
  const events: StreamEvent[] = [];
  for await (const e of parseStream(chunks, { name })) events.push(e);
  return events;
}

describe('parseStream', () => {
  it('yields the same records and issue codes as parseFile, however the bytes are cut', async () => {
    const kinds = KIND_IDS;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 30 }),
        async (kind, seed, cuts) => {
          const f = sampleFile(kind, { seed });
          const chunks: Uint8Array[] = [];
          let at = 0;
          for (const c of cuts) {
            if (at >= f.bytes.length) break;
            chunks.push(f.bytes.subarray(at, at + c));
            at += c;
          }
          if (at < f.bytes.length) chunks.push(f.bytes.subarray(at));
          const events = await collect(chunks, f.name);
          const whole = parseFile(f);
          expect(events.filter((e) => e.type === 'record').map((e) => (e as { record: unknown }).record)).toEqual(whole.records);
          expect(
            events
              .filter((e) => e.type === 'issue')
              .map((e) => (e as { issue: { code: string } }).issue.code)
              .sort(),
          ).toEqual(whole.issues.map((i) => i.code).sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports an invalid byte at its offset in the whole stream', async () => {
    const f = plan();
    const bytes = Uint8Array.from(f.bytes);
    bytes[300] = 0x81;
    bytes[301] = 0x20;
    const events = await collect([bytes.subarray(0, 299), bytes.subarray(299)], f.name);
    const issue = events.find((e) => e.type === 'issue' && e.issue.code === 'ENCODING_INVALID_BYTES');
    expect(issue).toMatchObject({ issue: { offset: 300 } });
  });

  it('reports UTF-8 input once and yields no records, as parseFile does, however the bytes are cut', async () => {
    const f = sampleFile('UPPLAN', { seed: 4, records: 300 });
    const text = new TextDecoder('shift_jis').decode(f.bytes);
    const utf8 = new TextEncoder().encode(text);
    expect(utf8.length).toBeGreaterThan(65536);
    expect(parseFile({ name: f.name, bytes: utf8 }).issues.map((i) => i.code)).toEqual(['ENCODING_UTF8_INPUT']);
    for (const size of [1, 7, 1000, 65536, utf8.length]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < utf8.length; at += size) chunks.push(utf8.subarray(at, at + size));
      const events = await collect(chunks, f.name);
      expect(events.map((e) => (e.type === 'issue' ? e.issue.code : e.type))).toEqual(['ENCODING_UTF8_INPUT']);
    }
    const bom = await collect([Uint8Array.of(0xef, 0xbb), Uint8Array.from([0xbf, ...utf8.subarray(0, 100)])], f.name);
    expect(bom.map((e) => (e.type === 'issue' ? e.issue.code : e.type))).toEqual(['ENCODING_UTF8_BOM']);
  });

  it('stops with FILE_RECORD_TOO_LARGE at a record that does not end within maxRecordBytes, in linear time', async () => {
    // 20 MB without a line break in 1000-byte chunks: rescanning the growing record at every
    // chunk would take minutes (and fail on the test timeout); memory stays bounded by the limit.
    const piece = new Uint8Array(1000).fill(0x41);
    async function* endless() {
      for (let i = 0; i < 20_000; i++) yield piece;
    }
    const events: StreamEvent[] = [];
    for await (const e of parseStream(endless(), { kind: 'UPPLAN' })) events.push(e);
    expect(events).toEqual([
      { type: 'issue', issue: expect.objectContaining({ code: 'FILE_RECORD_TOO_LARGE', record: 1, line: 1, params: { limit: 10 * 1024 * 1024 } }) },
    ]);
  });

  it('yields the records before an oversized one, then the issue', async () => {
    const f = sampleFile('UPPLAN', { seed: 4, records: 300 }); // longer than the UTF-8 probe
    const long = sjis(`${'x'.repeat(6000)}\r\n`);
    const bytes = Uint8Array.from([...f.bytes, ...long, ...f.bytes]);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 700) chunks.push(bytes.subarray(at, at + 700));
    const events: StreamEvent[] = [];
    for await (const e of parseStream(chunks, { name: f.name, maxRecordBytes: 5000 })) events.push(e);
    const records = parseFile(f).records.length;
    expect(events.filter((e) => e.type === 'record')).toHaveLength(records);
    expect(events.at(-1)).toEqual({ type: 'issue', issue: expect.objectContaining({ code: 'FILE_RECORD_TOO_LARGE', record: records + 1 }) });
  });

  it('reads a record of several MB that spans thousands of chunks', async () => {
    const f = plan();
    const rows = parseFile(f).records.length;
    const long = sjis(`"${'あ'.repeat(1_500_000)}"\r\n`);
    const bytes = Uint8Array.from([...f.bytes, ...long]);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 1000) chunks.push(bytes.subarray(at, at + 1000));
    const events: StreamEvent[] = [];
    for await (const e of parseStream(chunks, { name: f.name })) events.push(e);
    expect(events.filter((e) => e.type === 'record')).toHaveLength(rows);
    const wide = events.find((e) => e.type === 'rejected');
    expect(wide).toMatchObject({ type: 'rejected', recordNo: rows + 1, fields: ['あ'.repeat(1_500_000)] });
  });

  it('reads a CP932 file longer than the UTF-8 probe, cut into small chunks, as CP932', async () => {
    const f = sampleFile('UPPLAN', { seed: 4, records: 300 });
    expect(f.bytes.length).toBeGreaterThan(65536);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < f.bytes.length; at += 999) chunks.push(f.bytes.subarray(at, at + 999));
    const events = await collect(chunks, f.name);
    expect(events.filter((e) => e.type === 'record')).toHaveLength(parseFile(f).records.length);
    expect(events.filter((e) => e.type === 'issue')).toEqual([]);
  });
});

describe('reported values', () => {
  it('are cut to 200 characters, with the full length, so a hostile field cannot make the report huge', () => {
    const [r] = sampleRecords('UP1KYO', { seed: 3, records: 1 });
    const row = TABLES.UP1KYO.fields.map((f) => (f.key === 'postalCode' ? 'x'.repeat(5000) : (r as Record<string, string>)[f.key]!));
    const parsed = parseFile(
      {
        bytes: sjis(
          writeRecords(
            [row],
            TABLES.UP1KYO.fields.map((f) => f.quoted),
          ),
        ),
      },
      { kind: 'UP1KYO', reportValues: true },
    );
    const issue = parsed.issues.find((i) => i.fieldKey === 'postalCode')!;
    expect(String(issue.params!.value)).toBe(`${'x'.repeat(200)}…(5000)`);
  });
});

describe('a CSV version that does not match the layout of the fields', () => {
  const v4 = () => sampleRecords('UPPLAN', { seed: 6, records: 2 });
  it('reads 202208-labelled records that have the 202407 fields with the 202407 layout, and warns', () => {
    // A service month CSV 202208 applies to (before 202504), so that the version itself is right for it.
    const v4 = () => sampleRecords('UPPLAN', { seed: 6, records: 2, month: '202412' });
    const rows = v4().map((r) => TABLES.UPPLAN.fields.map((f) => (f.key === 'csvVersion' ? '202208' : (r as Record<string, string>)[f.key]!)));
    const r = parseFile(
      {
        bytes: sjis(
          writeRecords(
            rows,
            TABLES.UPPLAN.fields.map((f) => f.quoted),
          ),
        ),
      },
      { kind: 'UPPLAN' },
    );
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_VERSION_LAYOUT_MISMATCH', 'FILE_OLDER_CSV_VERSION']);
    expect(r.ok).toBe(true);
    expect(r.records).toHaveLength(rows.length);
    expect((r.records[0] as Record<string, string>).taisCode).toBeDefined();
  });

  it('reads 202407-labelled 第7表 records that have the 202208 fields with the 202208 layout, and warns', async () => {
    const { layoutFor } = await import('../../src/spec/editions/index.js');
    const v3 = layoutFor('UPSIKYU', '202208')!;
    const rows = sampleRecords('UPSIKYU', { seed: 6, records: 2 }).map((r) => v3.fields.map((f) => (r as Record<string, string>)[f.key]!));
    const r = parseFile(
      {
        bytes: sjis(
          writeRecords(
            rows,
            v3.fields.map((f) => f.quoted),
          ),
        ),
      },
      { kind: 'UPSIKYU' },
    );
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_VERSION_LAYOUT_MISMATCH']);
    expect((r.records[0] as Record<string, string>).taisCode).toBeUndefined();
    expect((r.records[0] as Record<string, string>).count).toBeDefined();
  });

  it('does not guess when another kind has that field count: 22 fields named UPPLAN may be 第2表', async () => {
    const { layoutFor } = await import('../../src/spec/editions/index.js');
    const v3 = layoutFor('UPPLAN', '202208')!;
    const rows = v4().map((r) => v3.fields.map((f) => (r as Record<string, string>)[f.key]!));
    const r = parseFile(
      {
        bytes: sjis(
          writeRecords(
            rows,
            v3.fields.map((f) => f.quoted),
          ),
        ),
      },
      { kind: 'UPPLAN' },
    );
    expect(r.issues.map((i) => i.code)).toEqual(['FILE_KIND_MISMATCH']);
    expect(r.issues[0]!.params).toMatchObject({ candidates: 'UP2KYO' });
  });
});
