/** Every mutation yields its issue at the right place, and nothing else of warning or error severity. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_IDS, formatIssue, getTable } from '../../src/index.js';
import { MUTATION_IDS, checkMutation, mutationArb, mutationIdsFor, type Mutation } from '../../src/testing/index.js';

const assertMutation = (m: Mutation) => {
  const check = checkMutation(m);
  expect({ id: m.id, kind: m.kind, description: m.description, problems: check.problems }).toEqual({
    id: m.id,
    kind: m.kind,
    description: m.description,
    problems: [],
  });
  for (const issue of check.issues) expect(formatIssue(issue).length).toBeGreaterThan(0);
};

describe('mutations (property)', () => {
  it.each(MUTATION_IDS)('%s: the expected issue, at its record/field/offset, and no other warning or error', (id) => {
    fc.assert(fc.property(mutationArb(undefined, { ids: [id] }), assertMutation), { numRuns: 40 });
  });

  it.each(KIND_IDS)('%s: every mutation that applies to the kind', (kind) => {
    expect(mutationIdsFor(kind).length).toBeGreaterThan(0);
    fc.assert(fc.property(mutationArb(kind), assertMutation), { numRuns: 40 });
  });
});

describe('rule violations', () => {
  const withRules = KIND_IDS.filter((k) => getTable(k).recordRules.length + getTable(k).fileRules.length > 0);

  it.each(withRules)('%s: every record and file rule of the kind gets broken', (kind) => {
    const table = getTable(kind);
    const rules = [...table.recordRules, ...table.fileRules];
    // Enough draws that each rule (one of the kind's rules at random, some violations filtered out) shows up.
    const seen = new Set(fc.sample(mutationArb(kind, { ids: ['ruleViolation'] }), Math.max(80, 20 * rules.length)).map((m) => m.rule));
    expect(rules.map((r) => r.id).filter((id) => !seen.has(id))).toEqual([]);
  });
});
