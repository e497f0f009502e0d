import type { Doc, Entity, EntityType } from '../types';
import { NOT_NAME_START, PRONOUNS, TITLES, TITLE_PLACES } from './constants';
import { alternation, escapeRe, wordsRe } from './pattern';

/** A name in `Doc.text` that may speak: from the entity stage, or found here as a fallback. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  type: EntityType | 'UNKNOWN';
  entityId?: string;
  /** A bare "ông"/"bà": resolved later to the nearest earlier person. */
  pronoun?: boolean;
}

// A run of capitalised words: "Tập Cận Bình", "Edward C. Chow", "CCTV". Samples in mentions.test.ts.
const CAP_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)?(?: (?:\p{Lu}\.|\p{Lu}[\p{L}\p{N}]*))*/gu;
const PRONOUN_RE = wordsRe([...PRONOUNS, ...PRONOUNS.map(cap)], 'gu');
const TITLE_RE = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).map(escapeRe).join('|')}) `, 'u');
const TITLE_END = new RegExp(`(?<![\\p{L}])${alternation([...TITLES, ...TITLES.map((t) => t.toLowerCase())])} $`, 'u');
const HONORIFIC_END = /(?<![\p{L}])(?:ông|bà|Ông|Bà) $/u;
const notStart = new Set(NOT_NAME_START);
const places = new Set(TITLE_PLACES);

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Every speaker-like mention of the document, in text order, entities first where they overlap. */
export function findMentions(doc: Doc, entities: readonly Entity[]): Mention[] {
  const text = doc.text;
  const taken: Mention[] = [];
  const forms: { form: string; e: Entity }[] = [];
  for (const e of entities) for (const f of new Set([e.name, ...e.aliases])) if (f.trim()) forms.push({ form: f, e });
  forms.sort((a, b) => b.form.length - a.form.length);
  const covered = new Uint8Array(text.length + 1);
  const claim = (m: Mention) => {
    for (let i = m.start; i < m.end; i++) if (covered[i]) return;
    covered.fill(1, m.start, m.end);
    taken.push(m);
  };
  for (const { form, e } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) claim({ start: m.index, end: m.index + form.length, name: e.name, type: e.type, entityId: e.id });
  }
  for (const m of text.matchAll(CAP_RUN)) for (const part of splitRun(text, m.index, m[0])) claim(part);
  for (const m of text.matchAll(PRONOUN_RE)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^ \p{Lu}/u.test(after)) continue; // "ông Biden": the name is the mention
    claim({ start: m.index, end: m.index + m[0].length, name: m[0], type: 'PERSON', pronoun: true });
  }
  return canonical(taken.sort((a, b) => a.start - b.start));
}

/** "Chủ tịch Trung Quốc Tập Cận Bình" → LOCATION "Trung Quốc" + PERSON "Tập Cận Bình". */
function splitRun(text: string, at: number, run: string): Mention[] {
  let s = run.replace(/\.$/u, (d) => (/ \p{Lu}\.$/u.test(run) ? d : ''));
  let start = at;
  const prefix = text.slice(Math.max(0, at - 30), at);
  let titled = HONORIFIC_END.test(prefix) || TITLE_END.test(prefix);
  for (;;) {
    const t = TITLE_RE.exec(s + ' ');
    const first = s.split(' ')[0];
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
  for (const p of TITLE_PLACES) {
    if (s.startsWith(p + ' ') && s.length > p.length + 1) {
      out.push({ start, end: start + p.length, name: p, type: 'LOCATION' });
      s = s.slice(p.length + 1);
      start += p.length + 1;
      titled = true;
      break;
    }
  }
  const type = places.has(s) ? 'LOCATION' : titled ? 'PERSON' : 'UNKNOWN';
  out.push({ start, end: start + s.length, name: s, type });
  return out;
}

/** A fallback surname or given name takes the fullest name it is part of: "Biden" → "Joe Biden". */
function canonical(ms: Mention[]): Mention[] {
  const full = ms.filter((m) => !m.entityId && !m.pronoun && m.type !== 'LOCATION' && m.name.includes(' '));
  return ms.map((m) => {
    if (m.entityId || m.pronoun || m.name.includes(' ')) return m;
    const host = full.find((f) => {
      const parts = f.name.split(' ');
      return parts[0] === m.name || parts[parts.length - 1] === m.name;
    });
    return host ? { ...m, name: host.name, type: host.type === 'UNKNOWN' ? m.type : host.type } : m;
  });
}
