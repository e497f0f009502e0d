import { buildDocument } from '../../src/document';
import { PARSERS } from '../../src/dates/index';
import { runParsers, scanText } from '../../src/dates/scan';
import { CUE, cueFamily } from '../../src/dates/refiners/03-tense';
import type { Parsed, TenseCue } from '../../src/dates/types';
import { fixtures } from '../helpers/fixtures';

/** The plain way: every pattern over the whole text with matchAll (what the one-pass scan replaces). */
function reference(text: string): Parsed[] {
  const out: Parsed[] = [];
  for (const p of PARSERS) {
    for (const m of text.matchAll(new RegExp(p.pattern.source, p.pattern.flags))) {
      const r = p.extract({ text }, m as RegExpExecArray);
      if (r) out.push(...(Array.isArray(r) ? r : [r]));
    }
  }
  return out;
}

const referenceCues = (text: string): TenseCue[] =>
  [...text.matchAll(new RegExp(CUE.source, CUE.flags))].map((m) => ({ start: m.index, end: m.index + m[0].length, sign: m[1] ? 1 : -1 }));

function same(text: string): void {
  expect(runParsers(text, PARSERS)).toEqual(reference(text));
  const cues: TenseCue[] = [];
  scanText(text, [cueFamily(cues)]);
  expect(cues).toEqual(referenceCues(text));
}

/** Every start word of every parser, in several cases, with the words and marks that follow them. */
const VOCAB = [
  ...new Set(PARSERS.flatMap((p) => p.starts).filter((w) => w !== '#')),
  'nay', 'qua', 'tới', 'trước', 'sau', 'vừa', 'đây', 'năm', 'tháng', 'ngày', 'giờ', 'phút', 'hôm', 'mai', 'kỷ', 'niên',
  'Giêng', 'Chạp', 'Tư', 'Hai', 'nhật', 'trưa', 'đêm', 'ngọ', 'đầu', 'cuối', 'hè', 'III', 'sẽ', 'đã', 'từng', 'dự', 'kiến',
  'trong', 'đến', 'lúc', 'tấn', 'USD', 'người', 'lần', 'rưỡi', 'kém', 'h', 'g', 'khi', 'đó',
  '15/11', '1/10', '15-16/11', '2023', '1990', '90', '2025-11-25', '20h30', '8h', '14:53', '01:40', '6', '12', '3.5', '100',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', '\n\n', '/', '-', ':', '“', '”', '"', '\u00a0', '(', ')', ''];
const ODD = ['ſ', 'K', 'İ', '𝐀', '😀', 'Đ', 'ａ', '٣', 'x'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rnd: () => number, words: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  let out = '';
  for (let i = 0; i < words; i++) {
    let w = rnd() < 0.04 ? pick(ODD) : pick(VOCAB);
    const r = rnd();
    if (r < 0.15) w = w[0].toUpperCase() + w.slice(1);
    else if (r < 0.2) w = w.toUpperCase();
    out += w + pick(SEPARATORS);
  }
  return out;
}

describe('one-pass scan', () => {
  it.each(fixtures().map((f) => [f.name, f] as const))('finds what matchAll finds in %s', (_name, f) => {
    same(f.text);
    same(buildDocument(f.text).text);
  });

  it('finds what matchAll finds in random runs of trigger words, numbers and marks', () => {
    const rnd = random(20231116);
    for (let i = 0; i < 400; i++) same(sentence(rnd, 5 + Math.floor(rnd() * 40)));
  });

  it('handles the text edges and letters outside the BMP', () => {
    for (const t of ['', 'năm', 'ngày 15', '15/11', '𝐀năm nay', '😀năm nay', 'ſáng nay', 'Kém', '2023', 'trong năm', 'tới nay'])
      same(t);
  });
});
