import type { CalendarDate } from './types';

/** Throws a TypeError naming the argument when `value` is not a string. */
export function assertText(value: unknown, name = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`vinews: argument "${name}" must be a string, got ${value === null ? 'null' : typeof value}`);
  }
}

/** Throws a TypeError naming the argument when `options` is neither undefined nor an object. */
export function assertOptions(value: unknown, name = 'options'): void {
  if (value !== undefined && (value === null || typeof value !== 'object')) {
    throw new TypeError(`vinews: argument "${name}" must be an object when given`);
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * The calendar day of `options.referenceDate`: an ISO date ('2023-11-16', a full ISO timestamp
 * is cut to its day as written) or a Date (its UTC day). Anything else is a RangeError.
 */
export function parseReferenceDate(value: unknown): CalendarDate | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('vinews: options.referenceDate is an invalid Date');
    return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  }
  if (typeof value !== 'string') {
    throw new RangeError('vinews: options.referenceDate must be an ISO date string (YYYY-MM-DD) or a Date');
  }
  const m = ISO_DAY.exec(value.trim());
  const date = m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
  if (!date || !isRealDay(date)) {
    throw new RangeError(`vinews: options.referenceDate "${value}" is not a valid ISO date (YYYY-MM-DD)`);
  }
  return date;
}

export function isRealDay({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
