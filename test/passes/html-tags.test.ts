import { describe, expect, it } from 'vitest';
import { article, fix, runPass } from '../helpers.js';

const run = (text: string) => fix('html-tags', text);

describe('html-tags', () => {
  describe('fixes', () => {
    it.each([
      ['a paragraph wrapped in <p>', '<p>The vote was close.</p>', 'The vote was close.'],
      ['tags with attributes at the ends of a line', '<p class="lead" id=intro>The vote was close.</p>', 'The vote was close.'],
      ['an inline pair', 'It is the <strong>new</strong> law.', 'It is the new law.'],
      ['a link', 'Read <a href="/report?id=4&x=1">the report</a> here.', 'Read the report here.'],
      ['a <br> between sentences', 'First line.<br>Second line.', 'First line.\nSecond line.'],
      ['a self-closing <br />', 'First line.<br /> Second line.', 'First line.\nSecond line.'],
      ['block tags between paragraphs', article('Intro.', 'End of one.</p><p>Start of two.'), article('Intro.', 'End of one.', 'Start of two.')],
      ['a comment', 'Prices rose.<!-- ad slot 3 --> Then fell.', 'Prices rose. Then fell.'],
      ['a line holding only tags', article('First paragraph.', '</div>', 'Second paragraph.'), article('First paragraph.', 'Second paragraph.')],
      ['tags glued to a word', 'The<span> word</span>', 'The word'],
    ])('%s', (_name, input, expected) => {
      expect(run(input)).toBe(expected);
    });

    it('uses the text’s own line breaks (CRLF)', () => {
      expect(run('First.<br>Second.\r\nThird.\r\n')).toBe('First.\r\nSecond.\r\nThird.\r\n');
    });

    it('says which tag it removed', () => {
      const [edit] = runPass('html-tags', '<p>Text here.').edits;
      expect(edit).toMatchObject({ before: '<p>', after: '' });
      expect(edit!.reason).toContain('<p>');
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['a sentence about a tag', 'Wrap the content in a <div> tag and style it.'],
      ['a whole text about HTML, with its other tags', 'The <p> element holds a paragraph.\n<p>Hello</p>'],
      ['a tag in quotes', 'Type "<br>" where the line should break.'],
      ['a tag alone between spaces', 'Use <br> here, not a new paragraph.'],
      ['a fenced code sample', 'Example:\n```\n<div class="box">\n  <p>Hi</p>\n</div>\n```'],
      ['inline code', 'Add `<br/>` at the end.'],
      ['names that are not HTML elements', 'Hello <Dolly> and <World>.'],
      ['comparisons', 'if x < y and y > z then <3'],
      ['a malformed tag', 'a <b and c> d'],
      ['an email address in angle brackets', 'Write to Jane <jane@example.com>.'],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });
});
