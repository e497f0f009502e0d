import { buildDocument } from '../../src/document';
import { findQuotes } from '../../src/quotes/index';

/** Quotes of a text with no entities: the fallback naming alone. */
export function quotes(text: string) {
  return findQuotes(buildDocument(text), []);
}

/** [text, kind, speaker name] of each quote. */
export function brief(text: string): [string, string, string | null][] {
  return quotes(text).map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
}

/** [text, kind, speaker name] with a hand-built entity list: every occurrence of each name is a mention. */
export function briefWith(text: string, names: [string, string][]) {
  const entities = names.map(([type, name], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${i}`, type: type as 'PERSON', name, aliases: [name], titles: [], mentions };
  });
  return findQuotes(buildDocument(text), entities).map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
}
