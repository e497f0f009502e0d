import type { CalendarDate, DateMention, Doc, Entity, NewsEvent, Quote } from '../types';

export interface EventInputs {
  entities: readonly Entity[];
  dates: readonly DateMention[];
  quotes: readonly Quote[];
  reference: CalendarDate | null;
}

/** The news events the document reports: meetings, visits, agreements, announcements. */
export function findEvents(doc: Doc, inputs: EventInputs): NewsEvent[] {
  void doc;
  void inputs;
  return [];
}
