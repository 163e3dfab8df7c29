/**
 * Unicode character classes looked up by code unit. A pass that walks every word of every
 * round cannot afford a `\p{…}` regular expression per character (V8 runs those at a third of
 * the speed of a plain loop), so each class is answered from a table filled on first sight of
 * a character: the regular expression runs once per distinct character, not once per use.
 */
export const WORD_CHAR = 1; // \p{L}\p{M}\p{N}
export const LETTER = 2; // \p{L}
export const UPPER = 4; // \p{Lu}
export const LOWER = 8; // \p{Ll}
export const LETTER_OR_MARK = 16; // \p{L}\p{M}
export const LETTER_OR_NUMBER = 32; // \p{L}\p{N}
const KNOWN = 128;

const byCodeUnit = new Uint8Array(0x10000);
const astral = new Map<number, number>();

const TESTS: readonly [RegExp, number][] = [
  [/[\p{L}\p{M}\p{N}]/u, WORD_CHAR],
  [/\p{L}/u, LETTER],
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
  [/[\p{L}\p{M}]/u, LETTER_OR_MARK],
  [/[\p{L}\p{N}]/u, LETTER_OR_NUMBER],
];

function classesOf(character: string): number {
  let classes = KNOWN;
  for (const [test, flag] of TESTS) if (test.test(character)) classes |= flag;
  return classes;
}

for (let code = 0; code < 128; code++) {
  const upper = code >= 65 && code <= 90;
  const lower = code >= 97 && code <= 122;
  const digit = code >= 48 && code <= 57;
  byCodeUnit[code] = KNOWN | (upper || lower || digit ? WORD_CHAR | LETTER_OR_NUMBER : 0) | (upper || lower ? LETTER | LETTER_OR_MARK : 0) | (upper ? UPPER : 0) | (lower ? LOWER : 0);
}

// Latin-1 and general punctuation, filled in by hand: most articles use no other non-ASCII
// characters, and so never compile the \p{…} expressions above (a few milliseconds at start-up).
const LETTER_CLASSES = WORD_CHAR | LETTER | LETTER_OR_MARK | LETTER_OR_NUMBER;
for (let code = 0x80; code <= 0xff; code++) byCodeUnit[code] = KNOWN;
for (const code of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) byCodeUnit[code] = KNOWN | WORD_CHAR | LETTER_OR_NUMBER;
for (const code of [0xaa, 0xba]) byCodeUnit[code] = KNOWN | LETTER_CLASSES;
for (let code = 0xc0; code <= 0xde; code++) if (code !== 0xd7) byCodeUnit[code] = KNOWN | LETTER_CLASSES | UPPER;
for (let code = 0xdf; code <= 0xff; code++) if (code !== 0xf7) byCodeUnit[code] = KNOWN | LETTER_CLASSES | LOWER;
byCodeUnit[0xb5] = KNOWN | LETTER_CLASSES | LOWER;
for (let code = 0x2000; code <= 0x206f; code++) byCodeUnit[code] = KNOWN;

/** The classes of the ASCII characters, for scans that handle ASCII inline and call `classesAt` for the rest. */
export const ASCII_CLASSES: Readonly<Uint8Array> = byCodeUnit.subarray(0, 128);

/** The classes of the character at `index` (a whole code point where a surrogate pair starts there). */
export function classesAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)!;
    if (point > 0xffff) {
      let classes = astral.get(point);
      if (classes === undefined) astral.set(point, (classes = classesOf(String.fromCodePoint(point))));
      return classes;
    }
  }
  const classes = byCodeUnit[code]!;
  if (classes !== 0) return classes;
  return (byCodeUnit[code] = classesOf(String.fromCharCode(code)));
}

/** UTF-16 length of the character at `index`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Where a run of characters of `classes` starting at `index` ends (exclusive), before `limit`. */
export function runEnd(text: string, index: number, limit: number, classes: number): number {
  let at = index;
  while (at < limit) {
    const code = text.charCodeAt(at);
    const known = byCodeUnit[code]!;
    // The table answers every code unit but a high surrogate, whose class is its pair's.
    if (known !== 0 && (code < 0xd800 || code > 0xdbff)) {
      if ((known & classes) === 0) return at;
      at++;
    } else {
      if ((classesAt(text, at) & classes) === 0) return at;
      at += widthAt(text, at);
    }
  }
  return at;
}

/**
 * What `hashedRunEnd` read besides the run's end: the hash of its characters lower-cased (ASCII
 * letters folded, everything else as it is; `keyHash` folds a key the same way), and whether
 * every character was ASCII. Set both before the call: a run continues the hash it finds.
 */
export const hashedRun = { hash: 0, ascii: true };

/** `runEnd`, hashing the run into `hashedRun` on the way: a word found and hashed in one reading. */
export function hashedRunEnd(text: string, index: number, limit: number, classes: number): number {
  let at = index;
  let hash = hashedRun.hash;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (code < 128) {
      if ((byCodeUnit[code]! & classes) === 0) break;
      hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
      at++;
    } else {
      if ((classesAt(text, at) & classes) === 0) break;
      hashedRun.ascii = false;
      at += widthAt(text, at);
    }
  }
  hashedRun.hash = hash;
  return at;
}

/** The first index from `from` on (before `limit`) whose character is of `classes`; `limit` where none is. */
export function nextOf(text: string, from: number, classes: number, limit = text.length): number {
  let at = from;
  while (at < limit) {
    const code = text.charCodeAt(at);
    // ASCII answered from the table inline: most of what lies between words is a space.
    if (code < 128) {
      if ((byCodeUnit[code]! & classes) !== 0) return at;
      at++;
    } else {
      if ((classesAt(text, at) & classes) !== 0) return at;
      at += widthAt(text, at);
    }
  }
  return at;
}

/** The end of a word of `classes` from `from`, with at most one apostrophe inside: `it’s`, `don't`. */
export function apostropheWordEnd(text: string, from: number, classes: number): number {
  const at = runEnd(text, from, text.length, classes);
  const mark = text.charCodeAt(at);
  const apostrophe = (mark === 39 || mark === 0x2019) && at + 1 < text.length && (classesAt(text, at + 1) & classes) !== 0;
  return apostrophe ? runEnd(text, at + 1, text.length, classes) : at;
}

/** `/\s/.test(String.fromCharCode(code))`: a regular expression per character costs more than the rest of a scan. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `toLowerCase`, without its cost for the many words already in lower-case ASCII. */
export function lowerCase(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return word.toLowerCase();
  }
  return word;
}

export function startsUpper(word: string): boolean {
  return word.length > 0 && (classesAt(word, 0) & UPPER) !== 0;
}

export function startsLower(word: string): boolean {
  return word.length > 0 && (classesAt(word, 0) & LOWER) !== 0;
}
