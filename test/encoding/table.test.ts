import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
// @ts-expect-error plain ESM script without types
import { renderTable } from '../../scripts/gen-cp932-table.mjs';
import { CP932_ROWS } from '../../src/encoding/cp932-table.js';

describe('the library CP932 table', () => {
  it('is the file scripts/gen-cp932-table.mjs writes (run it after a change)', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'src', 'encoding', 'cp932-table.ts'), 'utf8')).toBe(renderTable());
  });

  it('maps every pair exactly as the iconv-lite cp932 oracle does, where iconv-lite maps it', () => {
    let mapped = 0;
    for (const [lead, row] of CP932_ROWS) {
      let ti = 0;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ours = row[ti++]!;
        const oracle = iconv.decode(Buffer.from([lead, trail]), 'cp932');
        if (ours === '\u0000') expect(oracle.startsWith('\ufffd')).toBe(true);
        else {
          expect(oracle).toBe(ours);
          mapped++;
        }
      }
    }
    // CP932: 6879 JIS X 0208 characters + 83 NEC row 13 + 374 NEC-selected IBM + 388 IBM extensions.
    expect(mapped).toBe(6879 + 83 + 374 + 388);
  });
});
