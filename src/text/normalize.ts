import type { OffsetMap } from './offsets';

/**
 * Whitespace runs (any Unicode space, line breaks, tabs, zero-width and soft hyphen characters)
 * and letters followed by combining marks: the two things that differ between the raw input
 * and the text a reader sees. One linear pass finds both; no nested quantifiers.
 */
const SPECIAL = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]+|\P{M}\p{M}+/gu;
const SPACE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]+$/u;

/**
 * Appends raw[start, end) to `map` as a reader sees it: NFC, whitespace collapsed to one space.
 * The caller trims: leading and trailing whitespace of the range become a single space too.
 */
export function appendNormalized(map: OffsetMap, raw: string, start: number, end: number): void {
  const slice = raw.slice(start, end);
  if (!needsWork(raw, start, end)) {
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

/**
 * Whether raw[start, end) holds anything `SPECIAL` would change: a blank other than a single
 * space, or a combining mark. A char loop: this runs on every line of every document, and a regex
 * with these classes is several times slower in V8.
 */
function needsWork(raw: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      if (raw.charCodeAt(i + 1) === 32 && i + 1 < end) return true;
    } else if (c < 32 || (c >= 0x80 && isSpecial(c))) {
      return true;
    }
  }
  return false;
}

function isSpecial(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) || c === 0x85 || c === 0xa0 || c === 0xad || c === 0x1680 ||
    (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x2000 && c <= 0x200d) ||
    (c >= 0x2028 && c <= 0x202f) || c === 0x205f || c === 0x2060 || (c >= 0x20d0 && c <= 0x20ff) ||
    c === 0x3000 || (c >= 0xfe20 && c <= 0xfe2f) || c === 0xfeff
  );
}

/** Whitespace for trimming, including the invisible characters collapsed above. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x0b || c === 0x0c ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x00ad || c === 0x1680 || c === 0x85
  );
}
