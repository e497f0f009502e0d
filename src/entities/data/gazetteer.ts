import { MISC } from './misc';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';
import type { GazetteerEntry } from './types';

/**
 * The gazetteer: every entry vinews knows in advance, assembled from the tables beside this file
 * (places, organisations, people, MISC names). Sources and conventions are described at the top
 * of each table. Order is places, organisations, people, MISC.
 */
export const GAZETTEER: readonly GazetteerEntry[] = [...PLACES, ...ORGANIZATIONS, ...PEOPLE, ...MISC];
