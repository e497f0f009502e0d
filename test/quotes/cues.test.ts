import { CueIndex, cuesIn } from '../../src/quotes/cues';

/** The verbs found in a text, as a left-to-right search over the verb table would find them. */
const verbs = (text: string) => cuesIn(text, { start: 0, end: text.length }).map((c) => c.verb);

describe('cue verbs', () => {
  test.each([
    ['Ông Biden nói: “…”', ['nói']],
    ['Bắc Kinh cho biết thêm rằng', ['cho biết thêm']], // longest first
    ['Nói thêm, ông', ['nói thêm']], // capitalised
    ['cho biết thêmx', ['cho biết']], // a letter after the longer verb: the shorter one
    ['nó chứa điều', []], // "hứa" inside a word
    ['lời kêu gọi của ông', []], // a noun; "gọi" inside it is not searched again
    ['cuộc\nnói chuyện', []],
    ['Xchỉ nói rằng', []], // "chỉ nói" inside a word hides "nói"
    ['ông nói chuyện với bà', []],
    ['chỉ nói', ['chỉ nói']],
  ])('%s', (text, expected) => {
    expect(verbs(text)).toEqual(expected);
  });

  test('an index over some paragraphs finds their cues only, by range', () => {
    const text = 'Ông A nói.\n\nBà B cho biết.\n\nÔng C viết.';
    const index = new CueIndex(text, [{ start: 0, end: 10 }, { start: 28, end: text.length }]);
    expect(index.in({ start: 0, end: text.length }).map((c) => c.verb)).toEqual(['nói', 'viết']);
    expect(index.in({ start: 0, end: 9 }).map((c) => c.verb)).toEqual(['nói']);
  });
});
