import type { Doc, Entity, EntityType } from '../types';
import { BODY_HEADS, CUE_VERBS, NOT_NAME_START, PRONOUNS, SURNAME_LIST, TITLES, TITLE_PLACES } from './constants';
import { escapeRe, wordsRe } from './pattern';
import { fast, isLetterAt, isUpperAt, L, LETTER_TABLE as letter, LIMIT, LL, LN, UPPER_TABLE as upper } from './chars';

/** A name in `Doc.text` that may speak: from the entity stage, or found here as a fallback. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  type: EntityType | 'UNKNOWN';
  entityId?: string;
  /** A bare "ông"/"bà": resolved later to the nearest earlier person. */
  pronoun?: boolean;
  /** The honorific the person was introduced with: "bà X" → 'f', "ông X" → 'm'. */
  sex?: 'f' | 'm';
}

const PRONOUN_RE = wordsRe([...PRONOUNS, ...PRONOUNS.map(cap)], 'gu');
const TITLE_RE = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).map(escapeRe).join('|')}) `, 'u');
const FEMALE_END = new RegExp(`(?<![${L}])(?:bà|Bà|nữ|Nữ|chị|Chị|cô|Cô)(?: [${LL}][${L}]*){0,3} $`, 'u');
const MALE_END = new RegExp(`(?<![${L}])(?:ông|Ông|anh|Anh)(?: [${LL}][${L}]*){0,3} $`, 'u');
const INITIAL_END = fast(/ \p{Lu}\.$/u);
const notStart = new Set(NOT_NAME_START);
const HONORIFIC_NEAR = /[Bb]à|[Nn]ữ|[Cc]hị|[Cc]ô|[ÔôAa]n/u; // a cheap test before FEMALE_END / MALE_END
const TITLE_SET = new Set([...TITLES, ...TITLES.map((t) => t.toLowerCase()), 'ông', 'bà', 'Ông', 'Bà']);
const TITLE_LAST = new Set([...TITLE_SET].map((t) => t.slice(t.lastIndexOf(' ') + 1)));
const TITLE_FIRST = new Set(TITLES.map((t) => t.split(' ')[0]));
const PLACE_PREFIXES = TITLE_PLACES; // "Chủ tịch Trung Quốc Tập Cận Bình"
const LEADING_PUNCT = new RegExp(`^[^${LN}]+`, 'u');
// "Phát biểu tại …, X nói": a sentence opening with a verb of speech; its first word is no name.
const PARTICIPLES = new Map<string, string[]>();
for (const v of CUE_VERBS) {
  const sp = v.indexOf(' ');
  if (sp < 0) continue;
  const first = cap(v.slice(0, sp));
  PARTICIPLES.set(first, [...(PARTICIPLES.get(first) ?? []), cap(v)]);
}
// "Nguyễn Thị Hương", "Kim Sang-sik": two to four capitalised words, the person part of a merged name
const PERSON_PART = fast(/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u);
const BODY_HEAD_SET = new Set(BODY_HEADS);
// "CKII Lê Quang Thuận": a degree in capitals left on a person's name ("BS.CKII"), never part of it
const DEGREE_LEAD = /^\p{Lu}{2,} (?=\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+$)/u;
// a surname before a given name split off a body: "… Huế Lê Minh Khoa" → "Lê Minh Khoa"
const SURNAMES = new Set(SURNAME_LIST);

/** A title or "ông"/"bà" written right before `at` (one to four words, then a space). */
function titledBefore(text: string, at: number): boolean {
  if (text[at - 1] !== ' ') return false;
  let w = at - 1;
  while (w > 0 && text[w - 1] !== ' ') w--;
  if (!TITLE_LAST.has(text.slice(w, at - 1).replace(LEADING_PUNCT, ''))) return false;
  const from = Math.max(0, at - 41);
  const words = text.slice(from, at - 1).split(' ');
  for (let k = 1; k <= 4 && k <= words.length; k++) {
    if (k === words.length && from > 0) break; // the window may start inside a word
    let cand = words.slice(-k).join(' ');
    if (k === words.length || LEADING_PUNCT.test(cand)) cand = cand.replace(LEADING_PUNCT, '');
    if (TITLE_SET.has(cand)) return true;
  }
  return false;
}

/**
 * Runs of capitalised words ("Tập Cận Bình", "Edward C. Chow", "Coca-Cola"), a hand scan over a table:
 * `each(start, end)` for every run, in text order.
 */
function capRuns(text: string, each: (at: number, end: number) => void): void {
  const n = text.length;
  let prevLetter = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isUp = c < LIMIT && upper[c] === 1;
    if (!isUp || prevLetter) {
      prevLetter = c < LIMIT ? letter[c] === 1 : isLetterAt(text, i);
      continue;
    }
    let j = i + 1;
    while (isLetterAt(text, j)) j++;
    if (text.charCodeAt(j) === 0x2d && isUpperAt(text, j + 1)) {
      j += 2;
      while (isLetterAt(text, j)) j++;
    }
    while (text.charCodeAt(j) === 0x20 && isUpperAt(text, j + 1)) {
      if (text.charCodeAt(j + 2) === 0x2e) j += 3;
      else {
        j += 2;
        while (isLetterAt(text, j)) j++;
      }
    }
    each(i, j);
    i = j - 1;
    prevLetter = isLetterAt(text, i);
  }
}
const places = new Set(TITLE_PLACES);

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** A mention, always built with the same fields in the same order (one object shape). */
function mention(start: number, end: number, name: string, type: Mention['type'], entityId?: string, pronoun?: boolean): Mention {
  return { start, end, name, type, entityId, pronoun, sex: undefined };
}

/**
 * Sorted, disjoint ranges with a cursor for queries that move forward: `from(pos)` drops the ranges
 * ending at or before `pos`; `overlaps(start, end)` then looks ahead from there without moving.
 */
class Claims {
  private k = 0;

  constructor(readonly list: Mention[]) {}

  from(pos: number): void {
    while (this.k < this.list.length && this.list[this.k].end <= pos) this.k++;
  }

  overlaps(start: number, end: number): boolean {
    let j = this.k;
    while (j < this.list.length && this.list[j].end <= start) j++;
    return j < this.list.length && this.list[j].start < end;
  }
}

/** The entity stage's mentions in `Doc.text` offsets, in order; of overlapping ones the first (longest) wins. */
function entityMentions(doc: Doc, entities: readonly Entity[]): Mention[] {
  const raw: { start: number; end: number; e: Entity }[] = [];
  for (const e of entities) for (const m of e.mentions) raw.push({ start: m.start, end: m.end, e });
  raw.sort((a, b) => a.start - b.start || b.end - a.end); // runs per entity: the sort merges them
  const out: Mention[] = [];
  let reach = 0; // the end of the last one taken: every earlier one starts before this one
  for (const r of raw) {
    const start = doc.offsetOf(r.start);
    if (start < reach) continue;
    const end = doc.offsetOf(r.end);
    if (end <= start) continue;
    out.push(mention(start, end, r.e.type === 'PERSON' ? r.e.name.replace(DEGREE_LEAD, '') : r.e.name, r.e.type, r.e.id));
    reach = end;
  }
  return out;
}

/** Three sorted lists of disjoint mentions, merged. */
function merge3(a: Mention[], b: Mention[], c: Mention[]): Mention[] {
  const out: Mention[] = new Array(a.length + b.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  for (let o = 0; o < out.length; o++) {
    const x = i < a.length ? a[i].start : Infinity;
    const y = j < b.length ? b[j].start : Infinity;
    const z = k < c.length ? c[k].start : Infinity;
    if (x <= y && x <= z) out[o] = a[i++];
    else if (y <= z) out[o] = b[j++];
    else out[o] = c[k++];
  }
  return out;
}

/**
 * Every speaker-like mention of the document, in text order, entities first where they overlap.
 * Entity mentions come from the entity stage (caller offsets, mapped back to `Doc.text`);
 * capitalised runs and bare "ông"/"bà" fill the gaps.
 */
export function findMentions(doc: Doc, entities: readonly Entity[]): Mention[] {
  const text = doc.text;
  const byAlias = new Map<string, Entity>();
  for (const e of entities) for (const f of [e.name, ...e.aliases]) if (f.trim() && !byAlias.has(f)) byAlias.set(f, e);
  const fromEntities = new Claims(splitMerged(text, entityMentions(doc, entities), byAlias));
  const runs: Mention[] = [];
  capRuns(text, (at, end) => {
    if (PARTICIPLES.get(text.slice(at, end))?.some((v) => text.startsWith(v, at))) return;
    if (TITLE_FIRST.has(text.slice(at, end)) && (TITLE_RE.exec(text.slice(at, at + 40))?.[0].length ?? 0) > end - at + 1) return; // "Tiến sĩ"
    fromEntities.from(at);
    if (fromEntities.overlaps(at, at + 1) && fromEntities.overlaps(end - 1, end)) return; // already an entity's
    for (const part of splitRun(text, at, text.slice(at, end))) {
      if (fromEntities.overlaps(part.start, part.end)) continue;
      const e = byAlias.get(part.name); // an alias the entity stage left unmarked here
      runs.push(e ? mention(part.start, part.end, e.name, e.type, e.id) : part);
    }
  });
  const entityList = fromEntities.list;
  const taken = [new Claims(entityList), new Claims(runs)]; // a second walk from the start
  const pronouns: Mention[] = [];
  for (const m of text.matchAll(PRONOUN_RE)) {
    const at = m.index + m[0].length;
    if (text.charCodeAt(at) === 0x20 && isUpperAt(text, at + 1)) continue; // "ông Biden": the name is the mention
    taken[0].from(m.index);
    taken[1].from(m.index);
    if (taken[0].overlaps(m.index, at) || taken[1].overlaps(m.index, at)) continue;
    pronouns.push(mention(m.index, at, m[0], 'PERSON', undefined, true));
  }
  return genders(text, shortBodies(text, canonical(merge3(entityList, runs, pronouns))));
}

/**
 * "Tổng cục Thống kê Nguyễn Thị Hương" taken as one name: the body (a name of another entity) and the
 * person after it, when the rest is two to four capitalised words. The person is the entity of that name
 * (or of its last word, "Hương") when there is one.
 */
function splitMerged(text: string, ms: Mention[], byAlias: ReadonlyMap<string, Entity>): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const name = text.slice(m.start, m.end);
    let done = false;
    if (m.type !== 'PERSON' && name.length > 12) {
      for (let sp = name.lastIndexOf(' '); sp > 0 && !done; sp = name.lastIndexOf(' ', sp - 1)) {
        const body = byAlias.get(name.slice(0, sp));
        const rest = name.slice(sp + 1);
        if (!PERSON_PART.test(rest)) continue;
        const person = byAlias.get(rest) ?? byAlias.get(rest.slice(rest.lastIndexOf(' ') + 1));
        const isPerson = person?.type === 'PERSON';
        if ((!body || body.id === m.entityId || body.type === 'PERSON') && !isPerson) continue;
        // the surname belongs to the person: "… Huế Lê Minh Khoa"
        const head = name.lastIndexOf(' ', sp - 1);
        const cut = isPerson && head > 0 && SURNAMES.has(name.slice(head + 1, sp)) && PERSON_PART.test(name.slice(head + 1)) ? head : sp;
        const own = name.slice(cut + 1);
        const owner = cut === sp ? body : byAlias.get(name.slice(0, cut));
        out.push(owner && owner.id !== m.entityId ? mention(m.start, m.start + cut, owner.name, owner.type, owner.id) : mention(m.start, m.start + cut, name.slice(0, cut), 'ORGANIZATION'));
        const full = byAlias.get(own)?.type === 'PERSON' ? byAlias.get(own)!.name : own;
        out.push(mention(m.start + cut + 1, m.end, full, 'PERSON', isPerson ? person.id : undefined));
        done = true;
      }
    }
    if (!done) out.push(m);
  }
  return out;
}

/** "Viện kiểm sát": a body's head word alone, before lower-case words, is the last body named with it. */
function shortBodies(text: string, ms: Mention[]): Mention[] {
  const last = new Map<string, Mention>();
  for (const m of ms) {
    if (m.type === 'ORGANIZATION' && m.entityId) {
      for (const h of BODY_HEADS) if (m.name.startsWith(`${h} `)) last.set(h, m);
    } else if (m.type === 'UNKNOWN' && BODY_HEAD_SET.has(m.name) && text.charCodeAt(m.end) === 0x20 && !isUpperAt(text, m.end + 1)) {
      const body = last.get(m.name);
      if (body) {
        m.name = body.name;
        m.type = body.type;
        m.entityId = body.entityId;
      }
    }
  }
  return ms;
}

/** The sex each person was introduced with ("bà Zakharova", "ông Macron"), on all their mentions. */
function genders(text: string, ms: Mention[]): Mention[] {
  const sex = new Map<string, 'f' | 'm'>();
  for (const m of ms) {
    if (m.type !== 'PERSON' && m.type !== 'UNKNOWN') continue;
    if (m.pronoun || sex.has(m.name)) continue;
    if (!HONORIFIC_NEAR.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (FEMALE_END.test(before)) sex.set(m.name, 'f');
    else if (MALE_END.test(before)) sex.set(m.name, 'm');
  }
  for (const m of ms) {
    const s = sex.get(m.name);
    if (s) m.sex = s;
  }
  return ms;
}

/** "Chủ tịch Trung Quốc Tập Cận Bình" → LOCATION "Trung Quốc" + PERSON "Tập Cận Bình". */
function splitRun(text: string, at: number, run: string): Mention[] {
  let s = run.endsWith('.') && !INITIAL_END.test(run) ? run.slice(0, -1) : run;
  let start = at;
  let titled = titledBefore(text, at);
  if (notStart.has(s)) return []; // "Trong", "Theo": a sentence opener alone
  for (;;) {
    const sp = s.indexOf(' ');
    const first = sp < 0 ? s : s.slice(0, sp);
    const t = sp > 0 && TITLE_FIRST.has(first) ? TITLE_RE.exec(s + ' ') : null;
    if (t && t[0].length <= s.length) {
      s = s.slice(t[0].length);
      start += t[0].length;
      titled = true;
    } else if ((notStart.has(first) || (first === 'Đài' && !s.startsWith('Đài Loan'))) && s.length > first.length) {
      titled ||= first === 'Ông' || first === 'Bà';
      s = s.slice(first.length + 1);
      start += first.length + 1;
    } else break;
  }
  if (!s || notStart.has(s)) return [];
  const out: Mention[] = [];
  for (const p of PLACE_PREFIXES) {
    if (s.length > p.length + 1 && s.startsWith(p + ' ')) {
      out.push(mention(start, start + p.length, p, 'LOCATION'));
      s = s.slice(p.length + 1);
      start += p.length + 1;
      titled = true;
      break;
    }
  }
  const type = places.has(s) ? 'LOCATION' : titled ? 'PERSON' : 'UNKNOWN';
  out.push(mention(start, start + s.length, s, type));
  return out;
}

/** A fallback surname or given name takes the fullest name it is part of: "Biden" → "Joe Biden". */
function canonical(ms: Mention[]): Mention[] {
  const hosts = new Map<string, Mention>(); // first and last word → the first fuller name
  for (const f of ms) {
    if (f.entityId || f.pronoun || f.type === 'LOCATION') continue;
    const sp = f.name.indexOf(' ');
    if (sp < 0) continue;
    const first = f.name.slice(0, sp);
    const last = f.name.slice(f.name.lastIndexOf(' ') + 1);
    if (!hosts.has(first)) hosts.set(first, f);
    if (!hosts.has(last)) hosts.set(last, f);
  }
  for (const m of ms) {
    if (m.entityId || m.pronoun || m.name.includes(' ')) continue;
    const host = hosts.get(m.name); // a fresh mention of this stage: renamed in place
    if (host) {
      m.name = host.name;
      if (host.type !== 'UNKNOWN') m.type = host.type;
    }
  }
  return ms;
}
