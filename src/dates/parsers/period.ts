import type { Parser } from '../types';
import { SEASONS } from '../constants';
import { B, E, alternation, key } from '../pattern';

/** Not followed by what a refiner will merge as the year ('năm nay', 'năm 2021', '2021'). */
export const NO_YEAR_AFTER = '(?!\\s(?:\\d|năm\\s|sang\\snăm|nay|này|ngoái|trước|sau|tới|qua|kế|tiếp))';
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// "quý 3", "quý III", "quý I/2024" → Q3 (of the year after it, else this year)
export const quarter: Parser = {
  name: 'quarter',
  starts: ['quý'],
  pattern: new RegExp(`${B}(?:[qQ]uý|QUÝ)\\s(\\d|IV|III|II|I)(?:[/-](\\d{4}))?${E}`, 'gu'),
  extract(_ctx, m) {
    const q = /\d/u.test(m[1]) ? Number(m[1]) : ROMAN[key(m[1])];
    if (q < 1 || q > 4) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'quarter', c: m[2] ? { period: `Q${q}`, year: Number(m[2]) } : { period: `Q${q}`, yearOffset: 0 }, relative: !m[2] };
  },
};

// "mùa hè", "mùa đông" → SU, WI;  "nửa đầu năm", "nửa cuối năm", "6 tháng đầu năm" → H1, H2
export const season: Parser = {
  name: 'season',
  starts: ['mùa', 'nửa', '#'],
  digits: { min: 1, max: 1, space: true },
  pattern: new RegExp(`${B}(?:mùa\\s(${alternation(Object.keys(SEASONS))})|(nửa\\s(?:đầu|cuối|sau)|6\\stháng\\s(?:đầu|cuối))(?:\\snăm${NO_YEAR_AFTER})?)${E}`, 'giu'),
  extract(ctx, m) {
    const span = { start: m.index, end: m.index + m[0].length, kind: 'date' as const, relative: true };
    if (m[1]) {
      if (key(m[1]) === 'hạ' && /^\s?(?:cánh|thủy|tầng)/iu.test(ctx.text.slice(span.end, span.end + 8))) return null;
      return { ...span, rule: 'season', c: { period: SEASONS[key(m[1])], yearOffset: 0 } };
    }
    const half = /đầu/iu.test(m[2]) ? 'H1' : 'H2';
    if (!/năm$/iu.test(m[0]) && !/^\snăm/iu.test(ctx.text.slice(span.end, span.end + 5))) return null;
    return { ...span, rule: 'half', c: { period: half, yearOffset: 0 } };
  },
};

// "đầu tháng", "cuối năm", "cuối tuần", "giữa tháng": the current unit (a year or month after it is merged instead)
export const modifiedUnit: Parser = {
  name: 'modified-unit',
  starts: ['đầu', 'giữa', 'cuối'],
  pattern: new RegExp(`${B}(?:đầu|giữa|cuối)\\s(năm|tháng|tuần)${NO_YEAR_AFTER}${E}(?!\\s(?:học|tài|\\p{Lu}))`, 'giu'),
  extract(_ctx, m) {
    const unit = key(m[1]);
    const c = unit === 'năm' ? { yearOffset: 0 } : unit === 'tháng' ? { monthOffset: 0 } : { weekOffset: 0 };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'modified-unit', c, relative: true };
  },
};

// "cùng kỳ năm ngoái", "cùng kỳ năm trước", "cùng kỳ": the period the text last named, a year earlier
// (valued in index.ts, which knows that period)
export const samePeriod: Parser = {
  name: 'same-period',
  starts: ['cùng'],
  pattern: /(?<![\p{L}\p{N}])cùng\skỳ(?:\s(?:năm\s(ngoái|trước)|năm\s(\d{4})))?(?![\p{L}\p{N}])/giu,
  extract(_ctx, m) {
    const c = m[2] ? { year: Number(m[2]), samePeriod: true } : { yearOffset: -1, samePeriod: true };
    return { start: m.index, end: m.index + m[0].length, kind: 'date', rule: 'same-period', c, relative: !m[2] };
  },
};
