import type { Doc, Entity, Quote } from '../types';

/** Every quoted span of the document, with its kind, speaker and cue. */
export function findQuotes(doc: Doc, entities: readonly Entity[]): Quote[] {
  void doc;
  void entities;
  return [];
}
