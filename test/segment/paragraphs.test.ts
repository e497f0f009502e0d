import { splitParagraphs } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('splitParagraphs on the fixtures', () => {
  for (const { name, text, gold } of fixtures()) {
    test(`${name}: paragraphs start where the gold says, with offsets into the input`, () => {
      const paras = splitParagraphs(text);
      for (const p of paras) expect(text.slice(p.start, p.end)).toBe(p.text);
      const found = gold.paragraphs.filter((g) => paras.some((p) => norm(p.content).startsWith(norm(g.start))));
      expect(found.length / gold.paragraphs.length).toBeGreaterThanOrEqual(0.9);
    });
  }
});
