import type { Parsed, Parser } from '../types';
import { HEDGES, NUMBER_WORDS, PARTS_OF_DAY, UNITS, VAGUE_QUANTITIES } from '../constants';
import { NUMBER, alternation, firstWords, key, toNumber } from '../pattern';

const UNIT = alternation(Object.keys(UNITS));
const VAGUE = alternation(VAGUE_QUANTITIES);
const HEDGE = alternation(HEDGES);
/** 'những năm', 'các tháng' need a 'qua'/'nay' to be a duration ('những năm 1990' is a decade). */
const NEEDS_SUFFIX = /^(?:những|các|hàng|mươi)$/iu;
/** After "N năm trước": the end of a clause → a date 'N years ago'; a noun → 'N years before X'. */
const AGO_END = /^(?:\s*(?:$|[.,;:!?)”"\n–-])|\s(?:ở|tại|và|đã|thì|là|mới|khi|nhưng|do|vì|bởi|từ|trên|với|cũng))/iu;
/** "500.000 tấn một năm" is a rate, not a duration. */
const RATE_BEFORE = /(?<![\p{L}\p{N}])(?:tấn|USD|đồng|lần|người|km|kg|triệu|tỷ|nghìn|ngàn|thùng|chiếc|MW|kWh|ca|vụ)\s$/u;
const PARTS = alternation(Object.keys(PARTS_OF_DAY));
const CLOCK_AFTER = new RegExp(`^\\s(?:${PARTS}|ngày\\s\\d|\\d{1,2}/\\d)`, 'iu');

// "khoảng 4 giờ", "90 phút", "1 giờ 25 phút", "Gần hai năm", "nhiều tháng", "vài giờ", "7 tháng qua",
// "những năm qua", "3 năm tới", "3 năm trước" (a date), "2 tháng trước chuyến thăm" (a duration)
export const duration: Parser = {
  name: 'duration',
  starts: ['#', ...firstWords(HEDGES, Object.keys(NUMBER_WORDS), VAGUE_QUANTITIES, Object.keys(UNITS))],
  digits: { min: 1, max: 4, space: true },
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}]|\\d[/.,:-])(?:(${HEDGE})\\s)?(?:(${NUMBER}|${VAGUE})\\s)?(${UNIT})` +
      `(?:\\s(\\d{1,2})\\s(phút|giây))?(?:\\s(rưỡi))?(?:\\s(qua|nay|tới|trước|vừa\\squa|gần\\sđây|sau))?(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  extract(ctx, m) {
    const [all, hedge, qty, unitWord, n2, unit2, half, suffix] = m;
    const start = m.index;
    // a bare unit ('năm', 'ngày': most matches) is a duration only as 'năm qua', 'tháng vừa qua'
    if (!qty && !(suffix && /^(?:qua|vừa\squa)$/iu.test(suffix) && /^(?:năm|tháng|tuần|thập)/iu.test(unitWord))) return null;
    const before = ctx.text.slice(Math.max(0, start - 8), start);
    if (RATE_BEFORE.test(before) || (/thứ\s$/iu.test(before) && !hedge)) return null;
    if (/(?:tháng|ngày|lúc|năm|thứ|số|quý)\s$/iu.test(before) && qty && /^\d/u.test(qty)) return null;
    const u = UNITS[key(unitWord)];
    const suf = suffix ? key(suffix) : undefined;
    let amount: string;
    if (!qty) {
      if (!(suf === 'qua' || suf === 'vừa qua') || !/^(?:năm|tháng|tuần|thập)/iu.test(unitWord)) return null;
      amount = '1';
    } else if (!Number.isNaN(toNumber(qty))) {
      const n = toNumber(qty);
      if (!(n > 0) || (u.unit === 'Y' && n > 200 && !suf)) return null;
      amount = String(n);
    } else {
      if (NEEDS_SUFFIX.test(qty) && !suf && u.unit !== 'DE' && u.unit !== 'CE') return null;
      amount = 'X';
    }
    let end = start + all.length;
    // "một năm đầy biến động", "ba ngày mà ..." describe; "gần 3 năm mà chưa xong" (a hedge) still measures
    if (!hedge && /^\s(?:mà|đầy|như\sthế|như\svậy|đáng)(?![\p{L}\p{N}])/iu.test(ctx.text.slice(end, end + 12))) return null;
    const textEnd = (s: string | undefined): number => (s ? end - s.length - 1 : end);
    // a clock time ("8 giờ tối", "8 giờ sáng ngày 16/11") is not a duration
    if (u.unit === 'H' && amount !== 'X' && !n2 && CLOCK_AFTER.test(ctx.text.slice(end, end + 12))) return null;
    // "ba ngày sau đó", "hai tuần trước đó": days counted from the day the text last named
    const fromThen = (suf === 'trước' || suf === 'sau') && amount !== 'X' && (u.unit === 'D' || u.unit === 'W')
      ? /^\s(?:đó|đấy)(?![\p{L}\p{N}])/u.exec(ctx.text.slice(end, end + 6)) : null;
    if (fromThen) {
      const days = Number(amount) * (u.unit === 'W' ? 7 : 1) * (suf === 'sau' ? 1 : -1);
      return { start, end: end + fromThen[0].length, kind: 'date', rule: 'after-that', c: { anchored: true, anchorOffset: days }, relative: true };
    }
    if (suf === 'trước' || suf === 'sau') {
      const after = ctx.text.slice(end, end + 12);
      if (suf === 'trước' && AGO_END.test(after) && !/^\s(?:khi)/iu.test(after)) return ago(start, end, amount, u, hedge);
      end = textEnd(suffix);
    }
    if (suf === 'gần đây') end = textEnd(suffix);
    let value = `P${u.time ? 'T' : ''}${amount}${u.unit}`;
    if (n2) value += `${n2}${UNITS[key(unit2)].unit}`;
    if (half && amount !== 'X') value = u.unit === 'H' ? `PT${amount}H30M` : value;
    const r: Parsed = { start, end, kind: 'duration', rule: 'duration', c: { value } };
    return r;
  },
};

/** "3 năm trước" → the year three years before the reference; "3 giờ trước" → the reference day. */
function ago(start: number, end: number, amount: string, u: { unit: string; time: boolean }, _hedge?: string): Parsed | null {
  if (amount === 'X') return null;
  const n = Number(amount);
  const base = { start, end, kind: 'date' as const, rule: 'ago', relative: true };
  if (u.time) return { ...base, c: { dayOffset: 0 } };
  if (u.unit === 'Y') return { ...base, c: { yearOffset: -n } };
  if (u.unit === 'M') return { ...base, c: { monthOffset: -n } };
  if (u.unit === 'W') return { ...base, c: { weekOffset: -n } };
  if (u.unit === 'D') return { ...base, c: { dayOffset: -n } };
  if (u.unit === 'DE') return { ...base, c: { yearOffset: -10 * n, decade: true } };
  return null;
}

// "cách đây một năm", "cách đây 3 tháng" → a date
export const agoBefore: Parser = {
  name: 'ago',
  starts: ['cách'],
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])cách\\sđây\\s(?:(?:${HEDGE})\\s)?(${NUMBER})\\s(${UNIT})(?![\\p{L}\\p{N}])`, 'giu'),
  extract(_ctx, m) {
    const n = toNumber(m[1]);
    if (!(n > 0)) return null;
    return ago(m.index, m.index + m[0].length, String(n), UNITS[key(m[2])]);
  },
};
