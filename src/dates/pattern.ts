import { NUMBER_WORDS, VAGUE_QUANTITIES } from './constants';

/** Left word boundary for Vietnamese (never \b: 'ạ' is not \w). Use with the `u` flag. */
export const B = '(?<![\\p{L}\\p{N}])';
/** Right word boundary. */
export const E = '(?![\\p{L}\\p{N}])';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s');

/** An alternation of the words, longest first, so 'mười một' wins over 'mười'. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** A number written in digits or words (1..99): '4', 'hai', 'hai mươi'. */
export const NUMBER = `(?:\\d{1,4}|${alternation(Object.keys(NUMBER_WORDS))})`;

/** The first word of each phrase (lower case, deduplicated): the words a pattern can start with. */
export const firstWords = (...lists: Iterable<string>[]): string[] =>
  [...new Set(lists.flatMap((l) => [...l].map((w) => w.split(' ')[0].toLowerCase())))];

/** First words of NUMBER ('#': digits). */
export const NUMBER_STARTS = ['#', ...firstWords(Object.keys(NUMBER_WORDS))];

/** The value of a NUMBER match, or NaN. */
export function toNumber(s: string): number {
  const t = key(s);
  if (/^\d+$/u.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? Number.NaN;
}

/** Lower-cased (as a /iu regex compares: 'ſ' is 's'), spaces collapsed: the key to look a matched word up in a table. */
export function key(s: string): string {
  const t = s.toLowerCase().replace(/\s+/gu, ' ');
  return t.includes('ſ') ? t.replace(/ſ/gu, 's') : t;
}

/** A global, unicode, case-insensitive regex from a source string. */
export const re = (source: string, flags = 'giu'): RegExp => new RegExp(source, flags);

/** A valid calendar day. */
export function validDay(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= max;
}

/** Not right after a quantity ('2 tháng trước', 'nhiều năm nay' are durations, see duration.ts). */
export const NO_QUANTITY_BEFORE = `(?<!(?<!(?:tháng|quý|thứ)\\s(?:\\d|\\p{L}{0,4})|\\d[/.-]\\d?)(?:\\d|${alternation(Object.keys(NUMBER_WORDS))}|${alternation(VAGUE_QUANTITIES)})\\s)`;
