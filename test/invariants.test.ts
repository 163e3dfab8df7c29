/**
 * Properties that hold for every input: nothing is lost (the input is rebuilt exactly from the
 * clean text, the edits and the tail), cleaning is idempotent, the diff applies, and no string
 * makes unscrape throw.
 */
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainPainter } from '../src/cli/color.js';
import { clean } from '../src/engine.js';
import { unifiedDiff } from '../src/format/diff.js';
import { restoreInput } from '../src/restore.js';
import { article } from './support/articles.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom('the', 'The', '.', ' ', '\n', '\r\n', '\n\n', '100', 'million', 'Published on', 'By', '’s', '“', '\u00a0', '\u200b', 'é', '😀', 'אבג'), { maxLength: 80 }).map((parts) => parts.join('')),
);

describe('for any text', () => {
  it('never throws, and loses nothing: input = undo(edits) + tail', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expect(restoreInput(clean(input))).toBe(input);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const once = clean(input);
        const twice = clean(once.text);
        expect(twice.text).toBe(once.text);
        expect(twice.tail).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('for generated articles with artifacts', () => {
  it('loses nothing and is idempotent', () => {
    fc.assert(
      fc.property(article, (input) => {
        const result = clean(input);
        expect(restoreInput(result)).toBe(input);
        expect(clean(result.text).text).toBe(result.text);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the line-ending style and the byte order mark', () => {
    fc.assert(
      fc.property(article, (input) => {
        const output = clean(input).text;
        expect(output.startsWith('\uFEFF')).toBe(input.startsWith('\uFEFF'));
        if (!input.includes('\n')) expect(output).not.toMatch(/\n/);
        if (!input.includes('\r')) expect(output).not.toMatch(/\r/);
      }),
      { numRuns: 100 },
    );
  });

  it('prints a diff that turns the input into the clean text', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (input) => {
        const output = clean(input).text;
        const patch = await unifiedDiff('article.txt', input, output, plainPainter);
        expect(patch === '' ? input : applyPatch(input, patch)).toBe(output);
      }),
      { numRuns: 60 },
    );
  });
});
