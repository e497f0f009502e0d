/**
 * Oracle inputs for the events stage: entities and dates read from a fixture's gold file, so the
 * stage can be measured apart from the entity and date stages. Names are found in the normalised
 * text (whole words, case-sensitive, longest first) and mapped back to raw spans with `doc.span`.
 */
import type { DateMention, Doc, Entity, NewsEvent } from '../../src/types';
import type { Gold } from '../helpers/fixtures';

const edge = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function oracleEntities(doc: Doc, gold: Gold & { notEntities?: string[] }): Entity[] {
  const taken: [number, number][] = [];
  const blocked: [number, number][] = [];
  for (const ne of gold.notEntities ?? []) {
    for (const m of doc.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${edge(ne)}(?![\\p{L}\\p{N}])`, 'gu'))) {
      blocked.push([m.index, m.index + m[0].length]);
    }
  }
  const forms = gold.entities.flatMap((e, i) => e.aliases.map((a) => ({ alias: a, i })));
  forms.sort((a, b) => b.alias.length - a.alias.length);
  const entities: Entity[] = gold.entities.map((e, i) => ({
    id: `e${i}`, type: e.type as Entity['type'], name: e.name, aliases: e.aliases, titles: [], mentions: [],
  }));
  for (const { alias, i } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${edge(alias)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of doc.text.matchAll(re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a) || blocked.some(([a, b]) => s >= a && e <= b)) continue;
      taken.push([s, e]);
      entities[i].mentions.push(doc.span(s, e));
    }
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.filter((e) => e.mentions.length > 0);
}

export function oracleDates(doc: Doc, gold: Gold): DateMention[] {
  const out: DateMention[] = [];
  const seen = new Map<string, number>();
  for (const d of gold.dates) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${edge(d.text)}(?![\\p{L}\\p{N}])`, 'gu');
    const all = [...doc.text.matchAll(re)];
    const k = d.occurrence ? [all[d.occurrence - 1]] : all;
    seen.set(d.text, (seen.get(d.text) ?? 0) + 1);
    for (const m of k) {
      if (!m) continue;
      const span = doc.span(m.index, m.index + m[0].length);
      if (out.some((o) => o.start === span.start)) continue;
      out.push({ ...span, kind: d.kind as DateMention['kind'], value: d.value, relative: false, resolved: !d.value.includes('X') });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The referee's event matching: same type, participant Jaccard >= 0.5, then the date value. */
export function scoreEvents(gold: Gold, events: NewsEvent[]): { tp: number; fp: number; fn: number; dateOk: number; dateN: number; log: string[] } {
  const canon = (name: string): string => {
    const e = gold.entities.find((x) => x.name === name || x.aliases.includes(name));
    return e ? e.name : name;
  };
  const sys = events.map((e) => ({ type: e.type, ps: new Set(e.participants.map((p) => canon(p.name))), date: e.date?.value ?? null }));
  const used = new Set<number>();
  const log: string[] = [];
  let tp = 0; let fn = 0; let dateOk = 0; let dateN = 0;
  for (const g of gold.events) {
    const gp = new Set(g.participants.map(canon));
    const i = sys.findIndex((s, k) => !used.has(k) && s.type === g.type && jaccard(s.ps, gp) >= 0.5);
    if (i < 0) { fn++; log.push(`missed ${g.type} ${[...gp].join('+')} ${g.date}`); continue; }
    used.add(i); tp++;
    if (g.date) { dateN++; if (sys[i].date === g.date) dateOk++; else log.push(`date ${g.type} ${[...gp].join('+')} ${sys[i].date} != ${g.date}`); }
  }
  sys.forEach((s, k) => { if (!used.has(k)) log.push(`extra ${s.type} ${[...s.ps].join('+')} ${s.date}`); });
  return { tp, fp: sys.length - used.size, fn, dateOk, dateN, log };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((x) => b.has(x)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : inter / union;
}
