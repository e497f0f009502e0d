// Baselines the project measures itself against, run on the same fixtures in the same table.
import * as chrono from 'chrono-node';

/** Entities: every run of capitalised words that is not a lone sentence-initial word. */
export function capitalisedRuns(text) {
  const out = [];
  const re = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[ -]\p{Lu}[\p{L}\p{N}]*)*/gu;
  for (const m of text.normalize('NFC').matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const sentenceStart = m.index === 0 || /(?:[.!?:“"]\s*|\n\s*)$/u.test(before);
    if (sentenceStart && !m[0].includes(' ')) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'MISC' });
  }
  return out;
}

/** Dates: chrono-node's Vietnamese locale, its result valued as far as chrono knows it. */
export function chronoVi(text, referenceDate) {
  const ref = referenceDate ? new Date(`${referenceDate}T12:00:00Z`) : new Date();
  return chrono.vi.parse(text.normalize('NFC'), ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: timex(r.start) }));
}

function timex(c) {
  const p = (n, w = 2) => String(n).padStart(w, '0');
  const y = c.get('year');
  let v = c.isCertain('day') || c.isCertain('month') ? `${p(y, 4)}-${p(c.get('month'))}` : `${p(y, 4)}`;
  if (c.isCertain('day')) v += `-${p(c.get('day'))}`;
  if (c.isCertain('hour')) v += `T${p(c.get('hour'))}:${p(c.get('minute') ?? 0)}`;
  return v;
}

/** Quotes: every span between paired marks on one line, as a statement with no speaker. */
export function quoteMarks(text) {
  const norm = text.normalize('NFC');
  return [...norm.matchAll(/“([^”\n]+)”|"([^"\n]+)"/gu)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1, kind: 'statement', speaker: null }));
}
