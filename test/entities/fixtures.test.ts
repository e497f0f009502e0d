import { extractEntities } from '../../src/index';
import { fixtures } from '../helpers/fixtures';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

describe('entities on the fixtures', () => {
  for (const { name, text, gold } of fixtures()) {
    const found = extractEntities(text);

    test(`${name}: every mention points into the input`, () => {
      for (const e of found) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    });

    test(`${name}: most gold mentions are found with the right type`, () => {
      const sys = new Map(found.flatMap((e) => e.mentions.map((m) => [`${m.start}:${m.end}`, e.type] as const)));
      // Like the referee: every alias occurrence, longest first, without overlaps.
      const forms = gold.entities.flatMap((g) => [...new Set([g.name, ...g.aliases])].map((a) => ({ a, type: g.type })));
      forms.sort((x, y) => y.a.length - x.a.length);
      const taken: [number, number, string][] = [];
      for (const { a, type } of forms) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(a)}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of text.matchAll(re)) {
          const s = m.index!;
          const e = s + m[0].length;
          if (!taken.some(([ts, te]) => s < te && ts < e)) taken.push([s, e, type]);
        }
      }
      const total = taken.length;
      const hit = taken.filter(([s, e, type]) => sys.get(`${s}:${e}`) === type).length;
      expect(hit / total).toBeGreaterThanOrEqual(0.8);
    });
  }
});
