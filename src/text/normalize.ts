import type { OffsetMap } from './offsets';

/**
 * Whitespace runs (any Unicode space, line breaks, tabs, zero-width and soft hyphen characters)
 * and letters followed by combining marks: the two things that differ between the raw input
 * and the text a reader sees. One linear pass finds both; no nested quantifiers.
 */
const SPECIAL = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+|\P{M}\p{M}+/gu;
/**
 * Anything `SPECIAL` would change: a non-space blank, two spaces, a combining mark. The marks are
 * listed as ranges (the combining blocks that decomposed Latin, Vietnamese included, uses) because
 * `\p{M}` in a class makes this test, run on every line, several times slower.
 */
const NEEDS_WORK = /[\t-\r\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028-\u202f\u205f\u2060\u3000\ufeff\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]| {2}/;
const SPACE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+$/u;

/**
 * Appends raw[start, end) to `map` as a reader sees it: NFC, whitespace collapsed to one space.
 * The caller trims: leading and trailing whitespace of the range become a single space too.
 */
export function appendNormalized(map: OffsetMap, raw: string, start: number, end: number): void {
  const slice = raw.slice(start, end);
  if (!NEEDS_WORK.test(slice)) {
    map.copy(raw, start, end); // the common case: one cheap scan, nothing to change
    return;
  }
  SPECIAL.lastIndex = 0;
  let at = 0;
  for (let m = SPECIAL.exec(slice); m !== null; m = SPECIAL.exec(slice)) {
    const piece = m[0];
    const s = m.index;
    const e = s + piece.length;
    if (SPACE_ONLY.test(piece)) {
      if (piece === ' ') continue; // already normal: stays in the verbatim run
      map.copy(raw, start + at, start + s);
      if (/^[\u200B-\u200D\u2060\uFEFF\u00AD]+$/u.test(piece)) map.replace('', start + s, start + e);
      else map.replace(' ', start + s, start + e);
    } else {
      const nfc = piece.normalize('NFC');
      if (nfc === piece) continue;
      map.copy(raw, start + at, start + s);
      map.replace(nfc, start + s, start + e);
    }
    at = e;
  }
  map.copy(raw, start + at, end);
}

/** Whitespace for trimming, including the invisible characters collapsed above. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x0b || c === 0x0c ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x00ad || c === 0x1680 || c === 0x85
  );
}
