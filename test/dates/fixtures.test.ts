import { extractDates } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

/** Whole-word, case-sensitive occurrences of a gold text in the article (as the referee finds them). */
function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const body = needle.normalize('NFC').trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.normalize('NFC').matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe.each(fixtures().map((f) => [f.name, f] as const))('fixture %s', (_name, f) => {
  const found = extractDates(f.text, { referenceDate: f.gold.referenceDate });

  it('spans point into the input', () => {
    for (const d of found) expect(f.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('finds the gold dates with their values', () => {
    const gold: { start: number; end: number; value: string }[] = [];
    for (const g of f.gold.dates) {
      const all = occurrences(f.text, g.text);
      const spans = g.occurrence ? all.slice(g.occurrence - 1, g.occurrence) : all;
      for (const s of spans) gold.push({ ...s, value: g.value });
    }
    // a shorter gold text inside a longer one ('15/11' in 'Thứ Tư 15/11') is the same mention
    gold.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept = gold.filter((s, i) => !gold.slice(0, i).some((k) => s.start >= k.start && s.end <= k.end && k !== s));
    const n = kept.length;
    let hit = 0;
    let right = 0;
    for (const s of kept) {
      const d = found.find((x) => x.start < s.end && s.start < x.end);
      if (d) { hit += 1; if (d.value === s.value) right += 1; }
    }
    expect(hit / n).toBeGreaterThanOrEqual(0.95);
    expect(right / Math.max(1, hit)).toBeGreaterThanOrEqual(0.95);
  });
});
