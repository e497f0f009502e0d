/**
 * Word tables matched by scanning words, not by a regex alternation: V8 runs
 * `(?<![\p{L}\p{N}])(?:a|b|...)(?![\p{L}\p{N}])` under `/iu` slowly, and the events stage runs
 * these tables over every sentence. A phrase is lower-case words separated by single spaces; it
 * matches a run of whole words (maximal runs of \p{L}\p{N}) joined by whitespace, ignoring case,
 * longest phrase first, left to right without overlaps: what the regex finds, found in code.
 */

const LN = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

// What a UTF-16 unit is, filled as units are met: 0 not yet known.
const LETTER = 1;
const BLANK = 2;
const OTHER = 3;
const HIGH = 4; // a high surrogate: the code point decides
const kinds = new Uint8Array(0x10000);

function kindOf(c: number): number {
  let v = kinds[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = c >= 0xd800 && c <= 0xdbff ? HIGH : LN.test(ch) ? LETTER : SPACE.test(ch) ? BLANK : OTHER;
    kinds[c] = v;
  }
  return v;
}

/** `\s` of a JavaScript regex, for one UTF-16 unit. */
export function isSpaceCode(c: number): boolean {
  return kindOf(c) === BLANK;
}

/** Length of the letter or digit starting at `i` (2 for one outside the BMP), or 0. */
export function letterLength(text: string, i: number): number {
  const v = kindOf(text.charCodeAt(i));
  if (v === LETTER) return 1;
  return v === HIGH && LN.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
}

/** Whether the code point just before `i` is a letter or digit. */
export function letterBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2 && kindOf(text.charCodeAt(i - 2)) === HIGH) {
    return LN.test(String.fromCodePoint(text.codePointAt(i - 2)!));
  }
  return kindOf(c) === LETTER;
}

/** End of the word going on at `i`, not beyond `to`. */
function wordEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const v = kindOf(text.charCodeAt(i));
    if (v === LETTER) i++;
    else if (v === HIGH && letterLength(text, i) === 2) i += 2;
    else break;
  }
  return i > to ? to : i;
}

// The lower case of a UTF-16 unit when it is one unit, else the unit itself (filled as met).
const lowerTable = new Uint16Array(0x10000);

function lower(c: number): number {
  let v = lowerTable[c];
  if (v === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    lowerTable[c] = v = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return v;
}

export interface PhraseHit {
  start: number;
  end: number;
  /** The phrase of the table that matched (lower case, single spaces). */
  phrase: string;
}

const SPACE_CHAR = 0x20;
const NONE = 255;

/**
 * A table of phrases as a trie over the letters they use: `next[node * width + letter]` is the
 * child (0 for none), the letter being the phrase alphabet's index of the text's lower-cased
 * unit; a space stands for any run of whitespace.
 */
export class Phrases {
  private readonly width: number;
  private readonly next: Int32Array;
  private readonly ends: (string | null)[] = [null];
  private readonly alphabet = new Map<number, number>();
  /** Text unit → letter index (0 not yet known, 255 none); filled as units are met. */
  private readonly fold = new Uint8Array(0x10000);
  /** What `at` found last: the phrase and its end. */
  private found: string | null = null;
  private foundEnd = 0;
  /** The first words of the phrases, as a plain alternation: where a phrase may start. */
  private readonly firstWords: RegExp;

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      if (!/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(phrase) || phrase !== phrase.toLowerCase()) {
        throw new Error(`not a lower-case phrase of words: ${phrase}`);
      }
      for (let k = 0; k < phrase.length; k++) {
        const c = phrase.charCodeAt(k);
        if (!this.alphabet.has(c)) this.alphabet.set(c, this.alphabet.size + 1);
      }
    }
    if (this.alphabet.size >= NONE) throw new Error('phrase alphabet too large');
    this.width = this.alphabet.size + 1;
    const next: number[] = new Array(this.width).fill(0);
    for (const phrase of phrases) {
      let node = 0;
      for (let k = 0; k < phrase.length; k++) {
        const slot = node * this.width + this.alphabet.get(phrase.charCodeAt(k))!;
        if (next[slot] === 0) {
          next[slot] = this.ends.length;
          this.ends.push(null);
          for (let j = 0; j < this.width; j++) next.push(0);
        }
        node = next[slot];
      }
      this.ends[node] ??= phrase;
    }
    this.next = Int32Array.from(next);
    const firsts = [...new Set(phrases.map((p) => p.split(' ')[0]))].sort((a, b) => b.length - a.length);
    this.firstWords = new RegExp(firsts.join('|'), 'giu');
  }

  private letter(c: number): number {
    let v = this.fold[c];
    if (v === 0) {
      v = this.alphabet.get(isSpaceCode(c) ? SPACE_CHAR : lower(c)) ?? NONE;
      this.fold[c] = v;
    }
    return v;
  }

  /**
   * The start of the first phrase in `text[i, to)`, or -1 (`found`, `foundEnd` say which). A word
   * start before `from` does not count for `afterSpace`.
   */
  private seek(text: string, i: number, from: number, to: number, afterSpace: boolean): number {
    // V8 finds the first words fast with a plain alternation; word edges are then checked in code
    const re = this.firstWords;
    re.lastIndex = i;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      const p = m.index;
      const start = afterSpace ? p > from && isSpaceCode(text.charCodeAt(p - 1)) : p === from || !letterBefore(text, p);
      if (start && this.at(text, p, to)) return p;
      re.lastIndex = p + 1;
    }
    return -1;
  }

  /**
   * The phrases in `text[from, to)`, as `/(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])/giu` finds them in
   * that slice (longest first); with `afterSpace`, as `/(?<=\s)(?:…)(?![\p{L}\p{N}])/giu` does.
   */
  scan(text: string, from = 0, to = text.length, afterSpace = false): PhraseHit[] {
    const out: PhraseHit[] = [];
    for (let i = this.seek(text, from, from, to, afterSpace); i >= 0; i = this.seek(text, this.foundEnd, from, to, afterSpace)) {
      out.push({ start: i, end: this.foundEnd, phrase: this.found! });
    }
    return out;
  }

  /** The first hit `scan` would find, or null. */
  first(text: string): PhraseHit | null {
    const i = this.seek(text, 0, 0, text.length, false);
    return i < 0 ? null : { start: i, end: this.foundEnd, phrase: this.found! };
  }

  /** Whether any phrase occurs in `text[from, to)`. */
  test(text: string, from = 0, to = text.length): boolean {
    return this.seek(text, from, from, to, false) >= 0;
  }

  /** Whether `text`, leading whitespace skipped, starts with a phrase ending at a word end. */
  startsText(text: string): boolean {
    let i = 0;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    return i < text.length && this.at(text, i, text.length);
  }

  /** Every phrase that occurs somewhere in `text` (overlapping occurrences included). */
  present(text: string): Set<string> {
    const out = new Set<string>();
    const { next, width, ends, fold } = this;
    for (let i = 0; i < text.length;) {
      const n = letterLength(text, i);
      if (n === 0) {
        i++;
        continue;
      }
      let k = fold[text.charCodeAt(i)];
      if (k === 0) k = this.letter(text.charCodeAt(i));
      let node = k === NONE ? 0 : next[k];
      for (let j = i + 1; node !== 0;) {
        if (ends[node] !== null && (j >= text.length || letterLength(text, j) === 0)) out.add(ends[node]!);
        if (j >= text.length) break;
        const c = text.charCodeAt(j);
        k = this.letter(c);
        if (k === NONE) break;
        node = next[node * width + k];
        j++;
        if (c === SPACE_CHAR || isSpaceCode(c)) while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      }
      i = wordEnd(text, i + n, text.length);
    }
    return out;
  }

  /**
   * Whether a phrase of this (reversed) table ends at `end` of `text`, read backwards, and starts
   * where no letter or digit comes before it.
   */
  backFrom(text: string, end: number): boolean {
    const { next, width, ends } = this;
    let node = 0;
    let i = end;
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      const k = this.letter(c);
      if (k === NONE) return false;
      node = next[node * width + k];
      if (node === 0) return false;
      if (c === SPACE_CHAR || isSpaceCode(c)) {
        i--;
        while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
        continue;
      }
      i--;
      if (ends[node] !== null && (i === 0 || !letterBefore(text, i))) return true;
    }
    return false;
  }

  /** Whether a phrase starts at the word start `start` and ends at a word end (the longest is kept in `found`). */
  private at(text: string, start: number, to: number): boolean {
    const { next, width, ends } = this;
    let node = 0;
    let ok = false;
    let i = start;
    while (i < to) {
      const c = text.charCodeAt(i);
      const k = this.letter(c);
      if (k === NONE) break;
      node = next[node * width + k];
      if (node === 0) break;
      if (c === SPACE_CHAR || isSpaceCode(c)) {
        i++;
        while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
        continue;
      }
      i++;
      if (ends[node] !== null && (i >= to || letterLength(text, i) === 0)) {
        ok = true;
        this.found = ends[node];
        this.foundEnd = i;
      }
    }
    return ok;
  }
}

/**
 * Phrases matched backwards from the end of a text: `/(?<![\p{L}\p{N}])(?:…)\s*$/iu`. The table
 * is the phrases spelled backwards, in the same trie.
 */
export class PhraseEnds {
  private readonly reversed: Phrases;

  constructor(phrases: readonly string[]) {
    this.reversed = new Phrases(phrases.map((p) => [...p].reverse().join('')));
  }

  /** Whether `text`, trailing whitespace dropped, ends with a phrase starting at a word start. */
  endsText(text: string): boolean {
    let e = text.length;
    while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    return e > 0 && this.reversed.backFrom(text, e);
  }
}
