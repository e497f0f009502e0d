/**
 * Whether a word is one Vietnamese syllable (onset, one vowel cluster, coda). Foreign names
 * ("Biden", "Trump", "Reuters") are not; Sino-Vietnamese ones ("Tập", "Cận", "Bình") are.
 * Samples: "tập", "nguyễn", "khiết", "quốc", "giang"; not "biden", "trump", "xinbo".
 * Checked in code over char codes (no regex, no lower-casing, no cache): it is asked about every capital.
 */
const V = 'aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu', ...'bcdđghklmnpqrstvx', ''];
const CODAS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''];

// LOW: a char code → its lower-case code when that is a letter of a syllable, else 0 (built once at load).
const LOW = new Uint16Array(65536);
const VOWEL = new Uint8Array(65536);
{
  const letters = new Set([...V, ...ONSETS.join(''), ...CODAS.join('')].map((ch) => ch.charCodeAt(0)));
  for (const c of letters) VOWEL[c] = V.includes(String.fromCharCode(c)) ? 1 : 0;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const l = String.fromCharCode(c).toLowerCase();
    if (l.length === 1 && letters.has(l.charCodeAt(0))) LOW[c] = l.charCodeAt(0);
  }
}
const codes = (list: string[]): number[][] => list.map((s) => [...s].map((ch) => ch.charCodeAt(0)));
const ONSET_CODES = codes(ONSETS);
const CODA_CODES = codes(CODAS);

function at(word: string, k: number, part: number[]): boolean {
  for (let m = 0; m < part.length; m++) if (LOW[word.charCodeAt(k + m)] !== part[m]) return false;
  return true;
}

export function isVietSyllable(word: string): boolean {
  const n = word.length;
  if (n === 0 || n > 8) return false;
  for (let k = 0; k < n; k++) if (LOW[word.charCodeAt(k)] === 0) return false;
  for (const onset of ONSET_CODES) {
    if (onset.length >= n || !at(word, 0, onset)) continue;
    for (const coda of CODA_CODES) {
      const mid = n - onset.length - coda.length;
      if (mid < 1 || mid > 3 || !at(word, n - coda.length, coda)) continue;
      let ok = true;
      for (let k = onset.length; k < onset.length + mid && ok; k++) ok = VOWEL[LOW[word.charCodeAt(k)]] === 1;
      if (ok) return true;
    }
  }
  return false;
}

/** Every word of the name is a Vietnamese syllable: a Vietnamese or Sino-Vietnamese name. */
export function isVietName(words: readonly string[]): boolean {
  return words.every(isVietSyllable);
}
