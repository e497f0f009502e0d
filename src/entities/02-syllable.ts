/**
 * Whether a word is one Vietnamese syllable (onset, one vowel cluster, coda). Foreign names
 * ("Biden", "Trump", "Reuters") are not; Sino-Vietnamese ones ("Tập", "Cận", "Bình") are.
 */
const V = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
// Samples: "tập", "nguyễn", "khiết", "quốc", "giang"; not "biden", "trump", "xinbo".
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[${V}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');

export function isVietSyllable(word: string): boolean {
  return SYLLABLE.test(word.toLowerCase());
}

/** Every word of the name is a Vietnamese syllable: a Vietnamese or Sino-Vietnamese name. */
export function isVietName(words: readonly string[]): boolean {
  return words.every(isVietSyllable);
}
