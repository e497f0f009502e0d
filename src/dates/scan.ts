import type { Components, ParseContext, Parsed, Parser } from './types';

/**
 * One pass over the text instead of one regex per parser. Every parser pattern starts a match at the start
 * of a word (its look-behind refuses a letter or digit before it) and its first word is whole (a space or
 * a word end follows it), so the scan walks the words once, looks each word up in a table of the parsers'
 * first words (`Parser.starts`; '#' = a word starting with an ASCII digit), and runs only those parsers,
 * sticky, at that word. Results are the same as `matchAll` of every pattern (test/dates/scan.test.ts):
 * the candidates are a superset of the match starts, and a parser is not run inside its previous match.
 * Two more savings: a pattern's leading word-boundary look-behind is checked in JS instead, and a pattern
 * with other leading look-behinds is first tried without them (a cheap test that most words fail).
 */

/**
 * One table over the BMP: 0 = not a letter or digit ([\p{L}\p{N}]), else the code unit lower-cased as a /iu
 * regex compares it. Filled below LIMIT (Latin, Vietnamese, Greek, punctuation...) at first use; above it
 * an entry starts as UNKNOWN and is looked up the first time it is met. Surrogates count as not a letter:
 * an astral letter only adds candidates.
 */
const LIMIT = 0x3000;
const UNKNOWN = 1; // U+0001 is not a letter, so 1 is free as a marker
let FOLD: Uint16Array | undefined;
const WORD_RE = /[\p{L}\p{N}]/u;

function foldOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  const s = String.fromCharCode(c);
  if (!WORD_RE.test(s)) return 0;
  if (c === 0x17f) return 0x73; // 'ſ' case-folds to 's' in a /iu regex
  const l = s.toLowerCase();
  return l.length === 1 && l.charCodeAt(0) > UNKNOWN ? l.charCodeAt(0) : c;
}

function table(): Uint16Array {
  if (FOLD) return FOLD;
  const t = new Uint16Array(0x10000).fill(UNKNOWN);
  for (let c = 0; c < LIMIT; c++) t[c] = foldOf(c);
  for (let c = 0xd800; c <= 0xdfff; c++) t[c] = 0;
  FOLD = t;
  return t;
}

/** The table entry of `c`, filled in if unknown. */
function fold(t: Uint16Array, c: number): number {
  const f = t[c];
  if (f !== UNKNOWN) return f;
  return (t[c] = foldOf(c));
}

/** Hash of a lower-cased word (collisions only add candidates). */
function hashWord(w: string): number {
  const t = table();
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + fold(t, w.charCodeAt(i))) | 0;
  return h;
}

/** Whether a code unit is JavaScript's \s (the patterns' word separator). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What a match starting with a number needs: `min`..`max` ASCII digits, then (the code unit right after
 * the digits) one of `after`, or a space when `space` (neither: anything). A cheap check that saves
 * running the pattern.
 */
export interface DigitStart {
  min: number;
  max: number;
  after?: string;
  space?: boolean;
}

/** A pattern run at the words that can start it. */
export interface Family {
  /** First words (lower case); '#' = a word starting with an ASCII digit. */
  starts: readonly string[];
  /** With '#': what the number must look like. */
  digits?: DigitStart;
  pattern: RegExp;
  /** Called with each match, in text order, matches not overlapping (as `matchAll`). */
  onMatch(m: RegExpExecArray): void;
}

function nextOk(d: DigitStart, next: number): boolean {
  if (d.after === undefined && !d.space) return true;
  return (d.after !== undefined && next >= 0 && d.after.includes(String.fromCharCode(next))) || (Boolean(d.space) && isSpace(next));
}

/** Open-addressing table: hash of a first word → bit mask of families. */
const SLOTS = 1024;

interface Compiled {
  keys: Int32Array;
  masks: Int32Array;
  digit: number;
  maxLength: number;
  /** per family with a digit start: min, max digits; after-set; space allowed */
  digits: (DigitStart | undefined)[];
  /** the start lists and digit rules compiled (a cached table is reused only for the same ones) */
  families: { starts: readonly string[]; digits?: DigitStart }[];
}

function compile(families: readonly Family[]): Compiled {
  if (families.length > 31) throw new Error('too many pattern families for one scan');
  const keys = new Int32Array(SLOTS);
  const masks = new Int32Array(SLOTS);
  let digit = 0;
  let maxLength = 0;
  let used = 0;
  families.forEach((f, k) => {
    for (const w of f.starts) {
      if (w === '#') { digit |= 1 << k; continue; }
      if (/[^\p{L}\p{N}]/u.test(w) || /^\d/u.test(w)) throw new Error(`bad start word '${w}'`);
      const h = hashWord(w);
      if (++used > SLOTS / 2) throw new Error('too many start words for one scan');
      let slot = h & (SLOTS - 1);
      while (masks[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & (SLOTS - 1);
      keys[slot] = h;
      masks[slot] |= 1 << k;
      maxLength = Math.max(maxLength, w.length);
    }
  });
  return { keys, masks, digit, maxLength, digits: families.map((f) => f.digits), families: families.map(({ starts, digits }) => ({ starts, digits })) };
}

function lookup(keys: Int32Array, masks: Int32Array, h: number): number {
  let slot = h & (SLOTS - 1);
  for (;;) {
    const m = masks[slot];
    if (m === 0) return 0;
    if (keys[slot] === h) return m;
    slot = (slot + 1) & (SLOTS - 1);
  }
}

/**
 * A pattern's leading word-boundary look-behind, `(?<![\p{L}\p{N}...])`, is slow in V8 with /iu (most of a
 * failed attempt's time). At a word start it only needs checking in JS: the scan stops only where the code
 * unit before is not a letter or digit, so what is left is the extra punctuation it refuses and a letter
 * outside the BMP (a surrogate pair). `[/.,:-]\d` after it can't match there (a digit is a word).
 */
const LEADING = /^\(\?<!\[\\p\{L\}\\p\{N\}([/.,:-]*)\](?:\|\[\/\.,:-\]\\d)?\)/u;

function boundaryBefore(text: string, start: number, refused: string): boolean {
  if (start === 0) return true;
  const p = text.charCodeAt(start - 1);
  if (fold(table(), p) !== 0) return false;
  if (refused.length > 0 && refused.includes(text.charAt(start - 1))) return false;
  if (p >= 0xdc00 && p <= 0xdfff && start >= 2) {
    const h = text.charCodeAt(start - 2);
    if (h >= 0xd800 && h <= 0xdbff) return !WORD_RE.test(text.slice(start - 2, start));
  }
  return true;
}

/** The index after the group that opens at `source[0]` (escapes and classes skipped), or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The pattern without the look-behinds it starts with (they have no capture groups here): it matches
 * wherever the whole pattern does, and fails fast where a look-behind would be slow to try. Null when
 * there are none.
 */
function withoutLookBehinds(source: string): string | null {
  let rest = source;
  while (rest.startsWith('(?<!') || rest.startsWith('(?<=')) {
    const end = groupEnd(rest);
    if (end < 0 || /\((?!\?(?:[:=!]|<[=!]))/u.test(rest.slice(0, end).replace(/\\./gu, ''))) return null;
    rest = rest.slice(end);
  }
  return rest === source ? null : rest;
}

/** A pattern prepared for the scan: sticky, its leading boundary checked in JS, a quick pre-test. */
interface Prepared {
  sticky: RegExp;
  quick: RegExp | null;
  /** Punctuation the leading look-behind refuses besides letters and digits; null: no such look-behind. */
  refused: string | null;
}

const prepared = new WeakMap<RegExp, Prepared>();

function prepare(pattern: RegExp): Prepared {
  let p = prepared.get(pattern);
  if (p) return p;
  const lead = LEADING.exec(pattern.source);
  const source = lead ? pattern.source.slice(lead[0].length) : pattern.source;
  const flags = pattern.flags.replace(/g/u, '') + 'y';
  const bare = withoutLookBehinds(source);
  p = { sticky: new RegExp(source, flags), quick: bare === null ? null : new RegExp(bare, flags), refused: lead ? lead[1] : null };
  prepared.set(pattern, p);
  return p;
}

/** Tables of a list of families, kept by the identity of their patterns (the families are rebuilt per call). */
const cache = new Map<string, Compiled & { preps: Prepared[] }>();
const ids = new WeakMap<RegExp, number>();
let nextId = 0;

function compiled(families: readonly Family[]): Compiled & { preps: Prepared[] } {
  const key = families.map((f) => {
    let id = ids.get(f.pattern);
    if (id === undefined) ids.set(f.pattern, (id = nextId++));
    return `${id}:${f.starts.length}`;
  }).join(',');
  let c = cache.get(key);
  if (c && c.families.every((f, k) => f.starts === families[k].starts && f.digits === families[k].digits)) return c;
  c = { ...compile(families), preps: families.map((f) => prepare(f.pattern)) };
  if (cache.size > 32) cache.clear();
  cache.set(key, c);
  return c;
}

/** Runs every family over the text in one pass. */
export function scanText(text: string, families: readonly Family[]): void {
  const t = table();
  const { keys, masks, digit, maxLength, digits, preps } = compiled(families);
  const lastEnd = new Array<number>(families.length).fill(0);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let f = t[text.charCodeAt(i)];
    if (f === UNKNOWN) f = fold(t, text.charCodeAt(i));
    if (f === 0) { i++; continue; }
    const start = i;
    let mask = 0;
    if (f >= 48 && f <= 57) {
      let c = 0;
      for (i++; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
      }
      const count = i - start;
      const next = i < n ? c : -1;
      for (let m = digit; m; ) {
        const bit = m & -m;
        m ^= bit;
        const d = digits[31 - Math.clz32(bit)];
        if (d && (count < d.min || count > d.max || !nextOk(d, next))) continue;
        mask |= bit;
      }
      for (; i < n; i++) {
        f = t[text.charCodeAt(i)];
        if (f === UNKNOWN) f = fold(t, text.charCodeAt(i));
        if (f === 0) break;
      }
    } else {
      let h = 0;
      do {
        h = (Math.imul(h, 31) + f) | 0;
        if (++i >= n) break;
        f = t[text.charCodeAt(i)];
        if (f === UNKNOWN) f = fold(t, text.charCodeAt(i));
      } while (f !== 0);
      if (i - start <= maxLength) mask = lookup(keys, masks, h);
    }
    while (mask) {
      const bit = mask & -mask;
      mask ^= bit;
      const k = 31 - Math.clz32(bit);
      if (start < lastEnd[k]) continue;
      const p = preps[k];
      if (p.refused !== null && !boundaryBefore(text, start, p.refused)) continue;
      if (p.quick !== null) {
        p.quick.lastIndex = start;
        if (!p.quick.test(text)) continue;
      }
      const re = p.sticky;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      lastEnd[k] = start + m[0].length;
      families[k].onMatch(m);
    }
  }
}

/**
 * The same result with every field present (undefined when unset), in one order: the refiners then read
 * objects of one shape, which V8 reads much faster than the many shapes the parsers build.
 */
function canonical(r: Parsed): Parsed {
  const c: Components = r.c;
  return {
    start: r.start, end: r.end, kind: r.kind, rule: r.rule,
    c: {
      year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, part: c.part, weekday: c.weekday,
      period: c.period, yearOffset: c.yearOffset, monthOffset: c.monthOffset, weekOffset: c.weekOffset,
      dayOffset: c.dayOffset, decade: c.decade, anchored: c.anchored, anchorOffset: c.anchorOffset, samePeriod: c.samePeriod, value: c.value,
    },
    relative: r.relative, fragment: r.fragment, dayOnly: r.dayOnly, tense: r.tense,
  };
}

/** Every result of every parser over the text, in parser order (as running each pattern with matchAll). */
export function runParsers(text: string, parsers: readonly Parser[], extra: readonly Family[] = []): Parsed[] {
  const ctx: ParseContext = { text };
  const lists: Parsed[][] = parsers.map(() => []);
  const families: Family[] = parsers.map((p, k) => ({
    starts: p.starts,
    digits: p.digits,
    pattern: p.pattern,
    onMatch(m) {
      const r = p.extract(ctx, m);
      if (!r) return;
      if (Array.isArray(r)) for (const x of r) lists[k].push(canonical(x));
      else lists[k].push(canonical(r));
    },
  }));
  scanText(text, [...families, ...extra]);
  return lists.flat();
}
