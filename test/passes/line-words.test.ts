/**
 * A line's words are counted by a sticky regular expression (boilerplate/line-kind.ts); its
 * specification is the plain count: the runs of anything but white space between two offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMoreWords } from '../../src/boilerplate/line-kind.js';

const WHITE_SPACE = [' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028'];
const line = fc.array(fc.oneof(fc.constantFrom('a', 'word', 'l’homme', '—', '•', '𝐀', 'é'), fc.constantFrom(...WHITE_SPACE)), { maxLength: 60 }).map((parts) => parts.join(''));

/** The offsets of the line's first and last characters that are not white space, as lineKind trims to. */
function trimmedRange(text: string): { from: number; to: number } | null {
  const from = text.search(/\S/);
  if (from === -1) return null;
  return { from, to: text.length - (text.length - text.trimEnd().length) };
}

describe('a line’s word count', () => {
  it('is more than the limit exactly when the plain count says so', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 30 }), fc.string({ maxLength: 3 }), (text, limit, after) => {
        const range = trimmedRange(text);
        if (!range) return;
        // Text after `to` is not the line's: it must not count.
        const padded = `${text}${after}`;
        const words = text.slice(range.from, range.to).split(/\s+/).length;
        expect(hasMoreWords(padded, range.from, range.to, limit)).toBe(words > limit);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts at the limits lineKind uses', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');
    expect(hasMoreWords(words(30), 0, words(30).length, 30)).toBe(false);
    expect(hasMoreWords(words(31), 0, words(31).length, 30)).toBe(true);
    expect(hasMoreWords(`${words(30)} x`, 0, words(30).length, 30)).toBe(false);
    expect(hasMoreWords(words(81), 0, words(81).length, 80)).toBe(true);
  });
});
