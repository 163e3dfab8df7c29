import { describe, expect, it } from 'vitest';
import { fix, runPass } from '../helpers.js';

const run = (text: string) => fix('unicode-nfc', text);

describe('unicode-nfc', () => {
  describe('fixes', () => {
    it.each([
      ['e with a combining acute', 'Cafe\u0301 society', 'Café society'],
      ['several decomposed letters in a line', 'Zu\u0308rich und Mu\u0308nchen', 'Zürich und München'],
      ['the ångström sign', 'a spacing of 4 \u212b', 'a spacing of 4 Å'],
      ['marks in non-canonical order', 'q\u0307\u0323 and a\u0323\u0307', 'q\u0323\u0307 and ạ\u0307'],
      ['Hangul written as jamo', '\u1112\u1161\u11ab\u1100\u1173\u11af', '한글'],
      ['Vietnamese with stacked marks', 'Vie\u0323\u0302t', 'Việt'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
      expect(run(input)).toBe(input.normalize('NFC'));
    });

    it('touches only the characters that change, keeping CRLF', () => {
      const result = runPass('unicode-nfc', 'Plain line\r\nCafe\u0301 line\r\n');
      expect(result.text).toBe('Plain line\r\nCafé line\r\n');
      expect(result.edits).toMatchObject([{ before: 'e\u0301', after: 'é', line: 2, column: 4 }]);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['composed text', 'Café, Zürich, Việt, 한글'],
      ['a ligature (NFKC would change it, NFC does not)', 'the ﬁnal ofﬁce'],
      ['full-width letters', 'ＡＢＣ'],
      ['a mark with no composed form', 'q\u0307'],
      ['an emoji sequence', '👩\u200d👩\u200d👧 🇳🇴 👍🏽'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });
});
