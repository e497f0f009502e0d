import type { EntityType } from '../types';
import type { GazetteerEntry } from './data/types';
import type { Shape } from './07-type';
import { spaced, type Token } from './01-tokens';
import { matchGazetteer, type GazForm } from './03-gazetteer-index';
import { COMPLETE, CONNECTOR, DOC_WORD, FIELD_WORD, GENERIC_HEAD, FUNCTION, NAME_PARTICLE, HEAD, NOT_NAME, PREFIX, ROUTE_HEAD, STANDALONE, STOP, SURNAME, VERB_FIELD } from './04-lexicon-sets';
import { isVietSyllable } from './02-syllable';

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
  /** The type its own shape suggests, once asked ({@link typeByShape}). */
  shape: Shape | null;
}

/** One piece of a capitalised run: a gazetteer form, a capitalised word, or a lower-case word inside a name. */
export interface Piece {
  from: number;
  text?: string;
  head?: boolean;
  to: number;
  kind: 'gaz' | 'cap' | 'low';
  gaz?: GazForm;
  /** A maker with its model number ("Boeing 777 Max"): a MISC name. */
  product?: boolean;
  /** A lower-case piece that ends a name as well as any capital ("tỉnh", "nông thôn"): never trimmed. */
  keep?: boolean;
  /** Spells the rest of a field word ("Phát | triển nông thôn"): a lower-case field word may follow it. */
  field?: boolean;
}

export interface Run {
  end: number;
  head: EntityType | null;
  pieces: Piece[];
}

const DIGIT = /^\p{N}/u;
const ADMIN = new Set(['tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'xã', 'phường', 'thị xã']);
// "Đại học California ở San Diego": a campus is named by a place after "ở"; "Nội chiến ... | ở Trung Quốc" is not.
const CAMPUS_HEADS = new Set(['Đại học', 'Trường Đại học', 'Học viện']);
const PLACE_CONNECTORS = new Set(['ở', 'tại']);
// Bodies whose names may end on "tại/ở + place": "Đại sứ quán Mỹ tại Hà Nội". Any other name stops
// before it: "Tập đoàn Toyota Akio Toyoda | tại Tokyo".
const PLACED_HEADS = new Set([...CAMPUS_HEADS, 'Đại sứ quán', 'Tổng Lãnh sự quán', 'Tổng lãnh sự quán', 'Lãnh sự quán', 'Văn phòng', 'Phòng Thương mại', 'Trường']);
const campusFollows = (text: string, tokens: readonly Token[], j: number): boolean =>
  tokens[j]?.text === 'ở' && !!tokens[j + 1]?.cap && spaced(text, tokens[j - 1], tokens[j]) && spaced(text, tokens[j], tokens[j + 1]);
const TAIL_HEADS = new Set(['Thời báo', 'Nhật báo']);
const SINGLE_CAP = /^\p{Lu}$/u;

// The text between two neighbouring words, read from char codes (no slice): the gaps a name may hold.
const GAP_SPACE = 1;
const GAP_HYPHEN = 2;
const GAP_STOP = 3;
const GAP_STOP_SPACE = 4;
const GAP_OTHER = 5;
function gapKind(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (to - from === 1) return c === 32 ? GAP_SPACE : c === 45 ? GAP_HYPHEN : c === 46 ? GAP_STOP : GAP_OTHER;
  return to - from === 2 && c === 46 && text.charCodeAt(from + 1) === 32 ? GAP_STOP_SPACE : GAP_OTHER;
}

/** Whether two neighbouring words may belong to one name: one space, a hyphen, or an initial's stop. */
function joinable(g: number, prev: Token): boolean {
  if (g === GAP_SPACE || g === GAP_HYPHEN) return true;
  return (g === GAP_STOP_SPACE || g === GAP_STOP) && SINGLE_CAP.test(prev.text);
}

/**
 * The longest name run from token i: capitalised words and gazetteer forms; after a head word
 * ("Bộ", "Đại học", "đảng") also the lower-case syllables of its compounds and connectors.
 * Samples: "Bộ Tư pháp Hoa Kỳ", "Đại học California ở San Diego", "Gina M. Raimondo", "Boeing 737 Max".
 */
export function buildRun(text: string, tokens: readonly Token[], i: number): Run {
  const pieces: Piece[] = [];
  const orgHead = headAt(text, tokens, i);
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
  const headText = headMatch ? text.slice(tokens[i].start, tokens[headMatch.end - 1].end) : '';
  const complete = headMatch ? COMPLETE.has(text.slice(tokens[i].start, tokens[j - 1].end)) : false;
  while (j < tokens.length && tokens[j].para === tokens[i].para) {
    const t = tokens[j];
    const gap = j > i ? gapKind(text, tokens[j - 1].end, t.start) : GAP_SPACE;
    if (j > i && !joinable(gap, tokens[j - 1])) break;
    // an initial sits inside a name ("Gina M. Raimondo"); "mạng xã hội X. Ông ..." ends a sentence
    if (gap === GAP_STOP_SPACE && (j - 1 === i || FUNCTION.has(t.text))) break;
    if (!head && NOT_NAME.match(text, tokens, j)) break;
    let gz = matchGazetteer(text, tokens, j);
    if (gz && !head && (insideVietName(text, tokens, i, j, gz) || opensLocalName(text, tokens, j, gz))) gz = null;
    // "Nhà Trắng", "Hạ viện" take a place after them ("Hạ viện Mỹ"), nothing else.
    if (complete && (!gz || gz.entry.type !== 'LOCATION' || gz.weak)) break;
    // "Bộ Kế hoạch và Đầu tư | Nguyễn Chí Dũng": a known person after a body's field word is its head, not its name.
    if (gz && head && gz.entry.type === 'PERSON' && pieces[pieces.length - 1].kind === 'low') break;
    if (gz && (!gz.weak || j === i || gap === GAP_HYPHEN)) {
      const model = gz.entry.kind === 'company' ? modelLength(text, tokens, j + gz.words.length) : 0;
      if (model > 0) {
        // "Boeing 777 Max", "Airbus A350": a maker and its model number name a product.
        pieces.push({ from: j, to: j + gz.words.length + model, kind: 'cap', product: true });
        j += gz.words.length + model;
        lows = 0;
        continue;
      }
      pieces.push({ from: j, to: j + gz.words.length, kind: 'gaz', gaz: gz });
      j += gz.words.length;
      lows = 0;
      // An organisation's name ends on its place: "Bộ Ngoại giao Trung Quốc | Dương Khiết Trì".
      if (head && gz.entry.type === 'LOCATION' && j > i + 1 && !(CAMPUS_HEADS.has(headText) && campusFollows(text, tokens, j))) break;
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
    // "Mohammed bin Abdulrahman", "von der Leyen": particles between capitalised foreign words
    if (!head && gap === GAP_SPACE && j > i && NAME_PARTICLE.has(t.text) && !isVietSyllable(tokens[j - 1].text)) {
      let k = j;
      while (NAME_PARTICLE.has(tokens[k]?.text) && k - j < 2) k++;
      const next = tokens[k];
      if (next && next.cap && !isVietSyllable(next.text) && spaced(text, tokens[k - 1], next)) {
        pieces.push({ from: j, to: k, kind: 'low', text: t.text });
        j = k;
        continue;
      }
    }
    // "Kim Jong-un", "Shin Tae-yong": a Korean given name's second syllable follows a hyphen in lower case
    if (gap === GAP_HYPHEN && tokens[j - 1].cap && /^[a-z]{2,5}$/u.test(t.text)) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      continue;
    }
    if (t.cap) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      lows = 0;
      continue;
    }
    // "Quốc lộ 14B", "Tỉnh lộ 8": a road head takes its route number, and the name ends there.
    if (head && pieces.length === 1 && ROUTE_HEAD.has(headText) && ROUTE_NUMBER.test(t.text)) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      break;
    }
    if (DIGIT.test(t.text) && j > i && nextIsCapOrHyphen(text, tokens, j)) {
      pieces.push({ from: j, to: j + 1, kind: 'cap' });
      j++;
      continue;
    }
    // "UBND tỉnh Bình Định", "Sở Y tế tỉnh Quảng Nam": an administrative word before the body's place; with no
    // place after it ("UBND tỉnh", "Ban Chỉ huy ... tỉnh") the name ends on it.
    if (head && !prefixOnly && ADMIN.has(t.text) && !FIELD_WORD.has(`${t.text} ${tokens[j + 1]?.text}`)) {
      pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text, keep: true });
      j++;
      if (tokens[j]?.cap && spaced(text, tokens[j - 1], tokens[j])) continue;
      break;
    }
    if (head && !prefixOnly && pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      // "Phát triển | nông thôn", "Thủy văn | quốc gia": a lower-case field word after a field word
      const lowField = last.field === true && !t.cap ? nounFieldLength(tokens, j) : 0;
      if (lowField > 0) {
        pieces.push({ from: j, to: j + lowField, kind: 'low', text: t.text, keep: true, field: true });
        j += lowField;
        lows = 0;
        continue;
      }
      // "Môi | trường", "Công | nghiệp nặng": a field word whose first syllable alone is capitalised
      const field = last.kind === 'cap' && !last.head && last.to - last.from === 1 ? fieldLength(tokens, last.from) : 0;
      if (field > 1 && j === last.from + 1) {
        pieces.push({ from: j, to: last.from + field, kind: 'low', text: t.text, field: true });
        j = last.from + field;
        lows = 0;
        continue;
      }
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
      if (CONNECTOR.has(t.text) && !(PLACE_CONNECTORS.has(t.text) && !PLACED_HEADS.has(headText)) && tokens[j + 1]?.cap && tokens[j + 1].para === t.para) {
        pieces.push({ from: j, to: j + 1, kind: 'low', text: t.text });
        j++;
        lows = 2;
        continue;
      }
    }
    break;
  }
  trimLows(pieces);
  // "Lực lượng Nga sau đó ...": the forces of a country, not a body's name; the place alone is the mention.
  if (pieces.length === 2 && pieces[1].kind === 'gaz' && pieces[1].gaz!.entry.type === 'LOCATION' && GENERIC_HEAD.has(headText)) {
    return { end: i, head: null, pieces: [] };
  }
  // "Hiệp định Tiếp cận Qua lại (RAA)": an abbreviation in brackets shows where a treaty's or law's name ends.
  const toBracket = head === 'MISC' ? bracketedEnd(text, tokens, pieces[pieces.length - 1].to) : 0;
  if (toBracket > 0) pieces.push({ from: pieces[pieces.length - 1].to, to: toBracket, kind: 'low', text: '', keep: true });
  if (head === 'MISC') {
    // "Hội nghị Cấp cao ASEAN lần thứ 47": a recurring event's number belongs to its name.
    const at = pieces[pieces.length - 1].to;
    if (tokens[at]?.text === 'lần' && tokens[at + 1]?.text === 'thứ' && DIGIT.test(tokens[at + 2]?.text ?? '') && tokens[at + 2].para === tokens[i].para &&
      spaced(text, tokens[at - 1], tokens[at]) && spaced(text, tokens[at + 1], tokens[at + 2])) {
      pieces.push({ from: at, to: at + 3, kind: 'low', text: 'lần thứ', keep: true });
    }
  }
  const end = pieces.length ? pieces[pieces.length - 1].to : i;
  return { end, head, pieces };
}

// A route number after a road head: "1A", "14B", "609".
const ROUTE_NUMBER = /^\d{1,3}[A-Z]{0,2}$/u;
// An abbreviation in brackets after a name: "(RAA)", "(COP30)", "(IRA)".
const BRACKET_ABBR = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
// Lower-case connectors a long treaty or conference name holds ("ứng xử ở Biển Đông", "về biến đổi khí hậu").
const NAME_CONNECTORS = new Set(['ở', 'về', 'của', 'và']);
const MAX_BRACKETED = 14;

/**
 * The head word at token i, if a name starts with one: not when a longer gazetteer form starts there ("Đài Loan"
 * is a place, not "Đài" + a name), nor a place head that means "on the basis of" ("Căn cứ Nghị định 15").
 */
function headAt(text: string, tokens: readonly Token[], i: number): { end: number; value: EntityType } | null {
  const h = HEAD.match(text, tokens, i);
  if (!h) return null;
  const gz = tokens[i].cap ? matchGazetteer(text, tokens, i) : null;
  if (gz && !gz.weak && i + gz.words.length > h.end) return null;
  if (h.value === 'LOCATION' && h.end < tokens.length && (HEAD.match(text, tokens, h.end)?.value === 'MISC' || DOC_WORD.match(text, tokens, h.end))) return null;
  return h;
}

/**
 * Where a MISC name runs on to when, after token `from`, words of one clause lead to an abbreviation in
 * brackets: the abbreviation closes the name ("Bộ quy tắc ứng xử ở Biển Đông (COC)"). 0 when they do not.
 * Stop words may only end the name ("Qua lại"); anything but one space between words stops the search.
 */
function bracketedEnd(text: string, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < MAX_BRACKETED; k++) {
    const t = tokens[k];
    if (!spaced(text, tokens[k - 1], t)) return 0;
    const closes = text.startsWith(' (', t.end) && tokens[k + 1]?.start === t.end + 2 && BRACKET_ABBR.test(tokens[k + 1].text) &&
      text.charCodeAt(tokens[k + 1].end) === 41;
    if (closes) return NOT_NAME.match(text, tokens, k + 1) ? 0 : k + 1;
    if (!t.cap && !DIGIT.test(t.text) && STOP.has(t.text) && !NAME_CONNECTORS.has(t.text)) return 0;
  }
  return 0;
}

// A model number: "737", "A320", "F-150" (not a year or a quantity: "2024", "30").
const MODEL = /^(?:\d{3}|[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}|\d{3}[A-Z]{1,3})$/u;
const YEAR = /^(?:19|20)\d\d$/u;

/** How many tokens after a maker's name form its model: a model number and capitalised words after it ("Max"). */
function modelLength(text: string, tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!t || !spaced(text, tokens[j - 1], t) || !MODEL.test(t.text) || YEAR.test(t.text)) return 0;
  let n = 1;
  while (tokens[j + n] && tokens[j + n].cap && (spaced(text, tokens[j + n - 1], tokens[j + n]) || text[tokens[j + n].start - 1] === '-') &&
    !matchGazetteer(text, tokens, j + n) && n < 3) n++;
  return n;
}

/**
 * "Nguyễn Đức Chung", "Trần Văn Pháp": a one-syllable gazetteer form between capitalised Vietnamese syllables of
 * one run, after a family name or before another syllable, is part of a person's name.
 */
function insideVietName(text: string, tokens: readonly Token[], i: number, j: number, gz: GazForm): boolean {
  if (gz.words.length !== 1 || j === i || !isVietSyllable(tokens[j].text)) return false;
  const prev = tokens[j - 1];
  if (!prev.cap || !spaced(text, prev, tokens[j]) || !isVietSyllable(prev.text) || matchGazetteer(text, tokens, j - 1)) return false;
  const next = tokens[j + 1];
  const nextSyllable = !!next && next.cap && spaced(text, tokens[j], next) && isVietSyllable(next.text) && !matchGazetteer(text, tokens, j + 1);
  return nextSyllable && (SURNAME.has(tokens[j - 1].text) || (j >= 2 && tokens[j - 2].cap && SURNAME.has(tokens[j - 2].text)));
}

/**
 * "Mỹ Đình", "Nga Sơn", "Đức Giang": a one-syllable country name followed by a capitalised Vietnamese
 * syllable starts a local place name, not the country ("Tổng thống Mỹ Joe Biden" is followed by a foreign name).
 */
function opensLocalName(text: string, tokens: readonly Token[], j: number, gz: GazForm): boolean {
  if (gz.words.length !== 1 || gz.entry.type !== 'LOCATION' || !isVietSyllable(tokens[j].text)) return false;
  // "Trung - Mỹ Lỗ hổng ...": the second of a pair of countries is the country
  if (/[-–—]\s*$/u.test(text.slice(Math.max(0, tokens[j].start - 3), tokens[j].start))) return false;
  const next = tokens[j + 1];
  if (!next || !next.cap || !spaced(text, tokens[j], next) || !isVietSyllable(next.text)) return false;
  // "thành phố Huế Lê Minh Khoa": a family name and two more syllables are a person after the place
  const n2 = tokens[j + 2];
  const n3 = tokens[j + 3];
  if (SURNAME.has(next.text) && n2?.cap && n3?.cap && spaced(text, next, n2) && spaced(text, n2, n3) && isVietSyllable(n2.text) && isVietSyllable(n3.text)) return false;
  return !matchGazetteer(text, tokens, j + 1) && !FUNCTION.has(next.text) && !HEAD.match(text, tokens, j + 1);
}

function nextIsCapOrHyphen(text: string, tokens: readonly Token[], j: number): boolean {
  if (gapKind(text, tokens[j - 1].end, tokens[j].start) === GAP_HYPHEN) return true;
  const n = tokens[j + 1];
  return !!n && n.cap && spaced(text, tokens[j], n);
}

/** A name ends on a capital or on the one lower-case syllable of its last compound ("Bộ Tư pháp"). */
/** How many tokens from `k` spell a field word ("Môi trường" 2, "Công nghiệp nặng" 3); 0 when none does. */
function fieldLength(tokens: readonly Token[], k: number): number {
  let best = 0;
  let words = tokens[k].text.toLowerCase();
  for (let n = 1; n < 4 && tokens[k + n] && !tokens[k + n].cap; n++) {
    words += ` ${tokens[k + n].text}`;
    if (FIELD_WORD.has(words)) best = n + 1;
  }
  return best;
}

/** A lower-case field word at `j` that is no verb ("nông thôn", not "tổ chức"): its length, else 0. */
function nounFieldLength(tokens: readonly Token[], j: number): number {
  const n = fieldLength(tokens, j);
  if (n === 0) return 0;
  let words = tokens[j].text;
  for (let k = 1; k < n; k++) words += ` ${tokens[j + k].text}`;
  return VERB_FIELD.has(words) ? 0 : n;
}

function trimLows(pieces: Piece[]): void {
  while (pieces.length > 1) {
    const last = pieces[pieces.length - 1];
    const prev = pieces[pieces.length - 2];
    if (last.kind !== 'low' || last.keep || (prev.kind !== 'low' && !CONNECTOR.has(last.text ?? ''))) break;
    pieces.pop();
  }
}

export { STANDALONE };
