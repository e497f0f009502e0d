import type { CalendarDate, DateMention, Doc } from '../types';

/** Every temporal expression of the document, valued against `reference` (TIMEX3). */
export function findDates(doc: Doc, reference: CalendarDate | null): DateMention[] {
  void doc;
  void reference;
  return [];
}
