/**
 * Step 5: status from tense, modality and the date. "sẽ", "dự kiến", "nhận lời mời" → planned;
 * a date after the reference day → planned; a date more than a week before it, or "kể từ",
 * "hồi", "lần gần nhất" → reported (background); "đã", "vừa", a recent date → occurred.
 * `strength` says whether a word or date decided it (merging never joins two decided statuses
 * that differ) or whether it is the default.
 */
import type { CalendarDate, EventStatus } from '../types';
import type { Context } from './01-context';
import type { TriggerHit } from './02-triggers';
import type { DateRef } from './model';
import { OCCURRED, PLANNED, RECALLED } from './data/cues';
import { hasWord } from './pattern';
import { isSpaceCode, Phrases } from './phrases';
import { dayOf, interval } from './timex';

export interface Status {
  status: EventStatus;
  decided: boolean;
}

// News tells what happened today or yesterday; older is background. Two days allow for time zones.
const RECENT = 2;
// "2 lần nói chuyện", "nhiều lần": repeated events are background.
const REPEATED = /(?<![\p{L}\p{N}])(?:\d+|hai|ba|nhiều|mấy)\s+lần(?![\p{L}\p{N}])/iu;

const SPAN_ON = /^\s+(?:đến|tới)\s+(?:ngày\s+)?\d/u;
// REPEATED needs it; a plain regex, fast in V8, says most leads have none.
const MAY_REPEAT = /lần/i;

export function findStatus(ctx: Context, h: TriggerHit, date: DateRef | null): Status {
  const text = ctx.doc.text;
  const lead = text.slice(h.clause.start, h.start);
  const near = text.slice(h.clause.start, Math.min(h.clause.end, h.end + 30));
  // "chuyến thăm dự kiến", "hội nghị sẽ diễn ra"; but "thông báo sẽ ..." is an announcement made now.
  // "chuyến thăm dự kiến", "hội nghị sẽ", "vòng đàm phán tiếp theo", "cuộc gặp sắp tới"
  const after = h.type !== 'announcement' && /^\s*(?:dự kiến|sẽ|tiếp theo|sắp tới|sắp diễn ra)/iu.test(text.slice(h.end, h.clause.end));
  if (governs(lead) || after) return { status: 'planned', decided: true };
  const byDate = date ? fromDate(date.mention.value, ctx.inputs.reference) : null;
  // "chuyến thăm từ ngày 10 đến 14/6": the start of a span still running is not background
  if (byDate === 'reported' && date && SPAN_ON.test(text.slice(date.end, date.end + 8))) return { status: 'occurred', decided: false };
  if (byDate) return { status: byDate, decided: true };
  if (hasWord(near, RECALLED) || (MAY_REPEAT.test(lead) && REPEATED.test(lead))) return { status: 'reported', decided: true };
  // "đã hội đàm", "vừa điện đàm": a past marker right before the verb settles it; farther away it only leans
  if ((h.type === 'meeting' || h.type === 'visit') && hasWord(lastWords(lead, 3), OCCURRED)) return { status: 'occurred', decided: true };
  if (hasWord(lead, OCCURRED)) return { status: 'occurred', decided: false };
  return { status: 'occurred', decided: false };
}

// The first of PLANNED as a whole word, found by a word scan (phrases.ts).
const PLANNED_WORDS = new Phrases(PLANNED);

/** A modal within eight words before the trigger, not through a copula ("sẽ là trọng tâm của hội nghị"). */
function governs(lead: string): boolean {
  const words = lastWords(lead, 8);
  const m = PLANNED_WORDS.first(words);
  return m !== null && !/(?<![\p{L}\p{N}])là(?![\p{L}\p{N}])/u.test(words.slice(m.start));
}

/** `text.trim().split(/\s+/u).slice(-n).join(' ')`, reading back from the end only. */
export function lastWords(text: string, n: number): string {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let begin = 0;
  while (begin < end && isSpaceCode(text.charCodeAt(begin))) begin++;
  let start = end;
  let single = true; // every gap inside is one plain space: the slice is the join
  for (let words = 1; start > begin;) {
    const c = text.charCodeAt(start - 1);
    if (!isSpaceCode(c)) {
      start--;
      continue;
    }
    if (words === n) break;
    let gap = start - 1;
    while (isSpaceCode(text.charCodeAt(gap - 1))) gap--;
    if (c !== 0x20 || gap !== start - 1) single = false;
    words++;
    start = gap;
  }
  const tail = text.slice(start, end);
  return single ? tail : tail.split(/\s+/u).join(' ');
}

export function fromDate(value: string, reference: CalendarDate | null): EventStatus | null {
  const span = interval(value);
  if (!span || !reference) return null;
  const ref = dayOf(reference);
  if (span.first > ref) return 'planned';
  if (span.last < ref - RECENT) return 'reported';
  return 'occurred';
}
