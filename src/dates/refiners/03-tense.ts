import type { Refiner, TenseCue } from '../types';
import type { Family } from '../scan';
import { FUTURE_CUES, PAST_CUES } from '../constants';
import { alternation, firstWords } from '../pattern';

export const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${alternation(FUTURE_CUES)})|(${alternation(PAST_CUES)}))(?![\\p{L}\\p{N}])`, 'giu');

const cueOf = (m: RegExpExecArray): TenseCue => ({ start: m.index, end: m.index + m[0].length, sign: m[1] ? 1 : -1 });

const CUE_STARTS = firstWords(FUTURE_CUES, PAST_CUES);

/** The tense cues as a family of the parse scan: collects them into `out`. */
export const cueFamily = (out: TenseCue[]): Family => ({
  starts: CUE_STARTS,
  pattern: CUE,
  onMatch: (m) => { out.push(cueOf(m)); },
});
/** Cues this close to the date (a word between at most) bind it. */
const ADJACENT = 8;
/** Cues farther than this from the date are not looked at. */
const WINDOW = 160;

// The tense of the sentence around a year-less date or a bare weekday: the cue nearest to it wins
// ('sẽ', 'dự kiến' → future; 'đã', 'hồi', 'vừa qua' → past). Cues are found once, then walked in order.
export const tense: Refiner = (results, { text, sentences, cues: found }) => {
  const cues = found ?? [...text.matchAll(new RegExp(CUE.source, CUE.flags))].map(cueOf);
  let s = 0;
  let k = 0;
  return [...results].sort((x, y) => x.start - y.start).map((r) => {
    if (r.tense !== undefined || r.c.year !== undefined) return r;
    if (r.c.month === undefined && r.c.weekday === undefined) return r;
    while (s < sentences.length - 1 && sentences[s].end <= r.start) s++;
    const sent = sentences[s] && sentences[s].start <= r.start ? sentences[s] : { start: 0, end: text.length };
    // "Ngày 12/11, Nhà Trắng thông báo ... sẽ ...": a date heading its sentence dates the report, not the plan
    if (r.start - sent.start <= 6 && /^,/u.test(text.slice(r.end, r.end + 1))) {
      // ... unless a past marker opens it: "Hồi tháng 4, ông từng ..."
      return { ...r, tense: /^(?:Hồi|Hôm|Vào hồi)\s/u.test(text.slice(sent.start, r.start)) ? -2 : 0 };
    }
    const from = Math.max(sent.start, r.start - WINDOW);
    const to = Math.min(sent.end, r.end + WINDOW);
    while (k < cues.length && cues[k].end <= from) k++;
    let best = 0;
    let bestDist = Infinity;
    let bestBefore = false;
    for (let i = k; i < cues.length && cues[i].start < to; i++) {
      const c = cues[i];
      if (c.start >= r.start && c.start < r.end) continue;
      const dist = c.start < r.start ? r.start - c.end : c.start - r.end;
      if (dist < bestDist) { bestDist = dist; best = c.sign; bestBefore = c.start < r.start; }
    }
    // a cue right beside the date ("hồi 10/6", "17/5 tới") binds it; one elsewhere in the sentence only leans
    // (a cue after it, "tối 18/11 để chuẩn bị ...", belongs to the next clause)
    return { ...r, tense: bestDist <= ADJACENT && bestBefore ? best * 2 : best };
  });
};
