import { describe, expect, it } from 'vitest';
import { fix } from '../helpers.js';

const run = (text: string, language?: string) => fix('spacing', text, language);

describe('spacing', () => {
  describe('fixes', () => {
    it.each([
      ['a space before a comma', 'At the end , the vote passed.', 'At the end, the vote passed.'],
      ['a space before a full stop', 'The vote passed .', 'The vote passed.'],
      ['a space before a question mark', 'Why did it pass ?', 'Why did it pass?'],
      ['a space before a closing quote’s comma', 'He said “yes” , then left.', 'He said “yes”, then left.'],
      ['a run of spaces between words', 'The  vote   passed.', 'The vote passed.'],
      ['a run of spaces before punctuation', 'The vote passed  .', 'The vote passed.'],
      ['two spaces after a sentence', 'It passed.  Then it failed.', 'It passed. Then it failed.'],
      ['a space before a colon in English', 'Three things : bread, milk, eggs.', 'Three things: bread, milk, eggs.'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });

    it('keeps CRLF line endings', () => {
      expect(run('One  two .\r\nThree\r\n')).toBe('One two.\r\nThree\r\n');
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['French spacing before a colon, a question mark and a guillemet', 'Il a dit : « Pourquoi ? »', 'fra'],
      ['French spacing in a text whose language was not detected', 'Notre mission : garder le cap.', 'und'],
      ['spaces before marks as the house style of a text', 'Hope : it stays! Why ? Because ! Really ?'],
      ['spaces inside brackets', 'The vote ( the third ) passed, ( o¬ô ).'],
      ['a file extension', 'It runs on .NET and reads .csv files.'],
      ['an ellipsis after a space', 'And then ... nothing.'],
      ['a decimal without a leading zero', 'Add .5 litres.'],
      ['a time', 'It starts at 10 :30 sharp.'],
      ['an emoticon', 'Thanks :) see you'],
      ['a line that starts with punctuation', ', and then it ended.'],
      ['indentation', '    indented line  with  spaces'],
      ['a trailing space', 'Line with a trailing space '],
      ['columns laid out with spaces', 'Name    Score\nAlice   10\nBob     7'],
      ['no-break spaces and tabs', 'a\u00a0\u00a0b\tc\t\td'],
      ['code in backticks', 'Run `ls  -la ,` now.'],
    ])('%s', (_name, input, language?: string) => {
      expect(run(input, language)).toBe(input);
    });
  });
});
