import { buildDocument } from '../../src/document';
import { findDates } from '../../src/dates/index';

/** No pattern may backtrack super-linearly: adversarial megabyte inputs finish quickly. */
const REF = { year: 2021, month: 11, day: 16 };
const MB = 1 << 20;

function timed(text: string): number {
  const t0 = Date.now();
  findDates(buildDocument(text), REF);
  return Date.now() - t0;
}

describe('linear time', () => {
  it('1 MB of digits and slashes', () => {
    expect(timed('1234/5678/9012/'.repeat(Math.ceil(MB / 15)).slice(0, MB))).toBeLessThan(5000);
  });

  it('1 MB of "tháng tháng ..."', () => {
    expect(timed('tháng '.repeat(Math.ceil(MB / 6)).slice(0, MB))).toBeLessThan(5000);
  });

  it('1 MB of dates separated by spaces', () => {
    expect(timed('15/11 '.repeat(Math.ceil(MB / 6)).slice(0, MB))).toBeLessThan(5000);
  });

  it('1 MB of "năm năm ..." and of one long word', () => {
    expect(timed('năm '.repeat(MB / 4))).toBeLessThan(5000);
    expect(timed('a'.repeat(MB))).toBeLessThan(5000);
  });
});
