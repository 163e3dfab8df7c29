import { classesAt, LETTER, widthAt } from '../text/chars.js';
import type { ParagraphTexts } from '../opening.js';
import type { LanguageIdentifier } from './identify.js';
import { profile, scoreOf, secondScore } from './profile.js';

/**
 * Decides whether a stretch of text is in the main language, cheapest evidence first: a
 * function-word profile, then franc only where the profile is unsure and the text is long
 * enough (about 50 letters) for franc to beat a coin flip.
 */
export type Verdict = { kind: 'main' } | { kind: 'foreign'; language: string } | { kind: 'unsure' };

const MIN_PROFILE_WORDS = 6;
const MIN_SHARE = 0.12;
const CLEAR_MARGIN = 1.5;
export const MIN_FRANC_LETTERS = 50;

export function classifyByProfile(text: string, mainLanguage: string): Verdict {
  const result = profile(text);
  if (result.words < MIN_PROFILE_WORDS || result.share < MIN_SHARE) return { kind: 'unsure' };
  const mainScore = scoreOf(result, mainLanguage);
  const bestScore = scoreOf(result, result.best);
  if (result.best === mainLanguage) {
    return bestScore >= CLEAR_MARGIN * secondScore(result) ? { kind: 'main' } : { kind: 'unsure' };
  }
  return bestScore >= CLEAR_MARGIN * mainScore ? { kind: 'foreign', language: result.best } : { kind: 'unsure' };
}

export function classify(text: string, mainLanguage: string, identifier: LanguageIdentifier): Verdict {
  const cheap = classifyByProfile(text, mainLanguage);
  if (cheap.kind !== 'unsure' || letterCount(text) < MIN_FRANC_LETTERS) return cheap;
  const language = identifier.identify(text);
  if (language === 'und') return { kind: 'unsure' };
  return language === mainLanguage ? { kind: 'main' } : { kind: 'foreign', language };
}

/** Letters in `text`, counted without building an array of them (this runs on every line of a tail scan). */
export function letterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) count++;
    } else {
      if ((classesAt(text, index) & LETTER) !== 0) count++;
      index += widthAt(text, index) - 1;
    }
  }
  return count;
}

const SAMPLE_LETTERS = 1500;
/**
 * Most articles are settled by a clear profile of their first 500 letters, a third of the
 * sample: on 3,108 texts (the bench corpus and ../shared/corpus), 85% were, and every one as
 * the full sample settles it. The bar is higher than the full sample's.
 */
const EARLY_LETTERS = 500;
const EARLY_MIN_WORDS = 60;
const EARLY_MIN_SHARE = 0.25;
const EARLY_MARGIN = 3;

/**
 * The main language, from the opening paragraphs: no more than about the first half of the
 * text, so a tail (always at the end) cannot outvote a short article. The profile decides a
 * clear case; franc decides the rest once, on the sample.
 */
export function detectMainLanguage(paragraphs: ParagraphTexts, identifier: LanguageIdentifier): string {
  // Letters are counted only as far as the budget needs: past twice the sample, it is the sample.
  const letters: number[] = [];
  let total = 0;
  let counted = 0;
  const countUpTo = (enough: number) => {
    for (let paragraph = paragraphs.at(counted); paragraph !== undefined && total < enough; paragraph = paragraphs.at(++counted)) {
      total += letters[counted] ??= letterCount(paragraph);
    }
  };
  countUpTo(2 * EARLY_LETTERS);
  if (total >= 2 * EARLY_LETTERS) {
    const early = profile(sampleOf(paragraphs, letters, EARLY_LETTERS).text);
    if (early.words >= EARLY_MIN_WORDS && early.share >= EARLY_MIN_SHARE && scoreOf(early, early.best) >= EARLY_MARGIN * secondScore(early)) return early.best;
  }
  countUpTo(2 * SAMPLE_LETTERS);
  const opening = sampleOf(paragraphs, letters, Math.min(SAMPLE_LETTERS, total / 2));
  const sample = opening.letters < MIN_FRANC_LETTERS ? allOf(paragraphs).join('\n') : opening.text;
  const cheap = profile(sample);
  // Even a short text is decided by a clear profile: franc is a coin flip below ~50 letters and
  // shaky below a few hundred (a 15-word English note came out French).
  if (cheap.words >= 8 && cheap.share >= 0.2 && scoreOf(cheap, cheap.best) >= 2 * secondScore(cheap)) return cheap.best;
  if (letterCount(sample) < MIN_FRANC_LETTERS) return 'und';
  return identifier.identify(sample);
}

/** The opening paragraphs of some length, up to `budget` letters; paragraphs under 40 letters are skipped where there are others. */
function sampleOf(paragraphs: ParagraphTexts, letters: number[], budget: number): { text: string; letters: number } {
  // Joined, not concatenated: a flat string, which the profile's scan reads several times faster.
  const parts: string[] = [];
  let sampleLetters = 0;
  const several = paragraphs.at(1) !== undefined;
  for (let index = 0, paragraph = paragraphs.at(0); paragraph !== undefined; paragraph = paragraphs.at(++index)) {
    const count = (letters[index] ??= letterCount(paragraph));
    if (count < 40 && several) continue;
    parts.push(paragraph);
    sampleLetters += count;
    if (sampleLetters >= budget) break;
  }
  return { text: parts.join('\n'), letters: sampleLetters };
}

function allOf(paragraphs: ParagraphTexts): string[] {
  const all: string[] = [];
  for (let paragraph = paragraphs.at(0); paragraph !== undefined; paragraph = paragraphs.at(all.length)) all.push(paragraph);
  return all;
}
