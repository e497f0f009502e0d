import { spaced, type Token } from './01-tokens';

/**
 * A set of word sequences looked up from a token, longest first, through a map keyed by the first word.
 * `fold` compares lower-cased ("Tổng thống" matches "tổng thống"); gaps between words must be one space.
 */
export class PhraseSet<T = true> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  /** The bit of Token.mask saying a word starts one of the phrases (0: not registered, look it up). */
  bit = 0;

  constructor(entries: Iterable<[string, T]>, private readonly fold: boolean) {
    for (const [phrase, value] of entries) {
      const words = this.key(phrase).split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  static of(words: readonly string[], fold: boolean): PhraseSet<true> {
    return new PhraseSet<true>(words.map((w) => [w, true]), fold);
  }

  /** The longest phrase starting at token i: its end (exclusive token index) and value. */
  match(text: string, tokens: readonly Token[], i: number): { end: number; value: T } | null {
    const tok = tokens[i];
    if (this.bit !== 0 && (tok.mask & this.bit) === 0) return null;
    const list = this.byFirst.get(this.fold ? tok.lower : tok.text);
    if (!list) return null;
    for (const entry of list) {
      const { words } = entry;
      const end = i + words.length;
      if (end > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k];
        ok = (this.fold ? t.lower : t.text) === words[k] && spaced(text, tokens[i + k - 1], t);
      }
      if (ok) return { end, value: entry.value };
    }
    return null;
  }

  /** The first words of the phrases, lower-cased: a word not among them starts none. */
  firstWords(): string[] {
    return [...this.byFirst.keys()].map((w) => w.toLowerCase());
  }

  /** The first words as looked up: lower-cased when `fold`, else as written. */
  firstKeys(): string[] {
    return [...this.byFirst.keys()];
  }

  has(phrase: string): boolean {
    const words = this.key(phrase).split(' ');
    return (this.byFirst.get(words[0]) ?? []).some((e) => e.words.join(' ') === words.join(' '));
  }

  private key(s: string): string {
    return this.fold ? s.toLowerCase() : s;
  }
}
