#!/usr/bin/env node
// Throughput of analyze() and of each public stage on the five fixtures repeated to 1, 4, 16 and 64 MB,
// beside a plain one-pass tokenisation (/[\p{L}\p{N}]+/gu) and franc alone, all in the same run.
//   npm run bench            (sizes 1 4 16 64)
//   node bench/bench.mjs 1 4 (chosen sizes, in MB)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { francAll } from 'franc-min';
import * as vinews from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'test', 'fixtures');
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['1', '4', '16', '64']).map(Number);

/** The fixtures, concatenated until `mb` megabytes (UTF-16 code units ~ characters). */
function corpus(mb) {
  const target = mb * 1024 * 1024;
  const parts = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const a = articles[i % articles.length];
    parts.push(a);
    n += a.length + 2;
  }
  return parts.join('\n\n');
}

function tokenize(text) {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

function francChunks(text) {
  // franc as a user would run it: on every paragraph
  let n = 0;
  for (const p of text.split(/\n\s*\n/)) if (p.trim()) { francAll(p.slice(0, 2000)); n++; }
  return n;
}

function time(fn, text) {
  const t0 = performance.now();
  fn(text);
  return (performance.now() - t0) / 1000;
}

const stages = [
  ['tokenise /[\\p{L}\\p{N}]+/gu', tokenize],
  ['franc-min per paragraph', francChunks],
  ['splitParagraphs', vinews.splitParagraphs],
  ['detectLanguage', (t) => vinews.detectLanguage(t)],
  ['extractDates', (t) => vinews.extractDates(t)],
  ['extractEntities', vinews.extractEntities],
  ['extractQuotes', vinews.extractQuotes],
  ['extractEvents', (t) => vinews.extractEvents(t)],
  ['analyze', (t) => vinews.analyze(t)],
];

// warm-up on one copy of the fixtures so the JIT has seen every path
for (const [, fn] of stages) for (const a of articles) fn(a);

const rows = [];
for (const mb of sizes) {
  const text = corpus(mb);
  const secs = {};
  for (const [name, fn] of stages) {
    if (name === 'franc-min per paragraph' && mb > 4) continue; // under 1 MB/s: the small sizes tell enough
    secs[name] = time(fn, text);
  }
  rows.push({ mb, secs });
}

const pad = (s, n) => String(s).padEnd(n);
console.log(`node ${process.version}, ${articles.length} fixtures repeated; MB/s (seconds)`);
console.log(pad('stage', 30) + sizes.map((mb) => pad(`${mb} MB`, 20)).join(''));
for (const [name] of stages) {
  const cells = rows.map(({ mb, secs }) => (secs[name] === undefined ? pad('-', 20) : pad(`${(mb / secs[name]).toFixed(1)} (${secs[name].toFixed(2)}s)`, 20)));
  console.log(pad(name, 30) + cells.join(''));
}
console.log('');
for (const { mb, secs } of rows) {
  const ratio = secs.analyze / secs['tokenise /[\\p{L}\\p{N}]+/gu'];
  console.log(`${mb} MB: analyze() ${(mb / secs.analyze).toFixed(1)} MB/s, ${ratio.toFixed(1)}× the time of one tokenising pass`);
}
if (rows.length > 1) {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growth = (last.secs.analyze / first.secs.analyze) / (last.mb / first.mb);
  console.log(`cost growth ${first.mb} → ${last.mb} MB: ${growth.toFixed(2)}× linear (1.00 = linear)`);
}
