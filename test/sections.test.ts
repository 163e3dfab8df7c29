/**
 * A text longer than `sectionLength` is cleaned in sections of whole paragraphs, and reported
 * as one text: these check where it is cut, and that the edits, their rounds, lines and
 * offsets, the suggestions and the lossless restore all read as for one text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/apply.js';
import { clean, type CleanOptions, type CleanResult } from '../src/engine.js';
import { restoreInput } from '../src/restore.js';
import { sectionStarts } from '../src/sections.js';
import { article } from './support/articles.js';

// Every fixture's input (artifacts to fix) and the bench's clean articles, one after another.
const fixtures = new URL('../fixtures/', import.meta.url);
const inputs = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'bench')
  .map((entry) => readFileSync(new URL(`${entry.name}/input.txt`, fixtures), 'utf8'));
const cleanArticles = readdirSync(new URL('bench/articles/', fixtures)).map((name) => readFileSync(new URL(`bench/articles/${name}`, fixtures), 'utf8'));
const page = [...inputs, ...cleanArticles].map((text) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trim()).join('\n\n') + '\n';
const options: CleanOptions = { language: 'eng', splitTail: false, sectionLength: 3_000 };

/** The text each round read, rebuilt from the input and the edits of the rounds before it. */
function roundTexts(input: string, result: CleanResult): string[] {
  const texts = [input];
  for (let round = 1; round <= result.stats.rounds; round++) {
    const edits = result.edits.filter((edit) => edit.round === round);
    texts.push(applyEdits(texts[round - 1]!, edits));
  }
  return texts;
}

describe('where a long text is cut', () => {
  it('leaves a text up to the length whole', () => {
    expect(sectionStarts('One.\n\nTwo.\n', 100)).toEqual([0]);
    expect(sectionStarts(page, page.length)).toEqual([0]);
  });

  it('cuts at the start of a paragraph, after its blank lines, into sections of about the length', () => {
    const starts = sectionStarts(page, 3_000);
    expect(starts.length).toBeGreaterThanOrEqual(Math.floor(page.length / 3_000));
    const ends = [...starts.slice(1), page.length];
    for (const [index, start] of starts.entries()) {
      if (start > 0) {
        expect(page.slice(start - 2, start)).toBe('\n\n');
        expect(page[start]).not.toMatch(/\s/);
      }
      expect(ends[index]! - start).toBeLessThan(3_000 * 2);
    }
  });

  it('makes sections of half the length or more, and about the length on average', () => {
    const text = Array.from({ length: 2_000 }, (_, index) => `Paragraph ${index} of the text, with a few words in it.\n\n`).join('');
    const starts = sectionStarts(text, 2_000);
    const lengths = [...starts.slice(1), text.length].map((end, index) => end - starts[index]!);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(6_100);
    const mean = text.length / starts.length;
    expect(mean).toBeGreaterThan(1_500);
    expect(mean).toBeLessThan(3_000);
  });

  it('cuts by the text around a cut, so an edit before a cut moves it only by its own length', () => {
    const text = Array.from({ length: 400 }, (_, index) => `Paragraph ${index} of the text, with a few words in it.\n\n`).join('');
    const starts = sectionStarts(text, 2_000);
    const edited = text.replace('Paragraph 3 of the text', 'Paragraph 3 of this text, longer now');
    const shift = edited.length - text.length;
    expect(sectionStarts(edited, 2_000)).toEqual(starts.map((start) => (start > 200 ? start + shift : start)));
  });

  it('never parts two copies of one line, the duplicate-line pass’s business, nor starts at a blank line', () => {
    const text = Array.from({ length: 60 }, (_, index) => `Paragraph ${index} of the text.\n\nCaption ${index}.\n\n\nCaption ${index}.\n\n`).join('');
    const starts = sectionStarts(text, 200);
    expect(starts.length).toBeGreaterThan(10);
    for (const start of starts.slice(1)) {
      expect(text[start]).toMatch(/\S/);
      const before = /Caption (\d+)\.\n\n\n$/.exec(text.slice(0, start));
      if (before) expect(text.slice(start)).not.toMatch(new RegExp(`^Caption ${before[1]}\\.`));
    }
  });

  it('cuts a text without blank lines at a line break, CRLF kept whole', () => {
    const text = Array.from({ length: 20 }, (_, index) => `Line ${index} of the text, a paragraph.\r\n`).join('');
    const starts = sectionStarts(text, text.length / 2);
    expect(starts).toHaveLength(2);
    expect(text.slice(starts[1]! - 2, starts[1]!)).toBe('\r\n');
  });

  it('reads past a long run of blank lines (a repeated group in a regular expression overflowed on it)', () => {
    const text = `First paragraph.\n${'\n'.repeat(4_000_000)}Second paragraph.\n\n${'Another paragraph, the same.\n\n'.repeat(40)}`;
    const starts = sectionStarts(text, 1_000);
    expect(starts).toEqual([0, text.indexOf('Second')]);
    expect(restoreInput(clean(text, { sectionLength: 1_000 }))).toBe(text);
  });

  it('does not cut a run of one line repeated', () => {
    expect(sectionStarts('Same line.\n'.repeat(1_000), 500)).toEqual([0]);
  });
});

describe('cleaning in sections', () => {
  const result = clean(page, options);

  it('cleans the page in sections, with edits in several', () => {
    expect(result.stats.sections).toBeGreaterThan(3);
    const starts = sectionStarts(page, 3_000);
    const lastLineOf = (start: number) => page.slice(0, start).split('\n').length;
    const sectionsEdited = new Set(result.edits.filter((edit) => edit.round === 1).map((edit) => starts.filter((start) => lastLineOf(start) <= edit.line).length));
    expect(sectionsEdited.size).toBeGreaterThan(1);
  });

  it('gives each section’s clean text, in order', () => {
    const starts = sectionStarts(page, 3_000);
    const one = (index: number) => clean(page.slice(starts[index], starts[index + 1]), { ...options, sectionLength: Infinity }).text;
    expect(result.text).toBe(starts.map((_, index) => one(index)).join(''));
  });

  it('reports every edit at its place in its round’s text of the whole', () => {
    const texts = roundTexts(page, result);
    expect(texts.at(-1)).toBe(result.text);
    for (const edit of result.edits) expect(texts[edit.round - 1]!.slice(edit.start, edit.end)).toBe(edit.before);
  });

  it('reports a first-round edit at its line and column of the input', () => {
    const lines = page.split('\n');
    const firstRound = result.edits.filter((edit) => edit.round === 1);
    expect(firstRound.length).toBeGreaterThan(10);
    for (const edit of firstRound) expect(lines[edit.line - 1]!.slice(edit.column - 1)).toContain(edit.before.split('\n')[0]);
    expect(Math.max(...firstRound.map((edit) => edit.line))).toBeGreaterThan(lines.length / 2);
  });

  it('reports suggestions at their place in the clean text', () => {
    const suggested = clean(page, { ...options, minConfidence: 0.95 });
    expect(suggested.suggestions.length).toBeGreaterThan(0);
    for (const edit of suggested.suggestions) expect(suggested.text.slice(edit.start, edit.end)).toBe(edit.before);
  });

  it('decides the language and the tail on the whole text', () => {
    // The seed article ends in a Dutch advertising tail.
    const seed = readFileSync(new URL('tiktok-oracle/input.txt', fixtures), 'utf8');
    const withTail = `${page}\n${seed}`;
    const whole = clean(withTail, { sectionLength: Infinity });
    const cut = clean(withTail, { sectionLength: 3_000 });
    expect(cut.stats.sections).toBeGreaterThan(3);
    expect(whole.tail).not.toBeNull();
    expect(cut.language).toBe(whole.language);
    expect(cut.tail).toEqual(whole.tail);
    expect(restoreInput(cut)).toBe(withTail);
  });

  it('tells the caller before each section, and never for a text in one piece', () => {
    let calls = 0;
    const told = clean(page, { ...options, onSection: () => calls++ });
    expect(told.text).toBe(result.text);
    // One call per section of each cutting; cut once here, as every other test of this page reads.
    expect(calls).toBe(result.stats.sections);
    calls = 0;
    clean(page, { ...options, sectionLength: Infinity, onSection: () => calls++ });
    expect(calls).toBe(0);
  });

  it('loses nothing, and is as one text to the default length', () => {
    expect(restoreInput(result)).toBe(page);
    expect(clean(page).stats.sections).toBe(1);
  });

  it('cleans the clean text again where an edit moved a cut, reporting its edits at their place in the input', () => {
    // Fixing `kaldor` changes the line the second section starts with, so the clean text is cut
    // elsewhere, and there `brightwell` has the evidence it lacked.
    const company = (name: string) => `The company of ${name} said the deal in the United States.`;
    const input = [
      [company('Zentrix'), company('Zentrix'), company('Zentrix')].join(' '),
      [company('brightwell'), company('Brightwell')].join(' '),
      [company('kaldor'), company('Kaldor'), company('Brightwell')].join(' '),
      [company('Kaldor'), company('Zentrix')].join(' '),
      company('Zentrix'),
      'Zentrix wins the bid',
      [company('Zentrix'), company('Zentrix')].join(' '),
    ].join('\n\n');
    const result = clean(input, { sectionLength: 540 });
    expect(result.edits.map((edit) => [edit.before, edit.after, edit.round])).toEqual([
      ['kaldor', 'Kaldor', 1],
      ['brightwell', 'Brightwell', 2],
    ]);
    const lines = input.split('\n');
    for (const edit of result.edits) expect(lines[edit.line - 1]!.slice(edit.column - 1, edit.column - 1 + edit.before.length)).toBe(edit.before);
    expect(clean(result.text, { sectionLength: 540 }).edits).toEqual([]);
    expect(restoreInput(result)).toBe(input);
  });

  it('loses nothing and is idempotent for generated pages, cut small', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 6 }), fc.integer({ min: 40, max: 600 }), (parts, sectionLength) => {
        const input = parts.join('\n\n');
        const cut = { sectionLength };
        const once = clean(input, cut);
        expect(restoreInput(once)).toBe(input);
        const texts = roundTexts(input.slice(0, once.tail?.start ?? input.length), once);
        for (const edit of once.edits) expect(texts[edit.round - 1]!.slice(edit.start, edit.end)).toBe(edit.before);
        const lines = input.split(/\r\n|\n|\r/);
        for (const edit of once.edits.filter((edit) => edit.round === 1 && !/[\r\n]/.test(edit.before))) {
          expect(lines[edit.line - 1]!.slice(edit.column - 1)).toContain(edit.before);
        }
        expect(clean(once.text, cut).text).toBe(once.text);
      }),
      { numRuns: Number(process.env.SECTION_RUNS ?? 100) },
    );
  });
});
