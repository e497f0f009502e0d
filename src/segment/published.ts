import type { DocParagraph } from '../types';

const HEADER = /^date (\d{4})-(\d{2})-(\d{2})$/u;
// "Thứ ba, 13/12/2016 | 14:53 GMT+7", "13/12/2016"
const NUMERIC_DATELINE = /(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/u;
// "12 tháng 12 2016", "12 tháng 12, 2016"
const WORDED_DATELINE = /^(\d{1,2}) tháng (\d{1,2}),? (\d{4})/u;

/** The publication date: a `date YYYY-MM-DD` header, else a dateline among the metadata paragraphs. */
export function findPublishedAt(text: string, paragraphs: readonly DocParagraph[]): string | null {
  for (const p of paragraphs) {
    if (p.kind !== 'metadata') continue;
    const content = text.slice(p.start, p.end);
    const h = HEADER.exec(content);
    if (h) return valid(+h[1], +h[2], +h[3]);
    const w = WORDED_DATELINE.exec(content);
    if (w) return valid(+w[3], +w[2], +w[1]);
    const n = NUMERIC_DATELINE.exec(content);
    if (n) return valid(+n[3], +n[2], +n[1]);
  }
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
