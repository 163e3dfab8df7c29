/**
 * A round after the first reuses what unchanged paragraphs gave the round before. Reuse must
 * be invisible: every result equals the one computed from scratch on the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/apply.js';
import { createDocument, type Document, type Paragraph } from '../src/document.js';
import type { Edit } from '../src/edit.js';
import { wordTokens, type TokenList } from '../src/evidence/words.js';
import { defaultPasses } from '../src/passes/index.js';

const PIECES = [
  'the', 'The', 'the the', 'Smith', 'smith', 'Mr. Smith', 'said', 'Paris. Paris.', '100. million', 'Ã©tÃ©', 'Advertisement',
  'Share this article', 'Read more: a story', 'U.S.', 'don’t', ' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '“', '”', 'café', '—', 'THE CITY HALL',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));

/** Non-overlapping edits within `length`, sorted: deletions, insertions and replacements. */
function editsWithin(length: number) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 4 })
    .chain((points) =>
      fc.tuple(
        ...[...points].sort((a, b) => a - b).map((point) =>
          fc.record({ length: fc.integer({ min: 0, max: 6 }), replacement: fc.constantFrom('', 'x', 'The', '\n\n', ' smith', '.') }),
        ),
      ).map((shapes) => {
        const sorted = [...points].sort((a, b) => a - b);
        const edits: Edit[] = [];
        let free = 0;
        shapes.forEach((shape, index) => {
          const start = Math.max(sorted[index]!, free);
          const end = Math.min(length, start + shape.length, sorted[index + 1] ?? length);
          if (start > length || end < start) return;
          edits.push({ start, end, replacement: shape.replacement, pass: 'test', reason: 'test', confidence: 1 });
          free = end + 1;
        });
        return edits;
      }),
    );
}

const rounds = text.chain((first) => editsWithin(first.length).map((edits) => ({ first, edits })));

function nextRound(first: string, edits: Edit[], language = 'eng'): { carried: Document; fresh: Document; before: Document } {
  const before = createDocument(first, 'eng');
  const second = applyEdits(first, edits);
  return { before, carried: createDocument(second, language, undefined, undefined, { doc: before, edits }), fresh: createDocument(second, language) };
}

function tokensOf(list: TokenList) {
  return Array.from({ length: list.length }, (_, index) => list.at(index));
}

describe('evidence carried over from the round before', () => {
  it('gives the word tokens a fresh document gives', () => {
    fc.assert(
      fc.property(rounds, ({ first, edits }) => {
        const { before, carried, fresh } = nextRound(first, edits);
        before.evidence(wordTokens);
        expect(tokensOf(carried.evidence(wordTokens))).toEqual(tokensOf(wordTokens(fresh)));
      }),
      { numRuns: 400 },
    );
  });

  it('gives every pass the edits a fresh document gives', () => {
    const passes = defaultPasses();
    fc.assert(
      fc.property(rounds, ({ first, edits }) => {
        const { before, carried, fresh } = nextRound(first, edits);
        for (const pass of passes) pass.run(before);
        for (const pass of passes) expect(pass.run(carried)).toEqual(pass.run(fresh));
      }),
      { numRuns: 300 },
    );
  });

  it('recomputes only the paragraphs an edit touched, wherever the others moved to', () => {
    let built: string[] = [];
    const lengthOf = (paragraph: Paragraph) => {
      built.push(paragraph.text);
      return paragraph.text.length;
    };
    const first = 'One two two.\n\nA quiet second paragraph.\n\nA third one.';
    const before = createDocument(first, 'eng');
    before.paragraphs.forEach((_, index) => before.paragraphEvidence(lengthOf, index));
    const edits: Edit[] = [{ start: 7, end: 11, replacement: '', pass: 'test', reason: 'test', confidence: 1 }];
    built = [];
    const after = createDocument(applyEdits(first, edits), 'eng', undefined, undefined, { doc: before, edits });
    const lengths = after.paragraphs.map((_, index) => after.paragraphEvidence(lengthOf, index));
    expect(built).toEqual(['One two.']);
    expect(lengths).toEqual([8, 25, 12]);
  });

  it('carries nothing over to a document read in another language', () => {
    let calls = 0;
    const count = () => ++calls;
    const before = createDocument('Same text.', 'eng');
    before.paragraphEvidence(count, 0);
    const after = createDocument('Same text.', 'nld', undefined, undefined, { doc: before, edits: [] });
    after.paragraphEvidence(count, 0);
    expect(calls).toBe(2);
  });
});
