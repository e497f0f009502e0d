import type { ParagraphKind } from '../types';
import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES, CAPTION_CREDITS, CAPTION_PREFIXES } from './data/furniture';

const furniture = new Set(BOILERPLATE_LINES);
const credit = CAPTION_CREDITS.join('|');

// "... Ảnh: Reuters", "... Ảnh: AFP/TTXVN.", "Đồ họa: WP", "(Ảnh: Reuters)", "(Ảnh cắt từ video)"
const CREDIT_AT_END = new RegExp(`(?:^|[\\s.,;])(?:${credit})\\s*:\\s*([^!?]{1,50})$|\\((?:${credit})(?:\\s*:|\\s)[^()]{0,80}\\)[.]?$`, 'iu');
// "Phân tích của John Sudworth, BBC News", "Tác giả: ...", "Bài và ảnh: ..."
const BYLINE_PREFIX = /^(?:phân tích của|bài(?: viết)? của|tác giả\s*:|bài và ảnh\s*:|nhóm phóng viên|ghi chép của)\s/iu;
// "(phải)", "(trái)", "(giữa)", "(thứ hai từ trái sang)": positions of people in a photo
const PHOTO_POSITION = /\((?:phải|trái|giữa|ngoài cùng[^()]{0,20}|thứ [^()]{1,20} từ (?:trái|phải)[^()]{0,10}|từ trái sang(?: phải)?|hàng [^()]{1,20})\)/iu;
// "Thứ ba, 13/12/2016 | 14:53 GMT+7", "12 tháng 12 2016", "date 2025-11-25", "Cập nhật: 10:20 15/11/2023"
const DATELINE = /^(?:date \d{4}-\d{2}-\d{2}|(?:(?:thứ\s+\S+|chủ nhật),\s*)?\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*[|,-]\s*\d{1,2}[:h]\d{2}(?:\s*\(?GMT[+-]\d{1,2}\)?)?)?|\d{1,2} tháng \d{1,2},? \d{4}(?:\s*(?:[|,-]\s*)?\d{1,2}:\d{2}(?:\s*GMT[+-]\d{1,2})?)?|(?:cập nhật|đăng|published)\s*:?.{0,40}\d{4}.{0,20}|[\p{Lu}][\p{L} .]{1,30}, ngày \d{1,2} tháng \d{1,2} năm \d{4})$/iu;
// a closing full stop, question, exclamation or colon (possibly inside closing quotes/brackets)
const TERMINAL = /[.!?…:;]["'”’»)\]]*$/u;

export interface KindContext {
  index: number;
  count: number;
  /** More blank lines follow than elsewhere in the document: a photo was there. */
  wideGapAfter?: boolean;
}

/** The kind of a paragraph, from its content and place in the document. */
export function classifyParagraph(content: string, ctx: KindContext): ParagraphKind {
  // only the opening words decide furniture and caption prefixes: no need to lower-case a long paragraph
  const lower = (content.length > 60 ? content.slice(0, 30) : content).toLowerCase();
  if (content.length <= 80 && DATELINE.test(content)) return 'metadata';
  if ((content.length <= 60 && furniture.has(lower)) || BOILERPLATE_PREFIXES.some((p) => lower.startsWith(p))) return 'boilerplate';
  if (CAPTION_PREFIXES.some((p) => lower.startsWith(p))) return 'caption';
  if (hasCredit(content) || (content.includes('(') && PHOTO_POSITION.test(content))) return 'caption';
  if (content.length < 120 && BYLINE_PREFIX.test(content)) return 'metadata';
  if (isLinkRun(content) || isMenu(content)) return 'boilerplate';
  if (isByline(content, ctx) || isCreditedByline(content, ctx)) return 'metadata';
  if (ctx.index === 0 && isLetterhead(content)) return 'metadata';
  if (isPlaceCaption(content)) return 'caption';
  if (isHeading(content)) return ctx.wideGapAfter ? 'caption' : 'heading';
  return 'body';
}

/** Ends with a photo credit whose name is short and holds no sentence break ("Ảnh: N.X", not "Ảnh: X. Sau đó ..."). */
function hasCredit(content: string): boolean {
  // the credit closes the paragraph: only its tail can hold it (and the regex then runs on a short string)
  const tail = content.length > 140 ? content.slice(-140) : content;
  if (!tail.includes(':') && !tail.includes('(')) return false;
  const m = CREDIT_AT_END.exec(tail);
  return m !== null && !(m[1] !== undefined && /[.!?]\s/u.test(m[1]));
}

/** "Trang chủ | Thời sự | Thế giới", "Chia sẻ | Bình luận (12)", "© Bản quyền thuộc về ...": site menus and notices. */
function isMenu(content: string): boolean {
  if (/^(?:©|bản quyền|copyright)/iu.test(content)) return true;
  // menus and breadcrumbs: short items between bars or arrows
  const parts = content.split(/ [|›»>] /u);
  return parts.length >= 2 && content.length <= 120 && !/[.!?]\s/u.test(content) && parts.every((part) => part.split(' ').length <= 4);
}

/** A run of related-article titles: long, no sentence punctuation, or titles joined by " / ". */
function isLinkRun(content: string): boolean {
  if (content.length > 40 && content.includes(' / ') && !/[.!?]\s/u.test(content)) return true;
  return content.length > 120 && !/[.,!?;:]/u.test(content) && wordCount(content) > 25;
}

/** "Thanh Tâm (theo Reuters)", "Huỳnh Như (thực hiện)": a writer credited near the end, even with furniture after it. */
function isCreditedByline(content: string, ctx: KindContext): boolean {
  if (ctx.index < ctx.count - 8 || content.length > 60) return false;
  return /^(?:\p{Lu}[\p{Ll}.]*\s){1,3}\p{Lu}[\p{Ll}]*\s?\((?:[Tt]heo|[Tt]hực hiện|[Tt]ổng hợp|[Ll]ược dịch|[Bb]iên dịch|[Gg]hi)[^()]*\)$/u.test(content);
}

/** "BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "UBND TỈNH QUẢNG NAM" over a press release: the issuing body, in capitals. */
function isLetterhead(content: string): boolean {
  return content.length <= 60 && /^(?:BỘ|UBND|ỦY BAN|TỔNG CỤC|CỤC|SỞ|VĂN PHÒNG|BAN|ĐẢNG|TRUNG ƯƠNG|CHÍNH PHỦ|QUỐC HỘI|ĐẠI SỨ QUÁN|TỔNG LÃNH SỰ QUÁN)\s/u.test(content) && content === content.toUpperCase();
}

/** A byline: the last paragraph, two to four capitalised words ("Vũ Hoàng", "Minh Anh (theo Reuters)") or an outlet's tag. */
function isByline(content: string, ctx: KindContext): boolean {
  if (ctx.index !== ctx.count - 1 || content.length > 60) return false;
  if (/^\(?\p{Lu}{2,8}\)?$/u.test(content)) return true; // an outlet's tag: "TTXVN", "(NLĐO)"
  if (/^(?:\p{Lu}\p{Ll}*\s){0,2}\p{Lu}\p{Ll}*(?:\s[-–,]\s(?:\p{Lu}\p{Ll}*\s){0,2}\p{Lu}\p{Ll}*)+$/u.test(content)) return true; // "Trần Hoài - Minh Đức"

  return /^(?:\p{Lu}[\p{L}.]*\s){1,3}\p{Lu}[\p{L}.]*(?:\s*[(-]\s*(?:[Tt]heo|[Tt]ổng hợp|[Ll]ược dịch|[Dd]ịch)[^()]*\)?)?$/u.test(content);
}

/** "Một nhà máy nhiệt điện than ở Hán Xuyên, Trung Quốc." — a noun phrase placed on the map, as photo captions are. */
function isPlaceCaption(content: string): boolean {
  if (content.length > 200 || !/^(?:Một|Những|Các|Hai|Ba)\s/u.test(content)) return false;
  const first = content.split(/(?<=[.!?])\s/u)[0];
  return /^(?:Một|Những|Các|Hai|Ba)\s[^,.]{3,80}\s(?:ở|tại)\s\p{Lu}[\p{L}\s]{1,30},\s\p{Lu}[\p{L}\s]{1,30}(?:,\s[^.]{1,30})?\.$/u.test(first);
}

/** A section title: short, no closing punctuation, starts with a capital or a quote. */
function isHeading(content: string): boolean {
  if (content.length > 130 || TERMINAL.test(content.slice(-4))) return false;
  return /^["“'‘«]?[\p{Lu}\p{N}]/u.test(content) && wordCount(content) <= 22;
}

function wordCount(content: string): number {
  let n = 1;
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * A headline set among the first paragraphs of the story is a link to a related article, not a
 * section title: sites put "read also" links right after the lead, and sections start later.
 * Needs a body paragraph before it (the title above the story is a heading) and six words or more.
 */
export function relabelRelatedLinks(kinds: ParagraphKind[], contents: readonly string[]): void {
  let bodies = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === 'body') bodies++;
    else if (kinds[i] === 'heading' && bodies >= 1 && bodies <= 3 && wordCount(contents[i]) >= 6 && !isSectionTitle(contents[i])) kinds[i] = 'boilerplate';
    if (bodies > 3) return;
  }
}

/** "I. TĂNG TRƯỞNG KINH TẾ", "2. Về xuất khẩu", a title in capitals: a section of this document. */
function isSectionTitle(content: string): boolean {
  return /^(?:[IVX]{1,4}|\d{1,2}|[a-zđ])[.)]\s/u.test(content) || content === content.toUpperCase();
}
