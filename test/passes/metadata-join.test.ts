import { describe, expect, it } from 'vitest';
import { clean } from '../../src/engine.js';
import { article, fix } from '../helpers.js';

const run = (text: string, language?: string) => fix('metadata-join', text, language);

const BODY = 'The new ferry terminal opened on Monday after three years of work, and the first boats left on time.';

describe('metadata-join', () => {
  describe('fixes', () => {
    it.each([
      ['a date label and a written-out date', 'Published on\nOct 4, 2020', 'Published on Oct 4, 2020'],
      ['a byline', 'By\nJane Doe', 'By Jane Doe'],
      ['a byline with two authors', 'By\nJane Doe and Sam Lee', 'By Jane Doe and Sam Lee'],
      ['a label with a colon, day-first date', 'Updated:\n12 March 2021', 'Updated: 12 March 2021'],
      ['a date and time in ISO form', 'Posted on\n2021-03-12 14:05', 'Posted on 2021-03-12 14:05'],
      ['a source', 'Source:\nReuters', 'Source: Reuters'],
      ['a photo credit', 'Photo:\nAnna Berg for the Port Authority', 'Photo: Anna Berg for the Port Authority'],
      ['white space around the break', 'Published on  \n   Oct 4, 2020', 'Published on Oct 4, 2020'],
      ['a label below the article', `${BODY}\n\nPublished on\nOct 4, 2020`, `${BODY}\n\nPublished on Oct 4, 2020`],
      ['a Dutch label', 'Gepubliceerd op\n4 oktober 2020', 'Gepubliceerd op 4 oktober 2020', 'nld'],
      ['a German label', 'Veröffentlicht am\n4. Oktober 2020', 'Veröffentlicht am 4. Oktober 2020', 'deu'],
    ])('%s', (_name, input, expected, language?: string) => {
      expect(run(input, language)).toBe(expected);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a byline label followed by a sentence', 'By\nThe time we arrived, the boats had left.'],
      ['a byline label followed by lower-case prose', 'By\nnightfall the harbour was empty'],
      ['a date label followed by prose', 'Published on\nour website every morning'],
      ['a date label followed by a name, not a date', 'Published on\nMedium'],
      ['a date label followed by a number that is no date', 'Updated:\n42 comments'],
      ['a date label followed by a year alone', 'Published on\n2020'],
      ['a source label followed by a long sentence', 'Source:\nThe figures come from a survey of two thousand passengers conducted over the summer by the port authority and the city council.'],
      ['a label that already carries its value', 'Published on Oct 4, 2020\nBy Jane Doe'],
      ['a label followed by a blank line', 'Published on\n\nOct 4, 2020'],
      ['a label on the last line', `${BODY}\n\nPublished on`],
      ['“by” ending a line of prose', 'The harbour was built\nby the city in 1901.'],
      ['the word “Source” in a sentence', 'Source of the leak\nwas never found.'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });

  describe('metadata extracted from the clean text', () => {
    it.each([
      ['a written-out date', 'Published on\nOct 4, 2020', { published: '2020-10-04', publishedText: 'Oct 4, 2020' }],
      ['a date with a time', 'Posted on\n2021-03-12 14:05', { published: '2021-03-12T14:05', publishedText: '2021-03-12 14:05' }],
      ['a day-first date', 'Updated:\n12 March 2021', { published: '2021-03-12' }],
      ['a byline', 'By\nJane Doe', { byline: 'Jane Doe' }],
      ['a source', 'Source:\nReuters', { source: 'Reuters' }],
    ])('%s', (_name, metadataLines, expected) => {
      const input = article('Ferry terminal opens after three years', metadataLines, BODY, 'Passengers said the new waiting room was warm and bright, and that the cafe opened early.');
      const result = clean(input, { splitTail: false });
      expect(result.metadata).toMatchObject(expected);
      expect(result.metadata.title).toBe('Ferry terminal opens after three years');
    });

    it('byline, source and date together', () => {
      const input = article('Ferry terminal opens', BODY, 'By\nJane Doe', 'Source: Reuters', 'Published on\nOct 4, 2020');
      expect(clean(input, { language: 'eng' }).metadata).toEqual({
        title: 'Ferry terminal opens',
        byline: 'Jane Doe',
        source: 'Reuters',
        published: '2020-10-04',
        publishedText: 'Oct 4, 2020',
      });
    });
  });
});
