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
  /** Which word lists the word starts a phrase of ({@link BIT}): one map look-up per word, bit tests after. */
  mask: number;
  /** The gazetteer form starting here, once asked (undefined: not yet; see matchGazetteer). */
  gz: unknown;
}

/** Bits of Token.mask: lists looked up by the word as written, then lists looked up lower-cased. */
export const BIT = {
  GAZ: 1, HEAD: 2, PREFIX: 4, CUE: 8, NOT_NAME: 16, FUNCTION: 32, STOP: 64, CONNECTOR: 128,
  TITLE: 256, HONORIFIC: 512, CUE_FOLDED: 1024, STARTER: 2048,
} as const;
const EXACT = 255;
const FOLDED = 256 | 512 | 1024 | 2048;

// What before a word makes it start a clause: an opening quote or bracket, a colon, a dash.
const OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[', ':', '—', '–', '…'].map((c) => c.charCodeAt(0)));

// Character classes by UTF-16 code unit, built once at load: 1 not a word char, 2 word char, 3 capital.
const NONE = 1;
const WORD = 2;
const UPPER = 3;
const CLASS = new Uint8Array(65536);
{
  const letter = /[\p{L}\p{N}\p{M}]/u;
  const capital = /\p{Lu}/u;
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) CLASS[c] = WORD;
    else if (!letter.test(ch)) CLASS[c] = NONE;
    else CLASS[c] = capital.test(ch) ? UPPER : WORD;
  }
}

/**
 * Splits a document's paragraphs into words. One per call of findEntities (never shared): it interns the
 * words, so a word seen before costs a hash and a compare (no slice, no lower-casing, no map look-up), and
 * it reuses its Token objects from paragraph to paragraph (a paragraph's tokens die with its scan).
 */
export class Tokenizer {
  private size = 1 << 12;
  private words: (string | undefined)[] = new Array(this.size);
  private lowers: string[] = new Array(this.size);
  private masks = new Int32Array(this.size);
  private hashes = new Int32Array(this.size);
  private count = 0;
  private readonly pool: Token[] = [];

  constructor(private readonly doc: Doc, private readonly bits: ReadonlyMap<string, number>) {}

  /**
   * The words of one paragraph in order: one pass over its char codes, no regex per token. The tokens
   * returned are valid until the next call.
   */
  tokenize(para: number): Token[] {
    const { text } = this.doc;
    const p = this.doc.paragraphs[para];
    const sentences = p.sentences;
    const pool = this.pool;
    let n = 0;
    let s = 0;
    let k = p.start;
    const end = p.end;
    while (k < end) {
      let v = CLASS[text.charCodeAt(k)];
      if (v === NONE) {
        k++;
        continue;
      }
      const start = k;
      let cap = v === UPPER;
      let h = text.charCodeAt(k);
      let upper = cap;
      while (++k < end) {
        const c = text.charCodeAt(k);
        v = CLASS[c];
        if (v === NONE) {
          // "People's": an apostrophe between letters stays inside the word.
          if ((c === 39 || c === 0x2019) && k + 1 < end && CLASS[text.charCodeAt(k + 1)] !== NONE) {
            h = (Math.imul(h, 31) + c) | 0;
            continue;
          }
          break;
        }
        if (v === UPPER) upper = true;
        h = (Math.imul(h, 31) + c) | 0;
      }
      if (!cap && upper) cap = brandCase(text, start, k);
      const slot = this.intern(text, start, k, h, upper);
      while (s < sentences.length && sentences[s].start < start) s++;
      const initial = cap && (start === p.start || (s < sentences.length && sentences[s].start === start) || afterOpener(text, start, p.start));
      let t = pool[n];
      if (t === undefined) {
        t = { start, end: k, text: this.words[slot]!, lower: this.lowers[slot], cap, initial, para, mask: this.masks[slot], gz: undefined };
        pool.push(t);
      } else {
        t.start = start;
        t.end = k;
        t.text = this.words[slot]!;
        t.lower = this.lowers[slot];
        t.cap = cap;
        t.initial = initial;
        t.para = para;
        t.mask = this.masks[slot];
        t.gz = undefined;
      }
      n++;
    }
    return pool.slice(0, n);
  }

  /** The slot of text[start, end) in the table of words seen, added if new. */
  private intern(text: string, start: number, end: number, h: number, upper: boolean): number {
    const len = end - start;
    const m = this.size - 1;
    let slot = spread(h) & m;
    for (;;) {
      const w = this.words[slot];
      if (w === undefined) break;
      if (this.hashes[slot] === h && w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return slot;
      }
      slot = (slot + 1) & m;
    }
    const word = text.slice(start, end);
    const lower = upper ? word.toLowerCase() : word;
    let mask = this.bits.get(word) ?? 0;
    if (upper) mask = (mask & EXACT) | ((this.bits.get(lower) ?? 0) & FOLDED);
    this.words[slot] = word;
    this.lowers[slot] = lower;
    this.masks[slot] = mask;
    this.hashes[slot] = h;
    if (++this.count * 2 > this.size) {
      this.grow();
      return this.find(word, h);
    }
    return slot;
  }

  private find(word: string, h: number): number {
    const m = this.size - 1;
    let slot = spread(h) & m;
    while (this.words[slot] !== word) slot = (slot + 1) & m;
    return slot;
  }

  private grow(): void {
    const { words, lowers, masks, hashes } = this;
    this.size *= 2;
    this.words = new Array(this.size);
    this.lowers = new Array(this.size);
    this.masks = new Int32Array(this.size);
    this.hashes = new Int32Array(this.size);
    const m = this.size - 1;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (w === undefined) continue;
      let slot = spread(hashes[k]) & m;
      while (this.words[slot] !== undefined) slot = (slot + 1) & m;
      this.words[slot] = w;
      this.lowers[slot] = lowers[k];
      this.masks[slot] = masks[k];
      this.hashes[slot] = hashes[k];
    }
  }
}

/**
 * "iPhone", "eBay": one lower-case letter, a capital, then lower case: a brand written like a name. Not a
 * unit ("kWh", "mAh": one letter after the capital). Asked only of words with a capital inside.
 */
function brandCase(text: string, start: number, end: number): boolean {
  if (end - start < 4 || CLASS[text.charCodeAt(start + 1)] !== UPPER) return false;
  const isLower = (c: number): boolean => CLASS[c] === WORD && (c < 48 || c > 57);
  return isLower(text.charCodeAt(start + 2)) && isLower(text.charCodeAt(start + 3));
}

/** "“Trung Quốc", "(Ảnh: Reuters)": an opening quote, bracket or colon before the word. */
function afterOpener(text: string, start: number, paraStart: number): boolean {
  let k = start - 1;
  while (k > paraStart && text.charCodeAt(k) === 32) k--;
  return OPENERS.has(text.charCodeAt(k));
}

/**
 * Scatters a word's hash over the table's slots: the low bits of `h * 31 + c` over a short word cluster
 * (Vietnamese letters share their high bits), so probes would run long without it.
 */
function spread(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

/** Whether exactly one space separates token a from token b, without building the gap string. */
export function spaced(text: string, a: Token, b: Token): boolean {
  return b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
}

/**
 * One string per spelling of the document's names (one table per call, never shared): maps keyed by names
 * then compare them by reference. Looks a range of the text up by a hash of its char codes, no slice.
 */
export class Spellings {
  private size = 1 << 10;
  private strings: (string | undefined)[] = new Array(this.size);
  private hashes = new Int32Array(this.size);
  private count = 0;

  /** The one string for text[start, end). */
  get(text: string, start: number, end: number): string {
    let h = 0;
    for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
    const len = end - start;
    const m = this.size - 1;
    let slot = spread(h) & m;
    for (;;) {
      const w = this.strings[slot];
      if (w === undefined) break;
      if (this.hashes[slot] === h && w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return w;
      }
      slot = (slot + 1) & m;
    }
    const s = text.slice(start, end);
    this.strings[slot] = s;
    this.hashes[slot] = h;
    if (++this.count * 2 > this.size) this.grow();
    return s;
  }

  private grow(): void {
    const { strings, hashes } = this;
    this.size *= 2;
    this.strings = new Array(this.size);
    this.hashes = new Int32Array(this.size);
    const m = this.size - 1;
    for (let k = 0; k < strings.length; k++) {
      if (strings[k] === undefined) continue;
      let slot = spread(hashes[k]) & m;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & m;
      this.strings[slot] = strings[k];
      this.hashes[slot] = hashes[k];
    }
  }
}
