/**
 * The review formats as pure functions of input and result, on an article cleaned by two
 * made-up passes so that every confidence and reason is fixed here.
 */
import { describe, expect, it } from 'vitest';
import { painterFor, plainPainter } from '../../src/cli/color.js';
import { makeEdit } from '../../src/edit.js';
import { clean } from '../../src/engine.js';
import { firstWords, lastWords, shorten, visible } from '../../src/format/edit-text.js';
import { report, summaryLine } from '../../src/format/report.js';
import { inlineEdit, wordDiff } from '../../src/format/word-diff.js';
import type { Pass } from '../../src/pass.js';

const replacing = (id: string, word: string, replacement: string, confidence: number): Pass => ({
  id, description: id, defaultOn: true,
  run: (doc) => [...doc.text.matchAll(new RegExp(word, 'g'))].map((match) =>
    makeEdit(id, match.index, match.index + word.length, replacement, `“${word}” is a typo`, confidence)),
});
const input = 'One two three four five six teh seven eight nine ten eleven.\nSecond line has recieve in it.\n';
const result = clean(input, {
  passes: [replacing('typo', 'teh', 'the', 0.9), replacing('spelling', 'recieve', 'receive', 0.4)],
  splitTail: false,
  language: 'eng',
});
const view = { name: 'a.txt', input, result };

describe('word diff', () => {
  it('shows each edit inline with five words either side, labelled with place, pass and reason', () => {
    expect(wordDiff(view, plainPainter)).toBe(
      'a.txt:1:29  typo  “teh” is a typo (0.9)\n' +
        '    …two three four five six [-teh-]{+the+} seven eight nine ten eleven.\n' +
        '\n' +
        'a.txt:2:17  spelling  “recieve” is a typo (0.4) [suggestion, not applied]\n' +
        '    Second line has [-recieve-]{+receive+} in it.\n',
    );
  });

  it('colours the markers when colour is on', async () => {
    const painter = await painterFor(true);
    expect(inlineEdit(result.edits[0]!, painter)).toContain('\u001b[31m[-teh-]\u001b[39m\u001b[32m{+the+}\u001b[39m');
  });

  it('shows a removed line break and a long removal readably', () => {
    const edit = { before: `${'x'.repeat(100)}\n`, after: '', context: { before: '', after: 'Next' } };
    expect(inlineEdit(edit, plainPainter)).toMatch(/^\[-x{30}…x{28}↵-\]Next$/);
    expect(inlineEdit({ before: '\n', after: ' ', context: { before: 'Published on', after: 'Oct 4' } }, plainPainter)).toBe(
      'Published on[-↵-]{+ +}Oct 4',
    );
  });
});

describe('report', () => {
  it('prints one line per edit, suggestions marked, then a summary line', () => {
    expect(report(view, plainPainter)).toBe(
      'a.txt:1:29  typo  "teh" -> "the"  (“teh” is a typo, 0.9)\n' +
        'a.txt:2:17  spelling  "recieve" -> "receive"  (“recieve” is a typo, 0.4)  [suggestion, not applied]\n' +
        'a.txt: 1 edit applied, 1 suggestion\n',
    );
  });

  it('marks a conflict with the pass that won it', () => {
    const conflicted = clean('teh end', {
      passes: [replacing('typo', 'teh', 'the', 0.9), replacing('other', 'teh', 'tea', 0.7)],
      splitTail: false,
      language: 'eng',
    });
    expect(report({ name: 'b.txt', input: 'teh end', result: conflicted }, plainPainter)).toContain(
      'b.txt:1:1  other  "teh" -> "tea"  (“teh” is a typo, 0.7)  [conflict, lost to typo]\n',
    );
  });

  it('says when a file does not change', () => {
    expect(summaryLine({ name: 'c.txt', input: 'fine', result: clean('fine', { passes: [], splitTail: false }) })).toBe('c.txt: no change');
  });
});

describe('text helpers', () => {
  it.each([
    [lastWords('one two three four five six', 3), '…four five six'],
    [lastWords('two words ', 5), 'two words '],
    [firstWords(' one two three four', 2), ' one two…'],
    [firstWords('short', 5), 'short'],
    [shorten('abcdefghij', 5), 'ab…ij'],
    [visible('a\r\nb\tc'), 'a↵b⇥c'],
  ])('%j is %j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
