/**
 * vinews — Vietnamese news articles to typed data.
 *
 * @example
 * import { analyze } from 'vinews';
 * const { events } = analyze(articleText, { referenceDate: '2023-11-16' });
 */
import type {
  AnalyzeOptions, Analysis, DateMention, Entity, LanguageGuess, NewsEvent, Paragraph, Quote,
} from './types';
import { buildDocument } from './document';
import { guessLanguage } from './language/detect';
import { findDates } from './dates/index';
import { findEntities } from './entities/index';
import { findQuotes } from './quotes/index';
import { publicParagraphs, readsAsVietnamese, referenceFor, runPipeline } from './pipeline';
import { assertOptions, assertText, parseReferenceDate } from './validate';

export type * from './types';

/**
 * The language of a text (ISO 639-3), with a confidence and alternatives.
 *
 * @example
 * detectLanguage('Tổng thống Mỹ gặp Chủ tịch Trung Quốc tại San Francisco.').code // 'vie'
 */
export function detectLanguage(text: string, options?: { only?: string[] }): LanguageGuess {
  assertText(text);
  assertOptions(options);
  return guessLanguage(text, options);
}

/**
 * The paragraphs of an article as a reader saw them: wrapped lines joined, each with its kind.
 *
 * @example
 * splitParagraphs('date 2025-11-25 Ngày 24/11, ...').map((p) => p.kind) // ['metadata', 'body']
 */
export function splitParagraphs(text: string): Paragraph[] {
  assertText(text);
  return publicParagraphs(buildDocument(text));
}

/**
 * Every date, time, duration and set, valued as TIMEX3.
 *
 * @example
 * extractDates('Tối 24/11, hai nhà lãnh đạo điện đàm.', { referenceDate: '2025-11-25' })[0].value
 * // '2025-11-24TEV'
 */
export function extractDates(text: string, options?: { referenceDate?: string | Date }): DateMention[] {
  assertText(text);
  assertOptions(options);
  const doc = buildDocument(text);
  const reference = referenceFor(doc, options);
  return readsAsVietnamese(doc) ? findDates(doc, reference) : [];
}

/**
 * Named people, places, organisations and MISC names, each entity once with all its mentions.
 *
 * @example
 * extractEntities('Ông Tập Cận Bình gặp ông Biden. Ông Tập nói...')[0].aliases // ['Tập Cận Bình', 'Tập']
 */
export function extractEntities(text: string): Entity[] {
  assertText(text);
  const doc = buildDocument(text);
  return readsAsVietnamese(doc) ? findEntities(doc) : [];
}

/**
 * Quoted statements with their kind, speaker and cue verb.
 *
 * @example
 * extractQuotes('“Chúng tôi đã nối lại kênh trao đổi,” ông Biden nói.')[0].speaker?.name // 'Biden'
 */
export function extractQuotes(text: string): Quote[] {
  assertText(text);
  const doc = buildDocument(text);
  return readsAsVietnamese(doc) ? findQuotes(doc, findEntities(doc)) : [];
}

/**
 * The news events an article reports: who met, called, visited or agreed with whom, when and where.
 *
 * @example
 * extractEvents(text, { referenceDate: '2025-11-25' })
 * // [{ type: 'meeting', mode: 'phone', participants: [...], date: { value: '2025-11-24TEV', ... }, ... }]
 */
export function extractEvents(text: string, options?: AnalyzeOptions): NewsEvent[] {
  assertText(text);
  assertOptions(options);
  return runPipeline(text, options).events;
}

/**
 * Everything at once: language, metadata, paragraphs, entities, dates, quotes and events.
 *
 * @example
 * const result = analyze(text, { referenceDate: '2023-11-16' });
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  assertText(text);
  assertOptions(options);
  parseReferenceDate(options?.referenceDate);
  return runPipeline(text, options);
}
