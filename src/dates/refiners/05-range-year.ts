import type { Parsed, Refiner } from '../types';

const FROM_BEFORE = /(?:^|\s)(?:kể\s)?từ\s$/iu;
const SINCE_BEFORE = /(?:^|\s)kể\stừ\s$/iu;
const TO_BETWEEN = /^\s(?:đến|tới)\s(?:ngày\s)?$/iu;

/**
 * "từ tháng 2 đến tháng 4 năm sau": the start of a span takes the year of its end. "kể từ tháng 4"
 * (since), with no end: a span running until now started in the past.
 */
export const rangeYear: Refiner = (results, { text }) => {
  const sorted = [...results].sort((a, b) => a.start - b.start);
  return sorted.map((r, i) => {
    if (!yearless(r) || !FROM_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start))) return r;
    const next = sorted[i + 1];
    if (next && TO_BETWEEN.test(text.slice(r.end, next.start))) {
      if (next.c.year === undefined && next.c.yearOffset === undefined) return r;
      return { ...r, c: { ...r.c, year: next.c.year, yearOffset: next.c.yearOffset } };
    }
    // "kể từ tháng 4" (since) started in the past; a plain "từ ngày 1/8 sẽ áp dụng" may start tomorrow
    return SINCE_BEFORE.test(text.slice(Math.max(0, r.start - 8), r.start)) ? { ...r, tense: -2 } : r;
  });
};

function yearless(r: Parsed): boolean {
  return r.kind === 'date' && r.c.year === undefined && r.c.month !== undefined &&
    (r.c.yearOffset === undefined || (r.c.yearOffset === 0 && !r.rule.includes('+')));
}
