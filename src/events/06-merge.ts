/**
 * Step 6: one record per event. Statements of the same event (lead, body, caption telling the
 * same 15/11 meeting) merge when they have the same type, compatible modes, statuses and dates,
 * and share a participant (or one side's country stands for the other's leader). A statement
 * with no one named ("Cuộc gọi này", "Từ sau cuộc gặp Busan") joins the nearest compatible event
 * told within two sentences; otherwise it is dropped.
 */
import type { Entity, MeetingMode } from '../types';
import type { Context } from './01-context';
import { affiliations } from './affiliation';
import type { Candidate } from './model';
import { compatible, finer } from './timex';
import { firstIndex } from '../utils/search';

export interface Merged extends Candidate {
  statements: Candidate[];
  decided: boolean;
}

/**
 * How far (in sentences) an event's last statement reaches: an article tells one event within a few
 * dozen sentences; a text of many articles must not merge its first article's meeting with its last
 * (and merging stays linear in the length of the text).
 */
const REACH = 80;

export function mergeCandidates(ctx: Context, candidates: readonly (Candidate & { decided: boolean })[]): Merged[] {
  const events: Merged[] = [];
  let active: Merged[] = [];
  const bySentence = new Map<number, Merged[]>();
  const orphans: (Candidate & { decided: boolean })[] = [];
  for (const c of candidates) {
    const at = c.sentence.index;
    active = active.filter((e) => lastSentence(e) >= at - REACH);
    if (!enoughActors(c)) {
      const near = adopt(ctx, around(bySentence, at), c);
      if (near) note(bySentence, near, at);
      else orphans.push(c);
      continue;
    }
    const target = active
      .filter((e) => fits(e, c) && sameActors(ctx, e, c))
      .sort((a, b) => shared(ctx, b, c) - shared(ctx, a, c) || b.sentence.index - a.sentence.index)[0];
    if (target) {
      absorb(target, c);
      note(bySentence, target, at);
    } else {
      const e: Merged = { ...c, participants: [...c.participants], statements: [c] };
      rows.set(e, [at]);
      events.push(e);
      active.push(e);
      note(bySentence, e, at);
    }
  }
  for (const c of orphans) adopt(ctx, around(bySentence, c.sentence.index), c);
  return events;
}

function lastSentence(e: Merged): number {
  const xs = rows.get(e)!;
  return xs[xs.length - 1];
}

function note(bySentence: Map<number, Merged[]>, e: Merged, at: number): void {
  const xs = bySentence.get(at);
  if (!xs) bySentence.set(at, [e]);
  else if (!xs.includes(e)) xs.push(e);
}

/** The events told within two sentences of `at`, in the order they were first told. */
function around(bySentence: Map<number, Merged[]>, at: number): Merged[] {
  const out = new Set<Merged>();
  for (let i = at - 2; i <= at + 2; i++) for (const e of bySentence.get(i) ?? []) out.add(e);
  return [...out];
}

/** A statement naming no one (or one side only) joins the nearest compatible event within two sentences. */
function adopt(ctx: Context, events: Merged[], c: Candidate & { decided: boolean }): Merged | null {
  const near = events
    .filter((e) => fits(e, c) && distance(e, c) <= 2)
    .filter((e) => c.participants.length === 0 || overlaps(ctx, e.participants, c.participants))
    .sort((a, b) => distance(a, c) - distance(b, c))[0];
  if (near) absorb(near, c);
  return near ?? null;
}

function enoughActors(c: Candidate): boolean {
  if (c.type === 'visit' || c.type === 'announcement') return c.participants.length >= 1;
  return c.participants.length >= 2;
}

function fits(e: Merged, c: Candidate & { decided: boolean }): boolean {
  if (e.type !== c.type) return false;
  if (!modesFit(e.mode, c.mode)) return false;
  if (e.decided && c.decided && e.status !== c.status) return false;
  if (e.date && c.date && !compatible(e.date.mention.value, c.date.mention.value)) return false;
  return true;
}

function modesFit(a?: MeetingMode, b?: MeetingMode): boolean {
  return !a || !b || a === 'unknown' || b === 'unknown' || a === b;
}

function absorb(e: Merged, c: Candidate & { decided: boolean }): void {
  e.statements.push(c);
  const xs = rows.get(e)!;
  xs.splice(firstAtLeast(xs, c.sentence.index), 0, c.sentence.index);
  if (e.mode === 'unknown' && c.mode && c.mode !== 'unknown') e.mode = c.mode;
  for (const p of c.participants) if (!e.participants.includes(p)) e.participants.push(p);
  if (!e.date) e.date = c.date;
  else if (c.date && /\d/u.test(c.date.mention.text) && finer(e.date.mention.value, c.date.mention.value) !== e.date.mention.value) {
    e.date = c.date; // "Tối 24/11" refines "Ngày 24/11"; a bare "buổi sáng" (a session of the day) does not
  }
  if (!e.location) e.location = c.location;
  if (!e.decided && c.decided) {
    e.status = c.status;
    e.decided = true;
  }
  if (c.cameo === '046' && e.cameo === '040') e.cameo = '046';
}

/** Shares a participant, or a place/body that is a participant's side ("hai nước" and the two leaders). */
function overlaps(ctx: Context, a: readonly Entity[], b: readonly Entity[]): boolean {
  return a.some((x) => b.some((y) => same(ctx, x, y)));
}

/**
 * The same actors: when both name two persons or more, half of them shared; when one names a
 * single person, that person; otherwise half the actors shared,
 * a country standing for its leader ("hai nước" and the two presidents) when the statements
 * are close (three sentences) or dated alike.
 */
function sameActors(ctx: Context, e: Merged, c: Candidate): boolean {
  const pe = e.participants.filter((x) => x.type === 'PERSON');
  const pc = c.participants.filter((x) => x.type === 'PERSON');
  if (pe.length >= 2 && pc.length >= 2) {
    // two meetings of one leader with different people are two events ("tiếp X", then "hội đàm với Y")
    const both = pc.filter((x) => pe.includes(x)).length;
    return both / (pe.length + pc.length - both) >= 0.5;
  }
  if (pe.length > 0 && pc.length > 0) {
    // "A gặp B", then "A làm việc với Ủy ban châu Âu": the other side differs
    if (pe.length >= 2 && pc.length === 1 && otherSide(ctx, [c], c.participants, e.participants)) return false;
    if (pc.length >= 2 && pe.length === 1 && otherSide(ctx, e.statements, e.participants, c.participants)) return false;
    return pc.some((x) => pe.includes(x));
  }
  const inter = shared(ctx, e, c);
  return inter > 0 && inter / (e.participants.length + c.participants.length - inter) >= 0.5;
}

/** A body or state named after "với" in `told` that is not one of `theirs` nor their side. */
function otherSide(ctx: Context, told: readonly Candidate[], ours: readonly Entity[], theirs: readonly Entity[]): boolean {
  return told.some(({ sentence: st }) => st.mentions.some((m) => m.entity.type !== 'PERSON' && ours.includes(m.entity)
    && /(?<![\p{L}\p{N}])với\s+$/u.test(st.text.slice(Math.max(0, m.start - st.start - 6), m.start - st.start))
    && !theirs.some((y) => same(ctx, m.entity, y))));
}

/** How many of the statement's actors the event has. */
function shared(ctx: Context, e: Merged, c: Candidate): number {
  const loose = distance(e, c) <= 3 || (e.date !== null && c.date !== null);
  return c.participants.filter((y) => e.participants.some((x) => x === y || (loose && same(ctx, x, y)))).length;
}

function same(ctx: Context, x: Entity, y: Entity): boolean {
  if (x === y) return true;
  if (x.type === 'PERSON' && y.type !== 'PERSON') return affiliations(ctx, x).has(y);
  if (y.type === 'PERSON' && x.type !== 'PERSON') return affiliations(ctx, y).has(x);
  return false;
}

/** The sentence indices of each event's statements, ascending: distances by binary search. */
const rows = new WeakMap<Merged, number[]>();

function distance(e: Merged, c: Candidate): number {
  const xs = rows.get(e)!;
  const at = c.sentence.index;
  const k = firstAtLeast(xs, at);
  return Math.min(k < xs.length ? xs[k] - at : Infinity, k > 0 ? at - xs[k - 1] : Infinity);
}

function firstAtLeast(xs: readonly number[], x: number): number {
  return firstIndex(xs, (y) => y < x);
}
