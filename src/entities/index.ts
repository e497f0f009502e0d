import type { Doc, Entity } from '../types';
import { Spellings, Tokenizer } from './01-tokens';
import { scan } from './06-scan';
import { WORD_BITS } from './04-lexicon-sets';
import type { Candidate } from './05-candidates';
import type { Shape } from './07-type';
import { groupCandidates, longest, mergeAbbreviations, mergeAdminBodies, mergeAliases, mergeCompanies, resolveDeferred, retype, type Group } from './08-merge';

/**
 * Every named person, place, organisation and MISC name of the document, aliases merged:
 * capitalised runs → candidates typed by gazetteer, head words and context → groups → entities.
 */
export function findEntities(doc: Doc): Entity[] {
  const cands: Candidate[] = [];
  const tokenizer = new Tokenizer(doc, WORD_BITS);
  // Names never cross a paragraph: each is tokenized and scanned on its own.
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const from = cands.length;
    scan(doc.text, tokenizer.tokenize(p), cands);
    const byline = bylineName(doc, p);
    if (byline) cands.splice(from, cands.length - from, byline, ...cands.slice(from).filter((c) => c.start >= byline.end));
  }
  // One string per spelling: the maps below then compare names by reference, not letter by letter.
  const spellings = new Spellings();
  for (const c of cands) c.text = spellings.get(doc.text, c.start, c.end);
  const shapes = new Map<string, Shape>();
  const groups = mergeAdminBodies(mergeAbbreviations(mergeCompanies(mergeAliases(groupCandidates(cands.filter((c) => !c.deferred), shapes))), doc.text));
  resolveDeferred(groups, cands.filter((c) => c.deferred));
  for (const g of groups) retype(g, shapes);
  return toEntities(doc, groups);
}

// "Vũ Hoàng", "Hoài Thu (Theo AFP, Reuters)", "Minh Anh - Theo AP": the writer's name opens a closing byline.
const BYLINE = /^(?:\p{Lu}[\p{Ll}.]*\s){1,3}\p{Lu}[\p{Ll}]*(?=\s*(?:$|[(-]))/u;

/** The author of a byline (the article's last paragraph, metadata): a person whatever the words look like. */
function bylineName(doc: Doc, p: number): Candidate | null {
  const para = doc.paragraphs[p];
  if (para.kind !== 'metadata' || p !== doc.paragraphs.length - 1) return null;
  const m = BYLINE.exec(doc.text.slice(para.start, para.end));
  if (!m) return null;
  const words = m[0].split(' ');
  return { start: para.start, end: para.start + m[0].length, text: m[0], words, type: 'PERSON', source: 'cue', gaz: undefined, title: undefined, deferred: false, initial: false, shape: null };
}

function toEntities(doc: Doc, groups: Group[]): Entity[] {
  const built = groups.map((g) => {
    const cands = inOrder(g.cands) ? g.cands : [...g.cands].sort((a, b) => a.start - b.start);
    const aliases = new Set<string>();
    const titles = new Set<string>();
    const mentions = [];
    for (const c of cands) {
      aliases.add(c.text);
      if (c.title) titles.add(c.title);
      mentions.push(doc.span(c.start, c.end));
    }
    const entity: Entity = { id: '', type: g.type, name: longest(g).text, aliases: [...aliases], titles: [...titles], mentions };
    if (g.gaz?.wikidata) entity.wikidata = g.gaz.wikidata;
    return { entity, first: cands[0].start };
  });
  built.sort((a, b) => a.first - b.first);
  const out: Entity[] = new Array(built.length);
  for (let k = 0; k < built.length; k++) {
    out[k] = built[k].entity;
    out[k].id = `e${k + 1}`;
  }
  return out;
}

function inOrder(cands: readonly Candidate[]): boolean {
  for (let k = 1; k < cands.length; k++) if (cands[k].start < cands[k - 1].start) return false;
  return true;
}
