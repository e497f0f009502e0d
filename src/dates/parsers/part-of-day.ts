import type { Parser } from '../types';
import { PARTS_OF_DAY } from '../constants';
import { B, E, alternation, firstWords, key } from '../pattern';

const PARTS = alternation(Object.keys(PARTS_OF_DAY));
const code = (w: string): string => (PARTS_OF_DAY[key(w)].code === 'MI' ? 'AF' : PARTS_OF_DAY[key(w)].code);

// "sáng nay", "tối qua", "chiều hôm qua", "sáng mai", "đêm nay"
export const partOfDayRelative: Parser = {
  name: 'part-of-day-relative',
  starts: ['buổi', ...firstWords(Object.keys(PARTS_OF_DAY))],
  pattern: new RegExp(`${B}(?:buổi\\s)?(${PARTS})\\s(nay|qua|mai|hôm\\snay|hôm\\squa|hôm\\ssau|ngày\\smai)${E}`, 'giu'),
  extract(_ctx, m) {
    const w = key(m[2]);
    const dayOffset = w === 'nay' || w === 'hôm nay' ? 0 : w === 'qua' || w === 'hôm qua' ? -1 : 1;
    if (w === 'hôm sau') return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: 'part-of-day-relative', c: { dayOffset, part: code(m[1]) }, relative: true };
  },
};

// "buổi sáng" (the day the text is talking about); "sáng", "tối" alone are fragments merged with a date;
// "bữa tối" is dinner, "tối đa" maximum: refused.
export const partOfDay: Parser = {
  name: 'part-of-day',
  starts: ['buổi', ...firstWords(Object.keys(PARTS_OF_DAY))],
  pattern: new RegExp(`${B}(buổi\\s)?(${PARTS})${E}`, 'giu'),
  extract(ctx, m) {
    if (/(?:bữa|ăn|sớm)\s$/iu.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
    const r = { start: m.index, end: m.index + m[0].length, kind: 'time' as const, rule: 'part-of-day', c: { part: code(m[2]), anchored: true }, relative: true };
    if (m[1]) return r;
    return { ...r, fragment: true };
  },
};

// "giữa trưa", "gần giữa trưa", "nửa đêm", "chính ngọ" → a clock time of the day being talked about
export const noonMidnight: Parser = {
  name: 'noon',
  starts: ['gần', 'khoảng', 'đến', 'tới', 'quá', 'giữa', 'nửa', 'chính'],
  pattern: /(?<![\p{L}\p{N}])(?:(?:gần|khoảng|đến|tới|quá)\s)?(giữa\strưa|nửa\sđêm|chính\sngọ)(?![\p{L}\p{N}])/giu,
  extract(_ctx, m) {
    const hour = /đêm/iu.test(m[1]) ? 0 : 12;
    const start = /^(?:đến|tới)/iu.test(m[0]) ? m.index + m[0].length - m[1].length : m.index;
    return { start, end: m.index + m[0].length, kind: 'time', rule: 'noon', c: { hour, minute: 0, anchored: true }, relative: true };
  },
};

// "cùng ngày", "sáng cùng ngày", "ngày hôm sau", "tối hôm trước": the day the text last named, or one
// beside it (the reference day when the text named none)
const ANAPHORS: Record<string, number> = { 'cùng ngày': 0, 'hôm sau': 1, 'ngày hôm sau': 1, 'hôm trước': -1, 'ngày hôm trước': -1 };
export const sameDay: Parser = {
  name: 'same-day',
  starts: ['buổi', 'cùng', 'hôm', 'ngày', ...firstWords(Object.keys(PARTS_OF_DAY))],
  pattern: new RegExp(`${B}(?:(?:buổi\\s)?(${PARTS})\\s)?(${alternation(Object.keys(ANAPHORS))})${E}`, 'giu'),
  extract(_ctx, m) {
    const c = { anchored: true, anchorOffset: ANAPHORS[key(m[2])], ...(m[1] ? { part: code(m[1]) } : {}) };
    return { start: m.index, end: m.index + m[0].length, kind: m[1] ? 'time' : 'date', rule: 'same-day', c, relative: true };
  },
};
