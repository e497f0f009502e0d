/**
 * Affiliation: the place or body written right before a person's name ("Chủ tịch Trung Quốc
 * Tập Cận Bình", "Thư ký báo chí Nhà Trắng Jen Psaky") names that person's side. It is not a
 * participant beside the person, and it may stand for the person when statements are merged.
 */
import type { Entity } from '../types';
import type { Context } from './01-context';
import type { Mention, Sentence } from './model';

/** "Chủ tịch Trung Quốc Tập Cận Bình", "Thư ký báo chí Nhà Trắng Jen Psaky": the place names the person's side. */
export function isAffiliation(s: Sentence, m: Mention): boolean {
  if (m.entity.type === 'PERSON') return false;
  const next = s.mentions.find((n) => n.start >= m.end && n !== m);
  if (!next || next.entity.type !== 'PERSON') return false;
  const gap = s.text.slice(m.end - s.start, next.start - s.start);
  return /^\s*(?:,\s*)?(?:(?:bấy giờ là|là)\s+)?(?:(?:ông|bà)\s+)?$/u.test(gap);
}

/** Entities that only name the side of a person already taking part. */
export function dropAffiliated(ctx: Context, entities: Entity[]): Entity[] {
  const persons = entities.filter((e) => e.type === 'PERSON');
  return entities.filter((e) => e.type === 'PERSON' || !persons.some((p) => affiliations(ctx, p).has(e)));
}

const affiliationCache = new WeakMap<Context, Map<Entity, Set<Entity>>>();

/** Places and bodies written right before a person's name anywhere in the article. */
export function affiliations(ctx: Context, person: Entity): Set<Entity> {
  let byPerson = affiliationCache.get(ctx);
  if (!byPerson) {
    byPerson = new Map();
    for (const s of ctx.sentences) {
      for (const m of s.mentions) {
        if (!isAffiliation(s, m)) continue;
        const next = s.mentions.find((n) => n.start >= m.end && n !== m)!;
        if (!byPerson.has(next.entity)) byPerson.set(next.entity, new Set());
        const sides = byPerson.get(next.entity)!;
        sides.add(m.entity);
        for (const place of placesNamedIn(ctx, m.entity)) sides.add(place);
      }
    }
    affiliationCache.set(ctx, byPerson);
  }
  return byPerson.get(person) ?? new Set();
}


/** "thành ủy Hà Nội", "Bộ Ngoại giao Trung Quốc": a body named after its place also stands for that place. */
function placesNamedIn(ctx: Context, body: Entity): Entity[] {
  if (body.type !== 'ORGANIZATION') return [];
  let byBody = placesCache.get(ctx);
  if (!byBody) placesCache.set(ctx, (byBody = new Map()));
  let places = byBody.get(body);
  if (!places) {
    places = ctx.inputs.entities.filter((e) => e.type === 'LOCATION' && e.aliases.some((a) => body.name.endsWith(` ${a}`)));
    byBody.set(body, places);
  }
  return places;
}

// A body is named before many persons: its places are looked up once per context.
const placesCache = new WeakMap<Context, Map<Entity, Entity[]>>();
