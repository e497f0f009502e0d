/**
 * The first index of `xs` whose item is not `before` the key, for a list sorted so that every item
 * before the key comes first (a lower bound): `firstIndex(mentions, (m) => m.start < pos)`.
 * Every stage looks up its sorted spans this way.
 */
export function firstIndex<T>(xs: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(xs[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
