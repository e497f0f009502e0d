/**
 * The events stage: meetings (with their mode), visits, agreements and announcements between
 * named actors, each told once with participants, date, place, status, topics and evidence.
 * Steps, in order: 01-context → 02-triggers → 03-participants → 04-when-where → 05-status →
 * 06-merge, put together by `assemble`.
 */
import type { Doc, NewsEvent } from '../types';
import { buildContext } from './01-context';
import { assemble } from './assemble';
import type { EventInputs } from './inputs';

export type { EventInputs } from './inputs';

/**
 * The news events the document reports.
 *
 * @example
 * findEvents(doc, { entities, dates, quotes, reference: { year: 2025, month: 11, day: 25 } })
 * // [{ type: 'meeting', mode: 'phone', participants: [{ name: 'Donald Trump', ... }, ...], ... }]
 */
export function findEvents(doc: Doc, inputs: EventInputs): NewsEvent[] {
  if (doc.text.trim() === '') return [];
  return assemble(buildContext(doc, inputs));
}
