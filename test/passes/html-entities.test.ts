import { describe, expect, it } from 'vitest';
import { fix, runPass } from '../helpers.js';

const run = (text: string) => fix('html-entities', text);

describe('html-entities', () => {
  describe('fixes', () => {
    it.each([
      ['an ampersand', 'The Q&amp;A session ran late.', 'The Q&A session ran late.'],
      ['a no-break space', 'Mr.&nbsp;Lee arrived.', 'Mr.\u00a0Lee arrived.'],
      ['a decimal reference', 'It&#8217;s done.', 'It’s done.'],
      ['a hexadecimal reference', 'Wait&#x2014;what?', 'Wait—what?'],
      ['a rarer named entity', 'Turnout was 64&percnt;.', 'Turnout was 64%.'],
      ['a reference in the Windows-1252 range', 'And then&#133;', 'And then…'],
      ['an entity name in capitals', 'Prices in &EURO; and &SCARON;koda', 'Prices in € and Škoda'],
      ['an escape escaped twice', 'Fish &amp;amp; chips', 'Fish & chips'],
      ['less-than and greater-than that are not markup', 'If x &lt; 3 and y &gt; 4', 'If x < 3 and y > 4'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });

    it('keeps CRLF line endings', () => {
      expect(run('Q&amp;A\r\nR&amp;D\r\n')).toBe('Q&A\r\nR&D\r\n');
    });

    it('says what the entity stands for', () => {
      const [edit] = runPass('html-entities', 'It&#8217;s').edits;
      expect(edit).toMatchObject({ before: '&#8217;', after: '’' });
      expect(edit!.reason).toContain('&#8217;');
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['an ampersand in a name', 'AT&T and Johnson & Johnson'],
      ['a word after an ampersand, no semicolon', 'this is just informal english &not html'],
      ['a malformed reference', 'not an entity &#20x6;'],
      ['an unknown name', 'the &foo; placeholder'],
      ['an entity in inline code', 'Write `&amp;` to get an ampersand.'],
      ['an entity in a fenced code block', 'Example:\n```\n<p>Fish &amp; chips</p>\n```'],
      ['an entity in quotes', 'Type "&amp;" in the source.'],
      ['an entity the sentence names', 'The &nbsp; entity keeps words together.'],
      ['escaped markup, which would read as a tag once decoded', 'The page showed &lt;div class="x"&gt; by mistake.'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });
});
