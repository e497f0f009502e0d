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
