import type { Doc } from '../types';

/** A word of `doc.text`: letters and digits, with an inner apostrophe ("People's"). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, once, for the case-folded word lists. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Starts a sentence, or follows an opening quote, bracket or colon: a capital proves nothing. */
  initial: boolean;
  /** Index of its paragraph in doc.paragraphs. */
  para: number;
}

// Words: "Biden", "People's", "COP26", "737", "Tập".
const CAP = /^\p{Lu}/u;
// What before a word makes it start a clause: an opening quote or bracket, a colon, a dash.
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[', ':', '—', '–', '…']);

/** Every word of the document in order: one pass per paragraph, a char-class cache instead of a Unicode regex. */
export function tokenize(doc: Doc): Token[] {
  const out: Token[] = [];
  const { text } = doc;
  doc.paragraphs.forEach((p, para) => {
    const starts = new Set(p.sentences.map((s) => s.start));
    let k = p.start;
    while (k < p.end) {
      if (!isWordChar(text, k)) {
        k++;
        continue;
      }
      const start = k;
      while (k < p.end && isWordChar(text, k)) k++;
      // "People's": an apostrophe between letters stays inside the word.
      if ((text[k] === "'" || text[k] === '’') && k + 1 < p.end && isWordChar(text, k + 1)) {
        k++;
        while (k < p.end && isWordChar(text, k)) k++;
      }
      const word = text.slice(start, k);
      out.push({ start, end: k, text: word, lower: word.toLowerCase(), cap: CAP.test(word), initial: isInitial(text, start, p.start, starts), para });
    }
  });
  return out;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const cache = new Map<number, boolean>();
function isWordChar(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = cache.get(c);
  if (v === undefined) {
    v = LETTER.test(text[k]) || (c >= 0xd800 && c <= 0xdfff);
    cache.set(c, v);
  }
  return v;
}

function isInitial(text: string, start: number, paraStart: number, starts: Set<number>): boolean {
  if (start === paraStart || starts.has(start)) return true;
  let k = start - 1;
  while (k > paraStart && text[k] === ' ') k--;
  if (OPENERS.has(text[k])) return true;
  // "“Trung Quốc" at a sentence start: the quote opened the sentence.
  return starts.has(k) && OPENERS.has(text[k]);
}

/** The text between two tokens: " ", "-", ". " ... */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
