import type { Parser } from '../types';
import { TIME_CUES_BEFORE, WEEKDAY_WORDS } from '../constants';
import { alternation, key } from '../pattern';

// "Thứ Tư", "thứ 2", "Chủ nhật". A lower-case "thứ hai" is an ordinal ('lần thứ hai') unless a time word
// comes before it or a date after it (merged by a refiner): then it stays a fragment until merged.
const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(TIME_CUES_BEFORE)})\\s$`, 'iu');
export const weekday: Parser = {
  name: 'weekday',
  starts: ['thứ', 'chủ'],
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:(thứ)\\s(${alternation(Object.keys(WEEKDAY_WORDS))})|(chủ\\snhật))(?![\\p{L}\\p{N}])`, 'giu'),
  extract(ctx, m) {
    const wd = m[3] ? 7 : WEEKDAY_WORDS[key(m[2])];
    const r = { start: m.index, end: m.index + m[0].length, kind: 'date' as const, rule: 'weekday', c: { weekday: wd }, relative: true };
    const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
    if (/(?:lần|người|cuộc|hạng|vị\strí|là|đứng|thứ)\s$/iu.test(before)) return { ...r, fragment: true };
    if (m[3]) return r;
    const capital = /^\p{Lu}/u.test(m[2]) || (/^\d/u.test(m[2]) && /^T/u.test(m[1]));
    if (CUE.test(before) || (capital && !/(?:^|[.!?:]\s|\n)$/u.test(before))) return r;
    return { ...r, fragment: true };
  },
};
