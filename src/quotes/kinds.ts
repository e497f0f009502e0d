import { fast, isSpaceCode, isUpperAt } from './chars';
import type { QuoteKind } from '../types';
import { TERM_NOUNS } from './constants';
import { alternation } from './pattern';

// chính sách “Một Trung Quốc”, kỷ nguyên “…”: the quote names a thing.
const TERM_BEFORE = fast(new RegExp(`(?<![\\p{L}])${alternation([...TERM_NOUNS, ...TERM_NOUNS.map((t) => t[0].toUpperCase() + t.slice(1))])} ?$`, 'u'));
const TERM_START = fast(new RegExp(`^${alternation(TERM_NOUNS.map((t) => t[0].toUpperCase() + t.slice(1)))}(?![\\p{L}])`, 'u'));
const NAME_LIKE = fast(/^\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)+$/u); // "Một Trung Quốc", "Truth Social"

const WE = fast(/(?<![\p{L}])(?:tôi|chúng tôi|chúng ta|ta)(?![\p{L}])/u);

/** Facts about a quote that decide its kind. */
export interface KindInput {
  content: string;
  /** The reporter's words just before the opening mark (same sentence). */
  before: string;
  hasSpeaker: boolean;
  hasCue: boolean;
}

const TERM_REACH = Math.max(...TERM_NOUNS.map((t) => t.length)) + 2; // a noun, a space, the letter before

/** The end of `before` without trailing white space, only as long as a term noun can reach. */
function tail(before: string): string {
  let e = before.length;
  while (e > 0 && isSpaceCode(before.charCodeAt(e - 1))) e--;
  return before.slice(Math.max(0, e - TERM_REACH), e);
}

/** True when the quote names a thing (a policy, an era, a title) rather than reports words. */
export function isTermByForm(content: string, before: string): boolean {
  if (TERM_BEFORE.test(tail(before))) return true;
  if (/[.!?] /u.test(content)) return false; // sentences are speech, whatever word opens them
  // "Một Trung Quốc", "Chính sách mới": a short name; a long clause opening with "Quan điểm" is speech
  if (NAME_LIKE.test(content)) return true;
  if (!TERM_START.test(content)) return false;
  const words = content.split(' ');
  return words.length <= 6 || words.slice(0, 6).filter((w) => isUpperAt(w, 0)).length >= 3; // a title: "Dự thảo Quyết định Phê duyệt …"
}

/** The reporter's words before a quote end their clause: nothing, or `:` `;` `,` "rằng" "cho thấy" (then spaces). */
function opens(before: string): boolean {
  let e = before.length;
  while (e > 0 && isSpaceCode(before.charCodeAt(e - 1))) e--;
  if (e === 0) return true;
  const c = before.charCodeAt(e - 1);
  if (c === 0x3a || c === 0x3b || c === 0x2c) return true;
  return before.endsWith('rằng', e) || before.endsWith('cho thấy', e);
}

/**
 * statement: a clause or sentence of reported speech; partial: a phrase lifted into the reporter's
 * sentence; term: scare quotes or a name, not attributable as speech.
 */
export function classify(k: KindInput): QuoteKind {
  if (isTermByForm(k.content, k.before)) return 'term';
  const words = k.content.split(' ').length;
  if (!k.hasSpeaker && !k.hasCue && words <= 6) return 'term';
  const opensSentence = opens(k.before);
  if (isUpperAt(k.content, 0) && (words >= 4 || /[?!]$/u.test(k.content))) return 'statement';
  if (opensSentence && words >= 6 && WE.test(k.content)) return 'statement';
  if (opensSentence && words >= 8 && k.content.includes(',')) return 'statement';
  return 'partial';
}
