import { apostropheWordEnd, LETTER, lowerCase, nextOf } from '../text/chars.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Cheap language evidence: the share of a text's words that are function words of each
 * language, each word weighted by how few languages share it (Dutch `we`, Portuguese `a` and
 * English `in` count for little). Costs a regex pass; franc is only asked where this is unsure.
 */
export interface Profile {
  words: number;
  best: string;
  /** Weighted function-word share of the best language. */
  share: number;
  scores: ReadonlyMap<string, number>;
}

const WEIGHTS = buildWeights();

function buildWeights(): Map<string, Map<string, number>> {
  const owners = new Map<string, string[]>();
  for (const [language, words] of Object.entries(STOPWORDS)) {
    for (const word of new Set(words)) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  const weights = new Map<string, Map<string, number>>();
  for (const [word, languages] of owners) {
    weights.set(word, new Map(languages.map((language) => [language, 1 / languages.length])));
  }
  return weights;
}

/** No function word is longer: a longer word is counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...WEIGHTS.keys()].map((word) => word.length));
/** Initial (an ASCII letter) and length of every function word: most other words are counted without being cut out. */
const SHAPES = new Set([...WEIGHTS.keys()].filter((word) => word.charCodeAt(0) < 128).map((word) => shapeOf(word.charCodeAt(0), word.length)));

function shapeOf(initial: number, length: number): number {
  return ((initial | 32) << 6) | length;
}

export function profile(text: string): Profile {
  const scores = new Map<string, number>();
  let words = 0;
  // Words as `\p{L}+(?:['’]\p{L}+)?`.
  for (let start = nextOf(text, 0, LETTER), end = 0; start < text.length; start = nextOf(text, end, LETTER)) {
    end = apostropheWordEnd(text, start, LETTER);
    words++;
    const initial = text.charCodeAt(start);
    if (end - start > LONGEST_FUNCTION_WORD || (initial < 128 && !SHAPES.has(shapeOf(initial, end - start)))) continue;
    const owners = WEIGHTS.get(lowerCase(text.slice(start, end)));
    if (!owners) continue;
    for (const [language, weight] of owners) scores.set(language, (scores.get(language) ?? 0) + weight);
  }
  let best = 'und';
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return { words, best, share: words ? bestScore / words : 0, scores };
}

export function scoreOf(result: Profile, language: string): number {
  return result.scores.get(language) ?? 0;
}

/** The runner-up's score, to tell a clear winner from a close call. */
export function secondScore(result: Profile): number {
  let second = 0;
  for (const [language, score] of result.scores) {
    if (language !== result.best && score > second) second = score;
  }
  return second;
}
