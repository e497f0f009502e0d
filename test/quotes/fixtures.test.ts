import { extractQuotes } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

// Thresholds reached with the fallback naming alone; the entity stage only raises them.
const MIN_RECALL = 0.97;
const MIN_SPEAKER = 0.9;

describe('extractQuotes on the fixtures', () => {
  let found = 0;
  let total = 0;
  let speakerOk = 0;
  let speakerN = 0;
  for (const { name, text, gold } of fixtures()) {
    test(`${name}: every span points into the input`, () => {
      const quotes = extractQuotes(text);
      for (const q of quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        if (q.speaker?.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
        if (q.kind === 'term') expect(q.speaker).toBeNull();
      }
      const used = new Set<number>();
      for (const g of gold.quotes.filter((x) => x.kind !== 'term')) {
        total++;
        const i = quotes.findIndex((q, k) => !used.has(k) && norm(q.text) === norm(g.text));
        if (i < 0) continue;
        used.add(i);
        found++;
        if (!g.speaker) continue;
        speakerN++;
        const aliases = [g.speaker, ...(gold.entities.find((e) => e.name === g.speaker)?.aliases ?? [])];
        if (quotes[i].speaker && aliases.includes(quotes[i].speaker!.name)) speakerOk++;
      }
    });
  }
  test('quote recall and speaker accuracy over the five fixtures', () => {
    expect(found / total).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(speakerOk / speakerN).toBeGreaterThanOrEqual(MIN_SPEAKER);
  });
});
