import { analyze } from '../../src/index';
import { buildDocument } from '../../src/document';
import { findEvents } from '../../src/events/index';
import { fixtures } from '../helpers/fixtures';
import { oracleDates, oracleEntities, scoreEvents } from './oracle';

const all = fixtures();

function total(rows: ReturnType<typeof scoreEvents>[]) {
  const t = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn, ok: a.ok + r.dateOk, n: a.n + r.dateN }), { tp: 0, fp: 0, fn: 0, ok: 0, n: 0 });
  return { f1: (2 * t.tp) / (2 * t.tp + t.fp + t.fn), date: t.ok / t.n };
}

describe('events on the five fixtures', () => {
  test.each(all.map((f) => [f.name, f] as const))('%s: trigger and evidence spans point into the input', (_, f) => {
    const { events } = analyze(f.text, { referenceDate: f.gold.referenceDate });
    for (const e of events) {
      expect(f.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(f.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end).toBe(true);
      expect(e.cameo).toMatch(/^0\d\d$/u);
    }
  });

  test('with gold entities and dates, the stage alone: F1 and date accuracy ≥ 0.95', () => {
    const rows = all.map((f) => {
      const doc = buildDocument(f.text);
      const [year, month, day] = f.gold.referenceDate!.split('-').map(Number);
      const events = findEvents(doc, {
        entities: oracleEntities(doc, f.gold), dates: oracleDates(doc, f.gold), quotes: [], reference: { year, month, day },
      });
      return scoreEvents(f.gold, events);
    });
    const { f1, date } = total(rows);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(date).toBeGreaterThanOrEqual(0.95);
  });

  test('through analyze(): F1 and date accuracy ≥ 0.85', () => {
    const rows = all.map((f) => scoreEvents(f.gold, analyze(f.text, { referenceDate: f.gold.referenceDate }).events));
    const { f1, date } = total(rows);
    expect(f1).toBeGreaterThanOrEqual(0.85);
    expect(date).toBeGreaterThanOrEqual(0.85);
  });
});
