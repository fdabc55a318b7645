/**
 * Refuse, don't guess: an unknown kind or a bad option given to the public API is a TypeError or
 * RangeError that names the function and the option and never holds the value (it may be a value
 * read from a file). The CLI turns the same mistakes into usage errors (exit 2).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { sampleFile, sampleRecords, sampleTransmission } from '../../src/sample/index.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/args.js';

const BAD = 'UPPLAN鷲鶴鷺鴎9123456789';
const bytes = new Uint8Array(3);
const bad = BAD as never;

const CASES: [string, () => unknown, ErrorConstructor, RegExp][] = [
  ['parseFile kind', () => api.parseFile({ bytes }, { kind: bad }), TypeError, /parseFile: kind is not a file kind/],
  ['parseFile kind (a number)', () => api.parseFile({ bytes }, { kind: 3 as never }), TypeError, /parseFile: kind/],
  ['parseFile reportValues', () => api.parseFile({ bytes }, { reportValues: BAD as never }), TypeError, /parseFile: reportValues must be a boolean/],
  ['parseFile acceptUtf8', () => api.parseFile({ bytes }, { acceptUtf8: 1 as never }), TypeError, /parseFile: acceptUtf8 must be a boolean/],
  ['parseFile profile', () => api.parseFile({ bytes }, { profile: bad }), RangeError, /parseFile: profile must be one of/],
  ['parseFile severity value', () => api.parseFile({ bytes }, { severity: { FILE_EMPTY: bad } }), RangeError, /parseFile: severity.FILE_EMPTY must be one of/],
  [
    'parseFile severity code',
    () => api.parseFile({ bytes }, { severity: { [BAD]: 'error' } as never }),
    RangeError,
    /parseFile: severity names an unknown issue code/,
  ],
  ['parseFile options', () => api.parseFile({ bytes }, null as never), TypeError, /parseFile: options must be an object/],
  ['parseFile input', () => api.parseFile(BAD as never), TypeError, /parseFile: input must be an object/],
  ['parseFile name', () => api.parseFile({ name: 42 as never, bytes }), TypeError, /parseFile: name must be a string/],
  [
    'parseFile maxRecords',
    () => api.parseFile({ bytes }, { maxRecords: -5 }),
    RangeError,
    /parseFile: maxRecords must be a non-negative integer \(got a negative number\)/,
  ],
  ['parseFile maxIssues', () => api.parseFile({ bytes }, { maxIssues: Infinity }), RangeError, /parseFile: maxIssues/],
  ['stringifyFile kind', () => api.stringifyFile(bad, []), TypeError, /stringifyFile: kind is not a file kind/],
  ['stringifyFile csvVersion', () => api.stringifyFile('UPPLAN', [], { csvVersion: BAD }), RangeError, /stringifyFile: csvVersion is not a CSV version/],
  ['stringifyFile normalize', () => api.stringifyFile('UPPLAN', [], { normalize: BAD as never }), TypeError, /stringifyFile: normalize must be a boolean/],
  ['stringifyFile records', () => api.stringifyFile('UPPLAN', BAD as never), TypeError, /stringifyFile: records must be an array/],
  [
    'stringifyFile value',
    () => api.stringifyFile('DLTPLAN', [{ insuredNumber: 9123456789 as never }]),
    TypeError,
    /stringifyFile: record 1, insuredNumber: values must be strings \(got a number\)/,
  ],
  ['upgrade kind', () => api.upgrade([], { kind: bad, from: '202208' }), TypeError, /upgrade: kind is not a file kind/],
  ['upgrade from', () => api.upgrade([], { kind: 'UPPLAN', from: BAD }), RangeError, /upgrade: from is not a CSV version/],
  ['upgrade to', () => api.upgrade([], { kind: 'UPPLAN', from: '202208', to: BAD }), RangeError, /upgrade: to is not a CSV version/],
  ['upgrade records', () => api.upgrade(BAD as never, { kind: 'UPPLAN', from: '202208' }), TypeError, /upgrade: records must be an array/],
  ['buildFilename kind', () => api.buildFilename(bad, {} as never), RangeError, /unknown file kind/],
  ['buildFilename convention', () => api.buildFilename('UPPLAN', {} as never, { convention: bad }), RangeError, /unknown file-name convention/],
  ['describePattern kind', () => api.describePattern(bad), RangeError, /unknown file kind/],
  ['getKind', () => api.getKind(bad), TypeError, /getKind: kind is not a file kind/],
  ['getTable', () => api.getTable(bad), TypeError, /kind is not a file kind/],
  ['layoutFor kind', () => api.layoutFor(bad, null), TypeError, /layoutFor: kind is not a file kind/],
  ['layoutFor csvVersion', () => api.layoutFor('UPPLAN', 202407 as never), TypeError, /layoutFor: csvVersion must be a string or null/],
  ['formatIssue locale', () => api.formatIssue({ code: 'FILE_EMPTY', severity: 'error' }, { locale: bad }), RangeError, /formatIssue: locale must be one of/],
  ['formatIssue issue', () => api.formatIssue({ code: bad, severity: 'error' } as never), TypeError, /formatIssue: not an issue code/],
  ['issueMessage locale', () => api.issueMessage({ code: 'FILE_EMPTY', severity: 'error' }, bad), RangeError, /issueMessage: locale must be one of/],
  ['docsAnchor', () => api.docsAnchor(bad), TypeError, /docsAnchor: not an issue code/],
  ['layerOf', () => api.layerOf(bad), TypeError, /layerOf: not an issue code/],
  ['validateBundle files', () => api.validateBundle(BAD as never), TypeError, /validateBundle: files must be an array/],
  ['validateBundle file', () => api.validateBundle([{ name: BAD, bytes: BAD as never }]), TypeError, /validateBundle: files\[0\].bytes must be a Uint8Array/],
  ['validateBundle scope', () => api.validateBundle([], { scope: bad }), RangeError, /validateBundle: scope must be one of/],
  [
    'validateBundle maxFiles',
    () => api.validateBundle([], { maxFiles: NaN }),
    RangeError,
    /validateBundle: maxFiles must be a non-negative integer \(got NaN\)/,
  ],
  ['validateBundle reportValues', () => api.validateBundle([], { reportValues: BAD as never }), TypeError, /validateBundle: reportValues must be a boolean/],
  ['groupIntoTransmissions', () => api.groupIntoTransmissions(BAD as never), TypeError, /groupIntoTransmissions: files must be an array/],
  ['deletionScope kind', () => api.deletionScope(bad, []), TypeError, /deletionScope: kind is not a deletion kind/],
  ['buildCarePlanTree', () => api.buildCarePlanTree(BAD as never), TypeError, /buildCarePlanTree: records must be an array/],
  ['decodeCp932 bytes', () => api.decodeCp932(BAD as never), TypeError, /decodeCp932: bytes must be a Uint8Array/],
  ['encodeCp932 text', () => api.encodeCp932(42 as never), TypeError, /encodeCp932: text must be a string/],
  ['findUnrepresentable max', () => api.findUnrepresentable(BAD, -1), RangeError, /findUnrepresentable: max/],
  ['isCp932Representable', () => api.isCp932Representable(42 as never), TypeError, /isCp932Representable: text must be a string/],
  ['cp932ByteLength', () => api.cp932ByteLength(42 as never), TypeError, /cp932ByteLength: text must be a string/],
  ['normalizeLookalikes', () => api.normalizeLookalikes(42 as never), TypeError, /normalizeLookalikes: text must be a string/],
  ['normalizeLookalikes max', () => api.normalizeLookalikes(BAD, NaN), RangeError, /normalizeLookalikes: maxSubstitutions/],
  ['sampleFile', () => sampleFile(bad), RangeError, /sampleFile: kind is not a file kind/],
  ['sampleRecords', () => sampleRecords(bad), RangeError, /sampleRecords: kind is not a file kind/],
  ['sampleTransmission', () => sampleTransmission(BAD), RangeError, /sampleTransmission: unit is not a transmission unit/],
];

describe('the API refuses unknown kinds and bad options, naming the option, never the value', () => {
  it.each(CASES)('%s', (_label, call, type, message) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
    for (const part of [BAD, '鷲鶴', '9123456789']) expect((error as Error).message).not.toContain(part);
  });

  it('parseStream too', async () => {
    const run = async (options: object) => {
      for await (const _ of api.parseStream([bytes], options as never));
    };
    await expect(run({ kind: BAD })).rejects.toThrow(/parseStream: kind is not a file kind/);
    await expect(run({ kind: BAD })).rejects.toThrow(TypeError);
    await expect(run({ name: 42 })).rejects.toThrow(/parseStream: name must be a string/);
    await expect(run({ reportValues: BAD })).rejects.toThrow(/parseStream: reportValues must be a boolean/);
    await expect(run({ profile: BAD })).rejects.toThrow(RangeError);
  });

  it('parseStream: a chunk that is not bytes is refused by its type, never echoed; an ArrayBuffer is read', async () => {
    const read = async (chunks: unknown[]) => {
      const events = [];
      for await (const e of api.parseStream(chunks as never, { kind: 'UPPLAN' })) events.push(e);
      return events;
    };
    const error = await read([BAD]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`parseStream: a chunk is not a Uint8Array (got a string of ${BAD.length} characters)`);
    expect((error as Error).message).not.toContain(BAD);
    const fromBuffer = await read([bytes.slice().buffer]);
    const fromBytes = await read([bytes]);
    expect(fromBuffer).toEqual(fromBytes);
  });
});

describe('the CLI: a usage error (exit 2), the value escaped', () => {
  const run = async (argv: string[]) => {
    const err: string[] = [];
    const io: Io = { stdout: () => {}, stderr: (s) => void err.push(s), stderrIsTTY: false, cwd: process.cwd() };
    return { code: await main(argv, io), err: err.join('') };
  };
  it.each([
    [['convert', '--kind', BAD, '--to', 'json', 'x.CSV']],
    [['inspect', '--kind', BAD, 'x.CSV']],
    [['sample', BAD]],
    [['filename', 'build', '--kind', BAD]],
    [['check', '--format', BAD, 'x.CSV']],
    [['check', '--lang', '\u202e\u001b[2J', 'x.CSV']],
    [['\u001b]0;pwned\u0007']],
  ])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
