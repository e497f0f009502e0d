/**
 * Step 1: the document as the events stage reads it. Sentences of the readable paragraphs,
 * each with the entity mentions, dates and quotations inside it, placed in `doc.text`.
 * The other stages give spans of the caller's input; a binary search over `doc.span`
 * turns those raw offsets back into normalised ones.
 */
import type { Doc, Entity, ParagraphKind, Range } from '../types';
import type { EventInputs } from './inputs';
import type { DateRef, Mention, QuoteRef, Sentence } from './model';
import { splitClauses } from './clauses';

export interface Context {
  doc: Doc;
  inputs: EventInputs;
  sentences: Sentence[];
  quotes: QuoteRef[];
  /** The article's two main countries, most mentioned first ("hai nước"). */
  countries: Entity[];
  /** The persons of the last meeting or agreement told: "hai nhà lãnh đạo" (updated while reading). */
  pair: Entity[];
}

const READABLE = new Set(['body', 'heading', 'caption']);

export function buildContext(doc: Doc, inputs: EventInputs): Context {
  const toText = rawToText(doc);
  const placed: Mention[] = [];
  for (const entity of inputs.entities) {
    for (const m of entity.mentions) placed.push({ entity, start: toText(m.start), end: toText(m.end), actor: undefined });
  }
  const mentions = byStart(placed);
  const dates: DateRef[] = inputs.dates
    .filter((d) => d.kind === 'date' || d.kind === 'time')
    .map((mention) => ({ mention, start: toText(mention.start), end: toText(mention.end) }));
  const quotes: QuoteRef[] = inputs.quotes.map((quote) => ({ quote, start: toText(quote.start), end: toText(quote.end) }));
  dates.sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  // sentences come in text order, so one cursor per list finds what each holds (no rescans)
  const mentionAt = { i: 0 };
  const dateAt = { i: 0 };
  for (const p of doc.paragraphs) {
    if (!READABLE.has(p.kind)) continue;
    // read when a trigger of the paragraph asks (most paragraphs tell no event), then shared
    let inPara: Range[] | null = null;
    const quoted = (): Range[] => (inPara ??= quotedRanges(doc.text, p));
    for (const s of p.sentences) {
      sentences.push(new ReadSentence(
        sentences.length, p.index, p.kind, s.start, s.end, doc.text.slice(s.start, s.end),
        within(mentions, s, mentionAt),
        within(dates, s, dateAt),
        quoted,
      ));
    }
  }
  return { doc, inputs, sentences, quotes, countries: mainCountries(mentions), pair: [] };
}

/** A sentence whose clauses are cut when first asked for: most sentences tell no event. */
class ReadSentence implements Sentence {
  private cut: Range[] | null = null;
  private inside: Range[] | null = null;

  constructor(
    readonly index: number, readonly paragraph: number, readonly kind: ParagraphKind, readonly start: number,
    readonly end: number, readonly text: string, readonly mentions: Mention[], readonly dates: DateRef[],
    private readonly paragraphQuotes: () => Range[],
  ) {}

  get quoted(): Range[] {
    if (this.inside === null) {
      const all = this.paragraphQuotes();
      this.inside = all.length === 0 ? all : all.filter((q) => q.end > this.start && q.start < this.end);
    }
    return this.inside;
  }

  get clauses(): Range[] {
    return this.cut ?? (this.cut = splitClauses(this.text, this.start));
  }
}

/**
 * The items ordered by start, ties in their given order (what a stable sort gives): one numeric
 * sort of start·2²⁰ + position, far faster than a comparator over thousands of objects.
 */
function byStart<T extends Range>(items: T[]): T[] {
  if (items.length >= 1 << 20) return items.sort((a, b) => a.start - b.start);
  const keys = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) keys[i] = items[i].start * (1 << 20) + i;
  keys.sort();
  const out: T[] = new Array(items.length);
  for (let i = 0; i < keys.length; i++) out[i] = items[keys[i] % (1 << 20)];
  return out;
}

/** Raw offset → normalised offset. */
export function rawToText(doc: Doc): (raw: number) => number {
  return (raw) => doc.offsetOf(raw);
}

/** The items of a list sorted by start that lie inside `r`, moving `cursor` past those before it. */
function within<T extends Range>(items: readonly T[], r: Range, cursor: { i: number }): T[] {
  while (cursor.i < items.length && items[cursor.i].start < r.start) cursor.i++;
  const out: T[] = [];
  for (let k = cursor.i; k < items.length && items[k].start < r.end; k++) if (items[k].end <= r.end) out.push(items[k]);
  return out;
}

// Opening and closing marks, straight or curly: “...”, "...", ‘...’.
const QUOTED = /“[^”]*”|"[^"\n]*"|‘[^’]*’/gu;

function quotedRanges(text: string, p: Range): Range[] {
  const para = text.slice(p.start, p.end);
  const out: Range[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(para); m !== null; m = QUOTED.exec(para)) {
    out.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
  }
  return out;
}

function mainCountries(mentions: Mention[]): Entity[] {
  const counts = new Map<Entity, number>();
  for (const m of mentions) if (m.entity.type === 'LOCATION') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([e]) => e);
}
