import type { CalendarDate, DateMention, Entity, Quote } from '../types';

/** What the stages before this one found. Spans are of the caller's input (`doc.raw`). */
export interface EventInputs {
  entities: readonly Entity[];
  dates: readonly DateMention[];
  quotes: readonly Quote[];
  reference: CalendarDate | null;
}
