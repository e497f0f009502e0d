import type { EntityType } from '../types';
import type { Candidate } from './05-candidates';
import { isVietName } from './02-syllable';
import { MISC_TAIL, ORG_TAIL, ROAD_CODE, SURNAME } from './04-lexicon-sets';

// Samples: "CIA", "TTXVN", "NATO" (organisations); "COP26", "COVID-19", "G20" (MISC); "LinkedIn" (MISC).
const ACRONYM = /^\p{Lu}{2,7}$/u;
const HAS_DIGIT = /\p{N}/u;
const INNER_CAP = /^\p{Lu}?\p{Ll}+\p{Lu}/u;
const PLACE_ENDING = /(?:a|o|stan|land|burg|grad|sk|evo|oye|noe|ville|ton|ran|ney|ael|ut|ow)$/u;

export type Shape = { type: EntityType; source: 'shape' | 'default' };

/**
 * A type from the name's own shape, for a candidate its context left untyped. The shape depends on the
 * words only, so `memo` (one per document, never shared) answers it once per spelling.
 */
export function typeByShape(c: Candidate, memo: Map<string, Shape>): Shape {
  if (c.shape !== null) return c.shape;
  let v = memo.get(c.text);
  if (v === undefined) {
    v = shapeOf(c);
    memo.set(c.text, v);
  }
  c.shape = v;
  return v;
}

function shapeOf(c: Candidate): Shape {
  const last = c.words[c.words.length - 1];
  if (c.words.length > 1 && ORG_TAIL.has(last)) return { type: 'ORGANIZATION', source: 'shape' };
  if (c.words.length > 1 && MISC_TAIL.has(last)) return { type: 'MISC', source: 'shape' };
  if (c.words.length === 1 && HAS_DIGIT.test(c.text) && /\p{Lu}/u.test(c.text)) {
    // "QL1A", "ĐT609": a road code is a place; other letters with digits ("COP26", "G20") are MISC names.
    return { type: ROAD_CODE.test(c.text) ? 'LOCATION' : 'MISC', source: 'shape' };
  }
  if (c.words.length > 1 && HAS_DIGIT.test(c.text)) return { type: 'MISC', source: 'shape' };
  if (c.words.length === 1 && ACRONYM.test(c.text)) return { type: 'ORGANIZATION', source: 'shape' };
  if (c.words.length === 1 && INNER_CAP.test(c.text)) return { type: 'MISC', source: 'shape' };
  // A Vietnamese or Chinese person starts with a family name; "Bắc Kinh", "Đài Loan", "Tân Cương" do not.
  if (c.words.length > 1 && isVietName(c.words)) return { type: SURNAME.has(c.words[0]) ? 'PERSON' : 'LOCATION', source: 'default' };
  if (c.words.length > 1) return { type: 'PERSON', source: 'default' };
  if (isVietName(c.words)) return { type: 'PERSON', source: 'default' };
  return { type: PLACE_ENDING.test(c.text) ? 'LOCATION' : 'ORGANIZATION', source: 'default' };
}

/** Strength of each way of deciding a type: a stronger one wins when mentions disagree. */
export const STRENGTH: Record<string, number> = { gaz: 6, head: 5, honorific: 4, title: 4, cue: 3, shape: 2, 'weak-cue': 1.5, default: 1 };
