import type { Range } from '../types';
import { fast, isLetterAt } from './chars';
import { CUE_VERBS } from './constants';
import { firstIndex } from '../utils/search';

/** A cue verb found in the reporter's words. */
export interface Cue extends Range {
  verb: string;
}

const VERBS = [...new Set([...CUE_VERBS, ...CUE_VERBS.map((v) => v[0].toUpperCase() + v.slice(1))])].sort((a, b) => b.length - a.length);
/** Verbs by their first word, longest first ("cho biết thêm" before "cho biết"). */
const BY_FIRST = new Map<string, string[]>();
for (const v of VERBS) {
  const first = v.split(' ')[0];
  const list = BY_FIRST.get(first);
  if (list) list.push(v);
  else BY_FIRST.set(first, [v]);
}
const FIRST_LENGTHS = [...new Set([...BY_FIRST.keys()].map((f) => f.length))].sort((a, b) => b - a);
/** First words by their first code unit and length (`code * 16 + length`), looked up without slicing. */
const FIRSTS = new Map<number, { first: string; verbs: string[] }[]>();
/** A cheap filter before that table: bit `length` set for the first two code units of a first word (hashed). */
const OPENS = new Uint16Array(0x10000);
/** Bit `length` set for the last code unit of a first word followed by more words ("cho" of "cho biết"). */
const MULTI_ENDS = new Uint16Array(0x10000);
const pair = (a: number, b: number) => (a * 31 + b) & 0xffff;
for (const f of BY_FIRST.keys()) {
  const key = f.charCodeAt(0) * 16 + f.length;
  FIRSTS.set(key, [...(FIRSTS.get(key) ?? []), { first: f, verbs: BY_FIRST.get(f)! }]);
  OPENS[pair(f.charCodeAt(0), f.charCodeAt(1))] |= 1 << f.length;
  if (BY_FIRST.get(f)!.some((v) => v.length > f.length)) MULTI_ENDS[f.charCodeAt(f.length - 1)] |= 1 << f.length;
}
// A verb used as a noun is no cue: "cuộc nói chuyện", "cuộc gọi", "một tuyên bố", "lời kêu gọi".
const NOMINAL = fast(/(?<![\p{L}\p{N}])(?:cuộc|một|bản|lời|các|những|của|bài|sự|hai|buổi)\s$/iu);
// Speech in "nói chuyện" is a conversation, not the words quoted.
const NOT_AFTER = /^ (?:chuyện|dối)/u;

/** The longest verb written at `p`, ending by `limit` and not followed by a letter or digit, or null. */
function verbAt(text: string, p: number, firstLength: number, limit: number): string | null {
  if ((OPENS[pair(text.charCodeAt(p), text.charCodeAt(p + 1))] & (1 << firstLength)) === 0) return null;
  const firsts = FIRSTS.get(text.charCodeAt(p) * 16 + firstLength);
  if (firsts === undefined) return null;
  let list: string[] | undefined;
  for (const g of firsts) if (text.startsWith(g.first, p)) list = g.verbs;
  if (list === undefined) return null;
  for (const v of list) {
    const end = p + v.length;
    if (end <= limit && text.startsWith(v, p) && (end === limit || !isLetterAt(text, end))) return v;
  }
  return null;
}

/**
 * Cue verbs starting inside `text[range)`, in order, read in the context of the whole text (the range
 * is a paragraph: no verb runs across its line break): one scan over the words. A verb is tried where a first
 * word of the table ends a run of letters; one written inside a word ("chứa" is no "hứa") is no cue
 * but, as in a left-to-right search, the text it spans is not searched again.
 */
export function cuesIn(text: string, range: Range): Cue[] {
  const out: Cue[] = [];
  let resume = range.start; // the end of the last verb found, a cue or not
  let i = range.start;
  while (i < range.end) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const ws = i;
    while (i < range.end && isLetterAt(text, i)) i++;
    const we = i; // a run of letters [ws, we)
    const len = we - ws;
    // a verb at the word's start, else inside it: only one going on past the word ("Xcho biết") matters
    let v = ws >= resume && len < 16 ? verbAt(text, ws, len, text.length) : null;
    let p = ws;
    if (!v && text.charCodeAt(we) === 0x20 && (MULTI_ENDS[text.charCodeAt(we - 1)] & (len >= 16 ? 0xffff : (1 << len) - 1)) !== 0) {
      for (const l of FIRST_LENGTHS) {
        p = we - l;
        if (p <= ws || p < resume) continue;
        v = verbAt(text, p, l, text.length);
        if (v) break;
      }
    }
    if (!v) continue;
    resume = p + v.length;
    if (resume > i) i = resume;
    if (isLetterAt(text, p - 1)) continue; // inside a word
    if (NOMINAL.test(text.slice(Math.max(0, p - 6), p))) continue;
    if (NOT_AFTER.test(text.slice(resume, resume + 8))) continue;
    out.push({ start: p, end: resume, verb: v.toLowerCase() });
  }
  return out;
}

/**
 * Every cue of the paragraphs that hold quotes, found in one scan each, then looked up by range
 * (binary search): the windows of neighbouring quotes overlap, and scanning each of them again costs
 * more than one pass. Paragraphs without quotes are never searched.
 */
export class CueIndex {
  private readonly cues: Cue[] = [];

  /** `paragraphs` in text order. */
  constructor(text: string, paragraphs: readonly Range[] = [{ start: 0, end: text.length }]) {
    for (const p of paragraphs) for (const c of cuesIn(text, p)) this.cues.push(c);
  }

  /** Cues lying wholly inside `range`, in order. */
  in(range: Range): Cue[] {
    const cues = this.cues;
    const lo = firstIndex(cues, (c) => c.start < range.start);
    const out: Cue[] = [];
    for (let i = lo; i < cues.length && cues[i].start < range.end; i++) if (cues[i].end <= range.end) out.push(cues[i]);
    return out;
  }
}
