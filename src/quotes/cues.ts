import type { Range } from '../types';
import { fast, isLetterAt, LN } from './chars';
import { CUE_VERBS } from './constants';
import { alternation } from './pattern';

/** A cue verb found in the reporter's words. */
export interface Cue extends Range {
  verb: string;
}

// No lookbehind: it would keep V8 from skipping ahead; the letter before is checked in code.
const CUE_RE = new RegExp(`${alternation([...CUE_VERBS, ...CUE_VERBS.map((v) => v[0].toUpperCase() + v.slice(1))])}(?![${LN}])`, 'gu');
// A verb used as a noun is no cue: "cuộc nói chuyện", "cuộc gọi", "một tuyên bố", "lời kêu gọi".
const NOMINAL = fast(/(?<![\p{L}\p{N}])(?:cuộc|một|bản|lời|các|những|của|bài|sự|hai|buổi)\s$/iu);
// Speech in "nói chuyện" is a conversation, not the words quoted.
const NOT_AFTER = /^ (?:chuyện|dối)/u;

/** Cue verbs inside `text[range)`, in order. */
export function cuesIn(text: string, range: Range): Cue[] {
  const out: Cue[] = [];
  if (range.end <= range.start) return out;
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(CUE_RE)) {
    if (isLetterAt(slice, m.index - 1)) continue; // inside a word: "chứa" is no "hứa"
    if (NOMINAL.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (NOT_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, verb: m[0].toLowerCase() });
  }
  return out;
}

/**
 * Every cue of a text found in one scan, then looked up by range (binary search): the windows of
 * neighbouring quotes overlap, and scanning each of them again costs more than one pass.
 */
export class CueIndex {
  private readonly cues: Cue[];

  constructor(text: string) {
    this.cues = cuesIn(text, { start: 0, end: text.length });
  }

  /** Cues lying wholly inside `range`, in order. */
  in(range: Range): Cue[] {
    const cues = this.cues;
    let lo = 0;
    let hi = cues.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid].start < range.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Cue[] = [];
    for (let i = lo; i < cues.length && cues[i].start < range.end; i++) if (cues[i].end <= range.end) out.push(cues[i]);
    return out;
  }
}
