import { describe, expect, it } from 'vitest';
import { fix, runPass } from '../helpers.js';

const run = (text: string) => fix('invisible-chars', text);

describe('invisible-chars', () => {
  describe('fixes', () => {
    it.each([
      ['a soft hyphen inside a word', 'The infor\u00admation was late.', 'The information was late.'],
      ['a zero-width space inside a word', 'A break\u200bpoint was set.', 'A breakpoint was set.'],
      ['a run of zero-width characters', 'one\u200b\u200b\u2060two', 'onetwo'],
      ['a byte-order mark inside the text', 'First part.\ufeff Second part.', 'First part. Second part.'],
      ['a zero-width joiner between Latin letters', 'co\u200doperate', 'cooperate'],
      ['a zero-width non-joiner between Cyrillic letters', 'при\u200cвет', 'привет'],
      ['a left-to-right mark in an English text', 'Paris\u200e is large.', 'Paris is large.'],
      ['a control character', 'Sales\u0001 rose.', 'Sales rose.'],
      ['a terminal colour code', '\u001b[36;44mWarning\u001b[0m: low', 'Warning: low'],
      ['object replacement and annotation characters', 'See \ufffcthe \ufff9note\ufffb here.', 'See the note here.'],
      ['a noncharacter', 'End\uffff.', 'End.'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });

    it('keeps CRLF line endings and tabs', () => {
      expect(run('a\u00adb\r\n\tc\u200bd\r\n')).toBe('ab\r\n\tcd\r\n');
    });

    it('names the character it removed', () => {
      const [edit] = runPass('invisible-chars', 'infor\u00admation').edits;
      expect(edit).toMatchObject({ before: '\u00ad', after: '' });
      expect(edit!.reason).toContain('soft hyphen');
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a byte-order mark at the very start', '\ufeffThe file starts here.'],
      ['zero-width joiners inside an emoji sequence', 'The family 👩\u200d👩\u200d👧 arrived.'],
      ['a skin-tone emoji with a joiner', 'Runner 🏃🏽\u200d♀️ finished.'],
      ['a flag made of tag characters', 'The flag 🏴\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f} flew.'],
      ['a zero-width non-joiner in Persian', 'من می\u200cخواهم بروم.'],
      ['a zero-width joiner in Devanagari', 'क्\u200dष'],
      ['a zero-width space between Thai words', 'ภาษา\u200bไทย'],
      ['a zero-width space between Japanese words', '日本語\u200bテキスト'],
      ['a right-to-left mark in Hebrew text', 'שלום\u200f world'],
      ['a left-to-right mark in a text that also has Arabic', 'Cairo\u200e القاهرة'],
      ['a C1 control character', 'broken\u0081 text'],
      ['a soft hyphen that is part of mojibake', 'antÃ\u00adgeno'],
      ['tabs, form feeds and line breaks', 'a\tb\fc\nd\re'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });
});
