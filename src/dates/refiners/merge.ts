import type { Parsed } from '../types';
import { firstIndex } from '../../utils/search';

/** How far after a result the next one may start to be considered adjacent. */
const MAX_GAP = 12;

const byStartThenWidest = (x: Parsed, y: Parsed): number => x.start - y.start || y.end - x.end;

/** The first index of `sorted` (by start) whose start is at least `at`. */
function firstFrom(sorted: Parsed[], at: number): number {
  return firstIndex(sorted, (r) => r.start < at);
}

/**
 * Merges adjacent pairs: `join(a, b, gap)` returns the merged result or null. Linear in the number of
 * results (looks only at results starting within MAX_GAP characters after `a`, nearest first).
 */
export function mergeAdjacent(
  results: Parsed[],
  text: string,
  join: (a: Parsed, b: Parsed, gap: string) => Parsed | null,
  isLeft: (a: Parsed) => boolean = () => true,
): Parsed[] {
  const sorted = [...results].sort(byStartThenWidest);
  const n = sorted.length;
  const dead = new Uint8Array(n);
  const out: Parsed[] = [];
  for (let i = 0; i < n; i++) {
    if (dead[i]) continue;
    const a = sorted[i];
    let merged: Parsed | null = null;
    if (isLeft(a)) {
      const limit = a.end + MAX_GAP;
      for (let j = firstFrom(sorted, a.end); j < n && sorted[j].start <= limit; j++) {
        if (dead[j] || j === i) continue;
        const b = sorted[j];
        merged = join(a, b, text.slice(a.end, b.start));
        if (merged) { dead[j] = 1; break; }
      }
    }
    dead[i] = 1;
    out.push(merged ?? a);
  }
  return out;
}

/**
 * The widest results win (the first of equals); a result inside or across a wider one is dropped. Works
 * per run of overlapping results, so it is linear in the number of results.
 */
export function dropOverlaps(results: Parsed[]): Parsed[] {
  const byStart = [...results].sort((x, y) => x.start - y.start);
  const kept: Parsed[] = [];
  const wider = (x: Parsed, y: Parsed): number => (y.end - y.start) - (x.end - x.start) || x.start - y.start;
  for (let i = 0; i < byStart.length; ) {
    // a run: results that overlap, directly or through each other
    let j = i + 1;
    let end = byStart[i].end;
    while (j < byStart.length && byStart[j].start < end) { end = Math.max(end, byStart[j].end); j++; }
    if (j === i + 1) { kept.push(byStart[i]); i = j; continue; }
    const run = byStart.slice(i, j).sort(wider);
    const mine: Parsed[] = [];
    for (const r of run) if (mine.every((k) => r.end <= k.start || k.end <= r.start)) mine.push(r);
    kept.push(...mine.sort((x, y) => x.start - y.start));
    i = j;
  }
  return kept;
}
