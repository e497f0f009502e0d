import type { EntityType } from '../types';
import { PhraseSet } from './00-phrases';
import { BIT } from './01-tokens';
import { GAZ_FIRST_WORDS } from './03-gazetteer-index';
import { EAST_ASIAN_SURNAMES, HONORIFICS, TITLES } from './data/lexicon-people';
import { DOCUMENT_WORDS, FIELD_WORDS, GENERIC_HEADS, NAME_PARTICLES, MISC_HEADS, MISC_TAILS, NAME_PREFIXES, ORG_HEADS, ORG_TAILS, PLACE_HEADS, ROAD_CODE_PREFIXES, ROUTE_HEADS, STANDALONE_ORGS, VERB_FIELDS } from './data/lexicon-names';
import { COMMON_COMPOUNDS, CONNECTORS, CUE_QUALIFIERS, CUES, FUNCTION_WORDS, NOT_NAMES, ROLE_ENDS, STOP_WORDS, WEAK_CUES } from './data/lexicon-context';

/** The word lists as lookup structures, built once at module load. */
export const TITLE = PhraseSet.of(TITLES, true);
export const HONORIFIC = PhraseSet.of(HONORIFICS, true);
export const HEAD = new PhraseSet<EntityType>(
  [
    ...ORG_HEADS.map((h): [string, EntityType] => [h, 'ORGANIZATION']), ...MISC_HEADS.map((h): [string, EntityType] => [h, 'MISC']),
    ...PLACE_HEADS.map((h): [string, EntityType] => [h, 'LOCATION']),
  ],
  false,
);
/** Road heads a route number may follow ("Quốc lộ 14B"). */
export const ROUTE_HEAD = new Set(ROUTE_HEADS);
/** "QL1A", "ĐT609": a road code (asked of one-word names with a digit only). */
export const ROAD_CODE = new RegExp(`^(?:${ROAD_CODE_PREFIXES.join('|')})\\d{1,4}[A-Z]?$`, 'u');
export const GENERIC_HEAD = new Set(GENERIC_HEADS);
export const DOC_WORD = PhraseSet.of(DOCUMENT_WORDS, false);
export const CUE_QUALIFIER = PhraseSet.of(CUE_QUALIFIERS, false);
export const ROLE_END = new Set(ROLE_ENDS);
export const STANDALONE = new Set(STANDALONE_ORGS);
export const NOT_NAME = PhraseSet.of(NOT_NAMES, false);
/** Standalone names that take at most a place after them. */
export const COMPLETE = new Set(STANDALONE_ORGS.filter((h) => h !== 'Đảng' && h !== 'Thành ủy' && h !== 'Thành uỷ'));
export const PREFIX = new PhraseSet<EntityType>(NAME_PREFIXES.map((p): [string, EntityType] => [p.words, p.type]), false);
export const CUE = new PhraseSet<EntityType>(CUES.map((c): [string, EntityType] => [c.words, c.type]), false);
export const CUE_FOLDED = new PhraseSet<EntityType>(CUES.map((c): [string, EntityType] => [c.words, c.type]), true);
export { WEAK_CUES };
export const FUNCTION = new Set(FUNCTION_WORDS);
export const STOP = new Set(STOP_WORDS);
export const CONNECTOR = new Set(CONNECTORS);
export const ORG_TAIL = new Set(ORG_TAILS);
export const MISC_TAIL = new Set(MISC_TAILS);
export const SURNAME = new Set(EAST_ASIAN_SURNAMES);
export const COMMON_COMPOUND = new Set(COMMON_COMPOUNDS);
/** Field words of bodies' names ('môi trường', 'công nghiệp nặng'), lower case. */
export const FIELD_WORD = new Set(FIELD_WORDS);
/** Field words that are verbs too: never a name's lower-case continuation. */
export const VERB_FIELD = new Set(VERB_FIELDS);
export const NAME_PARTICLE = new Set(NAME_PARTICLES);

/** Titles that may take a portfolio ("Bộ trưởng Quốc phòng"), and the portfolios' first syllables. */
export const TAKES_PORTFOLIO = new Set(['bộ trưởng', 'thứ trưởng', 'cố vấn', 'trưởng ban', 'đại diện', 'cựu bộ trưởng', 'phó thủ tướng', 'ủy viên', 'vụ trưởng', 'cục trưởng', 'phó vụ trưởng', 'phó cục trưởng', 'viện trưởng']);
export const PORTFOLIO_START = new Set([
  'Quốc', 'Ngoại', 'Thương', 'Tài', 'Tư', 'Nội', 'Công', 'Y', 'Giáo', 'Năng', 'Kinh', 'Xây', 'Giao', 'Nông', 'Lao', 'Văn',
  'Thông', 'Khoa', 'Kế', 'An', 'Hải', 'Tổng', 'Quân', 'Môi', 'Du', 'Thể', 'Ngân', 'Tuyên', 'Dân', 'Nội', 'Đối',
]);

/**
 * Lower-case words that may start a title, honorific, cue, prefix or non-name (and "và", which carries
 * an honorific over): any other lower-case word is skipped by the scan at once.
 */
export const STARTERS = new Set(['và', ...[TITLE, HONORIFIC, PREFIX, CUE, NOT_NAME].flatMap((s) => s.firstWords())]);

TITLE.bit = BIT.TITLE;
HONORIFIC.bit = BIT.HONORIFIC;
HEAD.bit = BIT.HEAD;
NOT_NAME.bit = BIT.NOT_NAME;
PREFIX.bit = BIT.PREFIX;
CUE.bit = BIT.CUE;
CUE_FOLDED.bit = BIT.CUE_FOLDED;

/** Word → the lists it starts a phrase of (Token.mask), derived from the static lists at load. */
export const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(GAZ_FIRST_WORDS, BIT.GAZ);
  for (const set of [TITLE, HONORIFIC, HEAD, NOT_NAME, PREFIX, CUE, CUE_FOLDED]) add(set.firstKeys(), set.bit);
  add(FUNCTION, BIT.FUNCTION);
  add(STOP, BIT.STOP);
  add(CONNECTOR, BIT.CONNECTOR);
  add(STARTERS, BIT.STARTER);
  return bits;
})();
