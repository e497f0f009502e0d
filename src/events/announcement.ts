/**
 * An announcement is a named actor formally announcing its own decision, plan or a future event
 * (gold guidelines): "Nhà Trắng thông báo thời điểm ...", "thông báo rằng chính quyền sẽ ...",
 * "đã công bố các bước để ...", "LinkedIn cho biết sẽ đóng cửa". A claim about facts is not
 * ("Trung Quốc tuyên bố Đài Loan là ...", "thông báo lực lượng nước này kiểm soát ...").
 */
import type { Entity } from '../types';
import type { Context } from './01-context';
import type { TriggerHit } from './02-triggers';
import { affiliations } from './affiliation';
import type { Sentence } from './model';

// What is announced names a decision or a plan. Samples: "thời điểm tổ chức", "các bước để giảm".
const PLAN_OBJECT = /^\s*(?:vào\s[^,]{0,40}?\s)?(?:rằng\s+)?(?:thời điểm|thời gian|lịch|kế hoạch|các bước|biện pháp|quyết định|việc|ý định|ứng cử|từ chức|đề cử|chương trình|gói|lệnh|chính sách mới|tạm dừng|tạm ngừng|dừng|đóng cửa|mở cửa|cấm|cho phép|hoãn|hủy|huỷ|miễn|áp dụng|triển khai|thành lập|bổ nhiệm|cách chức|phong tỏa|sơ tán|cho học sinh nghỉ|nâng|hạ|rút)(?![\p{L}\p{N}])/iu;
// The decision told before, now said to be announced by someone: "Thông tin được ông X công bố ...",
// "Quy định này được Bộ trưởng công bố ...".
const PASSIVE_NEWS = /^(?:Thông tin|Quyết định|Quy định|Kế hoạch|Chính sách|Thông tư|Nghị định)(?:\s+(?:này|mới|trên|nói trên))?\s+(?:đã\s+)?được(?:\s+(?:ông|bà))?\s+$/u;
const WILL = /(?<![\p{L}\p{N}])sẽ(?![\p{L}\p{N}])/u;

/** `announcer` is the participant the subject step found. */
export function isAnnouncement(ctx: Context, s: Sentence, h: TriggerHit, announcer: Entity): boolean {
  if (h.rule === 'announcement-own-plan' || h.rule === 'announcement-document') return true;
  if (h.rule === 'announcement-own-side') {
    // "Ông Hải cho biết, Hà Nội sẽ ký ban hành ...": the speaker's own side (the place or body
    // written before their name) will do it.
    const side = s.mentions.find((m) => m.start >= h.end);
    return side !== undefined && affiliations(ctx, announcer).has(side.entity);
  }
  const text = ctx.doc.text;
  const rest = text.slice(h.end, s.end);
  if (/^\s*(?:[,.;:!?)]|$)/u.test(rest)) return false; // "như lời ông Trump từng tuyên bố."
  const own = s.mentions.filter((m) => m.entity === announcer && m.end <= h.start).pop();
  if (own && /(?<![\p{L}\p{N}])việc\s*$/iu.test(text.slice(Math.max(s.start, own.start - 8), own.start))) return false;
  if (h.rule === 'announcement-decision') {
    // The decider is the word before: "Bộ Công Thương quyết định rút ...", also closing an
    // apposition: "Liên minh A và các đối tác, gọi chung là A+, quyết định ..."
    return own !== undefined && /^(?:\s*,)?\s*(?:(?:đã|cũng|vừa|chính thức)\s+)*$/u.test(text.slice(own.end, h.start));
  }
  return PLAN_OBJECT.test(rest) || WILL.test(rest) || toldBefore(ctx, s, announcer);
}

/** "Thông tin được ông X công bố ...": the announcer makes public a decision the article told before. */
export function toldBefore(ctx: Context, s: Sentence, announcer: Entity): boolean {
  const own = s.mentions.find((m) => m.entity === announcer);
  return own !== undefined && PASSIVE_NEWS.test(ctx.doc.text.slice(s.start, own.start));
}
