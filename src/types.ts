/**
 * The public contract of vinews (see API.md), and the internal shapes the stages share.
 * Every public span points into the caller's input: `input.slice(start, end) === text`.
 */

/** A piece of the caller's input, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface LanguageGuess {
  /** ISO 639-3 ('vie', 'eng', ...), 'und' when undetermined. */
  code: string;
  /** 0..1 */
  confidence: number;
  reliable: boolean;
  alternatives: { code: string; score: number }[];
}

export type ParagraphKind = 'body' | 'heading' | 'caption' | 'metadata' | 'boilerplate';

export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  /** Wrapped lines joined, whitespace collapsed, NFC. */
  content: string;
  /** The paragraph's own language, when it was worth asking (added field). */
  language?: string;
}

export type DateKind = 'date' | 'time' | 'duration' | 'set';

export interface DateMention extends Span {
  kind: DateKind;
  /** TIMEX3 value: '2023-11-15', '2021-11', '2021-W46', '2021-SU', '2021-11-15T20:00', 'PT4H', 'XXXX-11-15' ... */
  value: string;
  /** Depends on the reference date or on context ('năm ngoái', a year-less '15/11'). */
  relative: boolean;
  /** The value has no X. */
  resolved: boolean;
  /** The rule that produced it (added field). */
  rule?: string;
}

export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISC';

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical: the fullest form in the text ('Tập Cận Bình', not 'Tập'). */
  name: string;
  /** Every surface form seen. */
  aliases: string[];
  /** Roles seen with it ('Chủ tịch Trung Quốc'). */
  titles: string[];
  /** The name only, never the title or 'ông'/'bà'. */
  mentions: Span[];
  /** Wikidata QID when the gazetteer knows the entity (added field). */
  wikidata?: string;
}

export type QuoteKind = 'statement' | 'partial' | 'term';

export interface QuoteSpeaker {
  name: string;
  entityId?: string;
  mention?: Span;
}

/** The span is the content, without the quotation marks. */
export interface Quote extends Span {
  kind: QuoteKind;
  speaker: QuoteSpeaker | null;
  /** 'nói', 'cho biết', 'viết', 'nhấn mạnh' ... */
  cue?: Span;
}

export type EventType = 'meeting' | 'visit' | 'agreement' | 'announcement';
export type MeetingMode = 'in_person' | 'phone' | 'video' | 'unknown';
export type EventStatus = 'occurred' | 'planned' | 'reported';

export interface EventParticipant {
  name: string;
  entityId: string;
}

export interface NewsEvent {
  id: string;
  type: EventType;
  /** For meetings. */
  mode?: MeetingMode;
  status: EventStatus;
  /** 'điện đàm', 'gặp', 'hội nghị thượng đỉnh' ... */
  trigger: Span;
  participants: EventParticipant[];
  date: DateMention | null;
  location: EventParticipant | null;
  topics: string[];
  /** The sentence that states it. */
  evidence: Span;
  /** CAMEO event code, for joining with GDELT-style data (added field). */
  cameo?: string;
}

export interface AnalyzeOptions {
  /** ISO date; overrides a date found in the text. */
  referenceDate?: string | Date;
}

export interface Analysis {
  language: LanguageGuess;
  metadata: { publishedAt: string | null };
  paragraphs: Paragraph[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  events: NewsEvent[];
}

// ---------------------------------------------------------------- internal shapes

/** A calendar day, used as the anchor for relative dates. */
export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** A range of `Doc.text` (normalised offsets, not the caller's). */
export interface Range {
  start: number;
  end: number;
}

/** A paragraph inside the normalised document, with its sentences. */
export interface DocParagraph extends Range {
  index: number;
  kind: ParagraphKind;
  sentences: Range[];
}

/**
 * The document every stage reads. `text` is the article as a reader sees it: NFC, wrapped lines
 * joined, whitespace collapsed to single spaces, paragraphs separated by "\n\n".
 * `span()` turns a range of `text` back into a span of the caller's input.
 */
export interface Doc {
  readonly raw: string;
  readonly text: string;
  readonly paragraphs: readonly DocParagraph[];
  /** Publication date from a `date YYYY-MM-DD` header or a dateline, ISO. */
  readonly publishedAt: string | null;
  span(start: number, end: number): Span;
  /** The offset in `text` of an offset of the caller's input (the inverse of `span`). */
  offsetOf(raw: number): number;
}
