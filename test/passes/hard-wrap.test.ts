import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../bench/quality/garble.js';
import { article, fix, runPass } from '../helpers.js';

const run = (text: string) => fix('hard-wrap', text);

const wrap = (text: string, width: number) => wrapLine(text, width);

const FIRST = 'The council met on Monday evening and voted, after a long and sometimes bitter debate, to close the old bridge over the river for repairs that engineers say are long overdue.';
const SECOND = 'Residents who cross it every day will have to use the ferry, which the council has promised to run every twenty minutes from six in the morning until midnight.';

describe('hard-wrap', () => {
  describe('fixes', () => {
    it.each([
      ['paragraphs wrapped at 72 characters', 72],
      ['paragraphs wrapped at 60 characters', 60],
      ['paragraphs wrapped at 40 characters', 40],
    ])('%s', (_name, width) => {
      expect(run(article(wrap(FIRST, width), wrap(SECOND, width)))).toBe(article(FIRST, SECOND));
    });

    it('keeps CRLF line breaks between paragraphs', () => {
      const input = article(wrap(FIRST, 60), wrap(SECOND, 60)).replace(/\n/g, '\r\n');
      expect(run(input)).toBe(`${FIRST}\r\n\r\n${SECOND}`);
    });

    it('leaves a hyphenated line end to the hyphenation pass', () => {
      const input = article(wrap(FIRST, 60), 'Residents who cross it every day must use the new infor-\nmation desk, which the council has promised to keep open\nfrom six in the morning until midnight every day.');
      const result = runPass('hard-wrap', input);
      expect(result.text).toContain('infor-\nmation desk');
      expect(result.edits).toHaveLength(3);
    });

    it('keeps a short line inside a wrapped text where the writer ended it', () => {
      const input = article(wrap(FIRST, 60), `Signed,\nThe Mayor`, wrap(SECOND, 60));
      expect(run(input)).toBe(article(FIRST, 'Signed,\nThe Mayor', SECOND));
    });
  });

  describe('leaves alone', () => {
    it.each([
      ['one paragraph per line', article(FIRST, SECOND)],
      ['a poem', 'Whose woods these are I think I know.\nHis house is in the village though;\nHe will not see me stopping here\nTo watch his woods fill up with snow.'],
      ['an address', 'Town Hall\n1 Market Square\nRiverton\nRV1 2AB'],
      ['a list', 'We need:\n- bread from the bakery on the corner of the street\n- milk\n- eggs from the farm shop'],
      ['a numbered list of long items', wrap(`1. ${FIRST}`, 72).split('\n')[0] + '\n2. ' + wrap(SECOND, 69).split('\n')[0] + '\n3. and the rest of the items that follow them here'],
      ['a wrapped paragraph alone (too little evidence)', wrap(FIRST, 72)],
      ['code', '```\n' + wrap(FIRST, 60) + '\n' + wrap(SECOND, 60) + '\n```'],
      ['quoted lines', '> ' + wrap(FIRST, 60).replace(/\n/g, '\n> ')],
    ])('%s', (_name, input) => {
      expect(run(input)).toBe(input);
    });
  });
});
