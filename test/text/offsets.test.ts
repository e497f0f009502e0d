import fc from 'fast-check';
import { analyze, splitParagraphs } from '../../src/index';
import { buildDocument } from '../../src/document';
import type { Analysis, Span } from '../../src/types';
import { fixtures } from '../helpers/fixtures';

/** Every span an analysis reports, with where it came from. */
function spansOf(a: Analysis): [string, Span][] {
  const out: [string, Span][] = [];
  a.paragraphs.forEach((p) => out.push(['paragraph', p]));
  a.dates.forEach((d) => out.push(['date', d]));
  a.entities.forEach((e) => e.mentions.forEach((m) => out.push([`entity ${e.name}`, m])));
  a.quotes.forEach((q) => {
    out.push(['quote', q]);
    if (q.cue) out.push(['cue', q.cue]);
    if (q.speaker?.mention) out.push(['speaker', q.speaker.mention]);
  });
  a.events.forEach((e) => {
    out.push(['trigger', e.trigger], ['evidence', e.evidence]);
    if (e.date) out.push(['event date', e.date]);
  });
  return out;
}

function expectSpansHold(input: string): void {
  for (const [what, s] of spansOf(analyze(input))) {
    expect({ what, text: input.slice(s.start, s.end) }).toEqual({ what, text: s.text });
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
}

const variants: [string, (t: string) => string][] = [
  ['as given', (t) => t],
  ['NFD', (t) => t.normalize('NFD')],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['NFD + CRLF', (t) => t.normalize('NFD').replace(/\n/g, '\r\n')],
  ['tabs and NBSP', (t) => t.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : i % 11 === 0 ? '\t' : m))],
];

describe('offsets point into the input', () => {
  for (const { name, text } of fixtures()) {
    for (const [label, variant] of variants) {
      test(`${name} (${label})`, () => expectSpansHold(variant(text)));
    }
  }

  test('NFD and CRLF variants of each fixture give the same paragraphs', () => {
    for (const { text } of fixtures()) {
      const base = splitParagraphs(text).map((p) => [p.kind, p.content]);
      for (const [, variant] of variants.slice(1, 4)) {
        expect(splitParagraphs(variant(text)).map((p) => [p.kind, p.content])).toEqual(base);
      }
    }
  });

  test('random strings', () => {
    const alphabet = fc.constantFrom(
      'a', 'Ô', 'ng', ' ', '\n', '\r\n', '\n\n', '“', '”', '"', '.', ',', '15/11', 'Biden', 'Tập',
      'e\u0301', 'o\u031b\u0300', '\u00a0', '\t', '\u200b', 'ngày', 'tháng', ':', '(Ảnh: AFP)', 'date 2025-11-25 ',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((xs) => xs.join('')), (input) => {
        expectSpansHold(input);
      }),
      { numRuns: 300 },
    );
  });

  test('any unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (input) => expectSpansHold(input)), { numRuns: 300 });
  });
});

describe('the normalised document', () => {
  test('maps every range of its text back to a slice of the input', () => {
    const raw = 'Ông Bi\u0301den  nói\r\n\r\nrằng “A”.\n\nTha\u0300nh phố';
    const doc = buildDocument(raw);
    expect(doc.text).toBe('Ông Bíden nói\n\nrằng “A”.\n\nThành phố');
    const at = doc.text.indexOf('Bíden');
    expect(doc.span(at, at + 5)).toEqual({ start: 4, end: 10, text: 'Bi\u0301den' });
    const t = doc.text.indexOf('Thành');
    expect(doc.span(t, t + 5).text).toBe('Tha\u0300nh');
  });

  test('joins PDF-wrapped lines into one paragraph', () => {
    const raw = 'Hai nhà lãnh đạo đã gặp nhau tại San Francisco trong khoảng bốn giờ đồng hồ và đã thảo \n\nluận về nhiều vấn đề. \n\nSau đó, hai bên họp báo riêng rẽ tại hai địa điểm khác nhau ở thành phố này và \n\nđều nói rằng cuộc gặp rất hữu ích. \n\nCuộc gặp tiếp theo có thể diễn ra vào năm sau ở Bắc Kinh, theo các quan chức \n\ncủa hai nước.';
    const paras = splitParagraphs(raw);
    expect(paras.map((p) => p.content)).toEqual([
      'Hai nhà lãnh đạo đã gặp nhau tại San Francisco trong khoảng bốn giờ đồng hồ và đã thảo luận về nhiều vấn đề.',
      'Sau đó, hai bên họp báo riêng rẽ tại hai địa điểm khác nhau ở thành phố này và đều nói rằng cuộc gặp rất hữu ích.',
      'Cuộc gặp tiếp theo có thể diễn ra vào năm sau ở Bắc Kinh, theo các quan chức của hai nước.',
    ]);
    for (const p of paras) expect(raw.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('offsetOf, the inverse of span', () => {
  test('maps raw offsets of every normalised position back to it', () => {
    const raw = ' Ông Bi\u0301den  nói\r\n\r\nrằng   “A”.\u200b\n\nTha\u0300nh phố ';
    const doc = buildDocument(raw);
    for (let i = 0; i <= doc.text.length; i++) {
      const { start } = doc.span(i, i);
      expect(doc.offsetOf(start)).toBeLessThanOrEqual(i);
      expect(doc.span(doc.offsetOf(start), doc.offsetOf(start)).start).toBe(start);
    }
  });

  test('round-trips every entity mention of the fixtures', () => {
    for (const { text } of fixtures()) {
      const doc = buildDocument(text.normalize('NFD').replace(/\n/g, '\r\n'));
      for (const e of analyze(doc.raw).entities) {
        for (const m of e.mentions) {
          const s = doc.offsetOf(m.start);
          const t = doc.offsetOf(m.end);
          expect(doc.span(s, t)).toEqual(m);
        }
      }
    }
  });
});
