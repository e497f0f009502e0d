import type { Line } from './lines';

/**
 * Groups lines into paragraphs as the reader saw them.
 *
 * Web text puts one paragraph on a line. Text extracted from a PDF or from indented HTML wraps
 * lines mid-sentence, often with blank lines between: there a line continues the paragraph
 * unless the line before it closed a sentence near the end of a short line.
 */
export function groupLines(lines: Line[]): Line[][] {
  if (lines.length === 0) return [];
  if (!isWrapped(lines)) return lines.map((l) => [l]);
  const width = typicalWidth(lines);
  const base = baseIndent(lines);
  const groups: Line[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    const group = groups[groups.length - 1];
    if (continues(group, lines[i], width, base)) group.push(lines[i]);
    else groups.push([lines[i]]);
  }
  return groups;
}

// a closed sentence, a closing quote, or a closing bracket ("... hôm 15/11. (Ảnh cắt từ video)")
/** A wrapped line fills at least this share of the typical width. */
const FULL = 0.8;
const TERMINAL = /[.!?…]["'”’»)\]]*$|["”»)]$/u;
const DATE_HEADER = /^date \d{4}-\d{2}-\d{2}$/u;
// A photo credit: on a line of its own it belongs to the caption above; closing a line it ends the caption.
const CREDIT_LINE = /^\(?(?:Ảnh|Nguồn|Đồ họa|Đồ hoạ|Video|Photo)\s*:/u;
const CREDIT_END = /(?:^|[\s.(])(?:Ảnh|Nguồn|Đồ họa|Đồ hoạ|Photo)\s*:\s*[^\s:]{1,20}(?:[ /][^\s:]{1,20}){0,2}\)?\.?$/u;
// a lower-case word, a number or punctuation carries on; a dash before a capital opens a turn of dialogue
const STARTS_LOWER = /^(?:[\p{Ll}\p{N}(,;]|[–—-](?!\s?\p{Lu}))/u;
const STARTS_UPPER_OR_QUOTE = /^["“'‘«\p{Lu}]/u;

function continues(group: Line[], line: Line, width: number, base: number): boolean {
  const prev = group[group.length - 1];
  if (DATE_HEADER.test(prev.text)) return false;
  if (STARTS_LOWER.test(line.text) || CREDIT_LINE.test(line.text)) return true;
  const tail = group.length > 1 ? `${group[group.length - 2].text.slice(-40)} ${prev.text}` : prev.text;
  if (!TERMINAL.test(prev.text) && !CREDIT_END.test(tail.slice(-60))) {
    // an outdented capital starts afresh; deeper lines of indented HTML go on; in a PDF a wrapped line
    // fills the width, so a short unpunctuated one before a capital ends a heading or a caption
    if (line.indent < prev.indent && STARTS_UPPER_OR_QUOTE.test(line.text)) return false;
    if (line.indent > base) return true;
    return prev.text.length >= width * FULL;
  }
  // a closed line ends the paragraph, except in indented HTML source where deeper lines continue it
  // (pretty-printed HTML puts a paragraph's first line at the tag's indent and the rest one level deeper)
  if (line.indent <= base) return false;
  return line.indent === prev.indent || (group.length === 1 && line.indent > prev.indent);
}

/** Wrapped when a good share of lines are followed by a line that starts in lower case. */
function isWrapped(lines: Line[]): boolean {
  let lower = 0;
  for (let i = 1; i < lines.length; i++) if (/^\p{Ll}/u.test(lines[i].text)) lower++;
  return lower >= 3 && lower >= lines.length * 0.15;
}

/** The length of a full line: the 80th percentile of line lengths. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** The indent most paragraphs start at: the commonest indent of lines after a closed sentence. */
function baseIndent(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    if (!TERMINAL.test(lines[i - 1].text) || !STARTS_UPPER_OR_QUOTE.test(lines[i].text)) continue;
    counts.set(lines[i].indent, (counts.get(lines[i].indent) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [indent, count] of counts) if (count > bestCount) [best, bestCount] = [indent, count];
  return best;
}
