/**
 * Step 2: trigger words in a sentence, typed by the data tables. A trigger that is negated,
 * a purpose, the setting of something else, or inside someone's quoted words is dropped.
 */
import type { EventType, MeetingMode, Range } from '../types';
import {
  AGREEMENT_NOUNS, AGREEMENT_VERBS, MODE_MARKERS, NOT_AFTER, NOT_BEFORE, PURPOSE_BEFORE, RECEIVED_BEFORE, RECEIVES_AFTER, SETTING_BEFORE,
  TRIGGERS, type TriggerEntry,
} from './data/triggers';
import { NEGATIONS } from './data/cues';
import type { Sentence } from './model';
import { alternation, endsWithWord, hasWord, matchesAt, startsWithWord } from './pattern';
import { clauseAt } from './clauses';
import { Phrases } from './phrases';

export interface TriggerHit extends Range {
  /** The trigger's share of its clause: up to the next trigger in the same clause. */
  window: Range;
  /** "cuộc gặp này", "kế hoạch gặp nói trên": an event told before; its actors are not re-read here. */
  anaphoric: boolean;
  type: EventType;
  mode?: MeetingMode;
  cameo: string;
  rule: string;
  clause: Range;
}

const byWord = new Map<string, TriggerEntry>();
for (const entry of TRIGGERS) for (const w of entry.words) byWord.set(w, entry);

const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';

// Samples: "đạt được thỏa thuận", "giúp "môi giới" một thỏa thuận", "đã ký một hiệp ước".
const AGREEMENT_NOUN = new RegExp(
  `${EDGE_L}(?:${alternation(AGREEMENT_VERBS)})["”’]?(?:\\s+[^\\s,.;:]+){0,5}?\\s+(?:${alternation(AGREEMENT_NOUNS)})${EDGE_R}`,
  'giu',
);
// Samples: "gặp", "hội nghị thượng đỉnh", "điện đàm", "chuyến thăm", "nhất trí".
const HYPOTHETICAL = /(?<![\p{L}\p{N}])(?:liệu|nếu|giá như|giả sử)(?![\p{L}\p{N}])/iu;
// Samples: "Cuộc gọi này", "cuộc gặp mặt lần này", "Kế hoạch gặp trực tuyến nói trên".
const ANAPHORIC = /^(?:\s+(?:trực tuyến|trực tiếp|ảo|qua điện thoại|lần))?\s+(?:này|nói trên|đó)(?![\p{L}\p{N}])/u;
// The speaker's own plan, with no new subject: "LinkedIn, cho biết sẽ đóng cửa".
const OWN_PLAN = /(?<![\p{L}\p{N}])cho (?:biết|hay)(?: thêm)?(?=,?\s+sẽ(?![\p{L}\p{N}]))/giu;
// "Ông Hải cho biết, Hà Nội sẽ ...": a speech verb, then a name, then "sẽ".
const SAYS = /(?<![\p{L}\p{N}])cho (?:biết|hay)(?: thêm)?,?\s+/gu;
// A cheap test first: OWN_PLAN and SAYS both need it (no \p{…}, no lookbehind: V8 runs it fast).
const MAY_SAY = /cho (?:biết|hay)/i;
const WILL_NEXT = /^\s+(?:(?:cũng|đã)\s+)?sẽ(?![\p{L}\p{N}])/u;
// The trigger words, found by a word scan (phrases.ts) rather than one big /iu alternation.
const TRIGGER = new Phrases([...byWord.keys()]);
// An agreement noun must be there for AGREEMENT_NOUN to match: a cheap test first.
const HAS_AGREEMENT_NOUN = new Phrases(AGREEMENT_NOUNS);
// Where AGREEMENT_NOUN, OWN_PLAN and SAYS may begin (matchesAt in pattern.ts).
const AGREEMENT_STARTS = new RegExp([...new Set(AGREEMENT_VERBS.map((w) => w.split(' ')[0]))].join('|'), 'giu');
const SAY_STARTS_I = /cho (?:biết|hay)/giu;
const SAY_STARTS = /cho (?:biết|hay)/gu;
// Each agreement noun holds one of these; a plain regex, fast in V8, tells most sentences have none.
const MAY_AGREE = /thuận|hiệp|đối\s+tác/i;
// Cheap tests before the regexes of `rejected`: what they need (plain regexes, fast in V8).
const MAY_NEGATE = /chưa|không/i;
const MAY_ARRIVE = /đến |tới |sang /;
const MAY_SUPPOSE = /liệu|nếu|giá như|giả sử/i;
const NOT_MEETING_BEFORE = [...PURPOSE_BEFORE, ...SETTING_BEFORE];



const ARRIVAL: TriggerEntry = { type: 'visit', cameo: '042', rule: 'visit-arrival', words: [] };
// "tới", "đến", "sang" right before a place; a person before it with only modal words between
const MOTION_BEFORE = /(?:^|\s)(đến|tới|sang)\s$/u;
const SUBJECT_GAP = /^\s*(?:(?:đã|sẽ|vừa|mới|cũng|dự kiến|trực tiếp|hôm qua|hôm nay|sáng nay|tối qua)\s+)*$/u;
// A bare title as the subject: "Phó Thủ tướng dự kiến trực tiếp đến Quảng Bình" (titles.ts resolves it).
const TITLE_SUBJECT = /(?<![\p{L}\p{N}])(?:Thủ tướng|Tổng thống|Chủ tịch nước|Tổng Bí thư|Ngoại trưởng|Nhà vua|Quốc vương)\s+(?:(?:đã|sẽ|vừa|mới|cũng|dự kiến|trực tiếp)\s+)*$/u;

/** "Ông Kishida đến Seoul tối 12/3", "bà Kamikawa tới Jakarta": a person arriving somewhere is visiting it. */
function arrivals(s: Sentence): Range[] {
  const out: Range[] = [];
  for (let k = 0; k < s.mentions.length; k++) {
    const place = s.mentions[k];
    if (place.entity.type !== 'LOCATION') continue;
    const lead = s.text.slice(Math.max(0, place.start - s.start - 8), place.start - s.start);
    const verb = MOTION_BEFORE.exec(lead);
    if (!verb) continue;
    const verbStart = place.start - lead.length + verb.index + verb[0].length - verb[1].length - 1;
    const person = s.mentions.slice(0, k).reverse().find((m) => m.end <= verbStart);
    const titled = (): boolean => TITLE_SUBJECT.test(s.text.slice(Math.max(person ? person.end - s.start : 0, verbStart - s.start - 60), verbStart - s.start));
    if (!person || person.entity.type !== 'PERSON') {
      if (!titled()) continue;
    } else if (!SUBJECT_GAP.test(s.text.slice(person.end - s.start, verbStart - s.start)) && !titled()) continue;
    out.push({ start: verbStart, end: verbStart + verb[1].length });
  }
  return out;
}

export function findTriggers(s: Sentence): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const words = TRIGGER.scan(s.text);
  const agreementNoun = MAY_AGREE.test(s.text) && HAS_AGREEMENT_NOUN.test(s.text);
  const says = MAY_SAY.test(s.text);
  if (words.length === 0 && !agreementNoun && !says && !MAY_ARRIVE.test(s.text)) return hits;
  if (agreementNoun) {
    for (const m of matchesAt(s.text, AGREEMENT_STARTS, AGREEMENT_NOUN)) {
      hits.push(hit(s, m.index, m[0].length, { type: 'agreement', cameo: '057', rule: 'agreement-noun', words: [] }));
    }
  }
  if (says) {
    for (const m of matchesAt(s.text, SAY_STARTS_I, OWN_PLAN)) {
      hits.push(hit(s, m.index, m[0].length, { type: 'announcement', cameo: '010', rule: 'announcement-own-plan', words: [] }));
    }
  }
  if (says) for (const m of matchesAt(s.text, SAY_STARTS, SAYS)) {
    const after = s.start + m.index + m[0].length;
    const side = s.mentions.find((x) => x.start === after);
    if (!side || !WILL_NEXT.test(s.text.slice(side.end - s.start, side.end - s.start + 20))) continue;
    hits.push(hit(s, m.index, m[0].trimEnd().replace(/,$/u, '').length, { type: 'announcement', cameo: '010', rule: 'announcement-own-side', words: [] }));
  }
  for (const w of words) {
    const start = s.start + w.start;
    const end = s.start + w.end;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    const word = w.phrase;
    const entry = byWord.get(word);
    if (!entry || rejected(s, w.start, w.end - w.start, word, entry)) continue;
    hits.push(hit(s, w.start, w.end - w.start, entry));
  }
  for (const a of arrivals(s)) {
    if (!hits.some((h) => a.start < h.end && a.end > h.start)) hits.push(hit(s, a.start - s.start, a.end - a.start, ARRIVAL));
  }
  const kept = hits.filter((h) => !insideLongQuote(s, h)).sort((a, b) => a.start - b.start);
  kept.forEach((h, i) => {
    const prev = kept[i - 1];
    const next = kept[i + 1];
    h.window = {
      start: prev && prev.clause === h.clause ? prev.end : h.clause.start,
      end: next && next.clause === h.clause ? next.start : h.clause.end,
    };
  });
  return kept;
}

function hit(s: Sentence, at: number, length: number, entry: TriggerEntry): TriggerHit {
  const start = s.start + at;
  const clause = clauseAt(s.clauses, start);
  const anaphoric = ANAPHORIC.test(s.text.slice(at + length, at + length + 30));
  const h: TriggerHit = {
    start, end: start + length, type: entry.type, cameo: entry.cameo, rule: entry.rule, clause, window: clause, anaphoric,
  };
  // A mode word refines "gặp" or "hội nghị thượng đỉnh"; "điện đàm trực tiếp" is still a call.
  if (entry.type === 'meeting') h.mode = entry.mode === 'phone' ? 'phone' : markedMode(s, h) ?? entry.mode ?? 'unknown';
  return h;
}

function rejected(s: Sentence, at: number, length: number, word: string, entry: TriggerEntry): boolean {
  const before = s.text.slice(Math.max(0, at - 40), at);
  const after = s.text.slice(at + length, at + length + 30);
  if (NOT_AFTER[word] && startsWithWord(after, NOT_AFTER[word])) return true;
  if (word === 'tiếp' && !RECEIVES_AFTER.test(after) && !RECEIVED_BEFORE.test(before)) return true;
  if (NOT_BEFORE[word] && endsWithWord(before, NOT_BEFORE[word])) return true;
  if (endsWithWord(before, NEGATIONS) || (MAY_NEGATE.test(before) && /(?:chưa|không)\s+(?:có\s+)?(?:cuộc\s+)?$/iu.test(before))) return true;
  // Whether or if, not that: "liệu ông có được điện đàm", "nếu phải đàm phán lại".
  if (MAY_SUPPOSE.test(before) && HYPOTHETICAL.test(before.split(/[,;:]/u).pop() ?? '')) return true;
  if (entry.type === 'meeting' && endsWithWord(before, NOT_MEETING_BEFORE)) return true;
  if (entry.type === 'meeting' && /(?:tham dự|bên lề|tại)\s+(?:các\s+|một\s+)?$/iu.test(before)) return true;
  return false;
}

/** "cuộc gặp trực tuyến", "hội nghị thượng đỉnh ảo", "gặp ... qua video": the mode word nearby. */
function markedMode(s: Sentence, h: Range & { clause: Range }): MeetingMode | undefined {
  const after = s.text.slice(h.end - s.start, Math.min(h.clause.end, h.end + 25) - s.start);
  const before = s.text.slice(Math.max(h.clause.start, h.start - 12) - s.start, h.start - s.start);
  for (const { words, mode } of MODE_MARKERS) {
    if (startsWithWord(after, words) || endsWithWord(before, words)) return mode;
  }
  for (const { words, mode } of MODE_MARKERS) if (hasWord(after, words)) return mode;
  return undefined;
}

/** Inside someone's quoted words (four words or more): what the speaker says, not what happened. */
function insideLongQuote(s: Sentence, h: Range): boolean {
  return s.quoted.some((q) => h.start > q.start && h.end < q.end && isLong(s, q));
}

// A quoted stretch is counted once, however many triggers lie in it.
const longQuotes = new WeakMap<Range, boolean>();

function isLong(s: Sentence, q: Range): boolean {
  let long = longQuotes.get(q);
  if (long === undefined) longQuotes.set(q, (long = s.text.slice(q.start - s.start, q.end - s.start).split(/\s+/u).length >= 4));
  return long;
}
