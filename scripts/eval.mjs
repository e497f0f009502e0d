#!/usr/bin/env node
// The project's own evaluation over test/fixtures: precision, recall and F1 per extractor, with
// baseline rows (a capitalised-run entity finder, chrono-node's `vi` locale for dates) in one table.
// The referee in ../shared/gold/score.mjs remains the judge; this runs from the repository alone.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vinews from '../dist/index.js';
import { goldDates, goldMentions, goldQuotes } from './eval/gold.mjs';
import { capitalisedRuns, chronoVi, quoteMarks } from './eval/baselines.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ text: readFileSync(join(dir, f), 'utf8').normalize('NFC'), gold: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) }));

const prf = () => ({ tp: 0, fp: 0, fn: 0, ok: 0, n: 0 });
const rows = new Map();
const row = (name) => rows.get(name) ?? rows.set(name, prf()).get(name);
const same = (a, b) => a.start === b.start && a.end === b.end;
const overlap = (a, b) => a.start < b.end && b.start < a.end;

function match(name, sys, gold, isMatch, valueOk) {
  const r = row(name);
  const used = new Set();
  for (const g of gold) {
    const i = sys.findIndex((s, k) => !used.has(k) && isMatch(s, g));
    if (i < 0) { r.fn++; continue; }
    used.add(i); r.tp++;
    if (valueOk) { r.n++; if (valueOk(sys[i], g)) r.ok++; }
  }
  r.fp += sys.length - used.size;
}

// As the referee scores quotes: half the longer span overlaps; a gold 'term' found costs nothing, and a
// system 'term' nobody listed neither; the speaker must be one of the gold speaker's names.
function matchQuotes(sys, gold, g, name = 'vinews') {
  const r = row(`quotes (speech; speaker acc) ${name}`);
  const ratio = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / Math.max(a.end - a.start, b.end - b.start, 1);
  const names = (n) => new Set([n, ...(g.entities.find((e) => e.name === n)?.aliases ?? [])]);
  const used = new Set();
  for (const q of gold) {
    const i = sys.findIndex((s, k) => !used.has(k) && ratio(s, q) >= 0.5);
    if (i < 0) { if (q.kind !== 'term') r.fn++; continue; }
    used.add(i);
    if (q.kind === 'term') continue;
    r.tp++;
    if (q.speaker) { r.n++; if (sys[i].speaker && names(q.speaker).has(sys[i].speaker.name)) r.ok++; }
  }
  r.fp += sys.filter((s, k) => !used.has(k) && s.kind !== 'term').length;
}

for (const { text, gold } of docs) {
  const a = vinews.analyze(text, { referenceDate: gold.referenceDate });
  const mentions = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  const gm = goldMentions(text, gold);
  match('entities (typed mentions)  vinews', mentions, gm, (s, g) => same(s, g) && s.type === g.type);
  match('entities (untyped)         vinews', mentions, gm, same);
  match('entities (untyped)         baseline: capitalised runs', capitalisedRuns(text), gm, same);
  const gd = goldDates(text, gold);
  match('dates (overlap; value acc) vinews', a.dates, gd, overlap, (s, g) => s.value === g.value);
  match('dates (overlap; value acc) baseline: chrono-node vi', chronoVi(text, gold.referenceDate), gd, overlap, (s, g) => s.value === g.value);
  matchQuotes(a.quotes, goldQuotes(text, gold), gold);
  matchQuotes(quoteMarks(text), goldQuotes(text, gold), gold, 'baseline: quote marks');
  const ge = gold.events.map((e) => ({ ...e, set: new Set(e.participants) }));
  const canon = (n) => gold.entities.find((e) => e.name === n || e.aliases.includes(n))?.name ?? n;
  const se = a.events.map((e) => ({ type: e.type, date: e.date?.value ?? null, set: new Set(e.participants.map((p) => canon(p.name))) }));
  const jac = (x, y) => { const i = [...x].filter((v) => y.has(v)).length; return i / (x.size + y.size - i || 1); };
  match('events (type+who; date)    vinews', se, ge, (s, g) => s.type === g.type && jac(s.set, g.set) >= 0.5, (s, g) => !g.date || s.date === g.date);
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
console.log(`${'extractor / system'.padEnd(56)}     P      R     F1   value`);
for (const [name, r] of rows) {
  const p = r.tp / (r.tp + r.fp); const rc = r.tp / (r.tp + r.fn);
  console.log(`${name.padEnd(56)} ${f(p)}  ${f(rc)}  ${f((2 * p * rc) / (p + rc))}  ${r.n ? f(r.ok / r.n) : '  -  '}`);
}
