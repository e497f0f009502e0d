import type { Parsed, Refiner } from '../types';

// "Năm ngoái, ...", "Năm 2023, ...", "Trong năm 2022, ...": a year opening the sentence
const OPENS = /^(?:(?:Trong|Vào|Hồi|Cũng trong)\s)?$/u;

/**
 * "Năm ngoái, Sao Việt từng lỗ 45 tỷ đồng trong quý III": a year that opens the sentence is the year of
 * the months, quarters and seasons the sentence names without one.
 */
export const sentenceYear: Refiner = (results, { text, sentences }) => {
  const sorted = [...results].sort((a, b) => a.start - b.start);
  let s = 0;
  let frame: Parsed | null = null;
  return sorted.map((r) => {
    while (s < sentences.length - 1 && sentences[s].end <= r.start) {
      s++;
      frame = null;
    }
    const sentence = sentences[s];
    if (sentence && isYearOnly(r) && OPENS.test(text.slice(sentence.start, r.start)) && text[r.end] === ',') {
      frame = r;
      return r;
    }
    if (!frame || !sentence || r.start >= sentence.end || !yearless(r)) return r;
    return { ...r, c: { ...r.c, year: frame.c.year, yearOffset: frame.c.yearOffset } };
  });
};

function isYearOnly(r: Parsed): boolean {
  return r.kind === 'date' && r.c.month === undefined && r.c.period === undefined && r.c.day === undefined && !r.c.decade &&
    (r.c.year !== undefined || (r.c.yearOffset !== undefined && r.rule === 'year-relative'));
}

/** A month or period with no year of its own ("quý III" defaults to this year, but says nothing of it). */
function yearless(r: Parsed): boolean {
  if (r.kind !== 'date' || r.c.year !== undefined || r.c.day !== undefined) return false;
  if (r.c.month === undefined && r.c.period === undefined) return false;
  return r.c.yearOffset === undefined || (r.c.yearOffset === 0 && !r.rule.includes('+'));
}
