/** Lines are split by indexOf where the text has only \n breaks, by a pattern otherwise: both as the pattern says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/document.js';

describe('splitLines', () => {
  it('gives the pieces between \\r\\n, \\n and \\r breaks, with their offsets', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'é'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const lines = splitLines(sample);
        expect(lines.map((line) => line.text)).toEqual(sample.split(/\r\n|\n|\r/));
        for (const line of lines) expect(sample.slice(line.start, line.end)).toBe(line.text);
      }),
      { numRuns: 500 },
    );
  });
});
