import type { GazetteerEntry } from './data/types';
import { GAZETTEER } from './data/gazetteer';
import { BIT, type Token } from './01-tokens';

/** One surface form of a gazetteer entry, split into words and the gaps between them. */
export interface GazForm {
  words: string[];
  gaps: string[];
  entry: GazetteerEntry;
  /** A one-word short form that starts the full name ("Trung" for "Trung Quốc"): only trusted alone. */
  weak: boolean;
  /** Every gap is one space: words are then checked without comparing gap strings. */
  spaced: boolean;
}

const WORDS = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

function split(form: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const m of form.normalize('NFC').matchAll(WORDS)) {
    if (last >= 0) gaps.push(form.normalize('NFC').slice(last, m.index));
    words.push(m[0]);
    last = m.index + m[0].length;
  }
  return { words, gaps };
}

/** Forms by first word, longest first: built once at module load. */
function build(entries: readonly GazetteerEntry[]): Map<string, GazForm[]> {
  const index = new Map<string, GazForm[]>();
  for (const entry of entries) {
    const nameWords = split(entry.name).words;
    for (const surface of new Set([entry.name, ...(entry.aliases ?? [])])) {
      const { words, gaps } = split(surface);
      if (words.length === 0) continue;
      const weak = words.length === 1 && nameWords.length > 1 && nameWords[0] === words[0];
      const list = index.get(words[0]) ?? [];
      list.push({ words, gaps, entry, weak, spaced: gaps.every((g) => g === ' ') });
      index.set(words[0], list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const INDEX = build(GAZETTEER);

/** The words that start a gazetteer form, as written. */
export const GAZ_FIRST_WORDS: readonly string[] = [...INDEX.keys()];

/**
 * The longest gazetteer form starting at token i, or null. The scan asks about a word several times:
 * the answer is kept on the token (valid as long as its paragraph's tokens are).
 */
export function matchGazetteer(text: string, tokens: readonly Token[], i: number): GazForm | null {
  const tok = tokens[i];
  if ((tok.mask & BIT.GAZ) === 0) return null;
  if (tok.gz !== undefined) return tok.gz as GazForm | null;
  const found = find(text, tokens, i);
  tok.gz = found;
  return found;
}

function find(text: string, tokens: readonly Token[], i: number): GazForm | null {
  const list = INDEX.get(tokens[i].text);
  if (!list) return null;
  for (const form of list) {
    const n = form.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k];
      const prevEnd = tokens[i + k - 1].end;
      if (form.spaced) ok = t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 && t.text === form.words[k];
      else {
        const g = form.gaps[k - 1];
        ok = t.text === form.words[k] && t.start - prevEnd === g.length && text.startsWith(g, prevEnd);
      }
    }
    if (ok) return form;
  }
  return null;
}

/** The entry a whole surface form names, if any. */
export function lookupForm(surface: string): GazForm | null {
  const { words } = split(surface);
  const list = INDEX.get(words[0] ?? '');
  return list?.find((f) => f.words.length === words.length && f.words.every((w, k) => w === words[k])) ?? null;
}
