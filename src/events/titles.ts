/**
 * A bare title standing for a person: "Thủ tướng tiếp ông X", "Phó Thủ tướng dự kiến đến ...".
 * Capitalised, followed by a lower-case word (not a name), it refers to the person named before
 * with that title; the one named most often when several were (the article's protagonist).
 */
import type { Entity, Range } from '../types';
import type { Context } from './01-context';
import type { Sentence } from './model';

// Samples: "Thủ tướng tiếp", "Phó Thủ tướng dự kiến", "Tổng thống cho biết" (not "Thủ tướng Bỉ Bart").
// No `i` flag: a lower-case "thủ tướng" is a common noun, and under /iu \p{Lu} would match lower case.
const BARE_TITLE = /(?<![\p{L}\p{N}])(Phó Thủ tướng|Thủ tướng|Phó Tổng thống|Tổng thống|Chủ tịch nước|Tổng Bí thư|Ngoại trưởng|Nhà vua|Quốc vương)(?=\s+\p{Ll})/gu;
// "hai Thủ tướng", "các Bộ trưởng", "người đồng cấp": plural or someone else.
const NOT_BARE_BEFORE = /(?:hai|2|các|những|cả|cựu|nguyên|vị)\s+$/iu;
// A cheap test first (a plain regex, fast in V8).
const MAY_TITLE = /Thủ tướng|Tổng thống|Chủ tịch nước|Tổng Bí thư|Ngoại trưởng|Nhà vua|Quốc vương/;

/** The persons the bare titles in `range` of sentence `s` stand for, with where each title is. */
export function bareTitles(ctx: Context, s: Sentence, range: Range): { entity: Entity; at: number }[] {
  const text = ctx.doc.text.slice(range.start, range.end);
  if (!MAY_TITLE.test(text)) return [];
  const out: { entity: Entity; at: number }[] = [];
  BARE_TITLE.lastIndex = 0;
  for (let m = BARE_TITLE.exec(text); m !== null; m = BARE_TITLE.exec(text)) {
    const at = range.start + m.index;
    if (NOT_BARE_BEFORE.test(ctx.doc.text.slice(Math.max(s.start, at - 8), at))) continue;
    const who = titled(ctx, s, at, m[1]);
    if (who) out.push({ entity: who, at });
  }
  return out;
}

/** The person named with `title` before `at` (this sentence and the twelve before), most mentioned first. */
function titled(ctx: Context, s: Sentence, at: number, title: string): Entity | null {
  const seen: Entity[] = [];
  for (let i = s.index; i >= 0 && i >= s.index - 12; i--) {
    for (const m of ctx.sentences[i].mentions) {
      if (m.entity.type !== 'PERSON' || m.end > at || seen.includes(m.entity)) continue;
      if (hasTitle(ctx, m.entity, m.start, title)) seen.push(m.entity);
    }
  }
  return seen.sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
}

function hasTitle(ctx: Context, e: Entity, start: number, title: string): boolean {
  // "Thủ tướng" is not "Phó Thủ tướng": a title, or the title then a place ("Thủ tướng Hà Lan")
  if (e.titles.some((t) => t === title || t.startsWith(`${title} `))) return true;
  const before = ctx.doc.text.slice(Math.max(0, start - 40), start);
  let re = written.get(title);
  if (!re) written.set(title, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?<!Phó )${title}(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+$`, 'u')));
  return re.test(before);
}

// One regex per title, built when first needed.
const written = new Map<string, RegExp>();
