import type { CalendarDate } from '../types';
import type { Parsed } from './types';
import { addDays, inferYear, isoWeek, isoWeekday, timeSuffix, weekdayDate, ymd } from './normalize';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The TIMEX3 value of a result: against the reference day (relative expressions, year-less dates) and the
 * anchor (the day the text last named, for 'buổi sáng' or a bare clock). X where it can't be known.
 */
export function valueOf(r: Parsed, ref: CalendarDate | null, anchor: CalendarDate | null): string {
  const c = r.c;
  if (c.value) return c.value;
  const t = timeSuffix(c);
  const tense = r.tense ?? 0;
  if (c.decade) {
    const y = c.year ?? (ref ? ref.year + (c.yearOffset ?? 0) : undefined);
    return y === undefined ? 'XXX' : String(Math.floor(y / 10));
  }
  if (c.weekOffset !== undefined && c.weekday !== undefined) {
    if (!ref) return `XXXX-WXX-${c.weekday}${t}`;
    const inWeek = addDays(ref, 7 * c.weekOffset);
    return ymd(addDays(inWeek, c.weekday - isoWeekday(inWeek))) + t;
  }
  if (c.weekOffset !== undefined) return ref ? isoWeek(addDays(ref, 7 * c.weekOffset)) : 'XXXX-WXX';
  if (c.monthOffset !== undefined) {
    if (!ref) return 'XXXX-XX';
    const m0 = ref.year * 12 + ref.month - 1 + c.monthOffset;
    return `${Math.floor(m0 / 12)}-${pad((m0 % 12) + 1)}`;
  }
  if (c.dayOffset !== undefined) return ref ? ymd(addDays(ref, c.dayOffset)) + t : `XXXX-XX-XX${t}`;
  const year = c.year ?? (c.yearOffset !== undefined && ref ? ref.year + c.yearOffset : undefined);
  if (c.period) return `${year ?? 'XXXX'}-${c.period}`;
  if (c.month !== undefined) {
    const y = year ?? (c.yearOffset === undefined && ref ? inferYear(c.month, c.day, ref, tense) : undefined);
    const ys = y === undefined ? 'XXXX' : String(y);
    return c.day === undefined ? `${ys}-${pad(c.month)}` : `${ys}-${pad(c.month)}-${pad(c.day)}${t}`;
  }
  if (c.weekday !== undefined) return ref ? ymd(weekdayDate(c.weekday, ref, tense)) + t : `XXXX-WXX-${c.weekday}${t}`;
  if (year !== undefined) return String(year);
  if (c.yearOffset !== undefined) return 'XXXX';
  if (c.anchored) {
    const day = anchor ?? ref;
    return day ? ymd(addDays(day, c.anchorOffset ?? 0)) + t : `XXXX-XX-XX${t}`;
  }
  return 'XXXX';
}

/** The whole day a value names ('2021-11-15', '2021-11-15TEV'), to anchor later times; else null. */
export function dayOf(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
