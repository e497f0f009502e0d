import type { Parsed, Refiner } from '../types';

const hasDay = (r: Parsed): boolean => r.c.day !== undefined && r.c.month !== undefined;

// "ngày 15/11", "Ngày 24/11": 'ngày' belongs to the date.  "30/10 vừa qua", "tháng 3 vừa qua": the
// suffix belongs to it and makes it past.  "cuối năm nay", "đầu tuần tới", "giữa tháng 9": the modifier too.
export const prefixSuffix: Refiner = (results, { text }) =>
  results.map((r) => {
    let { start, end } = r;
    let tense = r.tense;
    if (hasDay(r) && /(?<![\p{L}\p{N}])ngày\s$/iu.test(text.slice(Math.max(0, start - 5), start))) start -= 5;
    const after = text.slice(end, end + 10);
    const m = /^\s(?:vừa\squa|vừa\srồi)(?![\p{L}\p{N}])/iu.exec(after);
    if (m && r.kind === 'date' && r.rule !== 'duration') { end += m[0].length; tense = -1; }
    const f = /^\s(?:sắp\stới|tới)(?![\p{L}\p{N}])(?!\s(?:ngày\s)?\d)/iu.exec(after);
    if (f && hasDay(r) && r.c.year === undefined) { end += f[0].length; tense = 1; }
    // "hôm 30/10": 'hôm' dates something that has happened
    if (hasDay(r) && tense === undefined && /(?<![\p{L}\p{N}])hôm\s$/iu.test(text.slice(Math.max(0, start - 4), start))) tense = -1;
    if (isUnit(r)) {
      const p = /(?<![\p{L}\p{N}])(?<!nửa\s)(?:đầu|giữa|cuối|hạ\stuần|trung\stuần|thượng\stuần)\s$/iu.exec(text.slice(Math.max(0, start - 12), start));
      if (p && !/^\svà\s/iu.test(after)) start -= p[0].length;
    }
    return start === r.start && end === r.end && tense === r.tense ? r : { ...r, start, end, tense };
  });

/** A month, a year or a week (what 'đầu', 'giữa', 'cuối' modify). */
function isUnit(r: Parsed): boolean {
  const c = r.c;
  if (r.kind !== 'date' || c.day !== undefined || c.dayOffset !== undefined || c.weekday !== undefined) return false;
  return c.month !== undefined || c.year !== undefined || c.yearOffset !== undefined || c.monthOffset !== undefined || c.weekOffset !== undefined;
}
