/** Shared by the differential tests: the fixture files, and canonical files broken at random places. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
/** Every CSV under spec-fixtures (valid, invalid, tolerated, transmissions). */
export const fixtureFiles = filesUnder('spec-fixtures').filter((p) => /\.csv$/i.test(p));

/** Bytes that end canonical reading, each at a random place of a canonical file. */
export const BREAKERS: readonly (readonly number[])[] = [
  [0x0a], // LF alone
  [0x0d], // CR alone
  [0x22], // a quote
  [0x22, 0x41], // a quote and text
  [0x0d, 0x0a], // an extra line break (maybe an empty line)
  [0x01], // a control character
  [0x7f],
  [0x80],
  [0xa0],
  [0xff],
  [0x83], // a lone lead byte
  [0xf0, 0x40], // 外字
  [0xed, 0x40], // a non-canonical NEC-selected IBM pair
  [0x81, 0xad], // an unmapped pair
  [0x2c], // one comma more
];

export interface Break {
  readonly breaker: readonly number[];
  /** Where, as a fraction of the length. */
  readonly at: number;
}
export const breakArb: fc.Arbitrary<Break> = fc.record({ breaker: fc.constantFrom(...BREAKERS), at: fc.double({ min: 0, max: 1, noNaN: true }) });

/** The bytes with each breaker inserted at its place. */
export function breakBytes(bytes: Uint8Array, breaks: readonly Break[]): Uint8Array {
  let out = bytes;
  for (const { breaker, at } of breaks) {
    const i = Math.floor(at * out.length);
    out = Uint8Array.from([...out.subarray(0, i), ...breaker, ...out.subarray(i)]);
  }
  return out;
}

/** The bytes cut into chunks of the given sizes, in turn. */
export function cut(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}
