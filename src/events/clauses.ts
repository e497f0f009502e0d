/**
 * Cuts a sentence into clauses: at punctuation, and before subordinators and speech verbs
 * ("rằng", "sau khi", "cho biết"). A comma inside a list of titles ("Tổng Bí thư, Chủ tịch
 * Tập Cận Bình") does not cut.
 */
import type { Range } from '../types';
import { CLAUSE_OPENERS } from './data/cues';
import { alternation } from './pattern';

const TITLE_AFTER_COMMA = /^\s*(?:Chủ tịch|Tổng thống|Thủ tướng|Tổng Bí thư|Bộ trưởng|Phó|Đại sứ|Cố vấn)/u;

// Samples: "Ngày 24/11, Tổng thống", "bà Tai — và", "Ông nói: ". A parenthesis does not cut: the
// clause goes on after it ("các cuộc hội đàm ở Zurich (Thụy Sĩ) giữa A và B").
const PUNCT = /[,;:]|\s[–—-]\s|—/gu;
const OPENER = new RegExp(`(?<=\\s)(?:${alternation(CLAUSE_OPENERS)})(?![\\p{L}\\p{N}])`, 'giu');

export function splitClauses(text: string, base: number): Range[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(PUNCT)) {
    const after = m.index + m[0].length;
    if (m[0] === ',' && TITLE_AFTER_COMMA.test(text.slice(after, after + 20))) continue;
    cuts.add(m.index);
    cuts.add(after);
  }
  for (const m of text.matchAll(OPENER)) cuts.add(m.index);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Range[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    if (points[i + 1] > points[i]) out.push({ start: base + points[i], end: base + points[i + 1] });
  }
  return out;
}

/** The clause of `ranges` holding position `at`. */
export function clauseAt(ranges: readonly Range[], at: number): Range {
  return ranges.find((r) => at >= r.start && at < r.end) ?? ranges[ranges.length - 1];
}
