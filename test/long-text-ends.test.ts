/**
 * A text long enough for sections is read for its main language at its opening and for its
 * tail at its end, split into lines only as far as each reading goes. The specification is the
 * reading of all of its lines: every answer must be the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupParagraphs, lineEndFrom, lineStartFrom, splitLines } from '../src/document.js';
import { clean } from '../src/engine.js';
import { detectMainLanguage } from '../src/language/classify.js';
import { createLanguageIdentifier } from '../src/language/identify.js';
import { openingParagraphs } from '../src/opening.js';
import { findTail } from '../src/tail.js';
import { corpusTexts, fixtureTexts } from './support/texts.js';

const piece = fc.constantFrom('a', 'bc', ' ', '\t', '\n', '\r\n', '\r', '\n\n', '\n \n', 'é', '\u00a0');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('the lines of a text’s end', () => {
  it('are its lines from that start on', () => {
    fc.assert(
      fc.property(text, fc.nat(), (sample, pick) => {
        const lines = splitLines(sample);
        const from = lines[pick % lines.length]!.start;
        expect(splitLines(sample, from)).toEqual(lines.filter((line) => line.start >= from));
      }),
      { numRuns: 500 },
    );
  });

  it('start at the first line start at or after an offset', () => {
    fc.assert(
      fc.property(text, fc.nat(), (sample, pick) => {
        const offset = pick % (sample.length + 1);
        const starts = splitLines(sample).map((line) => line.start);
        expect(lineStartFrom(sample, offset)).toBe(starts.find((start) => start >= offset) ?? -1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the lines of a text’s opening', () => {
  it('end where a line of the whole ends, so a prefix has the whole’s lines', () => {
    fc.assert(
      fc.property(text, fc.nat(), (sample, pick) => {
        const end = lineEndFrom(sample, pick % (sample.length + 1));
        const whole = splitLines(sample);
        const prefixLines = splitLines(sample.slice(0, end));
        expect(prefixLines).toEqual(whole.slice(0, prefixLines.length));
        expect(whole[prefixLines.length - 1]!.end).toBe(end);
      }),
      { numRuns: 500 },
    );
  });

  it('give the whole text’s paragraphs, one by one, however short the first prefix read', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (sample, firstPrefix) => {
        const whole = groupParagraphs(sample, splitLines(sample)).map((paragraph) => paragraph.text);
        const opening = openingParagraphs(sample, firstPrefix);
        // Read in an order a reader may use: the second first, then from the start.
        expect(opening.at(1)).toBe(whole[1]);
        for (let index = 0; index <= whole.length; index++) expect(opening.at(index)).toBe(whole[index]);
      }),
      { numRuns: 500 },
    );
  });
});

const ENGLISH = [
  'The council voted on Tuesday to rebuild the old ferry terminal, ending a dispute that had divided the harbour district for more than a decade.',
  'Residents who had campaigned to save the building said they were relieved, and the port authority said the ferries would keep running during the work.',
  'Work is expected to begin in the spring and to take three years.',
];
const DUTCH = [
  'Onze specialisten helpen uw organisatie bij de overstap naar de cloud. Wij zorgen ervoor dat uw medewerkers overal en op elk apparaat veilig kunnen werken.',
  'Neem vandaag nog contact met ons op voor een vrijblijvend gesprek over de mogelijkheden.',
];
const SHORT = ['Share', 'Read more', 'Certified cloud partners', '12:30', 'Source: Harbour Weekly', 'Ja!'];
const block = fc.oneof(fc.constantFrom(...ENGLISH), fc.constantFrom(...DUTCH), fc.constantFrom(...SHORT));
const breakBetween = fc.constantFrom('\n', '\n\n', '\r\n\r\n', '\n \n\n');
const article = fc
  .array(fc.tuple(block, breakBetween), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([words, after]) => words + after).join(''));

describe('a long text’s tail', () => {
  it('is found in its end’s lines as in all of its lines, with as many franc calls', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(8, 40, 200, 1000), (sample, firstWindow) => {
        const everyLine = createLanguageIdentifier();
        const atTheEnd = createLanguageIdentifier();
        const expected = findTail(sample, 'eng', everyLine, splitLines(sample));
        expect(findTail(sample, 'eng', atTheEnd, undefined, firstWindow)).toEqual(expected);
        expect(atTheEnd.calls).toBe(everyLine.calls);
      }),
      { numRuns: 300 },
    );
  });

  it('is split off a text cleaned in sections as off the same text cleaned whole', () => {
    const body = Array.from({ length: 40 }, (_, index) => ENGLISH[index % ENGLISH.length]).join('\n\n');
    const input = `${body}\n\n${SHORT[2]}\n\n${DUTCH.join('\n\n')}\n`;
    const inSections = clean(input, { passes: [], sectionLength: 1000 });
    const whole = clean(input, { passes: [] });
    expect(inSections.stats.sections).toBeGreaterThan(1);
    expect(whole.stats.sections).toBe(1);
    expect(inSections.tail).toEqual(whole.tail);
    expect(inSections.tail?.language).toBe('nld');
    expect(inSections.language).toBe(whole.language);
  });
});

describe('a long text’s main language', () => {
  const expectSameFromOpening = (texts: readonly string[]) => {
    for (const sample of texts) {
      const paragraphs = groupParagraphs(sample, splitLines(sample)).map((paragraph) => paragraph.text);
      const expected = detectMainLanguage(paragraphs, createLanguageIdentifier());
      expect(detectMainLanguage(openingParagraphs(sample, 64), createLanguageIdentifier()), sample.slice(0, 80)).toBe(expected);
    }
  };

  it('is decided from the opening as from all paragraphs, on the fixtures', () => {
    expect(fixtureTexts.length).toBeGreaterThan(5);
    expectSameFromOpening(fixtureTexts);
  });

  it.skipIf(corpusTexts.length === 0)('is decided from the opening as from all paragraphs, on ../shared/corpus', () => {
    expectSameFromOpening(corpusTexts);
  });
});
