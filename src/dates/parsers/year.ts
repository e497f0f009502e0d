import type { Parser } from '../types';
import { RELATIVE_SUFFIX } from '../constants';
import { B, E, NO_QUANTITY_BEFORE, alternation, key } from '../pattern';

// "năm 1949", "Năm 2016", "năm 2011-2015" (valued at its first year)
export const yearExplicit: Parser = {
  name: 'year',
  starts: ['năm'],
  pattern: /(?<![\p{L}\p{N}])năm\s(\d{4})(?:\s?[-–]\s?\d{4})?(?![\p{L}\p{N}]|[/.,-]\d)/giu,
  extract(_ctx, m) {
    const year = Number(m[1]);
    if (year < 1000 || year > 2200) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'year', c: { year } };
  },
};

// "vào 2018", "từ 2015 đến 2020", "cuối 2022": a bare year after a time preposition (left out of the span)
const BARE_BEFORE = /(?<![\p{L}\p{N}])(?:vào|từ|đến|tới|trong|cuối|đầu|giữa|hồi|sau|trước|giai đoạn|thời kỳ|nhiệm kỳ|niên khóa|mùa\s(?:xuân|hè|hạ|thu|đông))\s$/iu;
const BARE_AFTER = /^\s?(?:%|người|tỷ|triệu|nghìn|ngàn|USD|đồng|km|ha|tấn|m|chiếc|lần|con)(?![\p{L}\p{N}])/iu;
export const yearBare: Parser = {
  name: 'year-bare',
  starts: ['#'],
  digits: { min: 4, max: 4 },
  // "giai đoạn 2024-2030": a span of years is one mention, valued at its first year
  pattern: /(?<![\p{L}\p{N}]|[/.,:-]\d)((?:19|20)\d{2})(?:\s?[-–]\s?(?:19|20)\d{2})?(?![\p{L}\p{N}]|[/.,:-]\d)/gu,
  extract(ctx, m) {
    if (!BARE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const end = m.index + m[0].length;
    if (BARE_AFTER.test(ctx.text.slice(end, end + 10))) return null;
    return { start: m.index, end, kind: 'date', rule: 'year-bare', c: { year: Number(m[1]) } };
  },
};

// "năm nay", "năm ngoái", "năm trước", "năm sau", "năm tới", "sang năm", "năm kế tiếp"
const SUFFIX = alternation(Object.keys(RELATIVE_SUFFIX));
export const yearRelative: Parser = {
  name: 'year-relative',
  starts: ['năm', 'sang'],
  pattern: new RegExp(`${B}${NO_QUANTITY_BEFORE}(?:năm\\s(${SUFFIX})|(sang\\snăm))${E}(?!\\s(?:khi|đó|đây))`, 'giu'),
  extract(_ctx, m) {
    const offset = m[2] ? 1 : RELATIVE_SUFFIX[key(m[1])];
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'year-relative', c: { yearOffset: offset }, relative: true };
  },
};

// "thập kỷ này" (→ '202'), "thập niên 1990", "những năm 1990", "thập niên 90"
export const decade: Parser = {
  name: 'decade',
  starts: ['thập', 'những'],
  pattern: /(?<![\p{L}\p{N}])(?:thập\s(?:kỷ|kỉ|niên)\s(?:(này|trước|tới|sau)|(\d{2}|\d{4}))|những\snăm\s(\d{2}|\d{3}0))(?![\p{L}\p{N}])/giu,
  extract(_ctx, m) {
    const span = { start: m.index, end: m.index + m[0].length, kind: 'date' as const, rule: 'decade' };
    if (m[1]) return { ...span, c: { decade: true, yearOffset: { này: 0, trước: -10, tới: 10, sau: 10 }[key(m[1]) as 'này'] ?? 0 }, relative: true };
    const digits = m[2] ?? m[3];
    if (!/0$/u.test(digits)) return null;
    const year = digits.length === 2 ? 1900 + Number(digits) : Number(digits);
    return { ...span, c: { decade: true, year } };
  },
};

// "vấn đề rất buồn trong năm": a bare 'năm' ending the clause is this year
export const inTheYear: Parser = {
  name: 'in-the-year',
  starts: ['năm'],
  pattern: /(?<=(?<![\p{L}\p{N}])trong\s)năm(?=\s?[”".,;!?)]|$)/giu,
  extract(_ctx, m) {
    return { start: m.index, end: m.index + 3, kind: 'date', rule: 'in-the-year', c: { yearOffset: 0 }, relative: true };
  },
};
