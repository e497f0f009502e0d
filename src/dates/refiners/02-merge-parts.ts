import type { Parsed, Refiner } from '../types';
import { mergeAdjacent } from './merge';

const isDay = (r: Parsed): boolean => r.kind === 'date' && r.c.day !== undefined && r.c.month !== undefined;
const isDayLike = (r: Parsed): boolean =>
  r.kind === 'date' && !r.fragment && (isDay(r) || r.c.weekday !== undefined || (r.c.dayOffset !== undefined && r.c.hour === undefined));
const isYear = (r: Parsed): boolean =>
  r.kind === 'date' && !r.fragment && r.c.month === undefined && r.c.period === undefined && !r.c.decade &&
  r.c.weekOffset === undefined && r.c.monthOffset === undefined && r.c.dayOffset === undefined &&
  r.c.weekday === undefined && (r.c.year !== undefined || r.c.yearOffset !== undefined) && r.rule !== 'ago' && r.rule !== 'modified-unit';
const needsYear = (r: Parsed): boolean =>
  r.kind === 'date' && r.c.year === undefined && (r.c.month !== undefined || r.c.period !== undefined) && r.rule !== 'modified-unit';

const join = (a: Parsed, b: Parsed, rule: string, extra: Partial<Parsed>): Parsed => ({
  ...b, ...extra, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`.length > 60 ? rule : `${a.rule}+${b.rule}`,
  fragment: false, relative: Boolean(a.relative && b.relative) || Boolean(b.relative && extra.c?.year === undefined),
});

// "Thứ Tư 15/11", "Thứ ba, 13/12/2016", "thứ Hai ngày 15/11": the weekday joins the date
export const weekdayDate: Refiner = (results, { text }) =>
  mergeAdjacent(results, text, (a, b, gap) =>
    a.c.weekday !== undefined && a.c.day === undefined && isDay(b) && /^,?\s(?:ngày\s)?$/iu.test(gap)
      ? join(a, b, 'weekday+date', { c: { ...b.c, weekday: a.c.weekday }, relative: b.relative }) : null,
  (a) => a.c.weekday !== undefined);

// "tháng 8 năm ngoái", "tháng 1 sang năm", "Mùa hè năm nay", "15/11 năm 2023": the year joins what needs it
export const dateYear: Refiner = (results, { text }) =>
  mergeAdjacent(results, text, (a, b, gap) =>
    needsYear(a) && isYear(b) && /^(?:\s|,\s)$/u.test(gap)
      ? { ...a, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, c: { ...a.c, year: b.c.year, yearOffset: b.c.yearOffset }, relative: b.relative ?? false }
      : null,
  needsYear);

// "8 giờ tối 15/11", "8h sáng ngày 16/11", "20h30 hôm nay": a clock joins the day after it
export const clockDate: Refiner = (results, { text }) =>
  mergeAdjacent(results, text, (a, b, gap) =>
    a.rule.startsWith('clock') && a.kind === 'time' && isDayLike(b) && /^,?\s(?:ngày\s|hôm\s)?$/iu.test(gap)
      ? join(a, b, 'clock+date', { kind: 'time', c: { ...b.c, hour: a.c.hour, minute: a.c.minute }, relative: b.relative }) : null,
  (a) => a.kind === 'time');

// "tối 24/11", "sáng thứ Hai", "chiều ngày 13/12", "buổi sáng 15/11": a part of day joins the day
export const partDate: Refiner = (results, { text }) =>
  mergeAdjacent(results, text, (a, b, gap) =>
    a.rule === 'part-of-day' && isDayLike(b) && /^,?\s(?:ngày\s|hôm\s)?$/iu.test(gap)
      ? join(a, b, 'part+date', { kind: 'time', c: { ...b.c, part: a.c.part }, relative: b.relative }) : null,
  (a) => a.rule === 'part-of-day');

// "từ ngày 19 đến 22/8": 'ngày 19' borrows the month and year of the date after it (two mentions)
export const dayRange: Refiner = (results, { text }) => {
  const sorted = [...results].sort((x, y) => x.start - y.start);
  return sorted.map((r, i) => {
    if (!r.dayOnly) return r;
    const next = sorted.slice(i + 1, i + 4).find((n) => isDay(n) && n.start - r.end <= 12);
    if (!next || !/^\s?(?:đến|tới|-|–|và)\s?(?:ngày\s)?$/iu.test(text.slice(r.end, next.start))) return r;
    return { ...r, fragment: false, c: { ...r.c, month: next.c.month, year: next.c.year }, relative: next.relative };
  });
};

// "thứ Bảy tuần này", "Chủ nhật tuần tới": the weekday of that week
export const weekdayWeek: Refiner = (results, { text }) =>
  mergeAdjacent(results, text, (a, b, gap) =>
    a.c.weekday !== undefined && a.c.day === undefined && b.c.weekOffset !== undefined && b.rule === 'relative-unit' && gap === ' '
      ? join(a, b, 'weekday+week', { c: { weekday: a.c.weekday, weekOffset: b.c.weekOffset }, relative: true }) : null,
  (a) => a.c.weekday !== undefined);
