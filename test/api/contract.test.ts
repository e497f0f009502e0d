import * as vinews from '../../src/index';

const fns = ['detectLanguage', 'splitParagraphs', 'extractDates', 'extractEntities', 'extractQuotes', 'extractEvents', 'analyze'] as const;

describe('bad input', () => {
  test.each(fns)('%s throws a TypeError naming the argument for a non-string', (name) => {
    const fn = vinews[name] as (x: unknown) => unknown;
    for (const bad of [undefined, null, 42, {}, ['a'], Buffer.from('a')]) {
      expect(() => fn(bad)).toThrow(TypeError);
      expect(() => fn(bad)).toThrow(/"text"/);
    }
  });

  test.each(['', '   ', '\n\n\t  \r\n'])('whitespace-only %j gives empty results', (text) => {
    const a = vinews.analyze(text);
    expect(a.paragraphs).toEqual([]);
    expect(a.entities).toEqual([]);
    expect(a.dates).toEqual([]);
    expect(a.quotes).toEqual([]);
    expect(a.events).toEqual([]);
    expect(a.language.code).toBe('und');
    expect(a.metadata.publishedAt).toBeNull();
    expect(vinews.extractEvents(text)).toEqual([]);
  });

  test.each(['2023-13-01', '2023-02-30', 'yesterday', '15/11/2023', ''])('referenceDate %j is a RangeError', (ref) => {
    expect(() => vinews.analyze('Hai bên gặp nhau.', { referenceDate: ref })).toThrow(RangeError);
    expect(() => vinews.extractDates('Hai bên gặp nhau.', { referenceDate: ref })).toThrow(RangeError);
    expect(() => vinews.extractEvents('Hai bên gặp nhau.', { referenceDate: ref })).toThrow(RangeError);
  });

  test('an invalid Date is a RangeError, a valid one is accepted', () => {
    expect(() => vinews.analyze('Hai bên gặp nhau.', { referenceDate: new Date('nope') })).toThrow(RangeError);
    expect(() => vinews.analyze('Hai bên gặp nhau.', { referenceDate: new Date('2023-11-16T00:00:00Z') })).not.toThrow();
  });

  test('options must be an object', () => {
    expect(() => vinews.analyze('x', '2023-11-16' as never)).toThrow(TypeError);
  });

  test('hostile input finishes', () => {
    const pieces = ['“', '"', '/', '1', '.', ' ', 'Ô', '\n', 'tháng ', '(', 'ngày '];
    let s = '';
    for (let i = 0; s.length < 200_000; i++) s += pieces[(i * 7 + (i >> 3)) % pieces.length];
    const t0 = Date.now();
    vinews.analyze(s);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('the analysis', () => {
  test('has every part of the contract', () => {
    const a = vinews.analyze('date 2025-11-25 Ngày 24/11, Tổng thống Donald Trump đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.');
    expect(Object.keys(a).sort()).toEqual(['dates', 'entities', 'events', 'language', 'metadata', 'paragraphs', 'quotes']);
    expect(a.metadata.publishedAt).toBe('2025-11-25');
    expect(a.paragraphs.map((p) => p.index)).toEqual([0, 1]);
  });
});

describe('text in another language', () => {
  const english = 'President Joe Biden met Chinese leader Xi Jinping in San Francisco on Wednesday, their first face-to-face talks in a year. "We have had some very constructive discussions," Biden told reporters after the four-hour meeting.';

  test('gets its language and paragraphs, and no guesses from the Vietnamese extractors', () => {
    const a = vinews.analyze(english);
    expect(a.language.code).toBe('eng');
    expect(a.paragraphs).toHaveLength(1);
    expect([a.entities, a.dates, a.quotes, a.events]).toEqual([[], [], [], []]);
    expect(vinews.extractEntities(english)).toEqual([]);
    expect(vinews.extractDates(english)).toEqual([]);
    expect(vinews.extractQuotes(english)).toEqual([]);
  });

  test('a short or mixed text is still read', () => {
    expect(vinews.extractEntities('Ông Biden nói.').map((e) => e.name)).toEqual(['Biden']);
  });
});
