import { isSpaceCode } from '../text/normalize';

/** One physical line of the raw input, trimmed. */
export interface Line {
  /** Raw offsets of the trimmed line. */
  start: number;
  end: number;
  /** Leading whitespace, in characters (a tab counts as 4). */
  indent: number;
  /** Blank lines just before this one. */
  blanksBefore: number;
  /** The trimmed raw text (for the checks the re-flow makes on its first and last characters). */
  text: string;
}

/** Splits raw input into non-blank lines; CR, LF, CRLF, U+2028/2029 all end a line. */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let blanks = 0;
  let lineStart = 0;
  const n = raw.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? raw.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart;
    let indent = 0;
    while (s < i && isSpaceCode(raw.charCodeAt(s))) {
      indent += raw.charCodeAt(s) === 9 ? 4 : 1;
      s++;
    }
    let e = i;
    while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: s, end: e, indent, blanksBefore: blanks, text: raw.slice(s, e) });
      blanks = 0;
    } else if (i < n) {
      blanks++;
    }
    if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return lines;
}
