/**
 * The steady-state timing harness. For the contenders of one process:
 *   1. each contender runs `warmup` times, untimed (V8 optimises what it will run);
 *   2. then `rounds` timed rounds: every contender once per round, the order rotated each round,
 *      so that no contender always follows the same one (and pays for its garbage);
 *   3. median, min and max per contender.
 * No gc() anywhere: the processes are not started with --expose-gc. A forced full GC before each
 * step makes V8 throw away optimised code and re-optimise it on every call, which a user never sees.
 * Every result goes into a sink (the last result is kept alive, a count of results is printed at
 * the end), so nothing can be optimised away; only one result is alive at a time, so results do
 * not pile up on the heap and weigh on the next contender's GC.
 */

export interface Contender {
  readonly id: string;
  /** Runs the step once and returns something derived from all its work. */
  readonly run: () => unknown;
}

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly samples: readonly number[];
}

let sink: unknown;
let sinkCount = 0;

/** How many results went into the sink, printed by the caller so that they are observed. */
export function drainSink(): number {
  return sinkCount;
}

function keep(v: unknown) {
  sink = v;
  if (v !== undefined && v !== null) sinkCount++;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function stats(samples: readonly number[]): Stats {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), samples };
}

export function measure(contenders: readonly Contender[], warmup: number, rounds: number): Record<string, Stats> {
  for (const c of contenders) for (let i = 0; i < warmup; i++) keep(c.run());
  const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.id, []]));
  const n = contenders.length;
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < n; k++) {
      const c = contenders[(r + k) % n]!;
      const t = performance.now();
      const v = c.run();
      const ms = performance.now() - t;
      keep(v);
      samples[c.id]!.push(ms);
    }
  }
  void sink;
  return Object.fromEntries(Object.entries(samples).map(([id, s]) => [id, stats(s)]));
}
