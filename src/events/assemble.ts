/**
 * Builds the public events: trigger hits → candidates (participants, date, place, status) →
 * merged events → `NewsEvent`s with spans of the caller's input, topics and a CAMEO code.
 */
import type { Entity, NewsEvent } from '../types';
import type { Context } from './01-context';
import { findTriggers, type TriggerHit } from './02-triggers';
import { dropAffiliated, findParticipants } from './03-participants';
import { findDate, findLocation } from './04-when-where';
import { findStatus } from './05-status';
import { mergeCandidates, type Merged } from './06-merge';
import { isAnnouncement, toldBefore } from './announcement';
import { cameoOf } from './cameo';
import type { Candidate, QuoteRef, Sentence } from './model';
import { findTopics, type KeywordCache } from './topics';
import { firstIndex } from '../utils/search';

export function candidates(ctx: Context): (Candidate & { decided: boolean })[] {
  const out: (Candidate & { decided: boolean })[] = [];
  for (const s of ctx.sentences) {
    const hits = findTriggers(s);
    const here: Candidate[] = [];
    for (const h of hits) {
      const c = candidate(ctx, s, h, hits);
      if (!c || joinsToldBefore(ctx, c, out)) continue;
      out.push(c);
      here.push(c);
      borrowFromTalks(c, here);
      shareDate(c, here);
      const persons = c.participants.filter((e) => e.type === 'PERSON');
      if ((c.type === 'meeting' || c.type === 'agreement') && persons.length >= 2) ctx.pair = persons;
    }
  }
  return out;
}

/**
 * "Kế hoạch ... đã được nhất trí trong các cuộc hội đàm ... giữa A và B": an agreement naming no
 * one, reached in talks told in the same clause, is between the talks' participants, at their date.
 */
function borrowFromTalks(c: Candidate, here: Candidate[]): void {
  const agreement = here.find((a) => a.type === 'agreement' && a.participants.length < 2 && a.clause === c.clause);
  if (!agreement || c.type !== 'meeting' || c.participants.length < 2) return;
  agreement.participants = [...c.participants];
  agreement.date = agreement.date ?? c.date;
  agreement.location = agreement.location ?? c.location;
}

/**
 * "Bộ Y tế vừa ban hành Thông tư ... Thông tin được ông X công bố lúc 8h sáng 15/9": the passive
 * tells who made public the announcement of the sentences before, and when; it is that announcement.
 */
function joinsToldBefore(ctx: Context, c: Candidate, out: Candidate[]): boolean {
  if (c.type !== 'announcement' || !toldBefore(ctx, c.sentence, c.participants[0])) return false;
  // Within two sentences of running text (a photo caption between does not count).
  const between = (o: Candidate): number => ctx.sentences.slice(o.sentence.index, c.sentence.index).filter((x) => x.kind !== 'caption').length;
  const host = out.filter((o) => o.type === 'announcement' && between(o) <= 2).pop();
  if (!host) return false;
  for (const p of c.participants) if (!host.participants.includes(p)) host.participants.push(p);
  host.date = host.date ?? c.date;
  host.location = host.location ?? c.location;
  return true;
}

/**
 * "Ngày 13/6, A sẽ hội đàm với B và hội kiến C": a meeting verb coordinated with a dated one in
 * the same clause happens then too.
 */
function shareDate(c: Candidate & { decided: boolean }, here: Candidate[]): void {
  if (c.type !== 'meeting' || c.date) return;
  const prev = here.filter((x) => x !== c && x.type === 'meeting' && x.clause === c.clause && x.trigger.end <= c.trigger.start).pop();
  if (!prev || !prev.date) return;
  c.date = prev.date;
  if (!c.decided) c.status = prev.status;
}

function candidate(ctx: Context, s: Sentence, h: TriggerHit, hits: TriggerHit[]): (Candidate & { decided: boolean }) | null {
  const { entities, inferred } = findParticipants(ctx, s, h, hits);
  if (h.type === 'announcement' && (entities.length === 0 || !isAnnouncement(ctx, s, h, entities[0]))) return null;
  const date = findDate(ctx, s, h, hits);
  const { status, decided } = findStatus(ctx, h, date);
  return {
    type: h.type, mode: h.mode, cameo: h.cameo, rule: h.rule, trigger: { start: h.start, end: h.end },
    sentence: s, clause: h.clause, participants: entities, date, location: findLocation(ctx, s, h),
    status, decided, inferred,
  };
}

export function toNewsEvents(ctx: Context, merged: readonly Merged[]): NewsEvent[] {
  const { doc } = ctx;
  const quotesOf = quotesBySentence(ctx);
  const keywords: KeywordCache = new Map();
  return merged.map((e, i) => {
    const first = e.statements[0];
    const told = new Set(e.statements.map((c) => c.sentence));
    const sentences = [...told];
    const quotes = quotesTold(ctx, quotesOf, sentences);
    const event: NewsEvent = {
      id: `ev${i + 1}`,
      type: e.type,
      status: e.status ?? 'occurred',
      trigger: doc.span(first.trigger.start, first.trigger.end),
      participants: (e.type === 'agreement' ? e.participants : dropAffiliated(ctx, e.participants))
        .map((p) => ({ name: p.name, entityId: p.id })),
      date: e.date ? e.date.mention : null,
      location: e.location ? { name: e.location.name, entityId: e.location.id } : null,
      topics: findTopics([...sentences.map((s) => s.text), ...quotes.map((q) => doc.text.slice(q.start, q.end))], keywords),
      evidence: doc.span(first.sentence.start, first.sentence.end),
      cameo: cameoOf(e),
    };
    if (e.type === 'meeting') event.mode = e.mode ?? 'unknown';
    return event;
  });
}

/**
 * For each sentence (by index), the positions in `ctx.quotes` of the quotes overlapping it, ascending
 * (the context's sentences are in text order): each quote is placed once, by binary search.
 */
function quotesBySentence(ctx: Context): Map<number, number[]> {
  const all = ctx.sentences;
  const out = new Map<number, number[]>();
  ctx.quotes.forEach((q, i) => {
    const lo = firstIndex(all, (s) => s.end <= q.start);
    for (let k = lo; k < all.length && all[k].start < q.end; k++) {
      const xs = out.get(k);
      if (xs) xs.push(i);
      else out.set(k, [i]);
    }
  });
  return out;
}

/** The quotes overlapping one of the sentences `told`, in the order of `ctx.quotes`. */
function quotesTold(ctx: Context, quotesOf: Map<number, number[]>, told: readonly Sentence[]): QuoteRef[] {
  const at = new Set<number>();
  for (const s of told) for (const i of quotesOf.get(s.index) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => ctx.quotes[i]);
}

/** What happened or will happen first, background after; each group in the order it is told. */
const RANK = { occurred: 0, planned: 0, reported: 1 } as const;

export function assemble(ctx: Context): NewsEvent[] {
  const merged = mergeCandidates(ctx, candidates(ctx));
  inheritDates(merged);
  const ordered = merged
    .map((e, i) => ({ e, i }))
    .sort((a, b) => RANK[a.e.status] - RANK[b.e.status] || a.i - b.i)
    .map(({ e }) => e);
  return toNewsEvents(ctx, ordered);
}

/**
 * An agreement reached at a meeting, a meeting held during a visit: told in the same sentence
 * and undated, it takes the date (and place) of the event it belongs to.
 */
function inheritDates(events: Merged[]): void {
  // events by the sentences that tell them, and dated meetings by their first participant: lookups, not scans
  const bySentence = new Map<Sentence, Merged[]>();
  const meetingsOf = new Map<Entity, Merged[]>();
  const add = <K>(map: Map<K, Merged[]>, k: K, o: Merged): void => {
    const xs = map.get(k);
    if (xs) xs.push(o);
    else map.set(k, [o]);
  };
  for (const o of events) {
    for (const x of o.statements) add(bySentence, x.sentence, o);
    if (o.type === 'meeting' && o.date) for (const p of o.participants) add(meetingsOf, p, o);
  }
  for (const e of events) {
    if (e.date || (e.type !== 'agreement' && e.type !== 'meeting')) continue;
    const told = new Set(e.statements.flatMap((y) => bySentence.get(y.sentence) ?? []));
    const host = [...told].find((o) => o !== e && o.date
      && (e.type === 'agreement'
        ? o.type === 'meeting' && o.status === e.status && e.participants.every((p) => o.participants.includes(p))
        : o.type === 'visit'));
    const met = host ?? (e.type === 'agreement' ? onlyMeetingOf(meetingsNear(meetingsOf, e), e) : undefined);
    if (!met) continue;
    e.date = met.date;
    e.location = e.location ?? met.location;
  }
}

/** Sentences apart within which an agreement may belong to a meeting: one article's length. */
const REACH = 80;

/** The dated meetings of `e`'s parties told within {@link REACH} sentences of it (lists are in text order). */
function meetingsNear(meetingsOf: Map<Entity, Merged[]>, e: Merged): Merged[] {
  const at = e.sentence.index;
  const out = new Set<Merged>();
  for (const p of e.participants) {
    const xs = meetingsOf.get(p) ?? [];
    const lo = firstIndex(xs, (o) => o.sentence.index < at - REACH);
    for (let k = lo; k < xs.length && xs[k].sentence.index <= at + REACH; k++) out.add(xs[k]);
  }
  return [...out];
}

/**
 * "Trong tuyên bố chung ... sau hội đàm, hai bên nhất trí ...": an undated agreement between the parties of
 * exactly one dated meeting told as it happened was reached there.
 */
function onlyMeetingOf(events: readonly Merged[], e: Merged): Merged | undefined {
  const same = events.filter((o) => o.type === 'meeting' && o.date && o.status === e.status
    && e.participants.every((p) => o.participants.includes(p))
    && o.participants.every((p) => e.participants.includes(p) || p.type !== 'PERSON'));
  return same.length === 1 ? same[0] : undefined;
}
