// Gold spans from the text-based gold files (GUIDELINES.md): every whole-word occurrence of each
// alias (longest first, no overlap), of each date text, of each quote text.
export function findAll(text, needle, words) {
  const body = needle.normalize('NFC').trim().split(/\s+/).map(escapeRe).join('\\s+');
  const re = new RegExp(words ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'gu');
  const norm = text.normalize('NFC');
  return [...norm.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const overlaps = (m, list) => list.some((o) => m.start < o.end && o.start < m.end);

export function goldMentions(text, gold) {
  const blocked = (gold.notEntities ?? []).flatMap((ne) => findAll(text, ne, true));
  const forms = gold.entities.flatMap((e) => [...new Set([e.name, ...(e.aliases ?? [])])].map((a) => ({ a, e })));
  forms.sort((x, y) => y.a.length - x.a.length);
  const taken = [];
  for (const { a, e } of forms) {
    for (const m of findAll(text, a, true)) if (!overlaps(m, taken) && !overlaps(m, blocked)) taken.push({ ...m, type: e.type });
  }
  return taken;
}

export function goldDates(text, gold) {
  const spans = [];
  const seen = new Set();
  for (const d of gold.dates) {
    const all = findAll(text, d.text, true);
    if (d.occurrence) { if (all[d.occurrence - 1]) spans.push({ ...all[d.occurrence - 1], value: d.value }); continue; }
    if (seen.has(d.text)) continue;
    seen.add(d.text);
    for (const m of all) spans.push({ ...m, value: d.value });
  }
  spans.sort((a, b) => (b.end - b.start) - (a.end - a.start));
  const kept = [];
  for (const s of spans) if (!kept.some((k) => s.start >= k.start && s.end <= k.end)) kept.push(s);
  return kept;
}

/** Each gold quote once: the first free occurrence, preferring one right after a quotation mark. */
export function goldQuotes(text, gold) {
  const used = new Set();
  const norm = text.normalize('NFC');
  return gold.quotes.flatMap((q) => {
    const free = findAll(text, q.text, false).filter((m) => !used.has(m.start));
    const quoted = free.filter((m) => /["“”'‘’]\s*$/u.test(norm.slice(Math.max(0, m.start - 3), m.start)));
    const m = (quoted.length ? quoted : free)[0];
    if (!m) return [];
    used.add(m.start);
    return [{ ...m, kind: q.kind, speaker: q.speaker }];
  });
}

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
