import fc from 'fast-check';
import { firstIndex } from '../../src/utils/search';

describe('firstIndex', () => {
  test.each([
    [[], 5, 0], [[1, 3, 5, 7], 0, 0], [[1, 3, 5, 7], 5, 2], [[1, 3, 5, 7], 6, 3], [[1, 3, 5, 7], 9, 4], [[2, 2, 2], 2, 0],
  ])('%j, first not below %d → %d', (xs, key, at) => {
    expect(firstIndex(xs as number[], (x) => x < (key as number))).toBe(at);
  });

  test('agrees with a linear search', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (raw, key) => {
      const xs = [...raw].sort((a, b) => a - b);
      const linear = xs.findIndex((x) => x >= key);
      expect(firstIndex(xs, (x) => x < key)).toBe(linear < 0 ? xs.length : linear);
    }));
  });
});
