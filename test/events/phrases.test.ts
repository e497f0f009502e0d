import { PhraseEnds, Phrases } from '../../src/events/phrases';
import { alternation, matchesAt } from '../../src/events/pattern';

// The word scans stand in for regexes: they must find exactly what the regexes find.
const WORDS = ['gặp', 'gặp nhau', 'cuộc gặp', 'ký', 'ký kết', 'hai nước', '2 ông'];
const edge = (flags: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WORDS)})(?![\\p{L}\\p{N}])`, flags);
const SAMPLES = [
  'Hai bên đã gặp nhau tại Bali.',
  'Cuộc  gặp\u00a0giữa hai nước; KÝ KẾT hiệp định.',
  'thư ký gặpgỡ, gặp-nhau, 2 ông ký',
  'không gặp',
  '',
  '   ',
  'đăng ký',
  'Ký',
];

describe('Phrases finds what the edge regex finds', () => {
  test.each(SAMPLES)('%j', (text) => {
    const table = new Phrases(WORDS);
    const expected = [...text.matchAll(edge('giu'))].map((m) => [m.index, m.index + m[0].length]);
    expect(table.scan(text).map((h) => [h.start, h.end])).toEqual(expected);
    expect(table.test(text)).toBe(expected.length > 0);
    expect(new PhraseEnds(WORDS).endsText(text)).toBe(
      new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(WORDS)})\\s*$`, 'iu').test(text));
    expect(table.startsText(text)).toBe(new RegExp(`^\\s*(?:${alternation(WORDS)})(?![\\p{L}\\p{N}])`, 'iu').test(text));
    for (const w of WORDS) {
      expect(table.present(text).has(w)).toBe(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([w])})(?![\\p{L}\\p{N}])`, 'iu').test(text));
    }
  });

  test('a range reads like a slice', () => {
    const text = 'gặp nhau, cuộc gặp';
    expect(new Phrases(WORDS).scan(text, 4, 18).map((h) => h.phrase)).toEqual(['cuộc gặp']);
  });

  test('after a space only', () => {
    expect(new Phrases(['khi']).scan('khi đó, và khi', 0, 14, true).map((h) => h.start)).toEqual([11]);
  });

  test('only lower-case phrases of words', () => {
    expect(() => new Phrases(['Gặp'])).toThrow();
    expect(() => new Phrases(['nga - ukraine'])).toThrow();
  });
});

describe('matchesAt lists what matchAll lists', () => {
  const pattern = /(?<![\p{L}\p{N}])cho (?:biết|hay)(?: thêm)?,?\s+/gu;
  test.each(['Ông Hải cho biết, Hà Nội sẽ', 'không cho biết cho hay thêm  x', 'xcho biết '])('%j', (text) => {
    expect(matchesAt(text, /cho (?:biết|hay)/gu, pattern).map((m) => [m.index, m[0]]))
      .toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
  });
});
