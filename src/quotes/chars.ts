/**
 * Letter classes as explicit code-point ranges. `\p{L}` in a hot V8 regex is several times slower than
 * a plain class, so the classes are computed once from `\p{…}` over the BMP below U+3000 (Latin,
 * Vietnamese, Greek, Cyrillic) plus CJK, and written as ranges.
 */

export const LIMIT = 0x3000;

function ranges(test: RegExp, extra = ''): string {
  let out = '';
  let from = -1;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (let c = 0; c <= LIMIT; c++) {
    const ok = c < LIMIT && test.test(String.fromCharCode(c));
    if (ok && from < 0) from = c;
    else if (!ok && from >= 0) {
      out += from === c - 1 ? hex(from) : `${hex(from)}-${hex(c - 1)}`;
      from = -1;
    }
  }
  return out + extra;
}

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af';

/** Inside a class: any letter or digit (`\p{L}\p{N}`). */
export const LN = ranges(/[\p{L}\p{N}]/u, CJK);
/** Inside a class: any letter (`\p{L}`). */
export const L = ranges(/\p{L}/u, CJK);
/** Inside a class: an upper-case letter (`\p{Lu}`). */
export const LU = ranges(/\p{Lu}/u);
/** Inside a class: a lower-case letter (`\p{Ll}`). */
export const LL = ranges(/\p{Ll}/u);

/** 1 where the code unit is an upper-case letter (below `LIMIT`). */
export const UPPER_TABLE = new Uint8Array(LIMIT);
/** 1 where the code unit is a letter or digit (below `LIMIT`). */
export const LETTER_TABLE = new Uint8Array(LIMIT);
for (let c = 0; c < LIMIT; c++) {
  const s = String.fromCharCode(c);
  if (/\p{Lu}/u.test(s)) UPPER_TABLE[c] = 1;
  if (/[\p{L}\p{N}]/u.test(s)) LETTER_TABLE[c] = 1;
}
const CJK_RE = new RegExp(`[${CJK}]`);

/** A letter or digit at `text[i]` (false out of range). */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < LIMIT ? LETTER_TABLE[c] === 1 : CJK_RE.test(text[i]);
}

/** An upper-case letter at `text[i]`. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < LIMIT && UPPER_TABLE[c] === 1;
}

const CLASSES: Record<string, string> = { L, Lu: LU, Ll: LL, N: ranges(/\p{N}/u) };

/**
 * The same regex with `\p{L}`, `\p{N}`, `\p{Lu}`, `\p{Ll}` written as explicit ranges, so tables stay
 * readable in source and run fast: `fast(/(?<![\p{L}])và$/u)`.
 */
export function fast(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const m = /^\\p\{(L|Lu|Ll|N)\}/u.exec(src.slice(i, i + 6));
      if (m) {
        out += inClass ? CLASSES[m[1]] : `[${CLASSES[m[1]]}]`;
        i += m[0].length - 1;
      } else {
        out += src.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return new RegExp(out, re.flags);
}

/** White space as `\s` sees it (with the `u` flag). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
