import { describe, expect, it } from 'vitest';
import { ISSUE_CATALOGUE, ISSUE_CODE_DECLARATIONS, ISSUE_CODES } from '../../src/core/codes.js';
import { severityOverridesFor } from '../../src/core/issue.js';

describe('profiles', () => {
  it("'strict' makes exactly the codes declared strict errors; the caller's own overrides win", () => {
    const strict = severityOverridesFor({ profile: 'strict' }) ?? {};
    for (const code of ISSUE_CODES) {
      const declared = (ISSUE_CODE_DECLARATIONS[code] as { strict?: true }).strict === true;
      expect(strict[code], code).toBe(declared ? 'error' : undefined);
    }
    const first = ISSUE_CODES.find((c) => (ISSUE_CODE_DECLARATIONS[c] as { strict?: true }).strict) ?? 'FILE_OLDER_CSV_VERSION';
    expect(severityOverridesFor({ profile: 'strict', severity: { [first]: 'info' } })?.[first]).toBe('info');
  });

  it("'default' (or none) changes nothing, and an unknown profile is refused", () => {
    expect(severityOverridesFor({})).toBeUndefined();
    expect(severityOverridesFor({ profile: 'default', severity: { FILE_EMPTY: 'warning' } })).toEqual({ FILE_EMPTY: 'warning' });
    expect(() => severityOverridesFor({ profile: 'lenient' as never })).toThrow(RangeError);
  });

  it('never makes a strict code of an error code (strict only raises warnings)', () => {
    for (const code of ISSUE_CODES) if ((ISSUE_CODE_DECLARATIONS[code] as { strict?: true }).strict) expect(ISSUE_CATALOGUE[code], code).toBe('warning');
  });
});
