/** Helpers of the numbering rules: "numbered 1, 2, 3, … without a gap". */

/** The number of a NO field (digits, surrounding spaces allowed), or undefined when it is none. */
export function noValue(v: string): number | undefined {
  const t = v.trim();
  if (t.length === 0 || t.length > 9) return undefined;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(t);
}

/**
 * For numbers (each with the first record that carries it) that should be exactly 1..n: undefined
 * when they are; else the smallest missing number and the first record of a number out of 1..n.
 */
export function sequenceGap(firstIndexOf: ReadonlyMap<number, number>): { expected: number; recordIndex: number } | undefined {
  const n = firstIndexOf.size;
  let expected = 1;
  while (firstIndexOf.has(expected)) expected++;
  if (expected > n) return undefined;
  let recordIndex = Infinity;
  for (const [k, i] of firstIndexOf) if ((k < 1 || k > n) && i < recordIndex) recordIndex = i;
  return { expected, recordIndex };
}
