import { isUpperAt } from './chars';
import type { Range } from '../types';
import type { Marked } from './marks';

const MAX = 400; // attribution never reaches further than this many characters from the quote

/** `.` `!` `?` `…`: a sentence may end here. */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** `"` `”` `’` `'`: a closing mark after a sentence end. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27;
}

/** What may open the next sentence: an upper-case letter or an opening mark (`"` `“` `‘` `'` `«`). */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x27 || c === 0xab || isUpperAt(text, i);
}

/**
 * The end of the last sentence stop in `text[from, limit)`, outside quotes: "nói. Ông", "khác”. Hai"
 * (a stop, maybe a closing mark, then a space and a capital or an opening mark). -1 when none.
 * Scans backwards, so it stops at the nearest one. Samples in speaker.test.ts.
 */
function lastSentenceEnd(text: string, from: number, limit: number): number {
  for (let p = limit - 3; p >= from; p--) {
    if (!isStop(text.charCodeAt(p))) continue;
    const q = p + 1;
    if (isCloser(text.charCodeAt(q)) && q + 2 < limit && text.charCodeAt(q + 1) === 0x20 && opensSentence(text, q + 2)) return q + 1;
    if (text.charCodeAt(q) === 0x20 && opensSentence(text, q + 1)) return q;
  }
  return -1;
}

/** Ranges of `Doc.text` around one quote. */
export interface Windows {
  /** Back to the sentence start or the previous quote's closing mark. */
  before: Range;
  /** Back to the sentence start, across earlier quotes. */
  sentence: Range;
  /** On to the sentence end or the next quote's opening mark. */
  after: Range;
}

/**
 * The reporter's words around a quote, inside its paragraph and sentence: `before` runs back to the
 * sentence start or the previous quote's closing mark, `after` runs on to the sentence end or the
 * next quote's opening mark.
 */
export function windows(text: string, para: Range, q: Marked, prev: Marked | undefined, next: Marked | undefined): Windows {
  let sStart = Math.max(para.start, q.open - MAX);
  const last = lastSentenceEnd(text, sStart, q.open + 1); // the mark itself may follow a sentence end
  if (last >= 0) sStart = last;
  while (text.charCodeAt(sStart) === 0x20) sStart++;
  const prevEnd = prev && prev.close >= 0 && prev.close < q.open ? prev.close + 1 : para.start;
  const before = { start: Math.max(sStart, prevEnd), end: q.open };
  const sentence = { start: sStart, end: q.open };
  if (q.close < 0) return { before, sentence, after: { start: q.end, end: q.end } };
  const aStart = q.close + 1;
  const limit = Math.min(para.end, aStart + MAX, next && next.open > q.close ? next.open : para.end);
  let stop = aStart;
  // the first stop followed by a space or the window's end
  while (stop < limit && !(isStop(text.charCodeAt(stop)) && (stop + 1 === limit || text.charCodeAt(stop + 1) === 0x20))) stop++;
  return { before, sentence, after: { start: aStart, end: stop } };
}
