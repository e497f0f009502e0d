/**
 * Step 4: when and where. The date governing the trigger is the nearest one in its clause,
 * else the nearest in a clause of the sentence that tells no other event; an announcement is
 * dated by what comes before its verb ("Ngày 12/11, Nhà Trắng thông báo ..."). A bound is not
 * a date ("kể từ tháng 11"). The place is "tại"/"ở" + a LOCATION, a visit's destination after it.
 */
import type { Entity, Range } from '../types';
import type { Context } from './01-context';
import type { TriggerHit } from './02-triggers';
import type { DateRef, Sentence } from './model';
import { NOT_EVENT_DATE_BEFORE } from './data/cues';
import { endsWithWord } from './pattern';

// What may surround a framing date in its own clause: "Ngày 24/11,", "Trước đó, vào tháng 9,".
// A time zone may follow: "sáng 11/6 (giờ địa phương),".
const FRAME = /^[\s,.:;]*(?:(?:vào|hôm|hồi|ngày|đến|tối|sáng|chiều|trưa|đêm|trước đó|sau đó|tuy nhiên|\(giờ [^)]{1,20}\))[\s,]*)*$/iu;

// A sentence opening with its setting: "Tại hội nghị ... vào tháng này, hai quốc gia đã ký ...".
const SETTING = /^(?:Tại|Trong|Bên lề|Vào|Hôm|Ngày|Tối|Sáng|Chiều|Trưa|Đêm)(?![\p{L}\p{N}])/u;
const AT_CLOCK = /(?<![\p{L}\p{N}])(?:vào\s+)?lúc\s+$/u;
const THEN = /^(?:Khi đó|Lúc đó|Cùng ngày|Cùng thời điểm|Vào thời điểm đó)(?![\p{L}\p{N}])/u;

export function findDate(ctx: Context, s: Sentence, h: TriggerHit, all: readonly TriggerHit[]): DateRef | null {
  const usable = s.dates.filter((d) => !isBound(ctx, s, d));
  const distance = (d: DateRef): number => (d.end <= h.start ? h.start - d.end : d.start - h.end);
  const nearest = (ds: DateRef[]): DateRef | null => [...ds].sort((a, b) => distance(a) - distance(b))[0] ?? null;
  if (h.type === 'announcement') {
    const before = usable.filter((d) => d.end <= h.start);
    const right = usable.filter((d) => d.start >= h.end && /^\s*(?:(?:vào|hôm|ngày)\s*)?$/u.test(ctx.doc.text.slice(h.end, d.start)));
    // "... công bố tại hội nghị trực tuyến lúc 8h sáng 15/9": "lúc" gives the clock time of the act itself.
    const at = usable.filter((d) => d.start >= h.end && inside(d, h.window) && AT_CLOCK.test(ctx.doc.text.slice(Math.max(h.end, d.start - 6), d.start)));
    return nearest(before) ?? nearest(right) ?? nearest(at);
  }
  // "Sáng 4/12, hai bên nhất trí nâng kim ngạch lên 5 tỷ USD vào năm 2030": after "nhất trí" comes
  // what is agreed, and its dates are the plan's, not the agreement's, when the sentence has a frame.
  const agreed = h.rule === 'agreement' && usable.some((d) => d.end <= h.start) ? usable.filter((d) => d.end <= h.start) : usable;
  const inWindow = agreed.filter((d) => inside(d, h.window));
  if (inWindow.length > 0) return nearest(inWindow);
  // Else a date standing alone as the sentence's frame, before the trigger: "Ngày 24/11, Tổng thống ...".
  const framing = usable.filter((d) => d.end <= h.start && !all.some((t) => t !== h && inside(d, t.window))
    && s.clauses.some((c) => inside(d, c) && (FRAME.test(ctx.doc.text.slice(c.start, d.start) + ctx.doc.text.slice(d.end, c.end))
      || (c === s.clauses[0] && SETTING.test(s.text)))));
  const frame = nearest(framing) ?? sentenceFrame(ctx, s, usable, h);
  if (frame) return frame;
  // "Khi đó, Bộ Tư pháp ...": at the time the sentence before gives.
  const prev = ctx.sentences[s.index - 1];
  if (THEN.test(s.text) && prev && prev.paragraph === s.paragraph) return prev.dates.filter((d) => !isBound(ctx, prev, d)).pop() ?? null;
  return null;
}

// "xung đột tại Ukraine", "tình hình ở Biển Đông", "chiến sự ở Gaza": a place that qualifies a topic
const TOPIC_BEFORE = /(?:xung đột|chiến sự|chiến tranh|tình hình|khủng hoảng|căng thẳng|vấn đề|hòa bình|giao tranh|bạo lực)\s(?:\S+\s)?(?:tại|ở)\s$/u;

export function findLocation(ctx: Context, s: Sentence, h: TriggerHit): Entity | null {
  const text = ctx.doc.text;
  const places = s.mentions.filter((m) => m.entity.type === 'LOCATION');
  if (h.type === 'visit') {
    const dest = places.find((m) => m.start >= h.end && m.start <= h.clause.end + 15
      && /^\s*(?:chính thức\s+)?(?:(?:tới|đến|sang)\s+)?$/u.test(text.slice(h.end, m.start)));
    if (dest) return dest.entity;
    // "đã đến Bắc Kinh trong chuyến thăm ...": the destination told by a verb of motion
    const moved = places.filter((m) => endsWithWord(text.slice(Math.max(s.start, m.start - 12), m.start), MOTION));
    const closest = moved.sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0];
    if (closest) return closest.entity;
  }
  // a call has no place of its own; "xung đột tại Ukraine" places the topic, not the talks
  if (h.mode === 'phone' || h.mode === 'video') return null;
  const at = places.filter((m) => endsWithWord(text.slice(Math.max(s.start, m.start - 25), m.start), AT)
    && !TOPIC_BEFORE.test(text.slice(Math.max(s.start, m.start - 30), m.start)));
  const own = at.filter((m) => inside(m, h.clause));
  const pick = own.length > 0 ? own : at;
  return pick.sort((a, b) => Math.abs(a.start - h.start) - Math.abs(b.start - h.start))[0]?.entity ?? null;
}

const AT = ['tại', 'ở', 'ngoại ô'];
const MOTION = ['đến', 'tới', 'sang', 'thăm', 'tới thăm', 'đến thăm'];

/**
 * "Hồi tháng 11 năm ngoái, A và B đã gặp nhau ..., nhất trí ...": a date that opens the sentence
 * dates every event the sentence tells after it.
 */
function sentenceFrame(ctx: Context, s: Sentence, usable: DateRef[], h: TriggerHit): DateRef | null {
  const first = usable.find((d) => d.end <= h.start && FRAME.test(ctx.doc.text.slice(s.start, d.start)));
  return first && /^[\s,]/u.test(ctx.doc.text.slice(first.end, first.end + 1)) ? first : null;
}

/** "kể từ tháng 11 năm ngoái", "đến năm 2030": a bound of something else. */
function isBound(ctx: Context, s: Sentence, d: DateRef): boolean {
  const before = ctx.doc.text.slice(Math.max(s.start, d.start - 15), d.start);
  // "thăm Hoa Kỳ từ ngày 10 đến 13/12": the start of the event's own span dates it
  if (/(?:từ|từ ngày)\s*$/u.test(before) && /^\s(?:đến|tới)\s/u.test(ctx.doc.text.slice(d.end, d.end + 6))) return false;
  // "Đến tối 12/6, A rời ...": a sentence opening at a time of day says when, not until when
  if (d.mention.kind === 'time' && d.start - s.start <= 4 && /^Đến\s+$/u.test(ctx.doc.text.slice(s.start, d.start))) return false;
  if (endsWithWord(before, NOT_EVENT_DATE_BEFORE)) return true;
  if (/^qua$/iu.test(d.mention.text.trim())) return true; // "qua điện thoại" is not "hôm qua"
  return false;
}

function inside(r: Range, outer: Range): boolean {
  return r.start >= outer.start && r.end <= outer.end;
}
