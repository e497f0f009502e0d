/**
 * Cuts a sentence into clauses: at punctuation, and before subordinators and speech verbs
 * ("rằng", "sau khi", "cho biết"). A comma inside a list of titles ("Tổng Bí thư, Chủ tịch
 * Tập Cận Bình") does not cut.
 */
import type { Range } from '../types';
import { CLAUSE_OPENERS } from './data/cues';
import { Phrases } from './phrases';

const TIME_UNIT_BEFORE = /(?:năm|tuần|tháng|hôm|ngày|giờ|phút) $/iu;
// Sticky, tried at the comma's end with no slice: it must end within 20 units of it. No title is
// a prefix of another, so a match running past that bound means the 20 units hold none.
const TITLE_AFTER_COMMA = /\s*(?:Chủ tịch|Tổng thống|Thủ tướng|Tổng Bí thư|Bộ trưởng|Phó|Đại sứ|Cố vấn)/uy;

// Samples: "Ngày 24/11, Tổng thống", "bà Tai — và", "Ông nói: ". A parenthesis does not cut: the
// clause goes on after it ("các cuộc hội đàm ở Zurich (Thụy Sĩ) giữa A và B").
// No `u` flag: every character here is one UTF-16 unit, and V8 runs the plain regex faster.
const PUNCT = /[,;:]|\s[–—-]\s|—/g;
// After a space: /(?<=\s)(?:rằng|sau khi|…)(?![\p{L}\p{N}])/giu, by a word scan.
const OPENER = new Phrases(CLAUSE_OPENERS);

export function splitClauses(text: string, base: number): Range[] {
  const cuts: number[] = [0, text.length];
  PUNCT.lastIndex = 0;
  for (let m = PUNCT.exec(text); m !== null; m = PUNCT.exec(text)) {
    const after = m.index + m[0].length;
    if (m[0] === ',' && titleAt(text, after)) continue;
    cuts.push(m.index, after);
  }
  for (const m of OPENER.scan(text, 0, text.length, true)) {
    // "năm sau", "tuần sau", "hôm sau" are dates, not "sau" opening a clause
    if (text.startsWith('sau', m.start) && TIME_UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    // "vòng đàm phán tiếp theo": "theo" of "tiếp theo" (next) attributes nothing
    if (text.startsWith('theo', m.start) && text.slice(Math.max(0, m.start - 5), m.start) === 'tiếp ') continue;
    cuts.push(m.start);
  }
  cuts.sort((a, b) => a - b);
  const out: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i + 1] > cuts[i]) out.push({ start: base + cuts[i], end: base + cuts[i + 1] });
  }
  return out;
}

/** "Tổng Bí thư, Chủ tịch Tập Cận Bình": a title within the 20 units after a comma. */
function titleAt(text: string, at: number): boolean {
  TITLE_AFTER_COMMA.lastIndex = at;
  return TITLE_AFTER_COMMA.test(text) && TITLE_AFTER_COMMA.lastIndex <= at + 20;
}

/** The clause of `ranges` holding position `at`. */
export function clauseAt(ranges: readonly Range[], at: number): Range {
  return ranges.find((r) => at >= r.start && at < r.end) ?? ranges[ranges.length - 1];
}
