import type { Doc, Entity, Quote, QuoteSpeaker, Range } from '../types';
import { isLetterAt } from './chars';
import { classify, isTermByForm } from './kinds';
import { markPositions, pairMarks, type Marked } from './marks';
import { findMentions, type Mention } from './mentions';
import { SpeakerFinder, type Attribution } from './speaker';
import { windows, type Windows } from './window';

/** A quote while the stage works on it, in `Doc.text` offsets. */
interface Draft extends Range {
  mark: Marked;
  before: Range;
  attribution: Attribution | null;
  speaker: Mention | null;
  rule: string;
}

/**
 * Every quoted span of the document, with its kind, speaker and cue.
 * Steps: pair the marks per paragraph → trim the content → attribute each quote from the reporter's
 * words around it → continue a speaker to quotes that name nobody → classify.
 *
 * @example
 * findQuotes(buildDocument('“Chúng tôi đồng ý,” ông Biden nói.'), [])
 * // → [{ text: 'Chúng tôi đồng ý', kind: 'statement', speaker: { name: 'Biden', … }, cue: { text: 'nói', … } }]
 */
export function findQuotes(doc: Doc, entities: readonly Entity[]): RuledQuote[] {
  const text = doc.text;
  const finder = new SpeakerFinder(text, findMentions(doc, entities));
  const drafts: Draft[] = [];
  let carried: Mention | null = null; // the last speaker, for a quote in a paragraph of its own
  const positions = markPositions(text);
  for (const para of doc.paragraphs) {
    const marks = pairMarks(text, para.start, para.end, para.index, positions);
    const outer = marks.filter((m) => m.depth === 0);
    let lastInPara: Draft | null = null;
    marks.forEach((mark) => {
      const range = trim(text, mark);
      if (!range) return;
      const siblings = mark.depth === 0 ? outer : marks.filter((m) => m.depth === mark.depth);
      const at = siblings.indexOf(mark);
      const w = windows(text, para, mark, siblings[at - 1], siblings[at + 1]);
      const clauseStart = w.before.end - w.before.start < 3 || /^[\s,:–—-]*$/u.test(text.slice(w.before.start, w.before.end));
      const a = mark.depth > 0 ? null : attribute(finder, text, w, clauseStart, marks);
      const draft: Draft = { ...range, mark, before: w.before, attribution: a, speaker: a?.speaker ?? null, rule: a?.rule ?? 'none' };
      if (!a && mark.depth === 0) {
        if (lastInPara?.speaker && clauseStart) Object.assign(draft, { speaker: lastInPara.speaker, rule: 'continue' });
        else if (!lastInPara && clauseStart && w.before.start === para.start && carried) Object.assign(draft, { speaker: carried, rule: 'continue-paragraph' });
        else if (w.sentence.start > para.start) {
          // the paragraph's earlier sentence says who speaks: "X dẫn dụ, … Hơn nữa, … nên “…”"
          const said = finder.before({ start: para.start, end: w.sentence.start }, marks);
          if (said?.speaker && said.cue) Object.assign(draft, { speaker: said.speaker, rule: 'paragraph' });
        }
      }
      drafts.push(draft);
      if (mark.depth === 0) lastInPara = draft;
    });
    if (lastInPara) carried = (lastInPara as Draft).speaker;
    else if (para.kind === 'body') carried = null;
  }
  repeatSpeakers(text, drafts);
  return drafts.map((d) => toQuote(doc, d));
}

/**
 * The attribution patterns in order. A quote that opens its clause looks after itself first
 * (`“…,” ông X nói`), any other looks back for a verb in its sentence (`X nói rằng … “…”`).
 */
function attribute(finder: SpeakerFinder, text: string, w: Windows, clauseStart: boolean, marks: readonly Range[]): Attribution | null {
  const afterPunct = /^[\s]?[,–—-]/u.test(text.slice(w.after.start, w.after.start + 2));
  const first = clauseStart ? finder.after(w.after) ?? finder.before(w.sentence, marks) : finder.before(w.sentence, marks) ?? (afterPunct ? finder.after(w.after) : null);
  if (first?.speaker) return first;
  return finder.theoIn(w.after) ?? finder.theoIn(w.before) ?? finder.colon(w.before) ?? first;
}

/** The content without marks, outer spaces, or a trailing comma, full stop or ellipsis ("?" "!" stay). */
function trim(text: string, m: Marked): Range | null {
  let s = m.start;
  let e = m.end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /[\s,.…]/u.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

const REPEAT_REACH = 30_000; // an article: the same words are looked for this far around

/** A phrase quoted with no attribution takes the speaker of the same words quoted elsewhere (nearby). */
function repeatSpeakers(text: string, drafts: Draft[]): void {
  const said = drafts.filter((d) => d.speaker && d.rule !== 'repeat').map((d) => ({ d, words: text.slice(d.start, d.end).toLowerCase() }));
  let lo = 0;
  for (const d of drafts) {
    if (d.speaker || d.attribution?.cue || d.mark.depth > 0) continue;
    while (lo < said.length && said[lo].d.start < d.start - REPEAT_REACH) lo++;
    let hi = lo;
    while (hi < said.length && said[hi].d.start < d.start + REPEAT_REACH) hi++;
    if (hi === lo) continue;
    const words = text.slice(d.start, d.end).toLowerCase();
    if (isTermByForm(text.slice(d.start, d.end), text.slice(d.before.start, d.before.end))) continue;
    const near = said.slice(lo, hi);
    const same = near.find((o) => o.words === words) ?? near.find((o) => o.words.length > words.length && containsWords(o.words, words));
    if (same) Object.assign(d, { speaker: same.d.speaker, rule: 'repeat' });
  }
}

function containsWords(hay: string, needle: string): boolean {
  const i = hay.indexOf(needle);
  if (i < 0) return false;
  const before = i === 0 ? ' ' : hay[i - 1];
  const after = hay[i + needle.length] ?? ' ';
  return !isLetterAt(before, 0) && !isLetterAt(after, 0);
}

/** A quote with the tag of the rule that attributed it (added field). */
export interface RuledQuote extends Quote {
  rule: string;
}

function toQuote(doc: Doc, d: Draft): RuledQuote {
  const content = doc.text.slice(d.start, d.end);
  const before = doc.text.slice(d.before.start, d.before.end);
  const kind = classify({ content, before, hasSpeaker: d.speaker !== null, hasCue: !!d.attribution?.cue });
  const cue = d.attribution?.cue;
  let speaker: QuoteSpeaker | null = null;
  if (kind !== 'term' && d.speaker) {
    const m = d.speaker;
    speaker = { name: m.name, ...(m.entityId ? { entityId: m.entityId } : {}), mention: doc.span(m.start, m.end) };
  }
  const rule = kind === 'term' ? 'term' : d.rule;
  return { ...doc.span(d.start, d.end), kind, speaker, ...(cue ? { cue: doc.span(cue.start, cue.end) } : {}), rule };
}
