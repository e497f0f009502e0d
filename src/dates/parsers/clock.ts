import type { Parser } from '../types';
import { PARTS_OF_DAY } from '../constants';
import { alternation, key } from '../pattern';

const PARTS = alternation(Object.keys(PARTS_OF_DAY));
const DATE_AFTER = /^\s(?:ngày\s)?\d{1,2}[/-]\d{1,2}|^\s(?:hôm\s)?(?:nay|qua|mai)(?![\p{L}\p{N}])|^\s(?:\(|ngày|thứ|chủ\snhật)/iu;

const DAY_AFTER = /^\s(?:hôm\s)?(nay|qua|mai)(?![\p{L}\p{N}])/iu;
const DAY_OFFSET: Record<string, number> = { nay: 0, qua: -1, mai: 1 };

/** 12-hour clock with a part of day → 24-hour. */
export function hour24(hour: number, part: string | undefined): number {
  if (!part) return hour;
  const p = key(part);
  if (p === 'sáng') return hour === 12 ? 0 : hour;
  if (p === 'trưa') return hour < 5 ? hour + 12 : hour;
  if (p === 'đêm' || p === 'khuya') return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  return hour < 12 ? hour + 12 : hour;
}

// "8 giờ tối", "8 giờ 30 sáng", "20h30", "8h", "lúc 9 giờ", "10 giờ 15 phút sáng"
// A bare "6 giờ" with no part of day, no date and no 'lúc' is a duration (duration.ts).
export const clock: Parser = {
  name: 'clock',
  starts: ['#'],
  digits: { min: 1, max: 2, after: 'hHgG', space: true },
  pattern: new RegExp(`(?<![\\p{L}\\p{N}.,:/])(\\d{1,2})(?:\\s?(giờ)|(h|g))(?:\\s?(\\d{2})(?:\\s?phút)?|\\s?(kém)\\s(\\d{1,2})(?:\\sphút)?)?(?:\\s(${PARTS}))?(?![\\p{L}\\p{N}])`, 'giu'),
  extract(ctx, m) {
    const [all, h, gio, hLetter, min, kem, kemMin, part] = m;
    let hour = Number(h);
    let minute = min ? Number(min) : 0;
    if (kem) { hour -= 1; minute = 60 - Number(kemMin); }
    if (hour > 24 || minute > 59) return null;
    const end = m.index + all.length;
    if (gio && !part) {
      const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
      if (!/(?:lúc|vào|từ|đến|tới|trước|sau|khoảng|gần)\s$/iu.test(before) && !DATE_AFTER.test(ctx.text.slice(end, end + 14))) return null;
      if (/(?:trước|sau|khoảng|gần)\s$/iu.test(before) && !DATE_AFTER.test(ctx.text.slice(end, end + 14))) return null;
    }
    if (hLetter && /^[.,]\d/u.test(ctx.text.slice(end, end + 2))) return null;
    // "9h30 sáng nay", "8 giờ tối qua": the day is said right after the part of day
    const day = part ? DAY_AFTER.exec(ctx.text.slice(end, end + 12)) : null;
    if (day) {
      const c = { hour: hour24(hour, part), minute, dayOffset: DAY_OFFSET[key(day[1])] };
      return { start: m.index, end: end + day[0].length, kind: 'time', rule: 'clock', c, relative: true };
    }
    return { start: m.index, end, kind: 'time', rule: 'clock', c: { hour: hour24(hour, part), minute, anchored: true }, relative: true };
  },
};

// "14:53" (a page's time stamp, a clock); "01:40" alone is a video's length (duration.ts)
export const colonClock: Parser = {
  name: 'clock-colon',
  starts: ['#'],
  digits: { min: 1, max: 2, after: ':' },
  pattern: /(?<![\p{L}\p{N}.,:/])(\d{1,2}):(\d{2})(?![\p{L}\p{N}]|[:.,/]\d)/gu,
  extract(ctx, m) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) return null;
    const around = ctx.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    const nearDate = /\d{1,2}\/\d{1,2}|(?:sáng|chiều|tối|trưa|đêm|lúc|giờ|GMT|\(|ngày)/iu.test(around);
    if (m[1].length === 2 && m[1][0] === '0' && !nearDate) {
      return { start: m.index, end: m.index + m[0].length, kind: 'duration', rule: 'video-length', c: { value: `PT${hour ? `${hour}M` : ''}${minute}S` } };
    }
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: 'clock-colon', c: { hour, minute, anchored: true }, relative: true };
  },
};
