import { describe, expect, it } from 'vitest';
import { fix, runPass } from '../helpers.js';

const run = (text: string, language?: string) => fix('hyphenation', text, language);

describe('hyphenation', () => {
  describe('fixes', () => {
    it.each([
      ['a word the document writes whole elsewhere', 'The zorblat was new. Each zorb-\nlat was tested.', 'The zorblat was new. Each zorblat was tested.'],
      ['a word from the English word list', 'The infor-\nmation arrived late.', 'The information arrived late.'],
      ['a compound the document writes with its hyphen', 'A well-known fact is well-\nknown to all.', 'A well-known fact is well-known to all.'],
      ['a compound of two words that is not a word joined', 'It was a well-\nknown fact.', 'It was a well-known fact.'],
      ['a compound of several parts', 'A state-of-the-\nart design.', 'A state-of-the-art design.'],
      ['a split with spaces around the break', 'The infor- \n  mation arrived.', 'The information arrived.'],
      ['a split in a language with no word list, settled by the document', 'Die Regierung hat die Regie-\nrung gebildet.', 'Die Regierung hat die Regierung gebildet.', 'deu'],
    ])('%s', (_name, input, expected, language?: string) => {
      expect(run(input, language)).toBe(expected);
    });

    it('keeps CRLF line breaks elsewhere', () => {
      expect(run('The infor-\r\nmation arrived.\r\nNext line.\r\n')).toBe('The information arrived.\r\nNext line.\r\n');
    });

    it('says what settled it', () => {
      const [edit] = runPass('hyphenation', 'The infor-\nmation arrived.').edits;
      expect(edit).toMatchObject({ before: '-\n', after: '' });
      expect(edit!.reason).toContain('information');
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a dash after a space', 'He paused -\nthen left.'],
      ['a next line that starts with a capital', 'It was Anglo-\nSaxon in origin.'],
      ['a list item on the next line', 'Things to bring:-\n- bread'],
      ['a number on the next line', 'Pages 10-\n20 are missing.'],
      ['a break between paragraphs', 'The infor-\n\nmation arrived.'],
      ['a hyphen inside a line', 'A well-known fact.'],
      ['code', '```\nx = a-\nb\n```'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });

    it('only suggests keeping the hyphen when nothing settles it', () => {
      const result = runPass('hyphenation', 'Der Vertrag wurde unter-\nschrieben.', 'deu');
      expect(result.text).toBe('Der Vertrag wurde unter-\nschrieben.');
      expect(result.suggestions).toMatchObject([{ before: '\n', after: '' }]);
    });
  });
});
