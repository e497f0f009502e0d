import type { Parser } from '../types';
import { RELATIVE_DAYS, RELATIVE_SUFFIX } from '../constants';
import { B, E, NO_QUANTITY_BEFORE, alternation, firstWords, key } from '../pattern';

// "hôm nay", "hôm qua", "ngày mai", "hôm kia"
export const relativeDay: Parser = {
  name: 'relative-day',
  starts: firstWords(Object.keys(RELATIVE_DAYS).filter((w) => w !== 'mai')),
  pattern: new RegExp(`${B}(${alternation(Object.keys(RELATIVE_DAYS).filter((w) => w !== 'mai'))})${E}`, 'giu'),
  extract(_ctx, m) {
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'relative-day', c: { dayOffset: RELATIVE_DAYS[key(m[1])] }, relative: true };
  },
};

// "tuần này", "tuần tới", "tuần trước", "tháng này", "tháng trước", "tháng sau"
// ('tuần qua', 'tháng qua' are durations; a quantity before it makes a duration too: see duration.ts)
const SUFFIX = alternation(Object.keys(RELATIVE_SUFFIX).filter((w) => w !== 'ngoái'));
export const relativeUnit: Parser = {
  name: 'relative-unit',
  starts: ['tuần', 'tháng'],
  pattern: new RegExp(`${B}${NO_QUANTITY_BEFORE}(tuần|tháng)\\s(${SUFFIX})${E}(?!\\s(?:khi|đó|đây))`, 'giu'),
  extract(_ctx, m) {
    const offset = RELATIVE_SUFFIX[key(m[2])];
    const c = key(m[1]) === 'tuần' ? { weekOffset: offset } : { monthOffset: offset };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'relative-unit', c, relative: true };
  },
};

// "từ tháng 11 tới nay", "đến nay": 'nay' is the reference day
export const untilNow: Parser = {
  name: 'until-now',
  starts: ['nay'],
  pattern: /(?<=(?<![\p{L}\p{N}])(?:tới|đến)\s)nay(?![\p{L}\p{N}])/giu,
  extract(ctx, m) {
    // 'cho tới nay' ("so far") is vague; 'từ tháng 11 tới nay' closes a range that starts on the calendar
    const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
    if (/cho\s(?:tới|đến)\s$/iu.test(before) || !/(?<![\p{L}\p{N}])từ\s[^.;!?]*\d/iu.test(before)) return null;
    return { start: m.index, end: m.index + 3, kind: 'date', rule: 'until-now', c: { dayOffset: 0 }, relative: true };
  },
};
