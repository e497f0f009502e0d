import { fast } from './chars';
import type { Range } from '../types';
import type { Marked } from './marks';

const MAX = 400; // attribution never reaches further than this many characters from the quote

// A sentence end outside quotes: "nói. Ông", "khác”. Hai". Samples in speaker.test.ts.
const SENTENCE_END = fast(/[.!?…]["”’']?(?= (?:\p{Lu}|["“‘'«]))/gu);

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
  const back = text.slice(sStart, q.open + 1); // the mark itself may follow a sentence end
  let last = -1;
  for (const m of back.matchAll(SENTENCE_END)) last = m.index + m[0].length;
  if (last >= 0) sStart += last;
  while (text[sStart] === ' ') sStart++;
  const prevEnd = prev && prev.close >= 0 && prev.close < q.open ? prev.close + 1 : para.start;
  const before = { start: Math.max(sStart, prevEnd), end: q.open };
  const sentence = { start: sStart, end: q.open };
  if (q.close < 0) return { before, sentence, after: { start: q.end, end: q.end } };
  const aStart = q.close + 1;
  const limit = Math.min(para.end, aStart + MAX, next && next.open > q.close ? next.open : para.end);
  const ahead = text.slice(aStart, limit);
  const stop = /[.!?…](?= |$)/u.exec(ahead);
  return { before, sentence, after: { start: aStart, end: stop ? aStart + stop.index : limit } };
}
