/**
 * Languages vinews expects in Vietnamese news and the languages it quotes (ISO 639-3, as franc
 * names them): Vietnamese, English, Chinese, French, Russian, Korean, Japanese, German, Spanish,
 * plus Indonesian/Malay and Thai that regional news carries. The default candidate list.
 */
export const NEWS_LANGUAGES: readonly string[] = ['vie', 'eng', 'cmn', 'fra', 'rus', 'kor', 'jpn', 'deu', 'spa', 'ind', 'tha'];

