import type { Parser } from '../types';
import { B, E, validDay } from '../pattern';

// "ngày 15 tháng 11 năm 2023", "15 tháng 11", "12 tháng 12 2016", "ngày 15 tháng 11"
export const dayMonthWords: Parser = {
  name: 'day-month-words',
  starts: ['ngày', '#'],
  digits: { min: 1, max: 2, space: true },
  pattern: new RegExp(`${B}(ngày\\s)?(\\d{1,2})\\stháng\\s(\\d{1,2})(?:(?:\\snăm\\s|\\s|/)(\\d{4}))?${E}`, 'giu'),
  extract(_ctx, m) {
    const [all, , d, mo, y] = m;
    const year = y ? Number(y) : undefined;
    if (!validDay(Number(d), Number(mo), year)) return null;
    return { start: m.index, end: m.index + all.length, kind: 'date', rule: 'day-month-words',
      c: { day: Number(d), month: Number(mo), year }, relative: !y };
  },
};

// "ngày 19" in "từ ngày 19 đến 22/8": a day that borrows its month from the next date (refiner)
export const dayOnly: Parser = {
  name: 'day-only',
  starts: ['ngày'],
  pattern: /(?<![\p{L}\p{N}])ngày\s(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d|\stháng)/giu,
  extract(_ctx, m) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'day-only', c: { day }, fragment: true, dayOnly: true, relative: true };
  },
};
