import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { mojibake } from '../../src/passes/mojibake.js';
import { article, fix, runPass } from '../helpers.js';

const run = (text: string) => fix('mojibake', text);

describe('mojibake', () => {
  describe('fixes', () => {
    it.each([
      ['an apostrophe read as Windows-1252', 'I donâ€™t think so.', 'I don’t think so.'],
      ['an accented letter', 'The cafÃ© opened in 2019.', 'The café opened in 2019.'],
      ['an em dash', 'He paused â€” then left.', 'He paused — then left.'],
      ['curly quotes, one with a byte Windows-1252 leaves undefined', 'â€œHello,â€\u009d she said.', '“Hello,” she said.'],
      ['a closing quote whose undefined byte was dropped', 'â€œHello,â€ she said.', '“Hello,” she said.'],
      ['Portuguese', 'Fomos a SÃ£o Paulo em marÃ§o.', 'Fomos a São Paulo em março.'],
      ['text garbled twice', 'It wasnÃ¢â‚¬â„¢t over.', 'It wasn’t over.'],
      ['an emoji', 'Great news ðŸ˜€', 'Great news 😀'],
      ['Russian read as Windows-1252', 'ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€', 'Привет, мир'],
      ['Russian read as Windows-1251', 'РџСЂРёРІРµС‚, РјРёСЂ', 'Привет, мир'],
      ['Polish read as Windows-1250', 'ZaĹĽĂłĹ‚Ä‡ gÄ™Ĺ›lÄ…', 'Zażółć gęślą'],
      ['German read as Mac Roman', 'Gr√§fin M√ºller', 'Gräfin Müller'],
      ['Japanese, when the whole line reads back', 'æ—¥æœ¬èªž', '日本語'],
      ['a C1 control standing for Windows-1252 punctuation', 'Wait for it\u0085 now', 'Wait for it… now'],
      ['à whose no-break space became a plain space', 'Il est allÃ© Ã Paris.', 'Il est allé à Paris.'],
      ['a weak case, backed by clear mojibake elsewhere', article('We sailed to Ã…lesund.', 'She didnâ€™t come.'), article('We sailed to Ålesund.', 'She didn’t come.')],
      ['mojibake beside real accents on one line', 'Le barÃ¨me permet l’Ã©valuation des frais.', 'Le barème permet l’évaluation des frais.'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });

    it('keeps CRLF line endings around a repair', () => {
      expect(run('The cafÃ© opened.\r\nIt closed.\r\n')).toBe('The café opened.\r\nIt closed.\r\n');
    });

    it('says which reading it undid, and how sure it is', () => {
      const [edit] = runPass('mojibake', 'It wasnÃ¢â‚¬â„¢t over.').edits;
      expect(edit).toMatchObject({ before: 'Ã¢â‚¬â„¢', after: '’' });
      expect(edit!.reason).toContain('read as Windows-1252 twice');
      expect(edit!.confidence).toBeGreaterThanOrEqual(0.9);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['curly quotes and dashes', '“Quoted,” she said — twice… ‘and again’.'],
      ['Scandinavian names', 'We met in Ålesund, near Bærum and Malmö.'],
      ['Portuguese capitals', 'SÃO PAULO E MARANHÃO'],
      ['a spaced-out word with Ã', 'S Ã O   P A U L O'],
      ['a brand name before a symbol', 'Buy CAFÉ® and CRÈME™ today.'],
      ['an apostrophe after Ã, quoted as such', 'Garbled text is full of Ã’s and Â’s.'],
      ['mathematics', 'The bound is ∑ x² ≤ √π for all x ≥ 0.'],
      ['an ångström sign before a dash', 'a spacing of 4 Å—roughly'],
      ['box drawing', '├── src\n│   └── index.ts'],
      ['Russian', 'Привет, мир. ВІКІ — це вікі.'],
      ['Greek', 'Καλημέρα κόσμε'],
      ['Czech', 'Příliš žluťoučký kůň úpěl ďábelské ódy.'],
      ['Vietnamese', 'Tiếng Việt có dấu.'],
      ['Japanese', '日本語のテキストです。'],
      ['an emoji sequence', 'Family: 👩‍👩‍👧 and a flag 🇳🇴'],
      ['one short run beside real punctuation', 'Bremer – DrÃ¥ber'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });

    it('only suggests a lone weak case such as “Ã…lesund”', () => {
      const result = runPass('mojibake', 'We sailed to Ã…lesund.');
      expect(result.text).toBe('We sailed to Ã…lesund.');
      expect(result.suggestions).toMatchObject([{ before: 'Ã…', after: 'Å' }]);
      expect(result.suggestions[0]!.confidence).toBeLessThan(0.6);
    });

    it('proposes nothing on plain ASCII', () => {
      expect(mojibake.run(createDocument('Nothing to see here.', 'eng'))).toEqual([]);
    });
  });
});
