import type { AnalyzeOptions, Analysis, CalendarDate, Doc, LanguageGuess, Paragraph } from './types';
import { buildDocument } from './document';
import { guessLanguage } from './language/detect';
import { findDates } from './dates/index';
import { findEntities } from './entities/index';
import { findQuotes } from './quotes/index';
import { findEvents } from './events/index';
import { parseReferenceDate } from './validate';

/**
 * The stages in order. Each reads the document and what the stages before it found:
 * document (paragraphs, sentences, offsets) → language → dates → entities → quotes → events.
 */
export function runPipeline(raw: string, options: AnalyzeOptions = {}): Analysis {
  const explicit = parseReferenceDate(options.referenceDate);
  const doc = buildDocument(raw);
  const language = guessLanguage(bodyText(doc));
  const reference = explicit ?? fromIso(doc.publishedAt);
  // The extractors read Vietnamese: on text reliably in another language they would only guess
  const vietnamese = isVietnamese(language);
  const dates = vietnamese ? findDates(doc, reference) : [];
  const entities = vietnamese ? findEntities(doc) : [];
  const quotes = vietnamese ? findQuotes(doc, entities) : [];
  const events = vietnamese ? findEvents(doc, { entities, dates, quotes, reference }) : [];
  return {
    language,
    metadata: { publishedAt: doc.publishedAt },
    paragraphs: publicParagraphs(doc),
    entities,
    dates,
    quotes,
    events,
  };
}

/** Vietnamese, or too little text to tell otherwise. */
export function isVietnamese(language: LanguageGuess): boolean {
  return language.code === 'vie' || language.code === 'und' || !language.reliable;
}

/** Whether the extractors should read this document (see {@link isVietnamese}). */
export function readsAsVietnamese(doc: Doc): boolean {
  return isVietnamese(guessLanguage(bodyText(doc)));
}

/** The reference day for relative dates: the caller's, else the document's own. */
export function referenceFor(doc: Doc, options: AnalyzeOptions = {}): CalendarDate | null {
  return parseReferenceDate(options.referenceDate) ?? fromIso(doc.publishedAt);
}

export function publicParagraphs(doc: Doc): Paragraph[] {
  return doc.paragraphs.map((p) => {
    const { start, end, text } = doc.span(p.start, p.end);
    const content = doc.text.slice(p.start, p.end);
    const paragraph: Paragraph = { start, end, text, index: p.index, kind: p.kind, content };
    // a paragraph's opening tells its language: Vietnamese-only letters show up within a line
    if (content.length >= 30) paragraph.language = guessLanguage(content.length > 120 ? content.slice(0, 120) : content).code;
    return paragraph;
  });
}

/** The running text: body paragraphs (headings when there are none), never site furniture. */
function bodyText(doc: Doc): string {
  const body = doc.paragraphs.filter((p) => p.kind === 'body' || p.kind === 'heading');
  const chosen = body.length > 0 ? body : doc.paragraphs;
  // the detector reads a bounded sample: a few thousand characters are as good as the whole article
  const parts: string[] = [];
  let size = 0;
  for (const p of chosen) {
    if (size > 5000) break;
    parts.push(doc.text.slice(p.start, p.end));
    size += p.end - p.start;
  }
  return parts.join('\n');
}

function fromIso(iso: string | null): CalendarDate | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
