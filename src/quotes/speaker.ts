import { fast } from './chars';
import type { Range } from '../types';
import { ANONYMOUS, COLLECTIVE, DESCRIPTORS, DOCUMENTS, FIRST_PERSON, NOT_SUBJECT_BEFORE, TITLES } from './constants';
import { CueIndex, type Cue } from './cues';
import type { Mention } from './mentions';
import { alternation } from './pattern';
import { firstIndex } from '../utils/search';

/** Who said a quote, how we know, and the verb that says so. */
export interface Attribution {
  speaker: Mention | null;
  cue: Cue | null;
  rule: string;
}

const ANON_RE = fast(new RegExp(`(?<![\\p{L}])${alternation([...ANONYMOUS, ...ANONYMOUS.map(cap)])}(?![\\p{L}])`, 'u'));
const COLLECTIVE_RE = fast(new RegExp(`(?<![\\p{L}])${alternation([...COLLECTIVE, ...COLLECTIVE.map(cap)])}(?![\\p{L}])`, 'u'));
const TITLE_ONLY = fast(new RegExp(`(?<![\\p{L}])(?:${alternation([...TITLES, ...TITLES.map((t) => t.toLowerCase())])}|[Ll]ãnh đạo|[Đđ]ại diện)(?: [\\p{Ll}\\p{Lu}][\\p{L}]*){0,4}$`, 'u'));
// "Lãnh đạo Bộ X", "đại diện X", "Vụ trưởng Vụ X", "Bí thư Thành uỷ": a role, its holder speaks.
const ROLE_BEFORE = fast(new RegExp(`(?<![\\p{L}])(?:${alternation([...TITLES, ...TITLES.map((t) => t.toLowerCase())])}|[Ll]ãnh đạo|[Đđ]ại diện|[Nn]gười đứng đầu) $`, 'u'));
const REPRESENTATIVE_BEFORE = fast(/(?<![\p{L}])(?:[Ll]ãnh đạo|[Đđ]ại diện|[Nn]gười đứng đầu) $/u);
const NOT_SUBJECT = fast(new RegExp(`(?<![\\p{L}])(?:${alternation([...NOT_SUBJECT_BEFORE, ...NOT_SUBJECT_BEFORE.map(cap)])}) $`, 'u'));
const ADVERBS = /(?: (?:cũng|đã|vừa|có|đều|thì|mới|từng|vẫn|sẽ|còn|lại|chỉ|liền|luôn|hôm nay|hôm qua|ngày \d+\/\d+|trước đó|sau đó|tiếp tục))+$/u;
// "theo X", "theo lời X", "theo miêu tả của ông X": the named one said it.
const THEO = fast(/(?<![\p{L}])[Tt]heo (?:(?:lời|miêu tả|mô tả|nhận định|đánh giá|ý kiến|thông báo|tuyên bố)(?: của)? )?/gu);

const ROLE_START = new RegExp(`^(?:${alternation([...TITLES, ...TITLES.map((t) => t.toLowerCase())])}) `, 'u');

const CONJ_END = fast(/(?<![\p{L}])(?:và|đồng thời|rồi|nhưng|song|mà)$/u);
const THIS_OUTLET = fast(/(?<![\p{L}])(?:[Bb]áo|[Tt]ờ báo|[Tt]ờ|[Hh]ãng|[Kk]ênh|[Đđ]ài) này$/u);
// "Ông X", "Tờ X", "Trao đổi với phóng viên, PGS.TS X", "Tiến sĩ X": what may open a sentence before its subject
const OPENING_LEAD = fast(new RegExp(`^(?:[\\p{Lu}\\p{Ll} ]*?, )?(?:(?:Ông|Bà|ông|bà|Tờ|tờ|Báo|báo|${alternation(TITLES)}|\\p{Lu}+(?:\\.\\p{Lu}+)+) )?$`, 'u'));
// "của Bộ Quốc phòng", right after "tuyên bố": the body whose statement it is
const DOCUMENT_CUE = new RegExp(`^${alternation(DOCUMENTS)}$`, 'u');
const FIRST_PERSON_SET = new Set(FIRST_PERSON);
// "- PGS Hùng: …", "Ông Hùng: …": an interview turn; its label names who answers
const TURN = /^[-–—]?\s*([^:\n]{2,60}):\s/u;

// "Nhà lãnh đạo Trung Quốc", "nhà cầm quân người Hàn Quốc": a person named earlier, at the clause start
const DESCRIPTOR_START = new RegExp(`^${alternation([...DESCRIPTORS, ...DESCRIPTORS.map(cap)])}(?= )`, 'u');
// "“…”, thông cáo viết": the body that issued the statement
const DOCUMENT_ONLY = new RegExp(`^${alternation([...DOCUMENTS, ...DOCUMENTS.map(cap)])}(?: (?:này|trên|chung))?$`, 'u');
// "Thủ tướng X, người đã …,", "X, Chủ tịch ASEAN năm 2025,": an apposition between a subject and its verb
const APPOSITION = new RegExp(`^(?:người|một|vốn|cũng là|đồng thời là|\\d|${alternation([...TITLES, ...TITLES.map((t) => t.toLowerCase())])} )`, 'u');
// "luật sư X (Đoàn Luật sư TP Hà Nội) cho rằng": a parenthesis before the verb says who the subject is
const PAREN_END = /\s*\([^()]*\)$/u;

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Resolves speakers from the reporter's words around one quote; cues are read in the `quoted` paragraphs only. */
export class SpeakerFinder {
  constructor(
    private readonly text: string,
    private readonly mentions: readonly Mention[],
    quoted: readonly Range[] = [{ start: 0, end: text.length }],
    /** Roles each person was named with ('tổng bí thư'), lower case, by entity id. */
    private readonly roles: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.cues = new CueIndex(text, quoted);
    mentions.forEach((m, i) => {
      if (m.type !== 'ORGANIZATION' && m.type !== 'LOCATION') return;
      const list = this.byName.get(m.name);
      if (list) list.push(i);
      else this.byName.set(m.name, [i]);
    });
  }

  private readonly byName = new Map<string, number[]>();

  private readonly cues: CueIndex;

  /** Mentions lying wholly inside [start, end), in order. */
  within(start: number, end: number): Mention[] {
    const lo = firstIndex(this.mentions, (m) => m.start < start);
    const out: Mention[] = [];
    for (let i = lo; i < this.mentions.length && this.mentions[i].start < end; i++) if (this.mentions[i].end <= end) out.push(this.mentions[i]);
    return out;
  }

  /**
   * A body written after a role ("Lãnh đạo Bộ Công Thương", "đại diện Bộ", "Vụ trưởng Vụ X") stands
   * for the person holding that role, when the article names them; anything else is resolved as usual.
   */
  stand(m: Mention): Mention | null {
    if (m.type !== 'ORGANIZATION' && m.type !== 'LOCATION') return this.resolve(m);
    if (!ROLE_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start))) return m;
    return this.holder(m) ?? (REPRESENTATIVE_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start)) ? null : m);
  }

  /**
   * The person named with a role in `org` elsewhere in the article: right after it ("Bí thư Thành uỷ
   * Hoàng Trung Hải") or in apposition before it ("ông X - Vụ trưởng Vụ Y (Bộ Z)"). Nearest earlier
   * occurrence first, then later ones.
   */
  private holder(org: Mention): Mention | null {
    const same = this.byName.get(org.name) ?? [];
    const here = same.findIndex((i) => this.mentions[i] === org);
    const order = [...same.slice(0, Math.max(0, here)).reverse(), ...same.slice(here + 1)];
    for (const i of order) {
      const o = this.mentions[i];
      // the person right after it, past a place at most: "Bí thư Thành uỷ Hà Nội Hoàng Trung Hải"
      for (let j = i + 1, end = o.end; j <= i + 2 && j < this.mentions.length; j++) {
        const next = this.mentions[j];
        if (!/^ (?:[\p{Ll}]+ ){0,2}$/u.test(this.text.slice(end, next.start))) break;
        if (next.type === 'PERSON' && !next.pronoun) return next;
        if (next.type !== 'LOCATION') break;
        end = next.end;
      }
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const p = this.mentions[k];
        if (o.start - p.end > 90) break;
        const between = this.text.slice(p.end, o.start);
        if (p.type === 'PERSON' && !p.pronoun && /^ ?[-–—,(] /u.test(between) && !/[.!?;]/u.test(between)) return p;
      }
    }
    return null;
  }

  /** Index of the first mention starting at or after `pos`. */
  private at(pos: number): number {
    return firstIndex(this.mentions, (m) => m.start < pos);
  }

  /** The nearest earlier mention of a type (a pronoun's antecedent), a bounded look back. */
  /**
   * "“…”, Tổng Bí thư nhấn mạnh": the person last named with that role, else the last person named.
   */
  holderOfRole(role: string, pos: number): Mention | null {
    const wanted = role.replace(/^[\s,:–—-]+/u, '').toLowerCase();
    const holds = (m: Mention): boolean => m.type === 'PERSON' && m.entityId !== undefined &&
      (this.roles.get(m.entityId) ?? []).some((t) => t === wanted || t.startsWith(`${wanted} `));
    return this.earlier(pos, holds) ?? this.earlier(pos, (m) => m.type === 'PERSON');
  }

  earlier(pos: number, accept: (m: Mention) => boolean): Mention | null {
    const floor = pos - 6000;
    for (let i = this.at(pos) - 1, seen = 0; i >= 0 && seen < 300; i--, seen++) {
      const m = this.mentions[i];
      if (m.start < floor) break;
      if (m.end <= pos && !m.pronoun && accept(m)) return m;
    }
    return null;
  }

  /**
   * A pronoun stands for the nearest earlier person of its sex ("bà" → a woman introduced as "bà X"),
   * the subject of an earlier sentence before a mere object; anything else is itself.
   */
  resolve(m: Mention | null): Mention | null {
    if (m && FIRST_PERSON_SET.has(m.name)) return this.firstPerson(m);
    if (!m || !m.pronoun) return m;
    const female = /^[Bb]à|^[Cc]hị/u.test(m.name);
    const male = /^[ÔôAa]/u.test(m.name);
    const person = (x: Mention) => x.type === 'PERSON' && !(female && x.sex === 'm') && !(male && x.sex === 'f');
    const near = this.earlier(m.start, person);
    const subject = this.earlier(m.start, (x) => person(x) && !NOT_SUBJECT.test(this.text.slice(Math.max(0, x.start - 12), x.start)));
    // the subject of an earlier sentence, unless the object ("trong Phòng …") is the only person near
    let pick = subject && near && near.start - subject.start < 1500 ? subject : near;
    if (female && pick?.sex !== 'f') {
      const woman = this.earlier(m.start, (x) => x.type === 'PERSON' && x.sex === 'f');
      if (woman && (!pick || pick.start - woman.start < 3000)) pick = woman;
    }
    return pick ?? this.earlier(m.start, (x) => x.type === 'UNKNOWN' && x.name.includes(' '));
  }

  /**
   * Attribution written before the quote, in its sentence: `Ông Biden nói: “…”`, `X gọi Y là “…”`,
   * `Bắc Kinh cũng cho biết: “…”`, `dẫn lời ông Tập nói: “…”`. `skip` are other quotes' ranges.
   */
  before(w: Range, skip: readonly Range[]): Attribution | null {
    const outside = (r: Range) => !skip.some((q) => r.start >= q.start && r.end <= q.end);
    const cues = this.cues.in(w).filter(outside);
    if (cues.length === 0) return null;
    const lead = cues.find((c) => c.verb === 'dẫn lời');
    if (lead) {
      const named = this.within(lead.end, w.end).filter(outside)[0];
      if (named) return { speaker: this.resolve(named), cue: lead, rule: 'dẫn lời' };
    }
    const last = cues[cues.length - 1];
    for (let k = cues.length - 1; k >= 0; k--) {
      const owner = this.documentOwner(cues[k]);
      if (owner) return { speaker: owner, cue: last, rule: 'document-of' };
      const from = k > 0 ? cues[k - 1].end : w.start;
      const subject = this.subject(from, cues[k].start, w.start, k > 0);
      if (subject !== undefined) return { speaker: subject, cue: last, rule: 'before' };
    }
    return { speaker: null, cue: last, rule: 'before-unnamed' };
  }

  /** "đăng tuyên bố của Bộ Quốc phòng, chỉ trích …": a statement noun and its issuer, who speaks. */
  private documentOwner(cue: Cue): Mention | null {
    if (!DOCUMENT_CUE.test(cue.verb) || !this.text.startsWith(' của ', cue.end)) return null;
    const named = this.within(cue.end + 5, cue.end + 120)[0];
    return named && named.start === cue.end + 5 && !named.pronoun ? this.stand(named) : null;
  }

  /** "Tôi", "chúng tôi" as a subject: the one answering in an interview turn ("- PGS Hùng: …"), else nobody. */
  private firstPerson(m: Mention): Mention | null {
    const line = this.text.lastIndexOf('\n', m.start) + 1;
    const turn = TURN.exec(this.text.slice(line, Math.min(m.start, line + 80)));
    if (!turn) return null;
    const label = this.within(line, line + turn[0].length).filter((x) => x.type === 'PERSON' && !x.pronoun);
    return label.length > 0 ? label[label.length - 1] : null;
  }

  /** `Ông Tập: ‘…’` — a name and a colon, no verb (headlines). */
  colon(w: Range): Attribution | null {
    const head = this.text.slice(w.start, w.end);
    const m = /^(.*)[:;] ?$/su.exec(head);
    if (!m) return null;
    const s = this.subject(w.start, w.start + m[1].length, w.start, false);
    return s ? { speaker: s, cue: null, rule: 'colon' } : null;
  }

  /** `Theo X, …` at the clause start, or `…, theo lời X` after the quote. */
  theoIn(w: Range): Attribution | null {
    const s = this.theo(w);
    return s ? { speaker: s, cue: null, rule: 'theo' } : null;
  }

  /** Attribution written after the quote: `“…,” ông Biden nói`, `“…” – ông Trump viết`, `…, theo X`. */
  after(w: Range): Attribution | null {
    const cue = this.cues.in(w)[0];
    if (!cue) return null;
    const head = this.text.slice(w.start, cue.start);
    if (head.split(' ').length > 24) return null;
    if (cue.verb === 'dẫn lời') {
      const named = this.within(cue.end, w.end)[0];
      if (named) return { speaker: this.resolve(named), cue, rule: 'after-dẫn lời' };
    }
    const lead = head.replace(/^[\s,:–—-]+/u, '').split(',')[0];
    if (ANON_RE.test(lead.split(' ').slice(0, 4).join(' '))) return { speaker: null, cue, rule: 'anonymous' };
    const described = this.described(lead, w.start);
    if (described !== undefined) return { speaker: described, cue, rule: 'after-described' };
    if (DOCUMENT_ONLY.test(lead.trim())) {
      const body = this.earlier(w.start, (m) => m.type === 'ORGANIZATION' && m.start > w.start - 800);
      if (body) return { speaker: body, cue, rule: 'after-document' };
    }
    const names = this.within(w.start, cue.start);
    const pick = names.find((m) => m.type === 'PERSON') ?? names.find((m) => m.type !== 'LOCATION') ?? names[0];
    if (pick) return { speaker: this.stand(pick), cue, rule: 'after' };
    const role = head.replace(/[\s,]+$/u, '');
    if (TITLE_ONLY.test(role)) return { speaker: this.holderOfRole(role, w.start), cue, rule: 'after-title' };
    return { speaker: null, cue, rule: 'after-unnamed' };
  }

  /** `Theo X, …` at the clause start, or `…, theo lời X` after the quote. */
  private theo(w: Range): Mention | null {
    const slice = this.text.slice(w.start, w.end);
    if (!slice.includes('heo ')) return null; // the common case, without the regex
    for (const m of slice.matchAll(THEO)) {
      const at = w.start + m.index + m[0].length;
      const near = this.within(at, Math.min(w.end, at + 90));
      // "Theo Bí thư Thành uỷ Hoàng Trung Hải,": the person the title introduces, not the body
      const clause = near.filter((m) => !/[,;:]/u.test(this.text.slice(at, m.start)));
      const named = clause.find((m) => m.type === 'PERSON' && m.start > clause[0].start && !/[,;:(]/u.test(this.text.slice(clause[0].end, m.start))) ?? near[0];
      // "Theo người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh,": a role and its body may stand before the name
      if (named && /^(?:(?:ông|bà|Ông|Bà) )?[^,;:]{0,60}$/u.test(this.text.slice(at, named.start))) return this.stand(named);
    }
    return null;
  }

  /**
   * The subject of a verb at `pos`: the name written right before it ("Bắc Kinh cũng cho biết"),
   * a pronoun, a collective noun (its country), or an anonymous one (null). `undefined` when the
   * verb has no subject of its own ("…, khẳng định") so the caller looks at the previous verb.
   */
  subject(from: number, pos: number, sentenceStart: number, chained: boolean): Mention | null | undefined {
    const head = this.text.slice(from, pos).replace(/\s+$/u, '').replace(ADVERBS, '').replace(PAREN_END, '');
    const end = from + head.length;
    const tail = (head.split(/[,;:(]/u).pop() ?? '').trim();
    const lastWords = tail.split(' ').slice(-4).join(' ');
    const names = this.within(from, end);
    const described = this.described(tail, end - tail.length);
    if (described !== undefined) return described;
    const direct = names[names.length - 1];
    if (direct && direct.end === end) {
      // "Truyền thông nhà nước Nga đưa tin": the media of a country are not its government
      if (ANON_RE.test(this.text.slice(Math.max(from, direct.start - 30), direct.start))) return null;
      const prev = names[names.length - 2];
      if (prev && !prev.pronoun && / và $/u.test(this.text.slice(prev.end, direct.start))) return null; // "Trung Quốc và Nga"
      // "đảng Dân chủ đối lập ở Hàn Quốc chỉ trích": a place after "ở"/"tại" locates the subject before it
      if (prev && !prev.pronoun && direct.type === 'LOCATION' && /^[^,;:]{0,20}(?:ở|tại) $/u.test(this.text.slice(prev.end, direct.start))) {
        return this.stand(prev);
      }
      // "HLV X của Myanmar thừa nhận": the person the place belongs to
      if (prev?.type === 'PERSON' && !prev.pronoun && direct.type !== 'PERSON' && this.text.slice(prev.end, direct.start) === ' của ') return prev;
      return this.stand(direct);
    }
    const inTail = names.filter((m) => m.start >= end - tail.length && !NOT_SUBJECT.test(this.text.slice(Math.max(0, m.start - 12), m.start)));
    if (tail === '') {
      // "Bộ trưởng Năng lượng Ả Rập Xê Út, Hoàng tử Abdulaziz bin Salman, cho biết": the person the role names
      const named = this.roleHolder(head, from);
      if (named) return named;
      // "X, người đã …, gọi": the subject before an apposition
      const cut = this.apposition(head);
      if (cut > 0) {
        const s = this.subject(from, from + cut, sentenceStart, chained);
        if (s) return s;
      }
      return chained ? undefined : this.opening(sentenceStart, pos);
    }
    if (CONJ_END.test(tail)) {
      // a second verb of the sentence's subject: "X từ chối bình luận về … trên Twitter mà chỉ nói"
      const own = this.opening(sentenceStart, pos);
      if (own) return own;
      if (inTail.length > 0) return this.resolve(inTail[0]); // "ông X … và gọi Y là"
      return chained ? undefined : this.opening(sentenceStart, pos);
    }
    if (THIS_OUTLET.test(tail)) return this.earlier(from, (m) => m.type === 'ORGANIZATION');
    if (ANON_RE.test(lastWords)) return null;
    if (COLLECTIVE_RE.test(lastWords)) {
      const own = names.filter((m) => m.type === 'LOCATION' && m.start >= end - lastWords.length - 1);
      return own[own.length - 1] ?? this.earlier(pos, (m) => m.type === 'LOCATION' && m.start >= sentenceStart - 600) ?? null;
    }
    if (TITLE_ONLY.test(tail)) return this.earlier(from, (m) => m.type === 'PERSON');
    if (inTail.length > 0) return this.resolve(inTail[inTail.length - 1]);
    return chained ? undefined : this.opening(sentenceStart, pos);
  }

  /** `Role Body, [title] Person,` at the end of `head`: the person, when the segment before opens with a title. */
  private roleHolder(head: string, from: number): Mention | null {
    if (!head.endsWith(',')) return null;
    const comma = head.lastIndexOf(',', head.length - 2);
    if (comma <= 0) return null;
    const prevStart = Math.max(head.lastIndexOf(',', comma - 1), head.lastIndexOf(':', comma - 1)) + 1;
    if (!ROLE_START.test(head.slice(prevStart, comma).trim())) return null;
    const segEnd = from + head.length - 1;
    const last = this.within(from + comma + 1, segEnd).pop();
    return last && last.type === 'PERSON' && !last.pronoun && last.end === segEnd ? last : null;
  }

  /** Where the clause before a trailing apposition ends ("X, Chủ tịch ASEAN năm 2025,"), or -1. */
  private apposition(head: string): number {
    if (!head.endsWith(',')) return -1;
    let end = head.length - 1;
    for (let n = 0; n < 2; n++) {
      const comma = head.lastIndexOf(',', end - 1);
      if (comma <= 0 || !APPOSITION.test(head.slice(comma + 1, end).trim())) break;
      end = comma;
      if (!/[,;:]/u.test(head.slice(0, end)) || /[\p{Lu}]/u.test(head.slice(head.lastIndexOf(',', end - 1) + 1, end))) return end;
    }
    return -1;
  }

  /** A person described, not named, at the clause start ("Nhà lãnh đạo Trung Quốc"): the nearest one named before. */
  private described(clause: string, pos: number): Mention | null | undefined {
    if (!DESCRIPTOR_START.test(clause)) return undefined;
    return this.earlier(pos, (m) => m.type === 'PERSON');
  }

  /** The sentence's own subject, when it opens with a name: "Ông Biden, ngồi …, nói". */
  private opening(sentenceStart: number, pos: number): Mention | null | undefined {
    const described = this.described(this.text.slice(sentenceStart, pos), sentenceStart);
    if (described !== undefined) return described;
    const first = this.within(sentenceStart, pos)[0];
    if (!first) return undefined;
    const lead = this.text.slice(sentenceStart, first.start);
    if (OPENING_LEAD.test(lead) && !/^(?:Theo|theo) /u.test(lead)) return this.resolve(first);
    return undefined;
  }
}
