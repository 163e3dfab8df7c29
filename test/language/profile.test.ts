/**
 * The function-word profile scans words by hand and looks function words up by hash. Its
 * specification is the plain version kept here: the matches of the word pattern, lower-cased,
 * looked up in every language's list, each weighted by how many languages share it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profile } from '../../src/language/profile.js';
import { STOPWORDS } from '../../src/language/stopwords.js';

function specification(text: string) {
  const owners = new Map<string, string[]>();
  for (const [language, words] of Object.entries(STOPWORDS)) for (const word of new Set(words)) owners.set(word, [...(owners.get(word) ?? []), language]);
  const scores = new Map<string, number>();
  const words = text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  for (const word of words) {
    const languages = owners.get(word.toLowerCase()) ?? [];
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  let best = 'und';
  let bestScore = 0;
  for (const [language, score] of scores) if (score > bestScore) [best, bestScore] = [language, score];
  return { words: words.length, best, share: words.length ? bestScore / words.length : 0, scores: [...scores] };
}

const functionWords = [...new Set(Object.values(STOPWORDS).flat())];
const text = fc
  .array(fc.oneof(fc.constantFrom(...functionWords), fc.constantFrom('THE', 'De', 'Och', 'FÜR', 'l’homme', "don't", "it's", 'x', 'Über', 'na', '2024', '𝐀b', 'é', 'ﬁ'), fc.constantFrom(' ', ', ', '. ', '\n', "'", '’', '-', '')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('function-word profile', () => {
  it('scores as the plain word pattern and lists do, language by language and in the same order', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const result = profile(sample);
        expect({ words: result.words, best: result.best, share: result.share, scores: [...result.scores] }).toEqual(specification(sample));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every function word of every list, each alone, however its hash collides', () => {
    for (const word of functionWords) expect([...profile(word).scores], word).toEqual(specification(word).scores);
  });

  it('tells English from Dutch on a sentence of each', () => {
    expect(profile('The minister said that the plan was not ready for a vote in the house.').best).toBe('eng');
    expect(profile('De minister zei dat het plan nog niet klaar was voor een stemming in de kamer.').best).toBe('nld');
  });
});
