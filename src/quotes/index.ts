import type { Doc, Entity, Quote, QuoteSpeaker, Range } from '../types';
import { isLetterAt, isSpaceCode } from './chars';
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
  const positions = markPositions(text);
  const paired = doc.paragraphs.map((para) => pairMarks(text, para.start, para.end, para.index, positions));
  const roles = new Map(entities.map((e) => [e.id, e.titles.map((t) => t.toLowerCase())]));
  const finder = new SpeakerFinder(text, findMentions(doc, entities), doc.paragraphs.filter((_, i) => paired[i].length > 0), roles);
  const drafts: Draft[] = [];
  let carried: Mention | null = null; // the last speaker, for a quote in a paragraph of its own
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const para = doc.paragraphs[pi];
    const marks = paired[pi];
    const n = marks.length;
    let lastInPara: Draft | null = null;
    // each quote's neighbours at its own depth: the windows stop at them
    const prevOf: (Marked | undefined)[] = new Array(n);
    const nextOf: (Marked | undefined)[] = new Array(n);
    const lastAt: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = lastAt[marks[i].depth];
      if (j !== undefined) {
        prevOf[i] = marks[j];
        nextOf[j] = marks[i];
      }
      lastAt[marks[i].depth] = i;
    }
    for (let i = 0; i < n; i++) {
      const mark = marks[i];
      // the content without marks, outer spaces, or a trailing comma, full stop or ellipsis ("?" "!" stay)
      let s = mark.start;
      let e = mark.end;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isTrailing(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      const w = windows(text, para, mark, prevOf[i], nextOf[i]);
      const clauseStart = w.before.end - w.before.start < 3 || onlyLeadPunct(text, w.before.start, w.before.end);
      const a = mark.depth > 0 ? null : attribute(finder, text, w, clauseStart, marks);
      const draft: Draft = { start: s, end: e, mark, before: w.before, attribution: a, speaker: a ? a.speaker : null, rule: a ? a.rule : 'none' };
      if (!a && mark.depth === 0) {
        if (lastInPara?.speaker && clauseStart) {
          draft.speaker = lastInPara.speaker;
          draft.rule = 'continue';
        } else if (!lastInPara && clauseStart && w.before.start === para.start && carried) {
          draft.speaker = carried;
          draft.rule = 'continue-paragraph';
        } else if (w.sentence.start > para.start) {
          // the paragraph's earlier sentence says who speaks: "X dẫn dụ, … Hơn nữa, … nên “…”"
          const said = finder.before({ start: para.start, end: w.sentence.start }, marks);
          if (said?.speaker && said.cue) {
            draft.speaker = said.speaker;
            draft.rule = 'paragraph';
          }
        }
      }
      drafts.push(draft);
      if (mark.depth === 0) lastInPara = draft;
    }
    if (lastInPara) carried = (lastInPara as Draft).speaker;
    else if (para.kind === 'body') carried = null;
  }
  repeatSpeakers(text, drafts);
  const out: RuledQuote[] = new Array(drafts.length);
  for (let i = 0; i < drafts.length; i++) out[i] = toQuote(doc, drafts[i]);
  return out;
}

/** White space, a comma, a full stop or an ellipsis: trimmed from the end of a quote. */
function isTrailing(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x2026 || isSpaceCode(c);
}

/** `,` `:` `–` `—` `-`: the punctuation that may open a clause before a quote. */
function isLeadPunct(c: number): boolean {
  return c === 0x2c || c === 0x3a || c === 0x2013 || c === 0x2014 || c === 0x2d;
}

/** Nothing but spaces and opening punctuation in `text[start, end)`. */
function onlyLeadPunct(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLeadPunct(c) && !isSpaceCode(c)) return false;
  }
  return true;
}

/**
 * The attribution patterns in order. A quote that opens its clause looks after itself first
 * (`“…,” ông X nói`), any other looks back for a verb in its sentence (`X nói rằng … “…”`).
 */
function attribute(finder: SpeakerFinder, text: string, w: Windows, clauseStart: boolean, marks: readonly Range[]): Attribution | null {
  // "”, ông X nói", "” – X viết": a comma or a dash, after one space at most
  const at = w.after.start + (isSpaceCode(text.charCodeAt(w.after.start)) ? 1 : 0);
  const c = text.charCodeAt(at);
  const afterPunct = c !== 0x3a && isLeadPunct(c);
  const first = clauseStart ? finder.after(w.after) ?? finder.before(w.sentence, marks) : finder.before(w.sentence, marks) ?? (afterPunct ? finder.after(w.after) : null);
  if (first?.speaker) return first;
  return finder.theoIn(w.after) ?? finder.theoIn(w.before) ?? finder.colon(w.before) ?? first;
}

const REPEAT_REACH = 30_000; // an article: the same words are looked for this far around

/** A phrase quoted with no attribution takes the speaker of the same words quoted elsewhere (nearby). */
function repeatSpeakers(text: string, drafts: Draft[]): void {
  const said: Draft[] = drafts.filter((d) => d.speaker && d.rule !== 'repeat');
  const lower: (string | undefined)[] = new Array(said.length); // their words, lower-cased when first compared
  const wordsOf = (k: number) => (lower[k] ??= text.slice(said[k].start, said[k].end).toLowerCase());
  let lo = 0;
  for (const d of drafts) {
    if (d.speaker || d.attribution?.cue || d.mark.depth > 0) continue;
    while (lo < said.length && said[lo].start < d.start - REPEAT_REACH) lo++;
    let hi = lo;
    while (hi < said.length && said[hi].start < d.start + REPEAT_REACH) hi++;
    if (hi === lo) continue;
    const content = text.slice(d.start, d.end);
    if (isTermByForm(content, text.slice(d.before.start, d.before.end))) continue;
    const words = content.toLowerCase();
    let same = -1;
    for (let k = lo; k < hi && same < 0; k++) if (wordsOf(k) === words) same = k;
    for (let k = lo; k < hi && same < 0; k++) if (wordsOf(k).length > words.length && containsWords(wordsOf(k), words)) same = k;
    if (same >= 0) {
      d.speaker = said[same].speaker;
      d.rule = 'repeat';
    }
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
  const text = doc.text;
  const cue = d.attribution ? d.attribution.cue : null;
  const kind = classify({ content: text.slice(d.start, d.end), before: text.slice(d.before.start, d.before.end), hasSpeaker: d.speaker !== null, hasCue: !!cue });
  let speaker: QuoteSpeaker | null = null;
  if (kind !== 'term' && d.speaker) {
    const m = d.speaker;
    speaker = m.entityId ? { name: m.name, entityId: m.entityId, mention: doc.span(m.start, m.end) } : { name: m.name, mention: doc.span(m.start, m.end) };
  }
  const rule = kind === 'term' ? 'term' : d.rule;
  const at = doc.span(d.start, d.end);
  return cue
    ? { start: at.start, end: at.end, text: at.text, kind, speaker, cue: doc.span(cue.start, cue.end), rule }
    : { start: at.start, end: at.end, text: at.text, kind, speaker, rule };
}
