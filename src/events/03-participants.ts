/**
 * Step 3: who takes part. Names in the trigger's clause first, then in the rest of the sentence;
 * "hai nhà lãnh đạo", "họ", a bare "ông" resolved through the persons named before; a country
 * stands for its government when it is an actor, not a place ("tại Bali") or a modifier
 * ("Chủ tịch Trung Quốc Tập Cận Bình", "quan hệ Mỹ-Trung", "của Mỹ").
 * A visit lists the visitor only; an announcement lists who announced.
 */
import type { Entity, Range } from '../types';
import type { Context } from './01-context';
import type { TriggerHit } from './02-triggers';
import type { Mention, Sentence } from './model';
import { LOCATIVES, NOT_ACTOR_BEFORE, PAIR_COUNTRIES, PAIR_PEOPLE, PRONOUNS } from './data/cues';
import { alternation, endsWithWord, matchesAt } from './pattern';
import { Phrases } from './phrases';
import { dropAffiliated, isAffiliation } from './affiliation';
import { bareTitles } from './titles';

export { affiliations, dropAffiliated } from './affiliation';

export interface Participants {
  entities: Entity[];
  /** Some came from "hai nhà lãnh đạo", "họ", "ông" rather than names. */
  inferred: boolean;
}

const ELIDED = /^[\s,]*(?:(?:và|rồi|đã|cũng|sẽ|đang|vừa|có|một|cuộc|các|thì)\s+)*$/iu;
// PAIR_PEOPLE and PAIR_COUNTRIES as whole words, found by a word scan (phrases.ts).
const PAIR_PEOPLE_WORDS = new Phrases(PAIR_PEOPLE);
const PAIR_COUNTRIES_WORDS = new Phrases(PAIR_COUNTRIES);
// Every pair word holds one of these; a plain regex, fast in V8, says most clauses have none.
const MAY_PAIR = /hai|2|các|lãnh|họ|cả/i;
// Where PRONOUN_RE may begin (matchesAt in pattern.ts).
const PRONOUN_STARTS = /ông|bà|Ông|Bà/g;
// A bare honorific: "ông đã nhận lời mời", "giữa ông và ..." (not "ông Biden").
// No `i` flag: under /iu, \p{Lu} would match lower-case letters too.
const capitalised = PRONOUNS.map((w) => w[0].toUpperCase() + w.slice(1));
const PRONOUN_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...PRONOUNS, ...capitalised])})(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'gu');

// Cheap tests first (plain regexes, fast in V8): LOCATIVE_PHRASE needs a locative's first word, the
// possessive test "của" or "theo".
const MAY_LOCATIVE = new RegExp([...new Set(LOCATIVES.map((w) => w.split(' ')[0]))].join('|'), 'iu');
const MAY_OF = /của|theo/i;

// "tại điền trang Filoli", "ở thành phố Houston": a locative, then generic lower-case nouns.
const LOCATIVE_PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(LOCATIVES)})(?:\\s+\\p{Ll}+){1,2}\\s*$`, 'u');

export function findParticipants(ctx: Context, s: Sentence, h: TriggerHit, all: readonly TriggerHit[]): Participants {
  if (h.type === 'visit' || h.type === 'announcement') return subject(ctx, s, h, all);
  if (h.anaphoric) return { entities: [], inferred: true };
  const shared = coordinated(ctx, s, h, all);
  if (shared) return shared;
  const own = actorsIn(ctx, s, h.window, h);
  const agreedTo = complementOf(ctx, h, all);
  if (agreedTo && own.persons.length + own.states.length < 2) {
    // "Hai bên nhất trí sẽ sớm gặp nhau": who agreed is who will meet
    const theirs = actorsIn(ctx, s, agreedTo.window, agreedTo);
    own.persons.push(...theirs.persons);
    own.states.push(...theirs.states);
    own.inferred ||= theirs.inferred;
  }
  // "Tổng thống A và Chủ tịch B, đã có cuộc bàn thảo": nothing but function words before the trigger.
  const elided = h.window.start === h.clause.start && ELIDED.test(ctx.doc.text.slice(h.clause.start, h.start));
  if (elided || own.persons.length + own.states.length < 2) {
    const k = s.clauses.indexOf(h.clause);
    const subjectClause = s.clauses.slice(0, k).reverse().find((c) => /\p{L}/u.test(ctx.doc.text.slice(c.start, c.end)));
    const others = s.clauses.filter((c) => c !== h.clause && (!all.some((t) => t.clause === c) || (elided && c === subjectClause)));
    for (const c of others) {
      const more = actorsIn(ctx, s, c, h);
      // After the trigger only names count: "..., đồng thời nhấn mạnh hai bên cần" is another matter.
      if (c.start > h.start && more.inferred) continue;
      for (const p of more.persons) if (!own.persons.includes(p)) own.persons.push(p);
      // "hai quốc gia - ... - đã ký": states referred to in the subject clause (not for meetings:
      // "Cuộc điện đàm diễn ra trong bối cảnh 2 nước ..." names the setting, not the callers).
      if (more.inferred && h.type !== 'meeting') own.states.push(...more.states.filter((x) => ctx.countries.includes(x)));
    }
  }
  const entities = unique([...own.persons, ...own.states]).filter((e) => !isPlaceAfter(ctx, s, h, e));
  return { entities: dropAffiliated(ctx, entities), inferred: own.inferred };
}

interface Actors { persons: Entity[]; states: Entity[]; inferred: boolean }

// Between two coordinated meeting verbs: "hội đàm với B, hội kiến C", "sẽ hội đàm với B và hội kiến C".
const COORDINATION = /(?:,|\svà)\s*(?:(?:đã|sẽ|cũng|rồi|tiếp tục|sau đó|có)\s+)*$/u;

/**
 * "A hội đàm với B, hội kiến C": a meeting verb coordinated with the one before shares its
 * subject (A), not its object (B); each meeting is with its own object.
 */
function coordinated(ctx: Context, s: Sentence, h: TriggerHit, all: readonly TriggerHit[]): Participants | null {
  const prev = all.filter((t) => t.end <= h.start).pop();
  if (!prev || prev.type !== 'meeting' || prev.anaphoric || prev.start < s.start) return null;
  const between = ctx.doc.text.slice(prev.end, h.start);
  const joint = COORDINATION.exec(between);
  if (!joint) return null;
  const split = prev.end + joint.index;
  const objects = s.mentions.filter((m) => m.start >= prev.end && m.end <= split).map((m) => m.entity);
  if (objects.length === 0) return null; // "gặp nhau và hội đàm": one meeting told twice
  const subject = findParticipants(ctx, s, prev, all).entities.filter((e) => !objects.includes(e) && e.type === 'PERSON');
  if (subject.length === 0) return null;
  const own = actorsIn(ctx, s, { start: h.start, end: h.window.end }, h);
  const entities = unique([...subject, ...own.persons, ...own.states]).filter((e) => !isPlaceAfter(ctx, s, h, e));
  return { entities: dropAffiliated(ctx, entities), inferred: own.inferred };
}

// What may stand between "nhất trí"/"đồng ý" and the meeting agreed on: "sẽ sớm", "tiếp tục", "tổ chức".
const COMPLEMENT_GAP = /^(?:\s+(?:sẽ|sớm|cùng|tiếp tục|tổ chức|có|một|cuộc|để|vòng|phiên|tiến hành))*\s*$/u;

/** The agreement whose complement this meeting is ("nhất trí sẽ sớm gặp nhau"), in the same clause. */
function complementOf(ctx: Context, h: TriggerHit, all: readonly TriggerHit[]): TriggerHit | null {
  if (h.type !== 'meeting') return null;
  const prev = all.filter((t) => t.end <= h.start && t.clause === h.clause).pop();
  if (!prev || prev.type !== 'agreement') return null;
  return COMPLEMENT_GAP.test(ctx.doc.text.slice(prev.end, h.start)) ? prev : null;
}

/** Actors named or referred to in `range`: persons, and states after the trigger (the other side). */
function actorsIn(ctx: Context, s: Sentence, range: Range, h: TriggerHit): Actors {
  const out: Actors = { persons: [], states: [], inferred: false };
  for (const m of s.mentions) {
    if (m.start < range.start || m.end > range.end || !isActor(ctx, s, m)) continue;
    if (m.entity.type === 'PERSON') out.persons.push(m.entity);
    else if (m.start >= h.end || range !== h.window) out.states.push(m.entity);
    else if (!s.mentions.some((p) => p.entity.type === 'PERSON' && p.start >= range.start && p.start < h.start)) out.states.push(m.entity);
  }
  const text = ctx.doc.text.slice(range.start, range.end);
  const named = s.mentions.filter((m) => m.entity.type === 'PERSON' && m.start >= range.start && m.end <= range.end);
  const pairs = MAY_PAIR.test(text);
  if (pairs) for (const m of PAIR_PEOPLE_WORDS.scan(ctx.doc.text, range.start, range.end)) {
    if (new Set(named.map((n) => n.entity)).size >= 2) break; // "Hai ông Joe Biden và Tập Cận Bình"
    out.persons.push(...(ctx.pair.length >= 2 ? ctx.pair : lastPersons(ctx, s, m.start, 2)));
    out.inferred = true;
  }
  if (pairs) for (const m of PAIR_COUNTRIES_WORDS.scan(ctx.doc.text, range.start, range.end)) {
    void m;
    out.states.push(...ctx.countries);
    out.inferred = true;
  }
  for (const m of matchesAt(text, PRONOUN_STARTS, PRONOUN_RE)) {
    out.persons.push(...lastPersons(ctx, s, range.start + m.index, 1));
    out.inferred = true;
  }
  for (const b of bareTitles(ctx, s, range)) {
    out.persons.push(b.entity);
    out.inferred = true;
  }
  out.persons = unique(out.persons);
  if (out.states.length > 0) out.states.push(...listTail(ctx, s, range));
  out.states = unique(out.states);
  return out;
}

/** A visit's visitor, an announcement's announcer: the actor just before the trigger. */
function subject(ctx: Context, s: Sentence, h: TriggerHit, all: readonly TriggerHit[]): Participants {
  const previous = all.filter((t) => t.end <= h.start && t.clause === h.clause).pop();
  const from = previous ? previous.end : h.type === 'announcement' ? s.start : h.clause.start;
  const window = { start: from, end: h.start };
  const before = s.mentions.filter((m) => m.start >= window.start && m.end <= window.end && isActor(ctx, s, m));
  const persons = before.filter((m) => m.entity.type === 'PERSON');
  if (h.type === 'visit') {
    // "chuyến thăm của ông X" names the visitor; "theo lời mời của X" names the host
    const after = s.mentions.find((m) => m.start >= h.end && m.start < h.end + 60 && m.entity.type === 'PERSON'
      && /(?<![\p{L}\p{N}])của(?![\p{L}\p{N}])/u.test(ctx.doc.text.slice(h.end, m.start))
      && !/lời mời/u.test(ctx.doc.text.slice(h.end, m.start)));
    if (after) return { entities: [after.entity], inferred: false };
    const named = dropAffiliated(ctx, unique(persons.map((m) => m.entity)));
    if (named.length > 0) return { entities: named, inferred: false };
    const pronoun = matchesAt(ctx.doc.text.slice(window.start, window.end), PRONOUN_STARTS, PRONOUN_RE).pop();
    if (pronoun) return { entities: lastPersons(ctx, s, window.start + pronoun.index, 1), inferred: true };
    const titled = bareTitles(ctx, s, window).pop();
    if (titled) return { entities: [titled.entity], inferred: true };
    const actor = before.filter((m) => m.entity.type !== 'LOCATION').pop();
    if (actor) return { entities: [actor.entity], inferred: false };
    const occasion = occasionVisitor(ctx, s, h);
    if (occasion.length > 0) return { entities: occasion, inferred: false };
    // "chuyến thăm Việt Nam của ông": the visitor is the person named last
    const his = OF_HIM.exec(ctx.doc.text.slice(h.end, Math.min(h.clause.end, h.end + 40)));
    if (his) return { entities: lastPersons(ctx, s, h.end + his.index, 1), inferred: true };
    return { entities: sentenceSubject(ctx, s, h), inferred: false };
  }
  const first = before.find((m) => !isAffiliation(s, m));
  if (first) return { entities: [first.entity], inferred: false };
  const titled = bareTitles(ctx, s, window)[0];
  if (titled) return { entities: [titled.entity], inferred: true };
  const body = h.rule === 'announcement-document' ? namedBody(ctx, s, window) : null;
  return { entities: body ? [body] : [], inferred: body !== null };
}

// A body named by its kind alone: "UBND tỉnh", "Tỉnh", "Thành phố", "Bộ", "Sở" (the one the article is about).
const GENERIC_BODY = /(?:^|[\s,.])(UBND|Ủy ban|Uỷ ban|Tỉnh|tỉnh|Thành phố|thành phố|Bộ|Sở|Thành ủy|Tỉnh ủy)(?:\s+(?:tỉnh|thành phố|TP))?\s*(?:(?:đã|cũng|vừa|mới|sau đó)\s*)*$/u;

/** "UBND tỉnh có công điện …": the body of that kind named last, in this sentence or the ones before. */
function namedBody(ctx: Context, s: Sentence, window: Range): Entity | null {
  const m = GENERIC_BODY.exec(ctx.doc.text.slice(Math.max(window.start, window.end - 40), window.end));
  if (!m) return null;
  const kind = /^(?:tỉnh|Tỉnh|thành phố|Thành phố)$/u.test(m[1]) ? 'UBND' : m[1].replace(/^Uỷ/u, 'Ủy');
  for (let i = s.index; i >= 0 && i >= s.index - 12; i--) {
    const found = ctx.sentences[i].mentions.filter((x) => x.entity.type === 'ORGANIZATION' && x.entity.name.startsWith(kind)
      && (i < s.index || x.end <= window.end)).pop();
    if (found) return found.entity;
  }
  return null;
}

// "..., nhân chuyến thăm chính thức Nhật Bản": the visit is the occasion of the main clause.
const OCCASION = /(?<![\p{L}\p{N}])(?:nhân|trong|dịp|trong khuôn khổ|nhân dịp)(?:\s+(?:chuyến|dịp))?\s*$/iu;
// "chuyến thăm Việt Nam của ông", with no name after "ông".
const OF_HIM = /^[^,.;:]*?(?<![\p{L}\p{N}])của\s+(?:ông|bà)(?![\p{L}\p{N}])(?!\s+\p{Lu})/u;

/**
 * The visitor of a visit named as an occasion: the first person the sentence names as its subject,
 * before the occasion ("A hội đàm với B, nhân chuyến thăm") or right after it ("Trong chuyến thăm ..., A đã").
 */
function occasionVisitor(ctx: Context, s: Sentence, h: TriggerHit): Entity[] {
  if (!OCCASION.test(ctx.doc.text.slice(h.clause.start, h.start))) return [];
  const first = s.mentions.find((m) => m.start < h.clause.start && m.entity.type === 'PERSON' && !isAffiliation(s, m));
  if (first) return [first.entity];
  if (h.clause.start !== s.start) return [];
  // the main clause after the occasion's comma (which may not cut: ", Thủ tướng A đã ...")
  const comma = ctx.doc.text.indexOf(',', h.end);
  const subject = comma >= 0 && comma < s.end ? s.mentions.find((m) => m.start > comma && !isAffiliation(s, m)) : undefined;
  return subject && subject.entity.type === 'PERSON' ? [subject.entity] : [];
}

const STARTS_VISIT = /^[\s,]*(?:(?:và|rồi|sau đó)\s+)?(?:bắt đầu|kết thúc|tiếp tục)\s+$/u;

/** "A rời Hà Lan, đến Brussels, bắt đầu chuyến thăm Bỉ": the person opening the sentence, when no clause between tells another event. */
function sentenceSubject(ctx: Context, s: Sentence, h: TriggerHit): Entity[] {
  if (!STARTS_VISIT.test(ctx.doc.text.slice(h.clause.start, h.start))) return [];
  const k = s.clauses.indexOf(h.clause);
  for (let i = 0; i < Math.min(k, 2); i++) {
    const c = s.clauses[i];
    const person = s.mentions.find((m) => m.start >= c.start && m.end <= c.end && m.entity.type === 'PERSON' && !isAffiliation(s, m));
    if (person) return [person.entity];
    const titled = bareTitles(ctx, s, c)[0];
    if (titled) return [titled.entity];
  }
  return [];
}

/** Not a place after "tại", not a modifier ("của Mỹ", "Mỹ-Trung"), not a quoted source ("Theo Reuters"). */
function isActor(ctx: Context, s: Sentence, m: Mention): boolean {
  // A mention lies in one sentence of one context: whether it is an actor is read once.
  return m.actor ?? (m.actor = readIsActor(ctx, s, m));
}

function readIsActor(ctx: Context, s: Sentence, m: Mention): boolean {
  const text = ctx.doc.text;
  const before = text.slice(Math.max(s.start, m.start - 30), m.start);
  const after = text.slice(m.end, Math.min(s.end, m.end + 3));
  if (m.entity.type !== 'PERSON') {
    if (endsWithWord(before, LOCATIVES) || /\(\s*$/u.test(before)) return false;
    if (MAY_LOCATIVE.test(before) && LOCATIVE_PHRASE.test(before)) return false;
    if (/[-–]\s*$/u.test(before) || /^\s*[-–]/u.test(after)) return false;
    if (isAffiliation(s, m)) return false;
  }
  if (endsWithWord(before, NOT_ACTOR_BEFORE) || (MAY_OF.test(before) && /(?:của|theo)\s+(?:ông|bà)\s*$/iu.test(before))) return false;
  return true;
}

/** "cuộc gặp Busan": a place named right after a meeting noun is where it was held. */
function isPlaceAfter(ctx: Context, s: Sentence, h: TriggerHit, e: Entity): boolean {
  return e.type === 'LOCATION' && s.mentions.some((m) => m.entity === e && m.start >= h.end && /^\s*$/u.test(ctx.doc.text.slice(h.end, m.start)));
}

/** The last `n` distinct persons named before position `at`, in this sentence then the ones before. */
export function lastPersons(ctx: Context, s: Sentence, at: number, n: number): Entity[] {
  const out: Entity[] = [];
  for (let i = s.index; i >= 0 && i >= s.index - 8 && out.length < n; i--) {
    const mentions = ctx.sentences[i].mentions.filter((m) => m.entity.type === 'PERSON' && m.end <= at);
    for (const m of mentions.reverse()) {
      if (!out.includes(m.entity)) out.push(m.entity);
      if (out.length === n) break;
    }
  }
  return out;
}

/** "gặp các quan chức Nhật Bản, Singapore, Malaysia và Ấn Độ": clauses that only continue a list of names. */
function listTail(ctx: Context, s: Sentence, range: Range): Entity[] {
  const out: Entity[] = [];
  let k = s.clauses.indexOf(s.clauses.find((c) => c.start === range.start)!);
  for (k += 1; k < s.clauses.length; k++) {
    const c = s.clauses[k];
    const inside = s.mentions.filter((m) => m.start >= c.start && m.end <= c.end);
    let rest = ctx.doc.text.slice(c.start, c.end);
    for (const m of [...inside].reverse()) rest = rest.slice(0, m.start - c.start) + rest.slice(m.end - c.start);
    if (!/^[\s,.;và]*$/u.test(rest)) break;
    out.push(...inside.filter((m) => m.entity.type !== 'PERSON').map((m) => m.entity));
  }
  return out;
}

/** `[...new Set(xs)]`, without the set: the lists are short. */
function unique<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}
