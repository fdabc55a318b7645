/** matchesCleanCp932 (the byte scanner's check of a value cached from other bytes) says what decoding and comparing says. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCleanCp932, encodeCp932, matchesCleanCp932 } from '../../src/encoding/cp932.js';

const sjis = (s: string) => encodeCp932(s).bytes ?? new Uint8Array(0);
const bytesArb = fc.oneof(
  fc.string({ maxLength: 12 }).map(sjis),
  fc.constantFrom('ｱｲｳｴｵ', '介護保険', 'A""B', '1234567890', '山田　太郎', '\r\n改行').map(sjis),
  fc.uint8Array({ maxLength: 12 }),
);

describe('matchesCleanCp932', () => {
  it('is decodeCleanCp932(bytes) === value, for values of the same bytes, of other bytes and of none (property)', () => {
    fc.assert(
      fc.property(bytesArb, bytesArb, fc.boolean(), fc.string({ maxLength: 12 }), (a, b, quoted, other) => {
        const fromA = decodeCleanCp932(a, 0, a.length, quoted);
        for (const value of [fromA, decodeCleanCp932(b, 0, b.length, quoted), other, ''])
          if (value !== null) expect(matchesCleanCp932(a, 0, a.length, quoted, value)).toBe(fromA === value);
      }),
      { numRuns: 3000 },
    );
  });
});
