/** Regex helpers for Vietnamese words: never `\b`, letters are explicit ranges (see chars.ts). */
import { LN } from './chars';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** `(?:a|b|c)` from a word table, longest first so "cho biết thêm" wins over "cho biết". */
export function alternation(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})`;
}

/** A whole-word regex (flags `gu` unless given) over a word table. */
export function wordsRe(words: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`(?<![${LN}])${alternation(words)}(?![${LN}])`, flags);
}
