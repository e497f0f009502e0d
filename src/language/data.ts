/**
 * Languages vinews expects in Vietnamese news and the languages it quotes (ISO 639-3, as franc
 * names them): Vietnamese, English, Chinese, French, Russian, Korean, Japanese, German, Spanish,
 * plus Indonesian/Malay and Thai that regional news carries. The default candidate list.
 */
export const NEWS_LANGUAGES: readonly string[] = ['vie', 'eng', 'cmn', 'fra', 'rus', 'kor', 'jpn', 'deu', 'spa', 'ind', 'tha'];

/**
 * Letters written only in Vietnamese among the languages above: ơ ư đ and the vowels carrying
 * the dot below (nặng) or the hook above (hỏi) — Unicode's Vietnamese extension block U+1EA0–U+1EF9
 * plus ơ ư đ. Their presence is close to proof.
 */
export const VIETNAMESE_ONLY = /[ơƠưƯđĐ\u1EA0-\u1EF9]/gu;
