import type { CalendarDate } from '../types';
import type { Components } from './types';

/** Day arithmetic in UTC (no time zones, no global state). */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
const serial = (d: CalendarDate): number => Date.UTC(d.year, d.month - 1, d.day) / 86400000;
/** ISO weekday, Monday 1 .. Sunday 7. */
export const isoWeekday = (d: CalendarDate): number => ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const ymd = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** ISO 8601 week: '2021-W46'. */
export function isoWeek(d: CalendarDate): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return `${thursday.year}-W${pad(Math.floor((serial(thursday) - serial(jan1)) / 7) + 1)}`;
}

const NEAR_DAYS = 31;

/**
 * The year for a year-less month or day, nearest the reference in the direction of the tense:
 * future → not before the reference, past → not after, none → nearest, a future date counting a month farther.
 * `tense` is ±2 when a cue is bound to the date, ±1 when the sentence only leans that way.
 */
export function inferYear(month: number, day: number | undefined, ref: CalendarDate, tense: number): number {
  const refSerial = serial(ref);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => {
    const s = day ? serial({ year, month, day }) : serial({ year, month, day: 1 });
    return { year, diff: s - refSerial, inRef: !day && month === ref.month && year === ref.year };
  });
  // A day within a month of the reference is that one, whatever the sentence's verbs lean to
  // ("Bộ Ngoại giao ngày 24/4 cho biết ... sẽ ..."); only a cue bound to the date (|tense| 2) overrides it.
  const close = day ? candidates.find((c) => Math.abs(c.diff) <= NEAR_DAYS) : undefined;
  if (close && Math.abs(tense) < 2) return close.year;
  const ok = candidates.filter((c) => c.inRef || tense === 0 || (tense > 0 ? c.diff >= 0 : c.diff <= 0));
  const pool = ok.length ? ok : candidates;
  const cost = (c: (typeof candidates)[number]): number => (c.inRef ? 0 : c.diff > 0 ? c.diff + 30 : -c.diff);
  return pool.reduce((a, b) => (cost(b) < cost(a) ? b : a)).year;
}

/** The weekday nearest the reference in the direction of the tense (past or none: on or before it). */
export function weekdayDate(weekday: number, ref: CalendarDate, tense: number): CalendarDate {
  const now = isoWeekday(ref);
  return tense > 0 ? addDays(ref, (weekday - now + 7) % 7) : addDays(ref, -((now - weekday + 7) % 7));
}

/** The time of day suffix: 'T20:00' for a clock, 'TEV' for a part of day. */
export function timeSuffix(c: Components): string {
  if (c.hour !== undefined) return `T${pad(c.hour)}:${pad(c.minute ?? 0)}`;
  if (c.part) return `T${c.part}`;
  return '';
}
