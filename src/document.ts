import type { Doc, DocParagraph, Range, Span } from './types';
import { OffsetMap } from './text/offsets';
import { appendNormalized } from './text/normalize';
import { splitLines, type Line } from './segment/lines';
import { groupLines } from './segment/reflow';
import { classifyParagraph, relabelRelatedLinks } from './segment/kinds';
import { splitSentences } from './segment/sentences';
import { findPublishedAt } from './segment/published';

/** A paragraph as raw line ranges, before normalisation, and the blank lines that preceded it. */
interface RawParagraph {
  lines: Range[];
  blanksBefore: number;
}

const GLUED_HEADER = /^date \d{4}-\d{2}-\d{2}(?=\s+\S)/u;

/**
 * Reads the raw input once into the document every stage works on: paragraphs re-flowed,
 * text normalised, and a map from the normalised text back to the caller's offsets.
 */
export function buildDocument(raw: string): Doc {
  const lines = splitLines(raw);
  const paragraphs = splitGluedHeaders(raw, groupLines(lines));
  const map = new OffsetMap();
  const ranges: Range[] = [];
  let previousEnd = 0;
  for (const { lines: para } of paragraphs) {
    if (ranges.length > 0) map.replace('\n\n', previousEnd, para[0].start);
    const start = map.size;
    para.forEach((line, k) => {
      if (k > 0) map.replace(' ', para[k - 1].end, line.start);
      appendNormalized(map, raw, line.start, line.end);
    });
    ranges.push({ start, end: map.size });
    previousEnd = para[para.length - 1].end;
  }
  const text = map.toString();
  const gaps = paragraphs.map((_, p) => paragraphs[p + 1]?.blanksBefore ?? 0);
  const wideGaps = gaps.filter((g) => g > 1).length;
  const contents = ranges.map((r) => text.slice(r.start, r.end));
  const kinds = contents.map((content, index) => classifyParagraph(content, {
    index,
    count: ranges.length,
    // a photo left behind leaves more blank lines than the document's usual paragraph gap
    wideGapAfter: gaps[index] > 1 && wideGaps < gaps.length / 4,
  }));
  relabelRelatedLinks(kinds, contents);
  const docParagraphs: DocParagraph[] = ranges.map((r, index) => ({
    start: r.start,
    end: r.end,
    index,
    kind: kinds[index],
    sentences: splitSentences(text, r.start, r.end),
  }));
  const span = (start: number, end: number): Span => {
    const s = map.rawStart(start);
    const e = Math.max(s, map.rawEnd(end));
    return { start: s, end: e, text: raw.slice(s, e) };
  };
  const offsetOf = (rawOffset: number): number => map.normOffset(rawOffset);
  return { raw, text, paragraphs: docParagraphs, publishedAt: findPublishedAt(text, docParagraphs), span, offsetOf };
}

/** "date 2025-11-25 Ngày 24/11, ..." on one line: the header is a paragraph of its own. */
function splitGluedHeaders(raw: string, groups: Line[][]): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const group of groups) {
    const first = group[0];
    const m = GLUED_HEADER.exec(raw.slice(first.start, first.end));
    const lines = group.map(({ start, end }) => ({ start, end }));
    if (!m) {
      out.push({ lines, blanksBefore: first.blanksBefore });
      continue;
    }
    let restStart = first.start + m[0].length;
    while (/\s/u.test(raw[restStart])) restStart++;
    out.push({ lines: [{ start: first.start, end: first.start + m[0].length }], blanksBefore: first.blanksBefore });
    out.push({ lines: [{ start: restStart, end: first.end }, ...lines.slice(1)], blanksBefore: 0 });
  }
  return out;
}
