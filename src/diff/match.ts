/**
 * Matching the records of one document in the old and the new state: by natural key; inside a key,
 * identical records first, then the rest by fewest differing fields (ties in content order), so
 * that the result never depends on the order of records in a file; what is left is added or
 * removed. Every record ends in exactly one of: unchanged, changed pair, removed, added.
 */
import type { FieldSpec } from '../spec/fields.js';
import type { KindId } from '../spec/kind.js';
import { recordKeyOf } from './keys.js';
import { cmp, type Entry } from './state.js';

const SEP = '\u0000\u0000';
const esc = (v: string) => (v.includes('\u0000') ? v.replaceAll('\u0000', '\u0000\u0001') : v);

/** The values of every field, joined unambiguously (cached on the entry). */
export function signature(e: Entry, fields: readonly FieldSpec[]): string {
  if (e.sig === undefined) {
    let s = '';
    for (let i = 0; i < fields.length; i++) s += (i > 0 ? SEP : '') + esc(e.values[fields[i]!.key] ?? '');
    e.sig = s;
  }
  return e.sig;
}

export interface Pairing {
  readonly pairs: [Entry, Entry][];
  readonly removed: Entry[];
  readonly added: Entry[];
}

/** Largest leftover group (old × new) paired by fewest differing fields; larger ones in content order. */
const GREEDY_LIMIT = 256;

function countDiff(a: Entry, b: Entry, fields: readonly FieldSpec[]): number {
  let n = 0;
  for (const f of fields) if ((a.values[f.key] ?? '') !== (b.values[f.key] ?? '')) n++;
  return n;
}

function pairLeftovers(olds: Entry[], news: Entry[], fields: readonly FieldSpec[], out: Pairing): void {
  const byContent = (a: Entry, b: Entry) => cmp(signature(a, fields), signature(b, fields)) || cmp(a.file, b.file) || a.index - b.index;
  olds.sort(byContent);
  news.sort(byContent);
  if (olds.length * news.length <= GREEDY_LIMIT) {
    const usedOld = new Set<number>();
    const usedNew = new Set<number>();
    const costs = olds.map((o) => news.map((n) => countDiff(o, n, fields)));
    for (let k = Math.min(olds.length, news.length); k > 0; k--) {
      let best: [number, number] | undefined;
      let bestCost = Infinity;
      for (let i = 0; i < olds.length; i++) {
        if (usedOld.has(i)) continue;
        for (let j = 0; j < news.length; j++) {
          if (usedNew.has(j)) continue;
          if (costs[i]![j]! < bestCost) {
            bestCost = costs[i]![j]!;
            best = [i, j];
          }
        }
      }
      const [i, j] = best!;
      usedOld.add(i);
      usedNew.add(j);
      out.pairs.push([olds[i]!, news[j]!]);
    }
    olds.forEach((o, i) => usedOld.has(i) || out.removed.push(o));
    news.forEach((n, j) => usedNew.has(j) || out.added.push(n));
    return;
  }
  const n = Math.min(olds.length, news.length);
  for (let i = 0; i < n; i++) out.pairs.push([olds[i]!, news[i]!]);
  out.removed.push(...olds.slice(n));
  out.added.push(...news.slice(n));
}

export function sameValues(a: Entry, b: Entry, fields: readonly FieldSpec[]): boolean {
  if (a.values === b.values) return true;
  for (let i = 0; i < fields.length; i++) {
    const k = fields[i]!.key;
    if ((a.values[k] ?? '') !== (b.values[k] ?? '')) return false;
  }
  return true;
}

export function matchDocument(kind: KindId, olds: readonly Entry[], news: readonly Entry[], fields: readonly FieldSpec[]): Pairing {
  const out: Pairing = { pairs: [], removed: [], added: [] };
  // Fast path: the same records in the same order.
  if (olds.length === news.length && olds.every((o, i) => sameValues(o, news[i]!, fields))) return out;
  const groups = new Map<string, { olds: Entry[]; news: Entry[] }>();
  const groupOf = (e: Entry) => {
    const k = recordKeyOf(kind, e.values);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { olds: [], news: [] }));
    return g;
  };
  for (const e of olds) groupOf(e).olds.push(e);
  for (const e of news) groupOf(e).news.push(e);
  for (const g of groups.values()) {
    if (g.olds.length <= 1 && g.news.length <= 1) {
      const [o] = g.olds;
      const [n] = g.news;
      if (o && n) {
        if (!sameValues(o, n, fields)) out.pairs.push([o, n]);
      } else if (o) out.removed.push(o);
      else if (n) out.added.push(n);
      continue;
    }
    // Identical records first.
    const waiting = new Map<string, Entry[]>();
    for (const n of g.news) {
      const s = signature(n, fields);
      const q = waiting.get(s);
      if (q) q.push(n);
      else waiting.set(s, [n]);
    }
    const leftOld: Entry[] = [];
    for (const o of g.olds) {
      const q = waiting.get(signature(o, fields));
      if (q && q.length > 0) q.shift();
      else leftOld.push(o);
    }
    const leftNew = [...waiting.values()].flat();
    if (leftOld.length === 0 && leftNew.length === 0) continue;
    pairLeftovers(leftOld, leftNew, fields, out);
  }
  return out;
}
