import type { Doc } from '../types';

/** A word of `doc.text`: letters and digits, with an inner apostrophe ("People's"). */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, once, for the case-folded word lists (the same string when already lower-case). */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A capital that starts a sentence, or follows an opening quote, bracket or colon: it proves nothing. */
  initial: boolean;
  /** Index of its paragraph in doc.paragraphs. */
  para: number;
}

// What before a word makes it start a clause: an opening quote or bracket, a colon, a dash.
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[', ':', '—', '–', '…'].map((c) => c.charCodeAt(0)));

// Character classes by UTF-16 code unit, filled lazily: 0 unknown, 1 not a word char, 2 word char, 3 capital.
const NONE = 1;
const WORD = 2;
const UPPER = 3;
const CLASS = new Uint8Array(65536);
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const CAPITAL = /\p{Lu}/u;

function charClass(c: number): number {
  let v = CLASS[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) v = WORD;
    else if (!LETTER.test(ch)) v = NONE;
    else v = CAPITAL.test(ch) ? UPPER : WORD;
    CLASS[c] = v;
  }
  return v;
}
for (let c = 0; c < 128; c++) charClass(c);

/**
 * The words of one paragraph in order: one pass over its char codes, no regex per token, no lower-casing
 * of words without a capital. Paragraph by paragraph, so the tokens die young (cheap to collect).
 */
export function tokenize(doc: Doc, para: number): Token[] {
  const out: Token[] = [];
  const { text } = doc;
  const p = doc.paragraphs[para];
  const sentences = p.sentences;
  let s = 0;
  let k = p.start;
  const end = p.end;
  while (k < end) {
    let v = CLASS[text.charCodeAt(k)] || charClass(text.charCodeAt(k));
    if (v === NONE) {
      k++;
      continue;
    }
    const start = k;
    const cap = v === UPPER;
    let upper = cap;
    while (++k < end) {
      v = CLASS[text.charCodeAt(k)] || charClass(text.charCodeAt(k));
      if (v === NONE) {
        // "People's": an apostrophe between letters stays inside the word.
        const c = text.charCodeAt(k);
        if ((c === 39 || c === 0x2019) && k + 1 < end && (CLASS[text.charCodeAt(k + 1)] || charClass(text.charCodeAt(k + 1))) !== NONE) continue;
        break;
      }
      if (v === UPPER) upper = true;
    }
    const word = text.slice(start, k);
    while (s < sentences.length && sentences[s].start < start) s++;
    const initial = cap && (start === p.start || (s < sentences.length && sentences[s].start === start) || afterOpener(text, start, p.start));
    out.push({ start, end: k, text: word, lower: upper ? word.toLowerCase() : word, cap, initial, para });
  }
  return out;
}

/** "“Trung Quốc", "(Ảnh: Reuters)": an opening quote, bracket or colon before the word. */
function afterOpener(text: string, start: number, paraStart: number): boolean {
  let k = start - 1;
  while (k > paraStart && text.charCodeAt(k) === 32) k--;
  return OPENERS.has(text.charCodeAt(k));
}

/** Whether exactly one space separates token a from token b, without building the gap string. */
export function spaced(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}
