/**
 * Whether a word is one Vietnamese syllable (onset, one vowel cluster, coda). Foreign names
 * ("Biden", "Trump", "Reuters") are not; Sino-Vietnamese ones ("Tập", "Cận", "Bình") are.
 */
const V = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
// Samples: "tập", "nguyễn", "khiết", "quốc", "giang"; not "biden", "trump", "xinbo".
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[${V}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');

// Answers by word, kept small: the vocabulary of capitalised words is what gets asked about.
const memo = new Map<string, boolean>();

export function isVietSyllable(word: string): boolean {
  let v = memo.get(word);
  if (v === undefined) {
    v = SYLLABLE.test(word.toLowerCase());
    if (memo.size > 50_000) memo.clear();
    memo.set(word, v);
  }
  return v;
}

/** Every word of the name is a Vietnamese syllable: a Vietnamese or Sino-Vietnamese name. */
export function isVietName(words: readonly string[]): boolean {
  return words.every(isVietSyllable);
}
