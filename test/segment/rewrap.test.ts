import { analyze } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

/** The article as a PDF extractor gives it: lines cut at `width` mid-sentence, blank lines between. */
function asPdf(text: string, width = 88): string {
  return text.split('\n').filter((l) => l.trim()).map((para) => {
    const lines: string[] = [];
    let line = '';
    for (const w of para.split(' ')) {
      if (line && `${line} ${w}`.length > width) {
        lines.push(`${line} `);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(`${line} `);
    return lines.join('\n\n');
  }).join('\n\n');
}

// The web fixtures (one paragraph per line), wrapped as a PDF would wrap them: re-flow must give back
// the paragraphs, and every extractor the same results.
describe.each(fixtures().filter((f) => !f.name.startsWith('000')).map((f) => [f.name, f.text]))('%s wrapped as a PDF', (_, text) => {
  const web = analyze(text);
  const pdf = analyze(asPdf(text));

  // A heading as wide as a full line, or a sentence that ends exactly at a line's end, looks the same
  // as wrapping: those few paragraphs may join or split. Everything else comes back whole.
  test('re-flow gives back most paragraphs', () => {
    const back = web.paragraphs.filter((p) => pdf.paragraphs.some((q) => q.content === p.content));
    expect(back.length / web.paragraphs.length).toBeGreaterThanOrEqual(0.75);
    expect(Math.abs(pdf.paragraphs.length - web.paragraphs.length)).toBeLessThanOrEqual(3);
  });

  test('entities, dates and quotes are the same', () => {
    const ents = (a: typeof web) => a.entities.map((e) => `${e.type} ${e.name} ${e.mentions.length}`).sort();
    const dates = (a: typeof web) => a.dates.map((d) => `${d.text.replace(/\s+/g, ' ')} ${d.value}`);
    const quotes = (a: typeof web) => a.quotes.map((q) => `${q.kind} ${q.speaker?.name} ${q.text.replace(/\s+/g, ' ')}`);
    expect(ents(pdf)).toEqual(ents(web));
    expect(dates(pdf)).toEqual(dates(web));
    expect(quotes(pdf)).toEqual(quotes(web));
  });

  test('events are the same, up to order', () => {
    const events = (a: typeof web) => a.events.map((e) => `${e.type} ${e.participants.map((p) => p.name).sort().join('+')}`).sort();
    expect(events(pdf)).toEqual(events(web));
  });
});
