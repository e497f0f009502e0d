import type { Parsed, Refiner } from '../types';
import { isSpace } from '../scan';

const hasDay = (r: Parsed): boolean => r.c.day !== undefined && r.c.month !== undefined;

const NGAY_BEFORE = /(?<![\p{L}\p{N}])ngày\s$/iu;
const PAST_AFTER = /^\s(?:vừa\squa|vừa\srồi)(?![\p{L}\p{N}])/iu;
const FUTURE_AFTER = /^\s(?:sắp\stới|tới)(?![\p{L}\p{N}])(?!\s(?:ngày\s)?\d)/iu;
const HOM_BEFORE = /(?<![\p{L}\p{N}])hôm\s$/iu;
const MODIFIER_BEFORE = /(?<![\p{L}\p{N}])(?<!nửa\s)(?:đầu|giữa|cuối|hạ\stuần|trung\stuần|thượng\stuần)\s$/iu;
const AND_AFTER = /^\svà\s/iu;

// "ngày 15/11", "Ngày 24/11": 'ngày' belongs to the date.  "30/10 vừa qua", "tháng 3 vừa qua": the
// suffix belongs to it and makes it past.  "cuối năm nay", "đầu tuần tới", "giữa tháng 9": the modifier too.
// (Each test runs only for the results it can change: most results are durations and fragments.)
export const prefixSuffix: Refiner = (results, { text }) =>
  results.map((r) => {
    let { start, end } = r;
    let tense = r.tense;
    const day = hasDay(r);
    if (day && NGAY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) start -= 5;
    const past = r.kind === 'date' && r.rule !== 'duration';
    const unit = isUnit(r);
    if (!past && !day && !unit) return r;
    // the suffixes all start with a space and a letter, the prefixes end with a space
    const spaceAfter = isSpace(text.charCodeAt(end));
    const spaceBefore = isSpace(text.charCodeAt(start - 1));
    const after = spaceAfter ? text.slice(end, end + 10) : '';
    const m = past && spaceAfter ? PAST_AFTER.exec(after) : null;
    if (m) { end += m[0].length; tense = -2; }
    const f = day && r.c.year === undefined && spaceAfter ? FUTURE_AFTER.exec(after) : null;
    if (f) { end += f[0].length; tense = 2; }
    // "hôm 30/10": 'hôm' dates something that has happened
    if (day && tense === undefined && spaceBefore && HOM_BEFORE.test(text.slice(Math.max(0, start - 4), start))) tense = -2;
    if (unit && spaceBefore) {
      const p = MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (p && !AND_AFTER.test(after)) start -= p[0].length;
    }
    return start === r.start && end === r.end && tense === r.tense ? r : { ...r, start, end, tense };
  });

/** A month, a year or a week (what 'đầu', 'giữa', 'cuối' modify). */
function isUnit(r: Parsed): boolean {
  const c = r.c;
  if (r.kind !== 'date' || c.day !== undefined || c.dayOffset !== undefined || c.weekday !== undefined) return false;
  return c.month !== undefined || c.year !== undefined || c.yearOffset !== undefined || c.monthOffset !== undefined || c.weekOffset !== undefined;
}
