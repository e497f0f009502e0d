import type { Doc, Entity } from '../types';
import { tokenize } from './01-tokens';
import { scan } from './06-scan';
import type { Candidate } from './05-candidates';
import { groupCandidates, longest, mergeAliases, mergeCompanies, resolveDeferred, retype, type Group } from './08-merge';

/**
 * Every named person, place, organisation and MISC name of the document, aliases merged:
 * capitalised runs → candidates typed by gazetteer, head words and context → groups → entities.
 */
export function findEntities(doc: Doc): Entity[] {
  const cands: Candidate[] = [];
  // Names never cross a paragraph: each is tokenized and scanned on its own.
  for (let p = 0; p < doc.paragraphs.length; p++) scan(doc.text, tokenize(doc, p), cands);
  const groups = mergeCompanies(mergeAliases(groupCandidates(cands.filter((c) => !c.deferred))));
  resolveDeferred(groups, cands.filter((c) => c.deferred));
  groups.forEach(retype);
  return toEntities(doc, groups);
}

function toEntities(doc: Doc, groups: Group[]): Entity[] {
  const built = groups.map((g) => {
    const cands = [...g.cands].sort((a, b) => a.start - b.start);
    const entity: Entity = {
      id: '',
      type: g.type,
      name: longest(g).text,
      aliases: [...new Set(cands.map((c) => c.text))],
      titles: [...new Set(cands.flatMap((c) => (c.title ? [c.title] : [])))],
      mentions: cands.map((c) => doc.span(c.start, c.end)),
    };
    if (g.gaz?.wikidata) entity.wikidata = g.gaz.wikidata;
    return { entity, first: cands[0].start };
  });
  built.sort((a, b) => a.first - b.first);
  return built.map(({ entity }, k) => ({ ...entity, id: `e${k + 1}` }));
}
