/**
 * Topics of an event: the taxonomy of `data/topics.ts`, from keywords in the sentences that
 * tell the event and in the quotes inside those sentences.
 */
import { TOPICS } from './data/topics';
import { alternation } from './pattern';
import { isSpaceCode, letterBefore, letterLength, Phrases } from './phrases';

const PHRASE = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u;
const LAST_WORD = /[\p{L}\p{N}]+$/u;

// Lower-case keywords made of words go in one trie, read in one pass over each text; the others
// ('nga - ukraine', the case-sensitive 'AI') keep a regex each, tried only when the word they end
// with ('ukraine') or their letters ('AI') are there.
const MATCHERS = TOPICS.map(({ topic, keywords }) => {
  const lower = keywords.filter((k) => k === k.toLowerCase());
  const exact = keywords.filter((k) => k !== k.toLowerCase());
  const other = lower.filter((k) => !PHRASE.test(k));
  const edge = (alt: string, flags: string): RegExp | null =>
    alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags) : null;
  return {
    topic,
    words: lower.filter((k) => PHRASE.test(k)),
    folded: edge(alternation(other), 'iu'),
    needs: other.map((k) => LAST_WORD.exec(k)?.[0] ?? '').filter((w) => w !== ''),
    exact: edge(alternation(exact), 'u'),
    literals: exact,
  };
});
const WORDS = new Phrases([...new Set(MATCHERS.flatMap((m) => [...m.words, ...m.needs]))]);

/** Keywords found per text, kept for one document: the same sentence is told by several statements. */
export type KeywordCache = Map<string, Set<string>>;

/** Topic ids whose keywords occur in any of `texts`, in taxonomy order. */
export function findTopics(texts: readonly string[], seen: KeywordCache = new Map()): string[] {
  // joined only when a regex must read it: an event told in many sentences makes a long text
  let joined: string | null = null;
  const all = (): string => (joined ??= texts.join('\n'));
  const present = wordsIn(texts, all, seen);
  return MATCHERS.filter((m) => m.words.some((w) => present.has(w))
    || (m.folded !== null && m.needs.some((w) => present.has(w)) && m.folded.test(all()))
    || (m.literals.some((w) => texts.some((t) => t.includes(w))) && m.exact?.test(all())))
    .map((m) => m.topic);
}

/**
 * The keywords in `texts` joined by newlines: those of each text, when no keyword can run across
 * a join (a text ending or starting with a letter, past spaces, might continue into the next).
 */
function wordsIn(texts: readonly string[], joined: () => string, seen: KeywordCache): Set<string> {
  for (let i = 0; i + 1 < texts.length; i++) {
    if (mayGoOn(texts[i]) && mayComeOn(texts[i + 1])) return WORDS.present(joined());
  }
  const out = new Set<string>();
  for (const text of texts) {
    let words = seen.get(text);
    if (!words) {
      seen.set(text, (words = WORDS.present(text)));
    }
    for (const w of words) out.add(w);
  }
  return out;
}

/** The text ends, past spaces, with a letter or digit, or is only spaces. */
function mayGoOn(text: string): boolean {
  let e = text.length;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e === 0 || letterBefore(text, e);
}

/** The text starts, past spaces, with a letter or digit, or is only spaces. */
function mayComeOn(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i === text.length || letterLength(text, i) > 0;
}
