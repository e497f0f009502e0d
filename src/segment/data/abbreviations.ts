/**
 * Words that end in a full stop without ending a sentence, as written in Vietnamese news:
 * academic and civil titles (TS., ThS., PGS., GS., BS.), place prefixes (TP., Q., P.), English
 * honorifics kept in quotes of foreign names (Mr., Dr., St.) and Latin shorthands. Compared
 * case-sensitively against the word before the stop.
 */
export const ABBREVIATIONS: readonly string[] = [
  'TP', 'Tp', 'TS', 'ThS', 'PGS', 'GS', 'BS', 'KS', 'CN', 'NSƯT', 'NSND', 'TT', 'Q', 'P', 'H', 'X', 'Th',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Co', 'Ltd', 'Corp', 'vs', 'etc', 'v.v', 'tr', 'Tr', 'No', 'Vol',
  'U.S', 'U.K', 'U.N', 'Gen', 'Col', 'Lt', 'Sen', 'Rep', 'Gov', 'Pres',
];
