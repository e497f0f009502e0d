/**
 * Regex building for the events stage. Vietnamese letters are not `\w`, so word edges are
 * `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` with the `u` flag (STYLE.md, habit 4).
 */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** An alternation of words, longest first, spaces matching any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /gu, '\\s+'))
    .join('|');
}

const cache = new Map<string, WeakMap<readonly string[], RegExp>>();

function cached(kind: string, words: readonly string[], build: (alt: string) => RegExp): RegExp {
  let byWords = cache.get(kind);
  if (!byWords) cache.set(kind, (byWords = new WeakMap()));
  let re = byWords.get(words);
  if (!re) byWords.set(words, (re = build(alternation(words))));
  return re;
}

/** A global, case-insensitive regex matching any of `words` as whole words (a fresh copy). */
export function wordsRegex(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, 'giu');
}

/** True when `text` ends with one of `words` (a whole word), ignoring trailing spaces. */
export function endsWithWord(text: string, words: readonly string[]): boolean {
  return cached('end', words, (alt) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})\\s*$`, 'iu')).test(text);
}

/** True when `text` starts with one of `words` (a whole word), ignoring leading spaces. */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  return cached('start', words, (alt) => new RegExp(`^\\s*(?:${alt})(?![\\p{L}\\p{N}])`, 'iu')).test(text);
}

/** True when one of `words` occurs in `text` as a whole word. */
export function hasWord(text: string, words: readonly string[]): boolean {
  return cached('has', words, (alt) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu')).test(text);
}
