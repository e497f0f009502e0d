import type { Parsed, Parser } from '../types';
import { NOT_DATE_AFTER, NOT_DATE_BEFORE } from '../constants';
import { alternation, validDay } from '../pattern';

// "15/11", "15/11/2023", "15-11-2023", "15.11.2023", "15-16/11" (a range, valued at its first day)
// Bounded repeats only; digits, slashes and dots around the match are refused by the look-arounds.
const NOT_BEFORE = new RegExp(`(?:${alternation(NOT_DATE_BEFORE)})\\s$`, 'iu');
const NOT_AFTER = new RegExp(`^\\s(?:${alternation(NOT_DATE_AFTER)})(?![\\p{L}\\p{N}])`, 'iu');

const RATIO_NEAR = /(?:tỷ lệ|tỉ lệ|tỷ số|tỉ số|chiếm|phần)[^,.;:!?\d]{0,40}$/iu;

export const numericDate: Parser = {
  name: 'numeric-dmy',
  starts: ['#'],
  digits: { min: 1, max: 2, after: '/.-–', space: true },
  // "30/4-1/5": a range of two dates is one mention, valued at its first day
  pattern: /(?<![\p{L}\p{N}/.,:-])(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?([/.-])(\d{1,2})(?:\3(\d{4}))?(?:\s?[-–]\s?\d{1,2}\/\d{1,2}(?:\/\d{4})?)?(?![\p{L}\p{N}]|[/:]\d|[.,-]\d)/gu,
  extract(ctx, m) {
    const [all, d, d2, sep, mo, y] = m;
    const day = Number(d);
    const month = Number(mo);
    const year = y ? Number(y) : undefined;
    if (!validDay(day, month, year)) return null;
    if (d2 && (Number(d2) <= day || !validDay(Number(d2), month))) return null;
    if (sep !== '/' && !y) return null; // '2-1' is a score, '3.5' a number
    if (!y && d[0] === '0' && sep === '.') return null;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const after = ctx.text.slice(m.index + all.length, m.index + all.length + 14);
    if (!y && (NOT_BEFORE.test(before) || NOT_AFTER.test(after) || /%/u.test(after.slice(0, 1)))) return null;
    // "Tỷ lệ đạt 3/4": a share named a few words before is a fraction
    if (!y && RATIO_NEAR.test(ctx.text.slice(Math.max(0, m.index - 50), m.index))) return null;
    const r: Parsed = { start: m.index, end: m.index + all.length, kind: 'date', rule: 'numeric-dmy', c: { day, month, year } };
    if (!y) r.relative = true;
    return r;
  },
};

// "2025-11-25" (ISO)
export const isoDate: Parser = {
  name: 'numeric-iso',
  starts: ['#'],
  digits: { min: 4, max: 4, after: '-' },
  pattern: /(?<![\p{L}\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu,
  extract(_ctx, m) {
    const [all, y, mo, d] = m;
    if (!validDay(Number(d), Number(mo), Number(y))) return null;
    return { start: m.index, end: m.index + all.length, kind: 'date', rule: 'numeric-iso', c: { year: Number(y), month: Number(mo), day: Number(d) } };
  },
};
