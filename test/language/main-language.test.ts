/**
 * The main language is settled by a clear profile of the opening 500 letters where there is
 * one, and by the full sample (up to 1,500 letters, no more than half the text) otherwise. The
 * full sample alone is the specification: on real articles the early answer must be the same.
 */
import { describe, expect, it } from 'vitest';
import { detectMainLanguage, letterCount } from '../../src/language/classify.js';
import { createLanguageIdentifier } from '../../src/language/identify.js';
import { profile, scoreOf, secondScore } from '../../src/language/profile.js';
import { createDocument } from '../../src/document.js';
import { corpusTexts, fixtureTexts } from '../support/texts.js';

const paragraphsOf = (text: string) => createDocument(text, 'und').paragraphs.map((paragraph) => paragraph.text);

/** The full sample alone, as the main language was decided before the early answer. */
function fullSampleLanguage(paragraphs: readonly string[]): string {
  const letters = paragraphs.map(letterCount);
  const total = letters.reduce((sum, count) => sum + count, 0);
  const budget = Math.min(1500, total / 2);
  const parts: string[] = [];
  let sampled = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (letters[index]! < 40 && paragraphs.length > 1) continue;
    parts.push(paragraph);
    sampled += letters[index]!;
    if (sampled >= budget) break;
  }
  const sample = (sampled < 50 ? paragraphs : parts).join('\n');
  const cheap = profile(sample);
  if (cheap.words >= 8 && cheap.share >= 0.2 && scoreOf(cheap, cheap.best) >= 2 * secondScore(cheap)) return cheap.best;
  return letterCount(sample) < 50 ? 'und' : createLanguageIdentifier().identify(sample);
}

describe('the main language', () => {
  it('is what the full sample says, on every fixture and bench article (and the shared corpus, where present)', () => {
    expect(fixtureTexts.length).toBeGreaterThan(10);
    for (const text of [...fixtureTexts, ...corpusTexts]) {
      const paragraphs = paragraphsOf(text);
      expect(detectMainLanguage(paragraphs, createLanguageIdentifier()), text.slice(0, 60)).toBe(fullSampleLanguage(paragraphs));
    }
  });

  it('is settled by a clear English opening even where the rest of the sample is in Dutch', () => {
    const english = 'The council said on Monday that the new bridge over the river would open in the spring, and that the old one would be closed for repairs for most of the year.';
    const dutch = 'De gemeente zei maandag dat de nieuwe brug over de rivier in het voorjaar open zou gaan, en dat de oude het grootste deel van het jaar dicht zou zijn.';
    const paragraphs = [english, english.replace('Monday', 'Tuesday'), english.replace('spring', 'summer'), english.replace('river', 'canal'), ...Array<string>(12).fill(dutch)];
    // The opening 500 letters are English; 1,500 letters reach far into the Dutch.
    expect(fullSampleLanguage(paragraphs)).toBe('nld');
    expect(detectMainLanguage(paragraphs, createLanguageIdentifier())).toBe('eng');
  });

  it('reads on to the full sample where the opening is mixed', () => {
    const english = 'The council said on Monday that the new bridge over the river would open in the spring.';
    const dutch = 'De gemeente zei maandag dat de nieuwe brug over de rivier in het voorjaar open zou gaan.';
    const paragraphs = [english, dutch, english, dutch, ...Array<string>(20).fill(dutch)];
    expect(detectMainLanguage(paragraphs, createLanguageIdentifier())).toBe(fullSampleLanguage(paragraphs));
    expect(detectMainLanguage(paragraphs, createLanguageIdentifier())).toBe('nld');
  });
});
