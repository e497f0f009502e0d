import { quotes } from './helpers';

describe('hostile input', () => {
  const cases: [string, string][] = [
    ['10,000 unmatched openers', '“'.repeat(10_000)],
    ['10,000 unmatched closers', '” '.repeat(10_000)],
    ['10,000 straight marks glued to words', 'a" '.repeat(10_000)],
    ['10,000 openers then 10,000 closers of another family', '“ '.repeat(10_000) + '’ '.repeat(10_000)],
    ['5,000 tiny quotes with cue verbs', '"Có", ông A nói. '.repeat(5_000)],
  ];
  test.each(cases)('%s finishes in linear time', (_, text) => {
    const t0 = performance.now();
    const q = quotes(text);
    expect(performance.now() - t0).toBeLessThan(5_000);
    for (const x of q) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});
