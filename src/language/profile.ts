import { classesAt, hashedRun, hashedRunEnd, LETTER, lowerCase, nextOf } from '../text/chars.js';
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

const LANGUAGES = Object.keys(STOPWORDS);

/** A function word and the languages it belongs to, each with its weight. */
interface FunctionWord {
  word: string;
  languages: readonly number[];
  weights: readonly number[];
}

const FUNCTION_WORDS = buildFunctionWords();

function buildFunctionWords(): Map<string, FunctionWord> {
  const owners = new Map<string, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of new Set(STOPWORDS[language])) owners.set(word, [...(owners.get(word) ?? []), index]);
  });
  return new Map([...owners].map(([word, languages]) => [word, { word, languages, weights: languages.map(() => 1 / languages.length) }]));
}

/**
 * The function words of ASCII letters by the hash of their text, looked up without cutting the
 * word out: an open-addressed table in typed arrays, probed for every short word of a profile
 * (a Map lookup cost more than the rest of the word's reading).
 */
const SLOT_BITS = 12;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const slotHashes = new Int32Array(1 << SLOT_BITS);
const slotWords: (FunctionWord[] | undefined)[] = new Array<FunctionWord[] | undefined>(1 << SLOT_BITS).fill(undefined);

const firstSlot = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);

for (const entry of FUNCTION_WORDS.values()) {
  if (![...entry.word].every((character) => character.charCodeAt(0) < 128)) continue;
  let hash = 0;
  for (let at = 0; at < entry.word.length; at++) hash = (Math.imul(hash, 31) + entry.word.charCodeAt(at)) | 0;
  let slot = firstSlot(hash);
  while (slotWords[slot] !== undefined && slotHashes[slot] !== hash) slot = (slot + 1) & SLOT_MASK;
  slotHashes[slot] = hash;
  slotWords[slot] = [...(slotWords[slot] ?? []), entry];
}

function wordsWithHash(hash: number): FunctionWord[] | undefined {
  for (let slot = firstSlot(hash); ; slot = (slot + 1) & SLOT_MASK) {
    const words = slotWords[slot];
    if (words === undefined || slotHashes[slot] === hash) return words;
  }
}

/** No function word is longer: a longer word is counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS.keys()].map((word) => word.length));
export function profile(text: string): Profile {
  const totals = new Float64Array(LANGUAGES.length);
  // Languages in the order they first scored: the first of equal scores is the best, as ever.
  const order: number[] = [];
  let words = 0;
  // Words as `\p{L}+(?:['’]\p{L}+)?`, the lower case hashed on the way.
  for (let at = nextOf(text, 0, LETTER); at < text.length; at = nextOf(text, at, LETTER)) {
    const start = at;
    hashedRun.hash = 0;
    hashedRun.ascii = true;
    at = hashedRunEnd(text, at, text.length, LETTER);
    const mark = text.charCodeAt(at);
    if ((mark === 39 || mark === 0x2019) && at + 1 < text.length && (classesAt(text, at + 1) & LETTER) !== 0) {
      if (mark === 39) hashedRun.hash = (Math.imul(hashedRun.hash, 31) + mark) | 0;
      else hashedRun.ascii = false;
      at = hashedRunEnd(text, at + 1, text.length, LETTER);
    }
    const { hash, ascii } = hashedRun;
    words++;
    if (at - start > LONGEST_FUNCTION_WORD) continue;
    const entry = ascii ? asciiFunctionWord(text, start, at, hash) : FUNCTION_WORDS.get(lowerCase(text.slice(start, at)));
    if (entry) count(entry, totals, order);
  }
  const scores = new Map(order.map((language) => [LANGUAGES[language]!, totals[language]!]));
  let best = 'und';
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return { words, best, share: words ? bestScore / words : 0, scores };
}

// No closures in the loop above: one that captured its variables would cost an allocation a word.
function asciiFunctionWord(text: string, start: number, end: number, hash: number): FunctionWord | undefined {
  const entries = wordsWithHash(hash);
  if (entries === undefined) return undefined;
  for (const entry of entries) if (entry.word.length === end - start && sameLowerCase(text, start, entry.word)) return entry;
  return undefined;
}

function count(entry: FunctionWord, totals: Float64Array, order: number[]): void {
  for (let index = 0; index < entry.languages.length; index++) {
    const language = entry.languages[index]!;
    if (totals[language] === 0) order.push(language);
    totals[language] = totals[language]! + entry.weights[index]!;
  }
}

function sameLowerCase(text: string, start: number, word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = text.charCodeAt(start + at);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(at)) return false;
  }
  return true;
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
