import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { wordTokens } from '../../src/evidence/words.js';
import { doublesIn, mayHoldDouble } from '../../src/passes/repeated-word.js';
import { fix, runPass } from '../helpers.js';

const run = (text: string, language?: string) => fix('repeated-word', text, language);

describe('repeated-word', () => {
  describe('fixes', () => {
    it.each([
      // An echo of the end of a sentence, printed as a bogus sentence of its own.
      ['a one-word echo', 'The team flew straight to Paris. Paris. The hotel was full.', 'The team flew straight to Paris. The hotel was full.'],
      ['a two-word echo', 'Prices went up again in the United States. United States. Analysts were surprised.', 'Prices went up again in the United States. Analysts were surprised.'],
      ['an echo of the last word of a name', 'Sales were blocked in the United States. States. But talks went on.', 'Sales were blocked in the United States. But talks went on.'],
      ['an echo that ends the paragraph', 'The new ferry will sail from the harbour at Dover. Dover.', 'The new ferry will sail from the harbour at Dover.'],
      ['an echo capitalising a lower-case word', 'The council voted to close the old library. Library. Nobody objected.', 'The council voted to close the old library. Nobody objected.'],
      // Plain doubled words.
      ['a doubled article', 'She walked to the the station in the rain.', 'She walked to the station in the rain.'],
      ['a doubled pronoun', 'I think it it is over now.', 'I think it is over now.'],
      ['a double across a line break', 'They swam in the\nthe sea until dark.', 'They swam in the sea until dark.'],
      ['a double at the start of a sentence', 'The the committee met on Monday.', 'The committee met on Monday.'],
      ['a double with a curly apostrophe', 'He said it’s it’s too late to change course.', 'He said it’s too late to change course.'],
      ['a shouted double', 'THE THE END', 'THE END'],
      ['a doubled “a”', 'It was a a mistake, the minister said.', 'It was a mistake, the minister said.'],
      ['several doubles in one paragraph', 'We went to the the market and and bought bread.', 'We went to the market and bought bread.'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });
  });

  describe('only suggests', () => {
    it('a doubled content word, since such words are doubled on purpose far more often (beep beep)', () => {
      const result = runPass('repeated-word', 'The report was published published on Friday.', 'eng');
      expect(result.text).toBe('The report was published published on Friday.');
      expect(result.suggestions).toEqual([expect.objectContaining({ before: ' published', after: '', cause: 'low-confidence' })]);
    });
  });

  describe('leaves alone', () => {
    it.each([
      // Grammar that repeats a word on purpose.
      ['“had had” (past perfect of have)', 'By noon she had had enough of the delays.'],
      ['“that that” (conjunction + demonstrative)', 'He insisted that that was the only plan.'],
      ['“is is” (what it is is)', 'What it is is a question of money.'],
      ['“so so” (mediocre)', 'The food was so so, the critics agreed.'],
      ['“far far away”', 'They lived far far away from the coast.'],
      ['“blah blah”', 'He talked about rates, blah blah, and then left.'],
      ['a particle after a phrasal verb: “log in in”', 'Remember to log in in the morning before the meeting.'],
      ['a particle after a phrasal verb: “turned up up”', 'The missing keys turned up up the road.'],
      // Names that double a word.
      ['a name before its homonym: “Will will”', 'Nobody knows whether Will will come back.'],
      ['Bora Bora', 'We spent a week on Bora Bora last year.'],
      ['Walla Walla', 'The wine comes from Walla Walla in Washington State.'],
      ['Duran Duran', 'The crowd cheered when Duran Duran played.'],
      ['Duran Duran at the start of a sentence', 'Duran Duran played two encores.'],
      ['a comma between: New York, New York', 'The band closed with New York, New York at the gala.'],
      // Echo look-alikes.
      ['an emphatic one-word sentence: No. No.', 'She read the letter twice and said no. No.'],
      ['the bare pair No. No.', 'No. No.'],
      ['an emphatic “again”', 'They promised it would never happen again. Again.'],
      ['a short sentence repeated in dialogue', 'Paris. Paris.'],
      ['a sentence that only starts like its predecessor ended', 'Prices rose in the United States. United States officials said so.'],
      ['an echo inside quotation marks', 'The crowd kept chanting at the minister. “Out. Out.”'],
      ['a number repeated as a sentence', 'He dialled 911. 911. Nobody answered.'],
      ['a repeat across paragraphs', 'The ship sailed for Dover.\n\nDover. The town was quiet.'],
      // Tokens that are not words.
      ['digits grouped by spaces', 'The city has 1 000 000 residents.'],
      ['single letters', 'The sign read O O O in red letters.'],
      ['a number written twice', 'Gates 12 12 and 14 were closed.'],
      ['an e-mail address', 'Write to info@info.example.org for details.'],
      ['a hyphenated double', 'The so-so results disappointed investors.'],
      // Other languages: German, whose function words may legitimately repeat.
      ['German “die die”', 'Das sind die Leute, die die Regeln gemacht haben.', 'deu'],
      ['Dutch “dat dat”', 'Hij zei dat dat niet klopte.', 'nld'],
    ])('%s', (_name, input, language?: string) => {
      expect(run(input, language)).toBe(input);
    });
  });

  describe('reads for doubles only the paragraphs whose word tokens allow one', () => {
    /** Words and joins that put doubles at the edges of what a token is: cases, digits, joiners, accents, marks. */
    const word = fc.constantFrom('the', 'The', 'THE', 'tHe', 'the.5', 'the5', '5the', 'it’s', "It's", 'über', 'Über', 'übER', 'café', 'cafÉ', 'cafe\u0301', 'a', 'in', 'in.in', 'E.ON', '𝐀', '9');
    const join = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n', '. ', ', ', '-', "'", '’', '.', '@', '/', '“');
    const paragraphs = fc.array(fc.tuple(word, join), { maxLength: 16 }).map((pairs) => pairs.flat().join(''));

    it('finds a double in every paragraph where reading it finds one', () => {
      fc.assert(
        fc.property(paragraphs, fc.constantFrom('eng', 'deu', 'und'), (text, language) => {
          const doc = createDocument(text, language);
          const tokens = wordTokens(doc);
          doc.paragraphs.forEach((paragraph, index) => {
            if (doublesIn(paragraph, language).length > 0) expect(mayHoldDouble(tokens, index), JSON.stringify(paragraph.text)).toBe(true);
          });
        }),
        { numRuns: 3000 },
      );
    });

    it('lets through a double whose second word runs on into a period and a digit', () => {
      const doc = createDocument('Version the the.5 shipped.', 'eng');
      expect(doublesIn(doc.paragraphs[0]!, 'eng')).toHaveLength(1);
      expect(mayHoldDouble(wordTokens(doc), 0)).toBe(true);
    });

    it('rules out a paragraph of distinct neighbours, and one whose alike words are split by a digit or a hyphen', () => {
      for (const text of ['She walked to the station in the rain.', 'the5 the and so-so', 'in India the then']) {
        const doc = createDocument(text, 'eng');
        expect(mayHoldDouble(wordTokens(doc), 0), text).toBe(false);
      }
    });
  });
});
