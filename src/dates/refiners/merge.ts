import type { Parsed } from '../types';

/** How far after a result the next one may start to be considered adjacent. */
const MAX_GAP = 12;

/**
 * Merges adjacent pairs: `join(a, b, gap)` returns the merged result or null. Linear in the number of
 * results (looks only at results starting within MAX_GAP characters after `a`).
 */
export function mergeAdjacent(
  results: Parsed[],
  text: string,
  join: (a: Parsed, b: Parsed, gap: string) => Parsed | null,
  isLeft: (a: Parsed) => boolean = () => true,
): Parsed[] {
  const sorted = [...results].sort((x, y) => x.start - y.start || y.end - x.end);
  const byStart = new Map<number, Parsed[]>();
  for (const r of sorted) {
    const list = byStart.get(r.start);
    if (list) list.push(r);
    else byStart.set(r.start, [r]);
  }
  const dead = new Set<Parsed>();
  const out: Parsed[] = [];
  for (const a of sorted) {
    if (dead.has(a)) continue;
    let merged: Parsed | null = null;
    for (let s = isLeft(a) ? a.end : Infinity; s <= a.end + MAX_GAP && !merged; s++) {
      for (const b of byStart.get(s) ?? []) {
        if (dead.has(b) || b === a) continue;
        merged = join(a, b, text.slice(a.end, b.start));
        if (merged) { dead.add(b); break; }
      }
    }
    dead.add(a);
    out.push(merged ?? a);
    if (merged) byStart.get(merged.start)?.push(merged);
  }
  return out;
}

/** The widest results win; a result inside or across a wider one is dropped. Linear in the covered text. */
export function dropOverlaps(results: Parsed[]): Parsed[] {
  const byWidth = [...results].sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const size = results.reduce((m, r) => Math.max(m, r.end), 0);
  const taken = new Uint8Array(size + 1);
  const kept: Parsed[] = [];
  for (const r of byWidth) {
    let free = true;
    for (let i = r.start; i < r.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, r.start, r.end);
    kept.push(r);
  }
  return kept.sort((x, y) => x.start - y.start);
}
