/** Params for every code, for tests that render messages and advice. */
import { ISSUE_CODE_DECLARATIONS, type IssueCode } from '../../src/core/codes.js';

/**
 * Params that hold ids a message shows in words (a code list by its name, a kind by its form
 * name): a realistic id, so that the words can be found.
 */
export const REALISTIC: Readonly<Record<string, string>> = {
  list: 'keikakushoKubun',
  kind: 'UPSIKYU',
  parent: 'UP1KYO',
  kinds: 'UP1KYO+UP2KYO+UPHOSOKU',
  missing: 'UP3KYO',
  extra: 'UPJSK',
  unit: 'K1',
  elsewhere: 'UP3KYO:20250420093100',
  candidates: 'UPPLAN/UPJSK',
  party: 'sender',
  reason: 'EACCES',
  type: 'fifo',
};

/** Distinctive values for each declared param, so that the test can find them in the text. */
export function paramsOf(code: IssueCode, withOptional: boolean): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  let n = 0;
  for (const [name, type] of Object.entries(ISSUE_CODE_DECLARATIONS[code].params as Record<string, string>)) {
    n++;
    if (type.endsWith('?') && !withOptional) continue;
    out[name] = type.startsWith('number') ? 7_000_000 + n : (REALISTIC[name] ?? `«${name}»`);
  }
  return out;
}
