import type { DateKind } from '../types';
import type { DigitStart } from './scan';

/** A TIMEX3 period code: season, quarter or half ('SU', 'Q3', 'H1'). */
export type PeriodCode = string;

/** What an expression says, before it is valued against the reference date. */
export interface Components {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** MO, AF, EV, NI (part of day, no clock). */
  part?: string;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday?: number;
  /** Season, quarter or half of the year. */
  period?: PeriodCode;
  /** Offsets from the reference ('năm ngoái' → year -1). */
  yearOffset?: number;
  monthOffset?: number;
  weekOffset?: number;
  dayOffset?: number;
  /** 'thập kỷ này': the decade of the (offset) year. */
  decade?: boolean;
  /** Valued at the day the text last talked about ('buổi sáng', a bare clock). */
  anchored?: boolean;
  /** Days after that day ('ngày hôm sau' → 1). */
  anchorOffset?: number;
  /** 'cùng kỳ năm ngoái': the period last named, in another year. */
  samePeriod?: boolean;
  /** A ready-made value (durations, sets, timestamps at the reference day: '@ref'). */
  value?: string;
}

/** One parser or refiner result, a range of `Doc.text`. */
export interface Parsed {
  start: number;
  end: number;
  kind: DateKind;
  rule: string;
  c: Components;
  /** Needed the reference date or the context. */
  relative?: boolean;
  /** Only a part ('sáng', lowercase 'thứ hai'): kept only when a refiner merges it with a date. */
  fragment?: boolean;
  /** A range of fragments may borrow month/year ('ngày 19' in 'từ ngày 19 đến 22/8'). */
  dayOnly?: boolean;
  /** Tense: -1 past, 1 future, 0 none; ±2 when a cue is bound to the date ("hồi 10/6"), ±1 when the sentence leans. */
  tense?: number;
}

/** What a parser sees. */
export interface ParseContext {
  text: string;
}

/** A parser: one pattern family (chrono style); `extract` returns null to reject a match. */
export interface Parser {
  name: string;
  /** The words a match can start with, lower case ('#': a number); the scan runs the pattern only there. */
  starts: readonly string[];
  /** With '#' in `starts`: how many digits a match starts with and what follows them (scan.ts). */
  digits?: DigitStart;
  pattern: RegExp;
  extract(ctx: ParseContext, match: RegExpExecArray): Parsed | Parsed[] | null;
}

/** A refiner: reads all results and returns the improved list. */
export interface RefineContext {
  text: string;
  sentences: { start: number; end: number }[];
  reference: { year: number; month: number; day: number } | null;
  /** Tense cues found by the parse scan (else the tense refiner finds them). */
  cues?: TenseCue[];
}
/** 'sẽ' (1) or 'đã' (-1) at a range of the text. */
export interface TenseCue {
  start: number;
  end: number;
  sign: number;
}
export type Refiner = (results: Parsed[], ctx: RefineContext) => Parsed[];
