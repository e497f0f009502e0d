/** Builds the events stage's context for a hand-written text, with hand-made entities and dates. */
import { buildDocument } from '../../src/document';
import { buildContext, type Context } from '../../src/events/01-context';
import type { DateMention, Entity } from '../../src/types';

export interface Names { [name: string]: Entity['type'] }

/** Every whole-word occurrence of each name becomes a mention of its entity. */
export function contextFor(text: string, names: Names = {}, dates: { text: string; value: string }[] = [], reference = { year: 2024, month: 5, day: 20 }): Context {
  const doc = buildDocument(text);
  // Longest names first; a shorter name inside a longer one's mention is not a mention.
  const taken: [number, number][] = [];
  const entities: Entity[] = Object.entries(names).sort((a, b) => b[0].length - a[0].length).map(([name, type], i) => ({
    id: `e${i}`, type, name, aliases: [name], titles: [], mentions: [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))]
      .filter((m) => !taken.some(([a, b]) => m.index < b && m.index + name.length > a))
      .map((m) => {
        taken.push([m.index, m.index + name.length]);
        return { start: m.index, end: m.index + name.length, text: name };
      }),
  }));
  const mentions: DateMention[] = dates.flatMap((d) => [...text.matchAll(new RegExp(d.text.replace(/[/]/gu, '\\/'), 'gu'))]
    .map((m) => ({ start: m.index, end: m.index + d.text.length, text: d.text, kind: 'date' as const, value: d.value, relative: false, resolved: true })));
  return buildContext(doc, { entities, dates: mentions, quotes: [], reference });
}
