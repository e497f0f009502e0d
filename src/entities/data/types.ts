import type { EntityType } from '../../types';

/** What a gazetteer entry names, finer than its entity type. */
export type GazetteerKind =
  | 'country' | 'territory' | 'city' | 'province' | 'region' | 'landmark'
  | 'organization' | 'government-body' | 'party' | 'company' | 'media'
  | 'person' | 'event' | 'product' | 'misc';

/** One real-world name the library knows in advance. */
export interface GazetteerEntry {
  /** The canonical Vietnamese form ('Hoa Kỳ'), as Vietnamese news writes it. */
  name: string;
  type: EntityType;
  kind: GazetteerKind;
  /** Other surface forms that name the same thing ('Mỹ', 'Hoa Kỳ', 'USA', 'Mĩ'); case-sensitive. */
  aliases?: readonly string[];
  /** Wikidata QID ('Q30'), only when certain. */
  wikidata?: string;
}
