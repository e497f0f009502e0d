import type { EntityType } from '../types';
import { BIT, spaced, type Token } from './01-tokens';
import { matchGazetteer } from './03-gazetteer-index';
import { isVietSyllable } from './02-syllable';
import { COMMON_COMPOUND, CUE_QUALIFIER, MISC_TAIL, ORG_TAIL, HEAD, PREFIX, ROLE_END, SURNAME, CUE, CUE_FOLDED, FUNCTION, HONORIFIC, NOT_NAME, PORTFOLIO_START, STANDALONE, STOP, TAKES_PORTFOLIO, TITLE, WEAK_CUES } from './04-lexicon-sets';
import { buildRun, type Candidate, type Run, type Source } from './05-candidates';

/** What the words just before a name say about it. */
interface Context {
  type: EntityType;
  source: Source;
  title?: string;
  /** After "đường", "phố", "cầu": Vietnam names streets and places after people ("đường Phạm Văn Đồng"). */
  street?: boolean;
}

const STREET_CUES = new Set(['đường', 'phố', 'cầu', 'quảng trường', 'đại lộ', 'sân bay', 'cảng', 'trường', 'bến', 'chợ']);

const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;
const INNER_CAP = /^\p{L}+\p{Lu}/u;

/** One linear pass over the tokens: titles, honorifics and cue words set the context of the next name. */
export function scan(text: string, tokens: readonly Token[], out: Candidate[] = []): Candidate[] {
  let ctx = null as Context | null;
  let before = null as Context | null;
  // Where the last title with no name after it ended ("giám đốc | dự án X"): a role, not a name's context.
  let roleEnd = -1;
  // The token after "Ảnh:", whose context survives the colon.
  let credit = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // a title or cue does not reach across a colon or a sentence stop ("Bí thư Hà Nội: Công chức ...")
    if (ctx && i > 0 && i !== credit && breaksContext(text, tokens[i - 1].end, t.start)) [ctx, before] = [null, null];
    if (!t.cap && (t.mask & BIT.STARTER) === 0) {
      // A plain lower-case word: no name, title or cue starts here, and the context does not carry over it.
      [ctx, before] = [null, null];
      i++;
      continue;
    }
    const gzHere = t.cap ? matchGazetteer(text, tokens, i) : null;
    const title = gzHere ? null : TITLE.match(text, tokens, i);
    // "Đại sứ quán Mỹ" is a body, not the title "Đại sứ" before a name: the longer phrase wins
    const body = title ? HEAD.match(text, tokens, i) : null;
    if (title && !(body && body.end > title.end)) {
      // A title is never part of a name, even with no name after it ("nhiệm kỳ Tổng thống,").
      if (followedByName(text, tokens, title.end)) i = readTitle(text, tokens, i, title.end, out, (c) => (ctx = c));
      else [i, ctx, roleEnd] = [title.end, null, title.end];
      continue;
    }
    const hon = gzHere && !t.initial ? null : HONORIFIC.match(text, tokens, i);
    if (hon && followedByName(text, tokens, hon.end)) {
      ctx = { type: 'PERSON', source: 'honorific', title: ctx?.title };
      i = hon.end;
      continue;
    }
    if (!t.cap || (t.initial && !gzHere)) {
      const cue = (t.cap ? CUE_FOLDED : CUE).match(text, tokens, i);
      // "hãng thông tấn nhà nước Anadolu": a qualifier between an organisation cue and its name
      const qualifier = cue && cue.value === 'ORGANIZATION' && cue.end < tokens.length ? CUE_QUALIFIER.match(text, tokens, cue.end) : null;
      const nameAt = qualifier && followedByName(text, tokens, qualifier.end) ? qualifier.end : cue?.end ?? 0;
      if (cue && followedByName(text, tokens, nameAt) && !isHeadStart(text, tokens, i) && !HEAD.match(text, tokens, i)) {
        const words = text.slice(t.start, tokens[cue.end - 1].end).toLowerCase();
        ctx = { type: cue.value, source: WEAK_CUES.has(words) ? 'weak-cue' : 'cue', title: ctx?.title, street: STREET_CUES.has(words) };
        // "kỹ sư trưởng dự án Julia Hartmann", "giám đốc chương trình X": the name after a role's project is its holder
        if (cue.value === 'MISC' && (roleEnd === i || ROLE_END.has(tokens[i - 1]?.text))) ctx = { type: 'PERSON', source: 'cue', title: ctx.title };
        i = nameAt;
        continue;
      }
    }
    if (photoCredit(text, tokens, i)) {
      // "Ảnh: Quang Minh": a photo credit names its photographer, across the colon.
      [ctx, credit, i] = [{ type: 'PERSON', source: 'cue' }, i + 1, i + 1];
      continue;
    }
    if (t.cap && t.initial && !gzHere && FUNCTION.has(t.text) && !isHeadStart(text, tokens, i) && !numberedPolicy(text, tokens, i)) {
      // "Sao Việt báo lãi": a name may start with such a word; kept only if the same name is found elsewhere.
      const next = tokens[i + 1];
      if (next?.cap && spaced(text, t, next) && (next.mask & BIT.FUNCTION) === 0) deferName(text, tokens, i, out);
      i++;
      continue;
    }
    if (t.cap && afterDocumentNumber(text, t)) {
      // "Quyết định số 512/QĐ-UBND": the issuer code of a document number names nothing.
      i = hyphenChainEnd(text, tokens, i);
      ctx = null;
      continue;
    }
    const notName = NOT_NAME.match(text, tokens, i);
    if (notName) {
      ctx = null;
      i = notName.end;
      continue;
    }
    if (t.cap || isHeadStart(text, tokens, i)) {
      const run = buildRun(text, tokens, i);
      if (run.end > i) {
        extendModel(text, tokens, i, run, ctx);
        const from = out.length;
        emit(text, tokens, i, run, ctx, out);
        deferShouted(out, from);
        before = ctx;
        // "các tuyến đường Bạch Đằng, Nguyễn Thái Học": a street cue covers a list of names
        ctx = ctx?.street && commaFollows(text, tokens, run.end) ? ctx : null;
        i = run.end;
        continue;
      }
    }
    // "ông Joe Biden và Tập Cận Bình", "đường Bạch Đằng và Lê Lợi": the honorific or street cue covers both names.
    const coordinated: boolean = t.text === 'và' && (before?.type === 'PERSON' || before?.street === true) && tokens[i - 1]?.end === t.start - 1;
    ctx = coordinated && followedByName(text, tokens, i + 1) ? (before!.street ? before : { type: 'PERSON', source: 'cue' }) : null;
    before = null;
    i++;
  }
  return out;
}

/** A deferred candidate over a sentence-initial function word and the plain capitals after it ("Sao Việt"). */
function deferName(text: string, tokens: readonly Token[], i: number, out: Candidate[]): void {
  let k = i + 1;
  while (k < tokens.length && k - i < 4 && tokens[k].cap && spaced(text, tokens[k - 1], tokens[k]) && !matchGazetteer(text, tokens, k)) k++;
  if (k - i < 2 || (k < tokens.length && tokens[k].cap && spaced(text, tokens[k - 1], tokens[k]))) return;
  const c = candidate(text, tokens, i, k, null);
  c.deferred = true;
  out.push(c);
}

/** "512/QĐ-UBND": a capital right after a slash that follows a digit. */
function afterDocumentNumber(text: string, t: Token): boolean {
  if (t.start < 2 || text.charCodeAt(t.start - 1) !== 47) return false;
  const c = text.charCodeAt(t.start - 2);
  return c >= 48 && c <= 57;
}

/** The index after a chain of words glued by hyphens ("QĐ-UBND", "NQ-CP"). */
function hyphenChainEnd(text: string, tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && tokens[k].start === tokens[k - 1].end + 1 && text.charCodeAt(tokens[k - 1].end) === 45) k++;
  return k;
}

function commaFollows(text: string, tokens: readonly Token[], j: number): boolean {
  const n = tokens[j];
  return !!n && n.cap && n.start === tokens[j - 1].end + 2 && text.startsWith(', ', tokens[j - 1].end);
}

// A short product number: "Falcon 9", "iPhone 15" (never a year: at most three digits).
const MODEL_NUMBER = /^\d{1,3}$/u;

/**
 * "Tên lửa Falcon 9", "iPhone 15 Pro": a foreign word and a short number form one product name when a MISC cue
 * says it is a product or the word is shaped like one (an inner capital). Extends the run's last piece.
 */
function extendModel(text: string, tokens: readonly Token[], i: number, run: Run, ctx: Context | null): void {
  const last = run.pieces[run.pieces.length - 1];
  const n = tokens[run.end];
  const product = last.kind === 'gaz' && last.gaz!.entry.type === 'MISC';
  if (run.head || (last.kind !== 'cap' && !product) || !n || !spaced(text, tokens[run.end - 1], n) || !MODEL_NUMBER.test(n.text)) return;
  if (isVietSyllable(tokens[run.end - 1].text) || !(ctx?.type === 'MISC' || INNER_CAP.test(tokens[i].text))) return;
  let end = run.end + 1;
  while (end < tokens.length && MISC_TAIL.has(tokens[end].text) && spaced(text, tokens[end - 1], tokens[end])) end++;
  // a known product with its number ("iPhone 15") is a new name, typed as a product
  if (product) [last.kind, last.gaz, last.product] = ['cap', undefined, true];
  last.to = end;
  run.end = end;
}

function isHeadStart(text: string, tokens: readonly Token[], i: number): boolean {
  const r = tokens[i].cap || !PREFIX.match(text, tokens, i) ? null : buildRun(text, tokens, i);
  return !!r && r.head !== null && r.pieces.length > 1;
}

function followedByName(text: string, tokens: readonly Token[], j: number): boolean {
  const n = tokens[j];
  return !!n && n.para === tokens[j - 1].para && n.cap && spaced(text, tokens[j - 1], n);
}

/**
 * A title, its portfolio ("Quốc phòng") and its place ("Mỹ"): the place is a mention, the whole is the title text.
 * Returns the index after it. Samples: "Tổng thống Mỹ", "Bộ trưởng Quốc phòng Mỹ", "Chủ tịch Trung Quốc".
 */
function readTitle(text: string, tokens: readonly Token[], i: number, j: number, out: Candidate[], set: (c: Context) => void): number {
  const key = text.slice(tokens[i].start, tokens[j - 1].end).toLowerCase();
  if (TAKES_PORTFOLIO.has(key)) {
    while (PORTFOLIO_START.has(tokens[j]?.text) && tokens[j + 1] && !tokens[j + 1].cap && !STOP.has(tokens[j + 1].text)) {
      j += 2;
      if (tokens[j]?.text === 'và' && PORTFOLIO_START.has(tokens[j + 1]?.text)) j++;
    }
  }
  const gz = tokens[j] && tokens[j].para === tokens[i].para ? matchGazetteer(text, tokens, j) : null;
  if (gz && gz.entry.type === 'LOCATION' && !gz.weak && text.slice(tokens[j - 1].end, tokens[j].start) === ' ') {
    const end = j + gz.words.length;
    out.push(candidate(text, tokens, j, end, { type: 'LOCATION', source: 'gaz' }, gz.entry));
    j = end;
  }
  set({ type: 'PERSON', source: 'title', title: text.slice(tokens[i].start, tokens[j - 1].end) });
  const hon = tokens[j] ? HONORIFIC.match(text, tokens, j) : null;
  return hon && followedByName(text, tokens, hon.end) ? hon.end : j;
}

/** A candidate over tokens [from, to). Its text is left empty: findEntities fills it in, one string per spelling. */
function candidate(text: string, tokens: readonly Token[], from: number, to: number, ctx: Context | null, gaz?: Candidate['gaz']): Candidate {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k].text);
  return {
    start, end, text: '', words,
    type: ctx?.type ?? null, source: ctx?.source ?? 'default', gaz, title: ctx?.title, deferred: false, initial: tokens[from].initial, shape: null,
  };
}

/** Turns a run into candidates: a headed run is one name; otherwise gazetteer forms split it. */
function emit(text: string, tokens: readonly Token[], i: number, run: Run, ctx: Context | null, out: Candidate[]): void {
  const { pieces } = run;
  if (pieces.length === 1 && pieces[0].kind === 'gaz') {
    const gz = pieces[0].gaz!;
    if (gz.weak && tokens[i].initial && !/^[-–]/u.test(text.slice(tokens[run.end - 1].end, tokens[run.end - 1].end + 2).trim())) return;
    if (tokens[i].initial && commonWord(text, tokens, i, run.end)) return;
    // "phóng viên TTXVN" is a reporter of the agency: an acronym is never a person's name
    const strongCtx = (ctx && ctx.source === 'honorific' && gz.words.length === 1 && gz.entry.type !== 'PERSON' && !ACRONYM.test(tokens[i].text))
      || (ctx?.street === true && gz.entry.type === 'PERSON');
    out.push(candidate(text, tokens, i, run.end, strongCtx ? ctx : { type: gz.entry.type, source: 'gaz', title: ctx?.title }, strongCtx ? undefined : gz.entry));
    return;
  }
  if (run.head) {
    const whole = text.slice(tokens[i].start, tokens[run.end - 1].end);
    const onlyHead = pieces.length === 1;
    // "Hội nghị COP27", "Hội nghị APEC": the acronym is the name.
    if (pieces.length === 2 && pieces[1].to - pieces[1].from === 1 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(tokens[pieces[1].from].text) && /\p{Ll}/u.test(whole)) {
      out.push(candidate(text, tokens, pieces[1].from, pieces[1].to, null));
      return;
    }
    if (onlyHead && !STANDALONE.has(whole)) return;
    // "Bí thư Thành uỷ Hoàng Trung Hải": after a title, a person's name can end the organisation's run.
    // "Tổng cục Thống kê Nguyễn Thị Hương": a family name after a body's lower-case field word starts a person too.
    const person = ctx?.source === 'title' || afterField(pieces) ? trailingPerson(tokens, pieces) : 0;
    const end = run.end - person;
    out.push(candidate(text, tokens, i, end, { type: run.head, source: 'head' }));
    if (person > 0) {
      const body = text.slice(tokens[i].start, tokens[end - 1].end);
      out.push(candidate(text, tokens, end, run.end, ctx?.title ? { ...ctx, title: `${ctx.title} ${body}` } : { type: 'PERSON', source: 'cue' }));
    }
    return;
  }
  // "chính sách Một Trung Quốc": a number word glued to a place names a policy.
  if ((!tokens[i].initial || QUOTES.has(text[tokens[i].start - 1])) && NUMBER_WORDS.has(tokens[i].text) && pieces.length === 2 && pieces[1].kind === 'gaz') {
    out.push(candidate(text, tokens, i, run.end, { type: 'MISC', source: 'head' }));
    return;
  }
  // Split at hyphens when every part is a known place ("Mỹ-Trung"), and at gazetteer forms otherwise.
  let k = 0;
  let first = true;
  while (k < pieces.length) {
    const p = pieces[k];
    const tail = pieces[k + 1];
    if (p.kind === 'gaz' && p.gaz!.entry.type === 'ORGANIZATION' && tail?.kind === 'cap' && tail.to - tail.from === 1 &&
      ORG_TAIL.has(tokens[tail.from].text) && spaced(text, tokens[p.to - 1], tokens[tail.from])) {
      // "BBC News", "CNN International": the outlet's full name.
      out.push(candidate(text, tokens, p.from, tail.to, { type: 'ORGANIZATION', source: 'head' }));
      k += 2;
      first = false;
      continue;
    }
    if (p.product) {
      // "máy bay Boeing 777 Max": a maker with its model is a product.
      out.push(candidate(text, tokens, p.from, p.to, { type: 'MISC', source: 'head' }));
      k++;
      first = false;
      continue;
    }
    if (p.kind === 'gaz') {
      out.push(candidate(text, tokens, p.from, p.to, { type: p.gaz!.entry.type, source: 'gaz', title: first ? ctx?.title : undefined }, p.gaz!.entry));
      k++;
      first = false;
      continue;
    }
    let m = k;
    while (m + 1 < pieces.length && pieces[m + 1].kind !== 'gaz' && !pieces[m + 1].product && !hyphenBreak(text, tokens, pieces[m + 1].from)) m++;
    const from = p.from;
    const to = pieces[m].to;
    const place = first && ctx?.source === 'title' ? leadingPlace(tokens, from, to) : 0;
    if (place > 0) {
      // "Tổng thống Nga Vladimir Putin": a Vietnamese country name between a title and a foreign name.
      out.push(candidate(text, tokens, from, from + place, { type: 'LOCATION', source: 'cue' }));
      ctx = { ...ctx!, title: text.slice(text.lastIndexOf(ctx!.title!, tokens[from].start), tokens[from + place - 1].end) };
    }
    const c = candidate(text, tokens, from + place, to, first ? ctx : null);
    const lone = to - from === 1;
    const w = tokens[from].text;
    if (lone && !c.type && isVietSyllable(w) && !ACRONYM.test(w) && !INNER_CAP.test(w)) c.deferred = true;
    out.push(c);
    first = false;
    k = m + 1;
  }
}

/** "Ý kiến", "Anh ấy", "Pháp luật" at a sentence start: a one-syllable place and the next word form a common word. */
function commonWord(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const n = tokens[end];
  return end === i + 1 && !!n && !n.cap && spaced(text, tokens[i], n) && COMMON_COMPOUND.has(`${tokens[i].lower} ${n.lower}`);
}

/** How many Vietnamese syllables start a run that then turns into a foreign name of two words or more. */
function leadingPlace(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && isVietSyllable(tokens[k].text)) k++;
  const rest = to - k;
  if (k > from && k - from <= 2 && rest >= 2 && !isVietSyllable(tokens[k].text)) return k - from;
  // "Chủ tịch UBND Hà Nội Nguyễn Đức Chung": a place, then a three-syllable name with its family name.
  return to - from >= 4 && to - from <= 6 && k === to && SURNAME.has(tokens[to - 3].text) ? to - 3 - from : 0;
}

// "Israel-Hamas" is two names; "COVID-19" is one.
const DIGIT_START = /^\p{N}/u;
function hyphenBreak(text: string, tokens: readonly Token[], j: number): boolean {
  if (text.slice(tokens[j - 1].end, tokens[j].start) !== '-') return false;
  if (DIGIT_START.test(tokens[j].text) || DIGIT_START.test(tokens[j - 1].text)) return false;
  if (!tokens[j].cap) return false; // "Sang-sik", "Jong-un": a Korean given name's lower-case half
  // "Jean-Noël", "Jean-Claude": a hyphenated foreign given name; "Quốc-Cộng", "Israel-Hamas" are pairs
  return isVietSyllable(tokens[j].text) || isVietSyllable(tokens[j - 1].text) || !!matchGazetteer(text, tokens, j);
}

const NUMBER_WORDS = new Set(['Một', 'Hai', 'Ba']);

/** "“Một Trung Quốc”": a quoted number word glued to a place is a policy's name, not a sentence's first word. */
function numberedPolicy(text: string, tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (!NUMBER_WORDS.has(tokens[i].text) || !QUOTES.has(text[tokens[i].start - 1]) || !n || !spaced(text, tokens[i], n)) return false;
  const gz = matchGazetteer(text, tokens, i + 1);
  return !!gz && gz.entry.type === 'LOCATION' && QUOTES_CLOSE.has(text[tokens[i + gz.words.length].end]);
}
const QUOTES = new Set(['"', '“', "'", '‘']);
const QUOTES_CLOSE = new Set(['"', '”', "'", '’']);

/** Words at the end of an organisation's run that look like a person: capitals, a family name or foreign words. */
function trailingPerson(tokens: readonly Token[], pieces: Run['pieces']): number {
  let k = pieces.length;
  while (k > 0 && pieces[k - 1].kind === 'cap' && !pieces[k - 1].head) k--;
  const n = pieces.length - k;
  if (n < 2 || k === 0 || n > 4) return 0;
  const first = tokens[pieces[k].from].text;
  return (SURNAME.has(first) && n >= 3) || !isVietSyllable(first) ? n : 0;
}

/** Whether the run's capitals at its end follow a lower-case field piece ("Thống | kê | Nguyễn Thị Hương"). */
function afterField(pieces: Run['pieces']): boolean {
  let k = pieces.length;
  while (k > 0 && pieces[k - 1].kind === 'cap' && !pieces[k - 1].head) k--;
  return k > 0 && k < pieces.length && pieces[k - 1].field === true;
}

/** "Ảnh: Quang Minh": "Ảnh", a colon, then capitalised Vietnamese syllables (not "Ảnh: AFP", an agency). */
function photoCredit(text: string, tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (tokens[i].text !== 'Ảnh' || !n || !n.cap || text.slice(tokens[i].end, n.start) !== ': ') return false;
  return isVietSyllable(n.text) && !ACRONYM.test(n.text);
}

// A word in capitals throughout, of two letters or more: "THÔNG", "BỘ" (not "Hà", "TP.HCM" is one word).
const SHOUTED = /^\p{Lu}{2,}$/u;

/**
 * "THÔNG CÁO BÁO CHÍ", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ": a line set in capitals capitalises every word, so its
 * unknown names prove nothing; each is kept only as the capitalised form of a name found elsewhere.
 */
function deferShouted(out: Candidate[], from: number): void {
  for (let k = from; k < out.length; k++) {
    const c = out[k];
    if (!c.gaz && c.words.length > 1 && c.words.every((w) => SHOUTED.test(w) || w === 'VÀ')) c.deferred = true;
  }
}

/** A colon, semicolon, sentence stop or quotation mark between two tokens. */
function breaksContext(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 58 || c === 59 || c === 46 || c === 33 || c === 63 || c === 0x201c || c === 0x201d || c === 34) return true;
  }
  return false;
}
