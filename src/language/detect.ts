import { francAll } from 'franc-min';
import type { LanguageGuess } from '../types';
import { NEWS_LANGUAGES, VIETNAMESE_ONLY } from './data';

export interface DetectOptions {
  /** ISO 639-3 codes to choose from. */
  only?: string[];
}

/** franc sees at most this much: its cost grows with length and a few hundred letters decide. */
const SAMPLE = 1200;
const LETTER = /\p{L}/gu;

const UNDETERMINED: LanguageGuess = { code: 'und', confidence: 0, reliable: false, alternatives: [] };

/**
 * The language of `text`. Vietnamese-only letters give a fast, certain answer; scripts
 * (Han, Hangul, kana, Cyrillic, Thai) decide the rest where they dominate; franc
 * (trigram models) decides among Latin-script languages on a bounded sample.
 */
export function guessLanguage(text: string, options: DetectOptions = {}): LanguageGuess {
  const candidates = options.only && options.only.length > 0 ? options.only : NEWS_LANGUAGES;
  const sample = text.length > SAMPLE * 4 ? text.slice(0, SAMPLE * 4) : text;
  const letters = (sample.match(LETTER) ?? []).length;
  if (letters === 0) return { ...UNDETERMINED, alternatives: [] };
  const byLetters = vietnameseByLetters(sample, letters, candidates);
  if (byLetters) return byLetters;
  const byScript = guessByScript(sample, letters, candidates);
  if (byScript) return byScript;
  return guessWithFranc(sample.slice(0, SAMPLE), letters, candidates);
}

function vietnameseByLetters(sample: string, letters: number, candidates: readonly string[]): LanguageGuess | null {
  if (!candidates.includes('vie')) return null;
  const marked = (sample.match(VIETNAMESE_ONLY) ?? []).length;
  // about one letter in eight is one of these in Vietnamese prose; foreign prose has none
  const share = marked / letters;
  if (marked < 2 || share < 0.02) return null;
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
  if (!best || best[0] === 'und') return { ...UNDETERMINED, alternatives: [] };
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
