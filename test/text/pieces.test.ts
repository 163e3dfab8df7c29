/** A long string is written in pieces (cli/io.ts): they must make up the string and encode as it does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesOf } from '../../src/text/pieces.js';

const text = fc.array(fc.constantFrom('a', 'é', '😀', '𝐀', '\n', '“'), { maxLength: 80 }).map((parts) => parts.join(''));

describe('piecesOf', () => {
  it('cuts a text into pieces of the size or one fewer that join and encode to the text’s own', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), (sample, size) => {
        const pieces = [...piecesOf(sample, size)];
        expect(pieces.join('')).toBe(sample);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(size);
        if (size > 1) {
          for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(size - 1);
          expect(Buffer.concat(pieces.map((piece) => Buffer.from(piece))).toString()).toBe(sample);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never parts the halves of an emoji', () => {
    expect([...piecesOf('ab😀cd', 3)]).toEqual(['ab', '😀c', 'd']);
  });
});
