import type { Range } from '../types';
import { ABBREVIATIONS } from './data/abbreviations';

const abbreviations = new Set(ABBREVIATIONS);

// A stop, then any closing quotes or brackets, then a space: a candidate sentence end.
// Samples: "nói. Ông", "khác”. Hai", "lòng? “Tôi", "15/11. Sau".
const CANDIDATE = /[.!?…]+["'”’»)\]]*(?= )/gu;
// What may start the next sentence: a capital, a digit, an opening quote or bracket, a dash.
const NEXT_START = /^ ["“'‘«(\[–—-]?[\p{Lu}\p{N}]/u;

/**
 * Sentence ranges inside `text[start, end)` (one paragraph of the normalised document).
 * Single spaces separate words there, so one character of lookahead decides.
 */
export function splitSentences(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const para = text.slice(start, end);
  let from = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(para); m !== null; m = CANDIDATE.exec(para)) {
    const stop = m.index + m[0].length;
    if (!NEXT_START.test(para.slice(stop, stop + 4))) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(para, m.index)) continue;
    out.push({ start: start + from, end: start + stop });
    from = stop + 1;
  }
  if (from < para.length) out.push({ start: start + from, end });
  return out;
}

/** "TP.", "Mr.", "M." (an initial), "v.v." — the word before the stop says. */
function isAbbreviation(para: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && para[s - 1] !== ' ' && para[s - 1] !== '(' && para[s - 1] !== '“' && para[s - 1] !== '"') s--;
  const word = para.slice(s, dot);
  if (abbreviations.has(word)) return true;
  return /^\p{Lu}$/u.test(word); // an initial: "Gina M. Raimondo"
}
