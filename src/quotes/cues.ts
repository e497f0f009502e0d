import type { Range } from '../types';
import { CUE_VERBS } from './constants';
import { wordsRe } from './pattern';

/** A cue verb found in the reporter's words. */
export interface Cue extends Range {
  verb: string;
}

const CUE_RE = wordsRe([...CUE_VERBS, ...CUE_VERBS.map((v) => v[0].toUpperCase() + v.slice(1))]);
// A verb used as a noun is no cue: "cuộc nói chuyện", "cuộc gọi", "một tuyên bố", "lời kêu gọi".
const NOMINAL = /(?<![\p{L}\p{N}])(?:cuộc|một|bản|lời|các|những|của|bài|sự|hai|buổi)\s$/iu;
// Speech in "nói chuyện" is a conversation, not the words quoted.
const NOT_AFTER = /^ (?:chuyện|dối)/u;

/** Cue verbs inside `text[range)`, in order. */
export function cuesIn(text: string, range: Range): Cue[] {
  const out: Cue[] = [];
  if (range.end <= range.start) return out;
  const slice = text.slice(range.start, range.end);
  for (const m of slice.matchAll(CUE_RE)) {
    if (NOMINAL.test(slice.slice(Math.max(0, m.index - 6), m.index))) continue;
    if (NOT_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, verb: m[0].toLowerCase() });
  }
  return out;
}
