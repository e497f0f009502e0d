import type { EntityType } from '../types';
import type { GazetteerEntry } from './data/types';
import type { Candidate } from './05-candidates';
import { isVietName } from './02-syllable';
import { FIELD_WORD, SURNAME } from './04-lexicon-sets';
import { STRENGTH, typeByShape, type Shape } from './07-type';

/** Candidates believed to name one real-world entity. */
export interface Group {
  cands: Candidate[];
  gaz?: GazetteerEntry;
  type: EntityType;
  /** The strongest evidence for the type. */
  strength: number;
  /** Candidates are only ever appended, so {@link longest} resumes from the count it last saw. */
  seen: number;
  /** How many candidates the type was last worked out from: {@link retype} skips a group that has not grown. */
  typed: number;
  best: Candidate | null;
}

// Old and new tone placement name the same thing: "Thành uỷ" / "Thành ủy", "Hoà" / "Hòa".
const TONES: Record<string, string> = { oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy', oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe' };
const OLD_TONE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/gu;
export const fold = (s: string): string => s.toLowerCase().replace(OLD_TONE, (m) => TONES[m] ?? m);

/** Groups candidates: one group per gazetteer entry, else per spelling (case and tone placement folded). */
export function groupCandidates(cands: readonly Candidate[], shapes: Map<string, Shape>): Group[] {
  const byKey = new Map<string, Group>();
  // A spelling recurs: its group is found without folding it again.
  const bySpelling = new Map<string, Group>();
  // An entry recurs: its group is found without building its key again.
  const byEntry = new Map<GazetteerEntry, Group>();
  for (const c of cands) {
    let g = c.gaz ? (byEntry.get(c.gaz) ?? byKey.get(`g:${c.gaz.name}`)) : bySpelling.get(c.text);
    if (g === undefined) {
      const key = c.gaz ? `g:${c.gaz.name}` : `t:${fold(c.text)}`;
      g = byKey.get(key);
      if (g === undefined) {
        g = { cands: [], gaz: c.gaz, type: 'MISC', strength: 0, seen: 0, best: null, typed: -1 };
        byKey.set(key, g);
      }
      if (!c.gaz) bySpelling.set(c.text, g);
    }
    if (c.gaz) byEntry.set(c.gaz, g);
    g.cands.push(c);
  }
  const groups = [...byKey.values()];
  for (const g of groups) retype(g, shapes);
  return groups;
}

/** The type with the most weight over the group's candidates. */
export function retype(g: Group, shapes: Map<string, Shape>): void {
  if (g.typed === g.cands.length) return;
  g.typed = g.cands.length;
  // Scores by type in the order the types first appear: the first of equal scores wins.
  const types: EntityType[] = [];
  const scores: number[] = [];
  let best = 0;
  for (const c of g.cands) {
    const shape = typeByShape(c, shapes);
    // A weak cue ("từ", "theo") types a lone word, not a name whose shape already says what it is.
    const weakLoses = c.source === 'weak-cue' && (shape.source === 'shape' || (c.words.length > 1 && !isVietName(c.words)));
    const own = c.type !== null && !weakLoses;
    const w = STRENGTH[own ? c.source : shape.source] ?? 1;
    const type = own ? c.type! : shape.type;
    const at = types.indexOf(type);
    if (at < 0) {
      types.push(type);
      scores.push(w);
    } else scores[at] += w;
    if (w > best) best = w;
  }
  let type: EntityType = 'MISC';
  let top = -1;
  for (let k = 0; k < types.length; k++) if (scores[k] > top) [type, top] = [types[k], scores[k]];
  g.type = type;
  g.strength = best;
}

const words = (g: Group): string[] => longest(g).words;

/** The group's fullest candidate: most words, then most characters, the first of equals. */
export function longest(g: Group): Candidate {
  let n = 0;
  let best = g.cands[0];
  if (g.best !== null && g.seen <= g.cands.length) [n, best] = [g.seen, g.best];
  for (let k = n; k < g.cands.length; k++) {
    const b = g.cands[k];
    if (b.words.length > best.words.length || (b.words.length === best.words.length && b.text.length > best.text.length)) best = b;
  }
  g.seen = g.cands.length;
  g.best = best;
  return best;
}

/**
 * Whether a short form names the person of a longer name: a Chinese or Vietnamese family name comes first
 * ("Tập" of "Tập Cận Bình"), a given name last ("Hải" of "Hoàng Trung Hải"), a Western surname last ("Biden").
 */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const suffix = short.every((w, k) => w === full[full.length - short.length + k]);
  const prefix = short.every((w, k) => w === full[k]);
  const eastern = isVietName(full) || SURNAME.has(full[0]);
  return suffix || (eastern && prefix);
}

/** Folds short forms and one-letter typos into the person they name; returns the remaining groups. */
export function mergeAliases(groups: Group[]): Group[] {
  const persons = groups.filter((g) => g.type === 'PERSON' && words(g).length > 1);
  const alive = new Set(groups);
  for (const g of groups) {
    if (!alive.has(g) || (g.type !== 'PERSON' && g.strength >= 3) || g.gaz?.type === 'LOCATION') continue;
    const w = words(g);
    const first = g.cands[0].start;
    const targets = persons.filter((p) => p !== g && alive.has(p) && (isShortFormOf(w, words(p)) || isTypo(longest(g).text, longest(p).text)));
    if (targets.length === 0) continue;
    const before = targets.filter((p) => p.cands[0].start < first);
    const target = before.length ? before[before.length - 1] : targets[0];
    // "Xuân Son" of "Nguyễn Xuân Son": a given name used alone looks like a place; untyped, it is the person.
    if (g.type !== 'PERSON') for (const c of g.cands) if (c.type === null) [c.type, c.source] = ['PERSON', 'default'];
    target.cands.push(...g.cands);
    target.gaz ??= g.gaz;
    alive.delete(g);
  }
  return groups.filter((g) => alive.has(g));
}

// An abbreviation: "NHNN", "APEC", "COP26", "Fed".
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$|^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * "Ngân hàng Nhà nước Việt Nam (NHNN)", "Cục Dự trữ Liên bang Mỹ (Fed)": an abbreviation in brackets right
 * after a name of two words or more is that name's alias, wherever it occurs.
 */
export function mergeAbbreviations(groups: Group[], text: string): Group[] {
  const byEnd = new Map<number, Group>();
  for (const g of groups) for (const c of g.cands) if (c.words.length > 1 && g.type !== 'PERSON') byEnd.set(c.end, g);
  const merged = new Set<Group>();
  for (const g of groups) {
    if (merged.has(g)) continue;
    for (const c of g.cands) {
      if (text.charCodeAt(c.start - 1) !== 40 || text.charCodeAt(c.end) !== 41 || text.charCodeAt(c.start - 2) !== 32 || !ABBREVIATION.test(c.text)) continue;
      const full = byEnd.get(c.start - 2);
      // "Đại học Leeds (Anh)": a known place in brackets says where the body is; it is no abbreviation.
      if (!full || full === g || merged.has(full) || g.gaz?.type === 'LOCATION') continue;
      full.cands.push(...g.cands);
      full.gaz ??= g.gaz;
      merged.add(g);
      break;
    }
  }
  return groups.filter((g) => !merged.has(g));
}

const COMPANY_HEADS = ['Tập đoàn ', 'Công ty ', 'Tổng công ty ', 'Ngân hàng ', 'Hãng '];
// Legal forms between a company's head and its name: "Công ty CP ...", "Công ty TNHH MTV ...".
const LEGAL_FORMS = new Set(['CP', 'TNHH', 'MTV', 'JSC']);

/**
 * "Hòa Phát" alone names "Tập đoàn Hòa Phát", "Sao Việt" names "Công ty CP Công nghệ Sao Việt": a company's
 * name without its head word, legal form and field words.
 */
export function mergeCompanies(groups: Group[]): Group[] {
  const heads = new Map<string, Group>();
  for (const g of groups) {
    const h = COMPANY_HEADS.find((p) => longest(g).text.startsWith(p));
    if (!h || g.type !== 'ORGANIZATION') continue;
    const rest = longest(g).words.slice(h.split(' ').length - 1);
    for (let k = 0; k < rest.length; ) {
      heads.set(rest.slice(k).join(' '), g);
      if (LEGAL_FORMS.has(rest[k])) k++;
      else if (k + 1 < rest.length && FIELD_WORD.has(`${rest[k]} ${rest[k + 1]}`.toLowerCase())) k += 2;
      else break;
    }
  }
  return groups.filter((g) => {
    const target = heads.get(longest(g).text);
    if (!target || target === g || g.gaz || g.strength >= 5) return true;
    // The short form is the company: its head word, not the shape of its words ("Sao Việt"), says what it is.
    for (const c of g.cands) if (STRENGTH[c.source] < STRENGTH.head) [c.type, c.source] = [target.type, 'head'];
    target.cands.push(...g.cands);
    return false;
  });
}

const ADMIN_LEVELS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'TP']);

/**
 * "UBND tỉnh" names the body of that kind the article last named ("UBND tỉnh Quảng Ngãi", "UBND Phú Yên"): a
 * name ending on its administrative level is an alias of the nearest body before it with the same head word,
 * or of the only one after it; with none, it is a body of its own.
 */
export function mergeAdminBodies(groups: Group[]): Group[] {
  const merged = new Set<Group>();
  for (const g of groups) {
    const w = longest(g).words;
    if (g.type !== 'ORGANIZATION' || w.length < 2 || !ADMIN_LEVELS.has(w[w.length - 1])) continue;
    const head = `${w.slice(0, -1).join(' ')} `;
    const first = g.cands[0].start;
    let target: Group | null = null;
    let at = -1;
    const named = groups.filter((f) => f !== g && !merged.has(f) && f.type === 'ORGANIZATION' && longest(f).text.startsWith(head));
    for (const f of named) {
      for (const c of f.cands) if (c.start < first && c.start > at) [target, at] = [f, c.start];
    }
    if (!target && named.length === 1) target = named[0];
    if (!target) continue;
    target.cands.push(...g.cands);
    merged.add(g);
  }
  return groups.filter((g) => !merged.has(g));
}

/** "Donald Trum" for "Donald Trump": same words but one, one letter off, long enough to be safe. */
function isTypo(a: string, b: string): boolean {
  if (a === b || a.length < 8 || Math.abs(a.length - b.length) !== 1) return false;
  const aw = a.split(' ');
  const bw = b.split(' ');
  if (aw.length !== bw.length || aw.length < 2) return false;
  return editDistanceIsOne(a, b);
}

function editDistanceIsOne(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // A letter dropped or added; a changed letter may be another name ("Tân Cương", "Tần Cương").
  return a.length !== b.length && a.slice(i) === b.slice(i + 1);
}

/** A lone sentence-initial capital joins a group that has the same spelling or that it is a short form of. */
function foldIndex(groups: readonly Group[]): Map<string, Group> {
  const m = new Map<string, Group>();
  for (const g of groups) for (const c of g.cands) m.set(fold(c.text), g);
  return m;
}

export function resolveDeferred(groups: Group[], deferred: readonly Candidate[]): void {
  const bySurface = new Map<string, Group | undefined>();
  for (const g of groups) for (const c of g.cands) bySurface.set(c.text, g);
  const persons = groups.filter((p) => p.type === 'PERSON' && p.strength >= 3);
  // "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" in a heading is "Bộ Kế hoạch và Đầu tư": a name in capitals is found case-folded.
  let byFold: Map<string, Group> | null = null;
  for (const d of deferred) {
    let g = bySurface.get(d.text);
    if (g === undefined && d.text === d.text.toUpperCase()) {
      byFold ??= foldIndex(groups);
      g = byFold.get(fold(d.text));
      if (g) bySurface.set(d.text, g);
    }
    if (g === undefined && !bySurface.has(d.text)) {
      g = persons.find((p) => isShortFormOf(d.words, words(p)));
      bySurface.set(d.text, g);
    }
    if (g) g.cands.push({ ...d, type: null, source: 'default', shape: d.shape });
  }
}
