/**
 * The hand-written scanners that replaced regular expressions on hot paths, each checked
 * against the regular expression it replaced, which stays here as its specification.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document.js';
import { ASCII_KEY, isTitleCase, keyHash, STARTS_LOWER, STARTS_UPPER, wordTokens } from '../../src/evidence/words.js';
import { allCharmaps } from '../../src/mojibake/charmaps.js';
import { findSequences, mayHoldSequence } from '../../src/mojibake/utf8.js';
import { classesAt, isWhiteSpaceCode, LETTER, LETTER_OR_MARK, LETTER_OR_NUMBER, LOWER, runEnd, UPPER, widthAt, WORD_CHAR } from '../../src/text/chars.js';
import { echoCandidates, echoWords } from '../../src/text/echoes.js';
import { wordCount } from '../../src/passes/duplicate-line.js';

const CLASSES: [number, RegExp][] = [
  [WORD_CHAR, /^[\p{L}\p{M}\p{N}]$/u],
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [LETTER_OR_MARK, /^[\p{L}\p{M}]$/u],
  [LETTER_OR_NUMBER, /^[\p{L}\p{N}]$/u],
];

/** Text that mixes ASCII, accents, combining marks, quotes, dashes, digits and astral letters. */
const mixedText = fc
  .array(fc.constantFrom('a', 'Z', 'é', 'É', 'ß', '\u0301', '1', '٣', ' ', '.', '-', "'", '’', '“', 'ǅ', 'ſ', '𝐀', '😀', 'Ж', '中', '\n', 'A', 'b', 's', '\ud800', '\udc00'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('character classes', () => {
  it('know white space as \\s does, for every code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    expect(disagreements).toEqual([]);
  });

  it('answer as the \\p{…} classes do, for every code point of arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), mixedText), (text) => {
        for (let index = 0; index < text.length; index += widthAt(text, index)) {
          const character = String.fromCodePoint(text.codePointAt(index)!).slice(0, widthAt(text, index));
          for (const [flag, pattern] of CLASSES) expect((classesAt(text, index) & flag) !== 0, `${flag} of U+${text.codePointAt(index)!.toString(16)}`).toBe(pattern.test(character));
        }
      }),
    );
  });

  it('answer from the hand-filled table as the \\p{…} classes do, for every character of Latin-1 and general punctuation', () => {
    const characters = [...Array.from({ length: 0x80 }, (_, index) => 0x80 + index), ...Array.from({ length: 0x70 }, (_, index) => 0x2000 + index)].map((code) => String.fromCharCode(code));
    for (const character of characters) {
      for (const [flag, pattern] of CLASSES) expect((classesAt(character, 0) & flag) !== 0, `${flag} of U+${character.charCodeAt(0).toString(16)}`).toBe(pattern.test(character));
    }
  });

  it('ends a run where the class ends, stepping over surrogate pairs whole', () => {
    expect(runEnd('𝐀𝐀b c', 0, 6, LETTER)).toBe(5);
    expect(runEnd('ab1 c', 0, 5, LETTER)).toBe(2);
    expect(runEnd('ab1 c', 0, 5, WORD_CHAR)).toBe(3);
    expect(runEnd('abc', 0, 2, LETTER)).toBe(2);
  });
});

describe('word tokens', () => {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
  it('are the matches of the word pattern on each line', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const doc = createDocument(text);
        const expected = doc.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => [...line.text.matchAll(WORD)].map((match) => [line.start + match.index, match[0]])));
        const tokens = wordTokens(doc);
        expect(Array.from({ length: tokens.length }, (_, index) => [tokens.at(index)!.start, tokens.at(index)!.text])).toEqual(expected);
      }),
    );
  });

  it('hash their key, the lower-cased base, where it is ASCII, and know their first letter', () => {
    const possessiveText = fc.array(fc.constantFrom('Acme', '’s', "'s", "'S", 'é', 'O', 'x', '.', '-', ' ', 'Ü', '1', "'"), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(mixedText, possessiveText), (text) => {
        const tokens = wordTokens(createDocument(text));
        for (let index = 0; index < tokens.length; index++) {
          const key = tokens.at(index)!.base.toLowerCase();
          const ascii = [...tokens.at(index)!.base].every((character) => character.charCodeAt(0) < 128);
          expect((tokens.kinds[index]! & ASCII_KEY) !== 0).toBe(ascii);
          if (ascii) expect(tokens.hashes[index]).toBe(keyHash(key));
          expect((tokens.kinds[index]! & STARTS_UPPER) !== 0).toBe(/^\p{Lu}/u.test(tokens.at(index)!.text));
          expect((tokens.kinds[index]! & STARTS_LOWER) !== 0).toBe(/^\p{Ll}/u.test(tokens.at(index)!.text));
        }
      }),
    );
  });

  it('strip a possessive for the base form', () => {
    const tokens = wordTokens(createDocument('Acme’s chief and JONES\'S dog, not glass.'));
    expect(Array.from({ length: tokens.length }, (_, index) => tokens.at(index)!.base)).toEqual(['Acme', 'chief', 'and', 'JONES', 'dog', 'not', 'glass']);
    expect(tokens.at(-1)).toBeUndefined();
    expect(tokens.at(tokens.length)).toBeUndefined();
  });

  it('know their place in the sentence', () => {
    const tokens = wordTokens(createDocument('The vote. Mr. Smith said: “Yes,” and U.S. officials agreed. — Next\nline'));
    const places = Array.from({ length: tokens.length }, (_, index) => `${tokens.at(index)!.text}:${tokens.at(index)!.place}${tokens.at(index)!.joinedToPrevious ? '+' : ''}${tokens.at(index)!.afterHonorific ? '^' : ''}`);
    expect(places).toEqual(['The:initial', 'vote:middle+', 'Mr:initial', 'Smith:middle^', 'said:middle+', 'Yes:initial', 'and:middle', 'U.S:middle+', 'officials:ambiguous', 'agreed:middle+', 'Next:initial', 'line:initial']);
  });
});

describe('title-case lines', () => {
  function specification(line: string): boolean {
    const significant = (line.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => word.length > 3);
    if (significant.length < 3) return false;
    return significant.filter((word) => /^\p{Lu}/u.test(word)).length / significant.length >= 0.75;
  }

  it('are judged as the word pattern judges them', () => {
    const titleWords = fc.array(fc.constantFrom('Bridge', 'Council', 'closes', 'Über', 'état', 'of', 'the', 'Ödön’s', 'Well-Known', '𝐀𝐁𝐂𝐃', '1234', ' ', ', '), { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.oneof(mixedText, titleWords), (line) => {
        expect(isTitleCase(line)).toBe(specification(line));
      }),
    );
  });
});

describe('mojibake pre-test', () => {
  it('never rules out a line where some charmap finds a UTF-8 sequence', () => {
    const highHalf = [...new Set(allCharmaps().flatMap((charmap) => [...charmap.byteOf.keys()]))];
    const text = fc.array(fc.oneof(fc.constantFrom(...highHalf), fc.constantFrom(' ', 'a', '?', '\ufffd', '’')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (line) => {
        if (!mayHoldSequence(line)) for (const charmap of allCharmaps()) expect(findSequences(line, charmap)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as a scan for a lead beyond ASCII and a byte that continues it, in any charmap', () => {
    // The specification, from the charmaps' own byte tables: C2-F4 lead, 80-BF continue, C2-DF before a lost no-break space.
    const leads = new Set<string>();
    const continuations = new Set<string>();
    const leadsBeforeSpace = new Set<string>();
    for (const charmap of allCharmaps()) {
      for (const [char, byte] of charmap.byteOf) {
        if (byte >= 0xc2 && byte <= 0xf4) leads.add(char);
        if (byte >= 0x80 && byte <= 0xbf) continuations.add(char);
        if (charmap.nbspIsA0 && byte >= 0xc2 && byte <= 0xdf) leadsBeforeSpace.add(char);
      }
    }
    const specification = (line: string) => {
      for (let index = 0; index < line.length - 1; index++) {
        const char = line[index]!;
        const next = line[index + 1]!;
        if (char.charCodeAt(0) >= 0x80 && leads.has(char) && (next === '\ufffd' || continuations.has(next) || (next === ' ' && leadsBeforeSpace.has(char)))) return true;
      }
      return false;
    };
    const characters = [...new Set(allCharmaps().flatMap((charmap) => [...charmap.byteOf.keys()]))];
    const text = fc.array(fc.oneof(fc.constantFrom(...characters), fc.constantFrom(' ', 'a', '?', '\ufffd', '’', '\n')), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, mixedText), (line) => {
        expect(mayHoldSequence(line), JSON.stringify(line)).toBe(specification(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out ordinary typography', () => {
    expect(mayHoldSequence('“It’s the students’ union,” she said — again… naïve café.')).toBe(false);
    expect(mayHoldSequence('donâ€™t')).toBe(true);
  });
});

describe('echo candidates', () => {
  const ECHO = /\.(?<=[\p{L}\p{M}\p{N}]\.)([ \t]+)([\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*){0,3})\.(?=\s|$)/gu;
  const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
  const sentences = fc
    .array(fc.constantFrom('Paris', 'paris', 'New', 'York', 'é', '\u0301', '3', '.', '. ', ' ', '\t', '  ', '\n', "'", '’', '-', '𝐀', '😀', ',', '!', 'U.S.'), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('are the matches of the echo pattern', () => {
    fc.assert(
      fc.property(fc.oneof(sentences, mixedText), (text) => {
        const expected = [...text.matchAll(ECHO)].map((match) => ({ index: match.index, length: match[0].length, phrase: match[2] }));
        expect(echoCandidates(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('find an echo of one word and of several', () => {
    expect(echoCandidates('flew to Paris. Paris. The')).toEqual([{ index: 13, length: 8, phrase: 'Paris' }]);
    expect(echoCandidates('the United States. United  States.')).toEqual([{ index: 17, length: 17, phrase: 'United  States' }]);
    expect(echoCandidates('one. two three four five.')).toEqual([{ index: 3, length: 22, phrase: 'two three four five' }]);
    expect(echoCandidates('one. two three four five six.')).toEqual([]);
    expect(echoCandidates('one.two. 3 three.')).toEqual([]);
  });

  it('split words as the word pattern does', () => {
    fc.assert(
      fc.property(fc.oneof(sentences, mixedText), (text) => {
        expect(echoWords(text)).toEqual(text.match(WORD) ?? []);
      }),
    );
  });
});

describe('duplicate-line word count', () => {
  it('counts the words the letter-or-digit pattern finds', () => {
    const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
    fc.assert(
      fc.property(mixedText, (line) => {
        expect(wordCount(line)).toBe(line.match(WORDS)?.length ?? 0);
      }),
    );
    expect(wordCount("it's a dog’s life, 3 x")).toBe(6);
    expect(wordCount('* * *')).toBe(0);
  });
});
