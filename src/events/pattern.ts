import { PhraseEnds, Phrases } from './phrases';

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

// Word lists are module-level constants: each is turned into a trie once (phrases.ts).
const starts = new WeakMap<readonly string[], Phrases>();
const ends = new WeakMap<readonly string[], PhraseEnds>();

function table<T>(cache: WeakMap<readonly string[], T>, words: readonly string[], build: (words: readonly string[]) => T): T {
  let t = cache.get(words);
  if (!t) cache.set(words, (t = build(words)));
  return t;
}

/** A global, case-insensitive regex matching any of `words` as whole words (a fresh copy). */
export function wordsRegex(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(words)})(?![\\p{L}\\p{N}])`, 'giu');
}

/** True when `text` ends with one of `words` (a whole word), ignoring trailing spaces: `/(?<![\p{L}\p{N}])(?:…)\s*$/iu`. */
export function endsWithWord(text: string, words: readonly string[]): boolean {
  return table(ends, words, (w) => new PhraseEnds(w)).endsText(text);
}

/** True when `text` starts with one of `words` (a whole word), ignoring leading spaces: `/^\s*(?:…)(?![\p{L}\p{N}])/iu`. */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  return table(starts, words, (w) => new Phrases(w)).startsText(text);
}

/** True when one of `words` occurs in `text` as a whole word. */
export function hasWord(text: string, words: readonly string[]): boolean {
  return table(starts, words, (w) => new Phrases(w)).test(text);
}

/**
 * What `text.matchAll(pattern)` lists, found faster: `starts` (a global regex, plain and fast in
 * V8) finds the places where a match may begin, and `pattern` (with lookbehinds, `\p{…}`) is tried
 * there only, as a sticky regex. Every match of `pattern` must begin with a match of `starts`.
 */
export function matchesAt(text: string, starts: RegExp, pattern: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const sticky = stickyOf(pattern);
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
    sticky.lastIndex = m.index;
    const found = sticky.exec(text);
    if (found && found[0].length > 0) {
      out.push(found);
      starts.lastIndex = sticky.lastIndex;
    } else starts.lastIndex = m.index + 1;
  }
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(pattern: RegExp): RegExp {
  let re = stickies.get(pattern);
  if (!re) stickies.set(pattern, (re = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  return re;
}
