import type { EntityType } from '../types';
import type { GazetteerEntry } from './data/types';
import type { Token } from './01-tokens';
import { matchGazetteer, type GazForm } from './03-gazetteer-index';
import { COMPLETE, CONNECTOR, HEAD, NOT_NAME, PREFIX, STANDALONE, STOP } from './04-lexicon-sets';

/** How a candidate's type was decided, strongest first. */
export type Source = 'gaz' | 'head' | 'honorific' | 'title' | 'cue' | 'weak-cue' | 'shape' | 'default';

/** A name found in the text, before entities are merged. Offsets are into doc.text. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  words: string[];
  type: EntityType | null;
  source: Source;
  gaz?: GazetteerEntry;
  title?: string;
  /** A lone capital at a sentence start: kept only if the same name is found elsewhere. */
  deferred: boolean;
  /** Starts its sentence (so a capital there proves nothing). */
  initial: boolean;
}

/** One piece of a capitalised run: a gazetteer form, a capitalised word, or a lower-case word inside a name. */
export interface Piece {
  from: number;
  text?: string;
  head?: boolean;
  to: number;
  kind: 'gaz' | 'cap' | 'low';
  gaz?: GazForm;
}

export interface Run {
  end: number;
  head: EntityType | null;
  pieces: Piece[];
}

const DIGIT = /^\p{N}/u;
const ADMIN = new Set(['tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'xã', 'phường', 'thị xã']);
const TAIL_HEADS = new Set(['Thời báo', 'Nhật báo']);
const SINGLE_CAP = /^\p{Lu}$/u;

/** Whether two neighbouring words may belong to one name: one space, a hyphen, or an initial's stop. */
function joinable(g: string, prev: Token): boolean {
  if (g === ' ' || g === '-') return true;
  return SINGLE_CAP.test(prev.text) && (g === '. ' || g === '.');
}

/**
 * The longest name run from token i: capitalised words and gazetteer forms; after a head word
 * ("Bộ", "Đại học", "đảng") also the lower-case syllables of its compounds and connectors.
 * Samples: "Bộ Tư pháp Hoa Kỳ", "Đại học California ở San Diego", "Gina M. Raimondo", "Boeing 737 Max".
 */
export function buildRun(text: string, tokens: readonly Token[], i: number): Run {
  const pieces: Piece[] = [];
  const orgHead = HEAD.match(text, tokens, i);
  const headMatch = orgHead ?? PREFIX.match(text, tokens, i);
  // "phương Tây", "sông Hinh": a lower-case prefix takes one proper name, no compounds or connectors.
  const prefixOnly = !orgHead && !!headMatch && headMatch.value === 'LOCATION';
  let head: EntityType | null = null;
  let j = i;
  if (headMatch) {
    head = headMatch.value;
    pieces.push({ from: i, to: headMatch.end, kind: 'cap', head: true });
    j = headMatch.end;
  }
  let lows = 0;
  const complete = headMatch ? COMPLETE.has(text.slice(tokens[i].start, tokens[j - 1].end)) : false;
  while (j < tokens.length && tokens[j].para === tokens[i].para) {
    const t = tokens[j];
    if (j > i && !joinable(text.slice(tokens[j - 1].end, t.start), tokens[j - 1])) break;
    if (!head && NOT_NAME.match(text, tokens, j)) break;
    const gz = matchGazetteer(text, tokens, j);
    // "Nhà Trắng", "Hạ viện" take a place after them ("Hạ viện Mỹ"), nothing else.
    if (complete && (!gz || gz.entry.type !== 'LOCATION' || gz.weak)) break;
    if (gz && (!gz.weak || text.slice(tokens[j - 1]?.end ?? 0, t.start) === '-' || j === i)) {
      pieces.push({ from: j, to: j + gz.words.length, kind: 'gaz', gaz: gz });
      j += gz.words.length;
      lows = 0;
      // An organisation's name ends on its place: "Bộ Ngoại giao Trung Quốc | Dương Khiết Trì".
      if (head && gz.entry.type === 'LOCATION' && j > i + 1) break;
      continue;
    }
    const inner = j > i ? HEAD.match(text, tokens, j) : null;
    if (inner && !head && TAIL_HEADS.has(text.slice(t.start, tokens[inner.end - 1].end))) {
      // "Hoàn Cầu Thời báo": a paper's name ends on its kind.
      pieces.push({ from: j, to: inner.end, kind: 'cap', head: true });
      j = inner.end;
      head = inner.value;
      break;
    }
    if (inner && head) {
      pieces.push({ from: j, to: inner.end, kind: 'cap', head: true });
      j = inner.end;
      lows = 0;
      continue;
    }
    if (t.cap) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      lows = 0;
      continue;
    }
    if (DIGIT.test(t.text) && j > i && nextIsCapOrHyphen(text, tokens, j)) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      continue;
    }
    // "UBND tỉnh Bình Định", "UBND TP Hà Nội": an administrative word between a head and its place.
    if (head && !prefixOnly && pieces.length === 1 && ADMIN.has(t.text) && tokens[j + 1]?.cap) {
      pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text });
      j++;
      continue;
    }
    if (head && !prefixOnly && pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      // "Tư pháp" after "Bộ", "Liên bang" after "không": a compound's lower half follows a capital that itself
      // follows a head or a lower-case word, never a capital of a proper name ("Đảng Dân Tiến | nhiều").
      const before = pieces[pieces.length - 2];
      const afterWord = last.kind === 'cap' && !last.head && !STOP.has(t.text) &&
        !!before && ((before.kind === 'low' && !CONNECTOR.has(before.text ?? '')) || before.head === true);
      if (afterWord && lows < 2 && !CONNECTOR.has(t.text)) {
        pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text });
        j++;
        lows++;
        continue;
      }
      if (last.kind === 'low' && lows < 2 && !STOP.has(t.text) && tokens[j + 1]?.cap) {
        pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text });
        j++;
        lows++;
        continue;
      }
      if (CONNECTOR.has(t.text) && tokens[j + 1]?.cap && tokens[j + 1].para === t.para) {
        pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text });
        j++;
        lows = 2;
        continue;
      }
    }
    break;
  }
  trimLows(pieces);
  const end = pieces.length ? pieces[pieces.length - 1].to : i;
  return { end, head, pieces };
}

function nextIsCapOrHyphen(text: string, tokens: readonly Token[], j: number): boolean {
  const prevGap = text.slice(tokens[j - 1].end, tokens[j].start);
  if (prevGap === '-') return true;
  const n = tokens[j + 1];
  return !!n && n.cap && text.slice(tokens[j].end, n.start) === ' ';
}

/** A name ends on a capital or on the one lower-case syllable of its last compound ("Bộ Tư pháp"). */
function trimLows(pieces: Piece[]): void {
  while (pieces.length > 1) {
    const last = pieces[pieces.length - 1];
    const prev = pieces[pieces.length - 2];
    if (last.kind !== 'low' || (prev.kind !== 'low' && !CONNECTOR.has(last.text ?? ''))) break;
    pieces.pop();
  }
}

export { STANDALONE };
