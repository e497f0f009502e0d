import type { Parser } from '../types';
import { SET_FIXED, SET_WORDS } from '../constants';
import { alternation, firstWords, key } from '../pattern';

const UNIT: Record<string, string> = { năm: 'P1Y', tháng: 'P1M', tuần: 'P1W', ngày: 'P1D', giờ: 'PT1H', quý: 'P3M' };

// "hằng năm", "hàng tuần", "mỗi ngày", "thường niên" → P1Y, P1W, P1D (kind set)
export const repeating: Parser = {
  name: 'set',
  starts: firstWords(SET_WORDS, Object.keys(SET_FIXED)),
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(${alternation(SET_WORDS)})\\s(${alternation(Object.keys(UNIT))})|(${alternation(Object.keys(SET_FIXED))}))(?![\\p{L}\\p{N}])(?!\\s(?:qua|nay|trời))`,
    'giu',
  ),
  extract(ctx, m) {
    const value = m[3] ? SET_FIXED[key(m[3])] : UNIT[key(m[2])];
    if (m[1] && key(m[1]) === 'từng' && !/^(?:ngày|tuần|tháng|năm)$/iu.test(m[2])) return null;
    void ctx;
    return { start: m.index, end: m.index + m[0].length, kind: 'set', rule: 'set', c: { value } };
  },
};
