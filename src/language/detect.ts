import { francAll } from 'franc-min';
import type { LanguageGuess } from '../types';
import { NEWS_LANGUAGES } from './data';

export interface DetectOptions {
  /** ISO 639-3 codes to choose from. */
  only?: string[];
}

/** franc sees at most this much: its cost grows with length and a few hundred letters decide. */
const SAMPLE = 1200;
const LETTER = /\p{L}/u;

const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0, reliable: false, alternatives: [] };

/**
 * The language of `text`. Vietnamese-only letters give a fast, certain answer; scripts
 * (Han, Hangul, kana, Cyrillic, Thai) decide the rest where they dominate; franc
 * (trigram models) decides among Latin-script languages on a bounded sample.
 */
export function guessLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  const candidates = options.only && options.only.length > 0 ? options.only : NEWS_LANGUAGES;
  const sample = text.length > SAMPLE * 4 ? text.slice(0, SAMPLE * 4) : text;
  const letters = countLetters(sample);
  if (letters === 0) return { ...UNDETERMINED, alternatives: [] };
  const byLetters = vietnameseByLetters(sample, letters, candidates);
  if (byLetters) return byLetters;
  const byScript = guessByScript(sample, letters, candidates);
  if (byScript) return byScript;
  return guessWithFranc(sample.slice(0, SAMPLE), letters, candidates);
}

function vietnameseByLetters(sample: string, letters: number, candidates: readonly string[]): LanguageGuess | null {
  if (!candidates.includes('vie')) return null;
  const marked = countVietnameseOnly(sample);
  // about one letter in eight is one of these in Vietnamese prose; foreign prose has none
  const share = marked / letters;
  // two such letters decide; in a short phrase ("Hà Nội") one does
  if ((marked < 2 && !(marked === 1 && letters < 20)) || share < 0.02) return null;
  const confidence = round(Math.min(1, 0.6 + share * 3) * lengthFactor(letters));
  return { code: 'vie', confidence, reliable: letters >= 20 && confidence >= 0.5, alternatives: [{ code: 'vie', score: 1 }] };
}

const SCRIPTS: { code: string; re: RegExp }[] = [
  { code: 'kor', re: /\p{Script=Hangul}/gu },
  { code: 'jpn', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { code: 'cmn', re: /\p{Script=Han}/gu },
  { code: 'tha', re: /\p{Script=Thai}/gu },
];

function guessByScript(sample: string, letters: number, candidates: readonly string[]): LanguageGuess | null {
  for (const { code, re } of SCRIPTS) {
    if (!candidates.includes(code)) continue;
    const n = (sample.match(re) ?? []).length;
    // Japanese mixes kanji with kana: a little kana is enough to say Japanese rather than Chinese
    const needed = code === 'jpn' ? 0.1 : 0.5;
    if (n / letters >= needed) {
      const confidence = round(Math.min(1, n / letters + 0.3) * lengthFactor(letters * 3));
      return { code, confidence, reliable: confidence >= 0.5, alternatives: [{ code, score: 1 }] };
    }
  }
  return null;
}

function guessWithFranc(sample: string, letters: number, candidates: readonly string[]): LanguageGuess {
  const scores = francAll(sample, { only: [...candidates], minLength: 3 });
  const [best, second] = scores;
  // franc ranks by distance: when every candidate is as far as can be, it knows nothing
  if (!best || best[0] === 'und' || (second && best[1] === second[1] && best[1] === 0)) return { ...UNDETERMINED, alternatives: [] };
  const margin = second ? 1 - second[1] : 1;
  const confidence = round(Math.min(1, 0.4 + margin * 3) * lengthFactor(letters));
  return {
    code: best[0],
    confidence,
    reliable: letters >= 30 && confidence >= 0.5,
    alternatives: scores.slice(0, 5).map(([code, score]) => ({ code, score: round(score) })),
  };
}

/** Short text can't be trusted, whatever the scores say. */
function lengthFactor(letters: number): number {
  return Math.min(1, 0.3 + letters / 60);
}

/** Letters, counted with a char loop: this runs on every paragraph, a regex match would allocate. */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c | 32) >= 97 && (c | 32) <= 122) n++;
    } else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)) {
      if (c >= 0x300 && c <= 0x36f) continue; // combining marks belong to the letter before
      n++;
    } else if (c >= 128 && c < 0xc0 && LETTER.test(s[i])) n++;
  }
  return n;
}

/**
 * Letters written only in Vietnamese among the candidate languages: ơ ư đ and the vowels with the
 * dot below or the hook above (Unicode's Vietnamese block U+1EA0–U+1EF9). Their presence is close to proof.
 */
function countVietnameseOnly(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af || c === 0x111 || c === 0x110) n++;
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
