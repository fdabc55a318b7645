/**
 * Type tests (checked by `tsc --noEmit`, part of `npm test`; nothing runs): a misspelt record key
 * fails to compile, and checking `ok` narrows a result. Each `@ts-expect-error` must meet an error,
 * or tsc fails.
 */
import { parseFile, stringifyFile, type KindRecord } from '../../src/index.js';

export function misspeltKeyFails(r: KindRecord<'UPJSK'>): void {
  // @ts-expect-error `serviceCod` is not a field of UPJSK
  stringifyFile('UPJSK', [{ ...r, serviceCod: '111111' }]);
  // the same record with its own keys compiles
  stringifyFile('UPJSK', [{ ...r, serviceCode: '111111' }]);
  // absent values are allowed (undefined or null: an empty field)
  stringifyFile('UPJSK', [{ serviceCode: undefined, insuredNumber: null }]);
}

export function okNarrows(r: KindRecord<'UPJSK'>): Uint8Array | undefined {
  const out = stringifyFile('UPJSK', [r]);
  // @ts-expect-error without checking `ok`, `bytes` may be undefined
  const maybe: Uint8Array = out.bytes;
  void maybe;
  if (out.ok) return out.bytes; // Uint8Array: no `!` needed
  return undefined;
}

export function parseNarrows(bytes: Uint8Array): string | undefined {
  const p = parseFile({ name: 'UPJSK_202505_1371200202_11_1371200101_43_20250601093000.CSV', bytes });
  if (p.kind === 'UPJSK') return p.records[0]?.serviceCode;
  return undefined;
}
