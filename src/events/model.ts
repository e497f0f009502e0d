/** Internal shapes of the events stage. Offsets are ranges of `Doc.text`, not of the caller's input. */
import type { DateMention, Entity, EventStatus, EventType, MeetingMode, ParagraphKind, Quote, Range } from '../types';

/** An entity mention placed in the normalised text. */
export interface Mention extends Range {
  entity: Entity;
  /** Whether it names an actor (not a place after "tại", a modifier...): read once, when first asked. */
  actor?: boolean;
}

/** A date mention placed in the normalised text. */
export interface DateRef extends Range {
  mention: DateMention;
}

/** A quote placed in the normalised text. */
export interface QuoteRef extends Range {
  quote: Quote;
}

export interface Sentence extends Range {
  /** Position in the document's sentence list. */
  index: number;
  paragraph: number;
  kind: ParagraphKind;
  text: string;
  mentions: Mention[];
  dates: DateRef[];
  /** Stretches inside quotation marks. */
  quoted: Range[];
  /** The sentence cut at punctuation, subordinators and speech verbs. */
  clauses: Range[];
}

/** One statement of an event, before statements of the same event are merged. */
export interface Candidate {
  type: EventType;
  mode?: MeetingMode;
  cameo: string;
  /** The trigger rule that made it. */
  rule: string;
  trigger: Range;
  sentence: Sentence;
  clause: Range;
  participants: Entity[];
  date: DateRef | null;
  location: Entity | null;
  status: EventStatus;
  /** Participants came from "hai nhà lãnh đạo", "họ"... rather than names. */
  inferred: boolean;
}

