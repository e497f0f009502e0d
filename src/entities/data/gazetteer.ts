import type { GazetteerEntry } from './types';

/**
 * The gazetteer: every entry vinews knows in advance. Assembled from the tables beside this file
 * (places, organisations, people); a placeholder until those tables land.
 */
export const GAZETTEER: readonly GazetteerEntry[] = [
  { name: 'Hoa Kỳ', type: 'LOCATION', kind: 'country', aliases: ['Mỹ'], wikidata: 'Q30' },
  { name: 'Trung Quốc', type: 'LOCATION', kind: 'country', wikidata: 'Q148' },
];
