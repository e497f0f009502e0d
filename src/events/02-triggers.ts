/**
 * Step 2: trigger words in a sentence, typed by the data tables. A trigger that is negated,
 * a purpose, the setting of something else, or inside someone's quoted words is dropped.
 */
import type { EventType, MeetingMode, Range } from '../types';
import {
  AGREEMENT_NOUNS, AGREEMENT_VERBS, MODE_MARKERS, NOT_AFTER, NOT_BEFORE, PURPOSE_BEFORE, RECEIVES_AFTER, SETTING_BEFORE,
  TRIGGERS, type TriggerEntry,
} from './data/triggers';
import { NEGATIONS } from './data/cues';
import type { Sentence } from './model';
import { alternation, endsWithWord, startsWithWord } from './pattern';
import { clauseAt } from './clauses';

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

const key = (s: string): string => s.toLowerCase().replace(/\s+/gu, ' ');
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
const WILL_NEXT = /^\s+(?:(?:cũng|đã)\s+)?sẽ(?![\p{L}\p{N}])/u;
const TRIGGER = new RegExp(`${EDGE_L}(?:${alternation([...byWord.keys()])})${EDGE_R}`, 'giu');

const MODE_ANYWHERE = MODE_MARKERS.map(({ words, mode }) => ({ mode, re: new RegExp(`${EDGE_L}(?:${alternation(words)})${EDGE_R}`, 'iu') }));

export function findTriggers(s: Sentence): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const m of s.text.matchAll(AGREEMENT_NOUN)) {
    hits.push(hit(s, m.index, m[0].length, { type: 'agreement', cameo: '057', rule: 'agreement-noun', words: [] }));
  }
  for (const m of s.text.matchAll(OWN_PLAN)) {
    hits.push(hit(s, m.index, m[0].length, { type: 'announcement', cameo: '010', rule: 'announcement-own-plan', words: [] }));
  }
  for (const m of s.text.matchAll(SAYS)) {
    const after = s.start + m.index + m[0].length;
    const side = s.mentions.find((x) => x.start === after);
    if (!side || !WILL_NEXT.test(s.text.slice(side.end - s.start, side.end - s.start + 20))) continue;
    hits.push(hit(s, m.index, m[0].trimEnd().replace(/,$/u, '').length, { type: 'announcement', cameo: '010', rule: 'announcement-own-side', words: [] }));
  }
  for (const m of s.text.matchAll(TRIGGER)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    const word = key(m[0]);
    const entry = byWord.get(word);
    if (!entry || rejected(s, m.index, m[0].length, word, entry)) continue;
    hits.push(hit(s, m.index, m[0].length, entry));
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
  if (word === 'tiếp' && !RECEIVES_AFTER.test(after)) return true;
  if (NOT_BEFORE[word] && endsWithWord(before, NOT_BEFORE[word])) return true;
  if (endsWithWord(before, NEGATIONS) || /(?:chưa|không)\s+(?:có\s+)?(?:cuộc\s+)?$/iu.test(before)) return true;
  // Whether or if, not that: "liệu ông có được điện đàm", "nếu phải đàm phán lại".
  if (HYPOTHETICAL.test(before.split(/[,;:]/u).pop() ?? '')) return true;
  if (entry.type === 'meeting' && endsWithWord(before, [...PURPOSE_BEFORE, ...SETTING_BEFORE])) return true;
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
  for (const { re, mode } of MODE_ANYWHERE) if (re.test(after)) return mode;
  return undefined;
}

/** Inside someone's quoted words (four words or more): what the speaker says, not what happened. */
function insideLongQuote(s: Sentence, h: Range): boolean {
  return s.quoted.some((q) => h.start > q.start && h.end < q.end && s.text.slice(q.start - s.start, q.end - s.start).split(/\s+/u).length >= 4);
}
