import type { Parser } from '../types';
import { MONTH_WORDS } from '../constants';
import { B, E, alternation, key } from '../pattern';

// "tháng 11", "tháng 1/2021", "tháng 4-2023", "tháng Giêng", "tháng Chạp", "tháng hai", "tháng Năm"
// (a year after it, 'năm 2021' / 'năm ngoái' / 'sang năm', is merged by a refiner)
const WORDS = alternation([...Object.keys(MONTH_WORDS), 'năm']);
export const monthName: Parser = {
  name: 'month',
  starts: ['tháng'],
  pattern: new RegExp(`${B}tháng\\s(?:(\\d{1,2})(?:[/-](\\d{4}))?|(${WORDS}))${E}(?![/.,]\\d)`, 'giu'),
  extract(ctx, m) {
    const [all, num, y, word] = m;
    let month: number;
    if (num) month = Number(num);
    else if (word === 'Năm') month = 5; // 'tháng năm' lower-case is 'months and years'
    else if (key(word) === 'năm') return null;
    else month = MONTH_WORDS[key(word)];
    if (!(month >= 1 && month <= 12)) return null;
    if (!num && /^\s(?:lần|ngày|tuần|trời)/iu.test(ctx.text.slice(m.index + all.length, m.index + all.length + 6))) return null;
    return { start: m.index, end: m.index + all.length, kind: 'date', rule: 'month', c: { month, year: y ? Number(y) : undefined }, relative: !y };
  },
};
