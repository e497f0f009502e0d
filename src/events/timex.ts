/**
 * TIMEX3 values as day intervals, to compare an event's date with the reference date and with
 * another statement's date. '2023-11-15' → one day; '2021-11' → the month; '2021-W46' → the
 * ISO week; '2026-H1', '2021-Q3', '2021-SU' → their months; a time ('2021-11-15T20:00') → its day.
 */
import type { CalendarDate } from '../types';

export interface DayInterval {
  /** Days since 1970-01-01, inclusive. */
  first: number;
  last: number;
  /** 1 year, 2 month, 3 week/season, 4 day, 5 day with a part of day or clock time. */
  precision: number;
}

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;
const PARTS: Record<string, [number, number]> = {
  H1: [1, 6], H2: [7, 12], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12],
  SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14],
};

// Statements are compared pairwise while merging: each value is parsed once.
const parsed = new Map<string, DayInterval | null>();

export function interval(value: string): DayInterval | null {
  let known = parsed.get(value);
  if (known === undefined) {
    known = parse(value);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(value, known);
  }
  return known;
}

function parse(value: string): DayInterval | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.+)?$/u.exec(value);
  if (m) {
    const d = day(+m[1], +m[2], +m[3]);
    return { first: d, last: d, precision: m[4] ? 5 : 4 };
  }
  m = /^(\d{4})-(\d{2})$/u.exec(value);
  if (m) return { first: day(+m[1], +m[2], 1), last: day(+m[1], +m[2] + 1, 1) - 1, precision: 2 };
  m = /^(\d{4})-W(\d{2})$/u.exec(value);
  if (m) {
    const jan4 = day(+m[1], 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (+m[2] - 1) * 7;
    return { first: monday, last: monday + 6, precision: 3 };
  }
  m = /^(\d{4})-(H[12]|Q[1-4]|SP|SU|FA|WI)$/u.exec(value);
  if (m) {
    const [a, b] = PARTS[m[2]];
    return { first: day(+m[1], a, 1), last: day(+m[1], b + 1, 1) - 1, precision: 3 };
  }
  m = /^(\d{4})$/u.exec(value);
  if (m) return { first: day(+m[1], 1, 1), last: day(+m[1], 12, 31), precision: 1 };
  return null;
}

export function dayOf(date: CalendarDate): number {
  return day(date.year, date.month, date.day);
}

/** Two statements may date the same event: one contains the other, or days a time zone apart. */
export function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return false;
  if (x.precision >= 4 && y.precision >= 4) return Math.abs(x.first - y.first) <= 1;
  return x.first <= y.last + 1 && y.first <= x.last + 1;
}

/** The more precise of two compatible values; the first when equally precise. */
export function finer(a: string, b: string): string {
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return x ? a : b;
  return y.precision > x.precision && (x.precision < 4 || y.first === x.first) ? b : a;
}
