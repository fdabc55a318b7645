/**
 * The page reads a drop as `check` reads a folder: the send limits from the sizes first (nothing
 * read when over), then each file with a bound (File.slice: size + 1 bytes, never more than the
 * limit + 1), and a file that cannot be read, or reads other than its size, is a fault of that file.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles, readDrop, type DroppedFile } from '../../src/web/check.js';
import { sampleFile, sampleTransmission } from '../../src/sample/index.js';

const MAX = 10 * 1024 * 1024;

/** A File double that records what was asked of it. */
function file(name: string, bytes: Uint8Array, options: { size?: number; fail?: boolean } = {}): DroppedFile & { asked: [number, number][] } {
  const asked: [number, number][] = [];
  return {
    name,
    size: options.size ?? bytes.length,
    asked,
    slice(start = 0, end = Infinity) {
      asked.push([start, end]);
      return {
        arrayBuffer: async () => {
          if (options.fail) throw Object.assign(new Error('gone'), { name: 'NotReadableError' });
          return bytes.slice(start, Math.min(end, bytes.length)).buffer;
        },
      };
    },
  };
}

describe('readDrop', () => {
  it('reads each file with one bounded slice (its size + 1), and the drop checks as one send', async () => {
    const files = sampleTransmission('K2', { seed: 1 }).map((f) => file(f.name, f.bytes));
    const read = await readDrop(files);
    for (const f of files) expect(f.asked).toEqual([[0, f.size + 1]]);
    const [t] = checkFiles(read);
    expect(t!.result.ok).toBe(true);
    expect(t!.report.units.map((u) => u.unitIds.join('/'))).toEqual(['K2/Y4']);
  });

  it('over the limits by size: nothing is read, every file is 未検査', async () => {
    const files = Array.from({ length: 31 }, (_, i) => file(`${i}.PDF`, new Uint8Array(1)));
    const big = [file('UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV', new Uint8Array(0), { size: 11 * 1024 * 1024 })];
    for (const drop of [files, big]) {
      const read = await readDrop(drop);
      for (const f of drop) expect(f.asked).toEqual([]);
      const [t] = checkFiles(read);
      expect(t!.report.files.every((f) => f.notRead === 'send-limits' && f.records === null)).toBe(true);
    }
  });

  it('a file that fails to read, or reads other than its size, is a fault of that file; the others are checked', async () => {
    const good = sampleFile('UPJSK', { seed: 1 });
    const shortName = 'UPJSK_202505_1371200203_11_1371200101_43_20250601093100.CSV';
    const failName = 'UPJSK_202505_1371200204_11_1371200101_43_20250601093200.CSV';
    const drop = [file(good.name, good.bytes), file(shortName, new Uint8Array(5), { size: 100 }), file(failName, new Uint8Array(5), { fail: true })];
    const [t] = checkFiles(await readDrop(drop));
    const byName = new Map(t!.report.files.map((f) => [f.name, f]));
    expect(byName.get(good.name)!.records).toBeGreaterThan(0);
    expect(byName.get(shortName)!.issues.map((i) => i.code)).toEqual(['FILE_SIZE_UNKNOWN']);
    expect(byName.get(failName)!.issues.map((i) => [i.code, i.params])).toEqual([['FILE_UNREADABLE', { reason: 'NotReadableError' }]]);
    expect(byName.get(failName)!.notRead).toBe('fault');
  });

  it('never asks for more than the limit + 1 bytes, whatever the size says', async () => {
    const f = file('UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV', new Uint8Array(0), { size: MAX });
    await readDrop([f]);
    expect(f.asked[0]![1]).toBe(MAX + 1);
  });
});
