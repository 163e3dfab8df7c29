import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES, COOKIE_NOTICE, COOKIE_NOTICE_KEYWORD } from '../../src/data/boilerplate-phrases.js';
import { article, fix, runPass } from '../helpers.js';

const run = (text: string, language?: string) => fix('boilerplate-line', text, language);
const between = (line: string) => article('The council met on Monday.', line, 'It voted to close the bridge.');
const CLEAN = article('The council met on Monday.', 'It voted to close the bridge.');

describe('boilerplate-line', () => {
  describe('fixes', () => {
    it.each([
      ['an advertising label', 'Advertisement'],
      ['an advertising label in capitals', 'ADVERTISEMENT'],
      ['a read-more link with its title', 'Read more: How the bridge was built'],
      ['a share prompt', 'Share this article'],
      ['a newsletter pitch', 'Sign up for our daily newsletter'],
      ['a subscription prompt', 'Click here to subscribe'],
      ['a photo credit', 'Photo: Getty Images'],
      ['a photographer and agency', 'Jane Doe/Reuters'],
      ['an agency and photographer', 'AP Photo/Jane Doe'],
      ['a picture library alone', 'Getty Images'],
      ['a share bar', 'Facebook Twitter LinkedIn Email'],
      ['a share bar with separators', 'Share | Tweet | Copy link'],
      ['a share bar that starts with a separator', '/ Facebook / Twitter / Email'],
      ['a share bar that starts with copy link', 'Copy link | Email | Print'],
      ['a cookie notice', 'We use cookies to improve your experience. By continuing to browse this site you accept them.'],
      ['a reading-time line', '4 min read'],
      ['a decorated line', '» Related: Bridges of the north »'],
      ['a copyright line', '© 2024 Example Media. All rights reserved'],
    ])('%s', (_name, line) => {
      expect(run(between(line))).toBe(CLEAN);
    });

    it.each([
      ['German', 'Werbung', 'deu'],
      ['French', 'Lire aussi : Le pont de la ville', 'fra'],
      ['Spanish', 'Suscríbete a nuestro boletín', 'spa'],
      ['Dutch', 'Lees ook: De brug gaat dicht', 'nld'],
      ['English on a page in another language', 'Advertisement', 'deu'],
    ])('in %s', (_name, line, language) => {
      expect(run(between(line), language)).toBe(CLEAN);
    });

    it('removes a line inside a paragraph with its own line break only', () => {
      expect(run('First line.\nADVERTISEMENT\nSecond line.')).toBe('First line.\nSecond line.');
    });

    it('removes the last line of a paragraph without joining paragraphs', () => {
      expect(run(article('First line.\nShare this article', 'Second paragraph.'))).toBe(article('First line.', 'Second paragraph.'));
    });

    it('keeps CRLF line breaks and the final line break', () => {
      expect(run('One.\r\n\r\nAdvertisement\r\n\r\nTwo.\r\n')).toBe('One.\r\n\r\nTwo.\r\n');
      expect(run('One.\r\n\r\nAdvertisement\r\n')).toBe('One.\r\n');
    });

    it('removes neighbouring boilerplate lines as separate edits', () => {
      const result = runPass('boilerplate-line', between('Share this article\nFacebook Twitter Email'));
      expect(result.text).toBe(CLEAN);
      expect(result.edits).toHaveLength(2);
    });

    it('removes a short line that recurs and reads like site navigation', () => {
      const text = article('One.', 'Continue the main story', 'Two.', 'Continue the main story', 'Three.');
      expect(run(text)).toBe(article('One.', 'Two.', 'Three.'));
    });

    it('only suggests a short line that merely recurs', () => {
      const text = article('One.', 'Round the river', 'Two.', 'Round the river', 'Three.', 'Round the river');
      const result = runPass('boilerplate-line', text);
      expect(result.text).toBe(text);
      expect(result.suggestions).toHaveLength(3);
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a sentence that mentions a newsletter', 'Readers can sign up for our newsletter on the website.'],
      ['a sentence about an advertisement', 'The advertisement ran for weeks.'],
      ['a sentence that starts like a credit', 'Photo: the council published a picture. It showed the bridge at dawn, and the mayor said it would close.'],
      ['a caption ending with a credit', 'The bridge at dawn. Photo: Jane Doe/Reuters'],
      ['a quoted cookie notice', '“We use cookies only for analytics,” the company said.'],
      ['a heading about copyright', 'Copyright law and the bridge'],
      ['a line naming one network', 'Facebook'],
      ['a news agency alone (the value of a Source: label above it)', 'Source:\nReuters'],
      ['a line that recurs but is a sentence', 'Yes.'],
    ])('%s', (_name, line) => {
      expect(run(between(line))).toBe(between(line));
    });

    it('leaves a refrain that recurs twice', () => {
      const text = article('Round the river', 'One.', 'Round the river');
      expect(run(text)).toBe(text);
    });
  });

  describe('long lines', () => {
    it('every phrase is written in lower case, as the lower-cased line it is matched against', () => {
      const phrases = Object.values(BOILERPLATE_PHRASES).flatMap((lists) => Object.values(lists).flat());
      // An upper-case escape (\\S, \\W, \\D, \\B) would mean something else in lower case: none is used.
      expect(phrases.filter((phrase) => phrase !== phrase.toLowerCase())).toEqual([]);
    });

    it('every cookie phrase contains the keyword a long line is first tested for', () => {
      const missing = COOKIE_NOTICE.filter((phrase) => !COOKIE_NOTICE_KEYWORD.test(phrase));
      expect(missing).toEqual([]);
    });

    it('removes a cookie notice of 31 to 80 words, which only the cookie test can catch', () => {
      const notice = `Manage your preferences. ${'We and our partners store and access information on your device for measurement and content. '.repeat(3)}`.trim();
      expect(notice.split(' ').length).toBeGreaterThan(30);
      expect(run(between(notice))).toBe(CLEAN);
    });

    it('leaves a prose line of more than 80 words that mentions cookies', () => {
      const prose = `The bakery sold cookies and bread to the town. ${'The council said the bridge would close for repairs in the spring. '.repeat(7)}We use cookies, the baker said.`;
      expect(run(between(prose))).toBe(between(prose));
    });
  });
});
