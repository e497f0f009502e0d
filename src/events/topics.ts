/**
 * Topics of an event: the taxonomy of `data/topics.ts`, from keywords in the sentences that
 * tell the event and in the quotes inside those sentences.
 */
import { TOPICS } from './data/topics';
import { alternation } from './pattern';

const MATCHERS = TOPICS.map(({ topic, keywords }) => {
  const folded = keywords.filter((k) => k === k.toLowerCase());
  const exact = keywords.filter((k) => k !== k.toLowerCase());
  const edge = (alt: string, flags: string): RegExp | null =>
    alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags) : null;
  return { topic, folded: edge(alternation(folded), 'iu'), exact: edge(alternation(exact), 'u') };
});

/** Topic ids whose keywords occur in any of `texts`, in taxonomy order. */
export function findTopics(texts: readonly string[]): string[] {
  const joined = texts.join('\n');
  return MATCHERS.filter((m) => m.folded?.test(joined) || m.exact?.test(joined)).map((m) => m.topic);
}
