import type { Range } from '../types';
import { isLetterAt, LN } from './chars';
import { firstIndex } from '../utils/search';

/** A quoted stretch of `Doc.text`: marks at `open`/`close`, content in [start, end). */
export interface Marked extends Range {
  open: number;
  /** Index of the closing mark, or -1 when the quote ran to the paragraph end. */
  close: number;
  paragraph: number;
  /** Depth inside other quotes (0 = outermost). */
  depth: number;
}

type Family = 'double' | 'single' | 'guillemet';
interface Open {
  at: number;
  family: Family;
}

const OPENERS: Record<string, Family> = { '“': 'double', '„': 'double', '‘': 'single', '«': 'guillemet' };
const CLOSERS: Record<string, Family> = { '”': 'double', '’': 'single', '»': 'guillemet' };
const LETTER = new RegExp(`[${LN}]`, 'u');
const MARK = /[“„‘«”’»"']/gu; // every mark of the paragraph, one native scan
const SPACE_BEFORE = /[\s([{—–\-/“‘«"']/u; // what may precede an opening straight mark
const AFTER_CLOSE = /[\s,.;:!?…)\]}”’»"'—–\-]/u; // what may follow a closing straight mark

/** Offsets of every quotation mark or apostrophe in `text[start, end)`, one native scan. */
export function markPositions(text: string, start = 0, end = text.length): number[] {
  const out: number[] = [];
  MARK.lastIndex = start;
  for (let m = MARK.exec(text); m && m.index < end; m = MARK.exec(text)) out.push(m.index);
  return out;
}

/**
 * Pairs the quotation marks of one paragraph `text[start, end)` with a stack, one pass, linear:
 * each mark is pushed and popped at most once. Straight marks open or close by position
 * (`"A", "B"`), an apostrophe between letters (O'Brien, People’s) is no mark, a closer of the
 * same family closes a curly or straight opener alike (“…" is a quote), and an opener left unclosed
 * ends at the paragraph end (no runaway quote).
 */
export function pairMarks(text: string, start: number, end: number, paragraph: number, positions: readonly number[] = markPositions(text, start, end)): Marked[] {
  const out: Marked[] = [];
  const stack: Open[] = [];
  const tops: Record<Family, number[]> = { double: [], single: [], guillemet: [] };
  const push = (at: number, family: Family) => {
    tops[family].push(stack.length);
    stack.push({ at, family });
  };
  const closeFamily = (family: Family, at: number): boolean => {
    const idx = tops[family].pop();
    if (idx === undefined) return false;
    for (let k = stack.length - 1; k > idx; k--) tops[stack[k].family].pop(); // unclosed inner marks are dropped
    const o = stack[idx];
    stack.length = idx;
    out.push({ open: o.at, close: at, start: o.at + 1, end: at, paragraph, depth: idx });
    return true;
  };
  const lo = firstIndex(positions, (p) => p < start);
  for (let k = lo; k < positions.length && positions[k] < end; k++) {
    const i = positions[k];
    const c = text[i];
    if (OPENERS[c]) push(i, OPENERS[c]);
    else if (CLOSERS[c]) {
      if (c === '’' && i > start && i + 1 < end && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) continue; // People’s
      closeFamily(CLOSERS[c], i);
    } else {
      const prev = i > start ? text[i - 1] : ' ';
      const next = i + 1 < end ? text[i + 1] : ' ';
      const family: Family = c === '"' ? 'double' : 'single';
      if (c === "'" && LETTER.test(prev) && LETTER.test(next)) continue; // O'Brien
      const canOpen = SPACE_BEFORE.test(prev) && !/\s/u.test(next);
      const canClose = !/\s/u.test(prev) && AFTER_CLOSE.test(next);
      const open = tops[family].length > 0;
      if (open && canClose && closeFamily(family, i)) continue;
      if (canOpen) push(i, family);
    }
  }
  if (stack.length > 0) {
    const o = stack[0]; // the outermost unclosed mark runs to the paragraph end; inner ones are dropped
    out.push({ open: o.at, close: -1, start: o.at + 1, end, paragraph, depth: 0 });
  }
  return out.sort((a, b) => a.open - b.open);
}
