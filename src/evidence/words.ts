import type { Document, Paragraph } from '../document.js';
import { borrowColumns, finishColumns, type Columns, type TokenColumns } from './token-columns.js';
import { ASCII_CLASSES, classesAt, hashedRun, hashedRunEnd, LETTER, LOWER, nextOf, UPPER, widthAt, WORD_CHAR } from '../text/chars.js';

/**
 * Word tokens with their place in the sentence. Where a capital letter could be explained by
 * grammar (sentence start, after an opening quote) the token is `initial`; where the text gives
 * no safe answer (after `U.S.`, a colon, a dash, or inside a title-case headline) it is
 * `ambiguous`, and casing evidence ignores it.
 */
export type SentencePlace = 'initial' | 'middle' | 'ambiguous';

export interface WordToken {
  text: string;
  /** The word without a possessive `'s` / `’s`. */
  base: string;
  start: number;
  end: number;
  place: SentencePlace;
  /** The previous token is a title such as `Mr` or `Dr`. */
  afterHonorific: boolean;
  /** Only spaces separate it from the previous token (no punctuation, no line break). */
  joinedToPrevious: boolean;
}

/**
 * The document's word tokens, kept compact: offsets in typed arrays, each token's flags worked
 * out on first request, an object only for a token someone asks for. A long page has hundreds
 * of thousands of words; the casing pass needs the place of a few hundred and looks closely at
 * a few dozen.
 */
export interface TokenList {
  readonly length: number;
  readonly text: string;
  readonly starts: Int32Array;
  /** Exclusive. */
  readonly ends: Int32Array;
  /** The hash of each token's key (its base, lower-cased) where `kinds` has `ASCII_KEY`. */
  readonly hashes: Int32Array;
  /** `ASCII_KEY`, `STARTS_UPPER`, `STARTS_LOWER`. */
  readonly kinds: Uint8Array;
  /** The flags worked out so far, marked by `WORKED_OUT`; 0 for the others. Carried to the next round. */
  readonly flagsSoFar: Uint8Array;
  /** Per line (counted from 1): 1 title case, 0 not, 2 not yet known. Carried to the next round. */
  readonly titleLines: Uint8Array;
  /** The line (counted from 1 over the paragraphs' lines) of each token, negated for a paragraph's first. */
  readonly lineOf: Int32Array;
  /** Each paragraph's first token, and the count of tokens at the end. */
  readonly firstTokens: Int32Array;
  /** How many lines of paragraphs come before each paragraph, and their count at the end. */
  readonly firstLines: Int32Array;
  /** `PLACE_MASK` (0 initial, 1 middle, 2 ambiguous), `JOINED`, `AFTER_HONORIFIC`, `POSSESSIVE`. */
  flagsOf(index: number): number;
  /** The token at `index` as an object (a new one each time); undefined outside the list. */
  at(index: number): WordToken | undefined;
}

const PLACES: readonly SentencePlace[] = ['initial', 'middle', 'ambiguous'];
const PLACE_CODES = Object.fromEntries(PLACES.map((place, code) => [place, code])) as Readonly<Record<SentencePlace, number>>;
export const PLACE_MASK = 3;
export const MIDDLE = PLACE_CODES.middle;
export const JOINED = 4;
export const AFTER_HONORIFIC = 8;
export const POSSESSIVE = 16;

/**
 * A token's traits by index, for code that looks at many neighbours: `tokens.at` builds an
 * object and cuts out the word, these read the columns. Callers keep the index in the list.
 */
export const tokenIs = {
  joined: (tokens: TokenList, index: number) => (tokens.flagsOf(index) & JOINED) !== 0,
  middle: (tokens: TokenList, index: number) => (tokens.flagsOf(index) & PLACE_MASK) === MIDDLE,
  initial: (tokens: TokenList, index: number) => (tokens.flagsOf(index) & PLACE_MASK) === PLACE_CODES.initial,
  afterHonorific: (tokens: TokenList, index: number) => (tokens.flagsOf(index) & AFTER_HONORIFIC) !== 0,
  possessive: (tokens: TokenList, index: number) => (tokens.flagsOf(index) & POSSESSIVE) !== 0,
  capitalised: (tokens: TokenList, index: number) => (tokens.kinds[index]! & STARTS_UPPER) !== 0,
  lowerCase: (tokens: TokenList, index: number) => (tokens.kinds[index]! & STARTS_LOWER) !== 0,
};

/** The token's text, as written. */
export function textOf(tokens: TokenList, index: number): string {
  return tokens.text.slice(tokens.starts[index]!, tokens.ends[index]!);
}

/** Where the token's base (the word without a possessive) ends. */
export function baseEnd(tokens: TokenList, index: number): number {
  const end = tokens.ends[index]!;
  return isPossessive(tokens.text, end) ? end - 2 : end;
}

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'fr', 'sir', 'dame', 'lord', 'lady', 'president', 'judge', 'mx',
]);
const HONORIFICS_BY_LENGTH: string[][] = [];
const HONORIFIC_INITIALS = new Uint8Array(128);
for (const title of HONORIFICS) {
  (HONORIFICS_BY_LENGTH[title.length] ??= []).push(title);
  HONORIFIC_INITIALS[title.charCodeAt(0)] = HONORIFIC_INITIALS[title.toUpperCase().charCodeAt(0)] = 1;
}

/** `HONORIFICS.has(text.slice(start, end).toLowerCase())` without cutting out and lower-casing every word. */
function isHonorific(text: string, start: number, end: number): boolean {
  const initial = text.charCodeAt(start);
  const titles = HONORIFICS_BY_LENGTH[end - start];
  if (titles === undefined || initial >= 128 || HONORIFIC_INITIALS[initial] === 0) return false;
  for (const title of titles) if (equalsAsciiIgnoringCase(text, start, title)) return true;
  return false;
}

function equalsAsciiIgnoringCase(text: string, start: number, lowerCaseTitle: string): boolean {
  for (let index = 0; index < lowerCaseTitle.length; index++) {
    const code = text.charCodeAt(start + index);
    const expected = lowerCaseTitle.charCodeAt(index);
    if (code !== expected && !(code >= 65 && code <= 90 && code + 32 === expected)) return false;
  }
  return true;
}

const ABBREVIATIONS = new Set([
  'st', 'jr', 'sr', 'mt', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'vol', 'ca', 'cf', 'al',
]);
const SENTENCE_END = /[.!?…]/;
/** An opening mark before the word. A straight quote opens only when it touches the word: `," he said` closes. */
const OPENING = /(?:[“‘(\[«„‹¿¡]\s*|(?:^|[\s(\[])["'])$/;
// After a semicolon a sentence goes on, so a capital there is a name's; after a colon or a dash either may follow.
const SOFT_BREAK = /[:–—]|\s-\s/;

/** The hash `hashes` holds for a key (a token's base, lower-cased) of ASCII characters. */
export function keyHash(key: string): number {
  let hash = 0;
  for (let at = 0; at < key.length; at++) hash = (Math.imul(hash, 31) + key.charCodeAt(at)) | 0;
  return hash;
}

/** `kinds` bits: the key's hash is of ASCII letters alone; the word starts with a capital; with a small letter. */
export const ASCII_KEY = 1;
export const STARTS_UPPER = 2;
export const STARTS_LOWER = 4;

const WORKED_OUT = 128;
const UNKNOWN = 2;

export function wordTokens(doc: Document): TokenList {
  const text = doc.text;
  // A paragraph the last round left as it was keeps its tokens, moved to where it stands now.
  const earlier = doc.earlier(wordTokens);
  const columns = borrowColumns(earlier ? earlier.value.length + (earlier.value.length >> 5) : expectedTokens(text));
  const firstTokens = new Int32Array(doc.paragraphs.length + 1);
  const firstLines = new Int32Array(doc.paragraphs.length + 1);
  const lines: string[] = [];
  const titleLines: number[] = [UNKNOWN];
  doc.paragraphs.forEach((paragraph, index) => {
    firstTokens[index] = columns.length;
    firstLines[index] = lines.length;
    const was = earlier ? earlier.sameParagraph(index) : -1;
    if (was >= 0) {
      const old = earlier!.value;
      copyParagraph(old, was, paragraph.start - earlier!.paragraphs[was]!.start, lines.length, columns);
      for (let line = old.firstLines[was]!; line < old.firstLines[was + 1]!; line++) titleLines.push(old.titleLines[line + 1]!);
    } else {
      scanParagraph(text, paragraph, lines.length, columns);
      for (const _ of paragraph.lines) titleLines.push(UNKNOWN);
    }
    for (const line of paragraph.lines) lines.push(line.text);
  });
  firstTokens[doc.paragraphs.length] = columns.length;
  firstLines[doc.paragraphs.length] = lines.length;
  return compactList(text, finishColumns(columns), lines, Uint8Array.from(titleLines), firstTokens, firstLines);
}

/** About as many tokens as prose in a language written with spaces has: one every six characters. */
function expectedTokens(text: string): number {
  return Math.ceil(text.length / 6);
}

function copyParagraph(old: TokenList, paragraph: number, shift: number, linesBefore: number, columns: Columns): void {
  const from = old.firstTokens[paragraph]!;
  const count = old.firstTokens[paragraph + 1]! - from;
  const lineShift = linesBefore - old.firstLines[paragraph]!;
  columns.room(count);
  const to = columns.length;
  for (let token = 0; token < count; token++) {
    columns.starts[to + token] = old.starts[from + token]! + shift;
    columns.ends[to + token] = old.ends[from + token]! + shift;
    const line = old.lineOf[from + token]!;
    columns.lineOf[to + token] = line < 0 ? line - lineShift : line + lineShift;
  }
  columns.hashes.set(old.hashes.subarray(from, from + count), to);
  columns.kinds.set(old.kinds.subarray(from, from + count), to);
  columns.flags.set(old.flagsSoFar.subarray(from, from + count), to);
  columns.length += count;
}

function scanParagraph(text: string, paragraph: Paragraph, linesBefore: number, columns: Columns): void {
  let first = true;
  // The columns in locals, fetched again only when they grow: this loop runs for every word.
  let { starts, ends, lineOf, hashes, kinds, flags } = columns;
  let token = columns.length;
  for (let index = 0; index < paragraph.lines.length; index++) {
    const line = paragraph.lines[index]!;
    const lineNumber = linesBefore + index + 1;
    const limit = line.end;
    for (let at = nextOf(text, line.start, WORD_CHAR, limit); at < limit; at = nextOf(text, at, WORD_CHAR, limit)) {
      const classes = classesAt(text, at);
      const start = at;
      // The word, `[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*` (`U.S.-led`, `don’t`), and its
      // key's hash (`keyHash` of the lower-cased base) in one reading; the hash as it stood
      // before each joiner, should the word end in `'s`.
      hashedRun.hash = 0;
      hashedRun.ascii = true;
      let hashBeforeJoiner = 0;
      let asciiBeforeJoiner = true;
      for (;;) {
        at = hashedRunEnd(text, at, limit, WORD_CHAR);
        const joiner = text.charCodeAt(at);
        const joins = joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 46;
        if (!joins || at + 1 >= limit || (classesAt(text, at + 1) & WORD_CHAR) === 0) break;
        hashBeforeJoiner = hashedRun.hash;
        asciiBeforeJoiner = hashedRun.ascii;
        if (joiner < 128) hashedRun.hash = (Math.imul(hashedRun.hash, 31) + joiner) | 0;
        else hashedRun.ascii = false;
        at++;
      }
      let hash = hashedRun.hash;
      let ascii = hashedRun.ascii;
      if (isPossessive(text, at)) {
        hash = hashBeforeJoiner;
        ascii = asciiBeforeJoiner;
      }
      if (token === starts.length) {
        columns.length = token;
        columns.room(1);
        ({ starts, ends, lineOf, hashes, kinds, flags } = columns);
      }
      starts[token] = start;
      ends[token] = at;
      lineOf[token] = first ? -lineNumber : lineNumber;
      hashes[token] = hash;
      kinds[token] = (ascii ? ASCII_KEY : 0) | ((classes & UPPER) !== 0 ? STARTS_UPPER : 0) | ((classes & LOWER) !== 0 ? STARTS_LOWER : 0);
      flags[token] = 0;
      token++;
      first = false;
    }
  }
  columns.length = token;
}

function compactList(
  text: string,
  columns: TokenColumns,
  lines: readonly string[],
  titleLines: Uint8Array,
  firstTokens: Int32Array,
  firstLines: Int32Array,
): TokenList {
  const { starts, ends, lineOf, hashes, kinds, flags } = columns;
  const length = starts.length;
  const inTitle = (lineNumber: number) => {
    if (titleLines[lineNumber] === UNKNOWN) titleLines[lineNumber] = isTitleCase(lines[lineNumber - 1]!) ? 1 : 0;
    return titleLines[lineNumber] === 1;
  };
  const flagsOf = (index: number): number => {
    const known = flags[index]!;
    if (known !== 0) return known & ~WORKED_OUT;
    const lineNumber = lineOf[index]!;
    const opensParagraph = lineNumber < 0;
    const previousEnd = opensParagraph ? -1 : ends[index - 1]!;
    const previousStart = opensParagraph ? -1 : starts[index - 1]!;
    let bits = tokenFlags(text, starts[index]!, ends[index]!, previousEnd, previousStart);
    if ((bits & PLACE_MASK) === MIDDLE && inTitle(Math.abs(lineNumber))) bits = (bits & ~PLACE_MASK) | PLACE_CODES.ambiguous;
    flags[index] = bits | WORKED_OUT;
    return bits;
  };
  return {
    starts,
    ends,
    lineOf,
    hashes,
    kinds,
    flagsSoFar: flags,
    titleLines,
    firstTokens,
    firstLines,
    length,
    text,
    flagsOf,
    // Built afresh on each request, never kept: a page of many articles asks for tens of thousands.
    at(index) {
      if (index < 0 || index >= starts.length) return undefined;
      const start = starts[index]!;
      const end = ends[index]!;
      const word = text.slice(start, end);
      const bits = flagsOf(index);
      return {
        text: word,
        base: (bits & POSSESSIVE) !== 0 ? word.slice(0, -2) : word,
        start,
        end,
        place: PLACES[bits & PLACE_MASK]!,
        afterHonorific: (bits & AFTER_HONORIFIC) !== 0,
        joinedToPrevious: (bits & JOINED) !== 0,
      };
    },
  };
}

/** The flags of the word `start`-`end`, after the word `previousStart`-`previousEnd` of its paragraph (-1: none). */
function tokenFlags(text: string, start: number, end: number, previousEnd: number, previousStart: number): number {
  let place: SentencePlace = 'initial';
  let bits = isPossessive(text, end) ? POSSESSIVE : 0;
  // Most words follow a single space: no gap to cut out and test.
  if (previousEnd >= 0 && start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32) {
    place = 'middle';
    bits |= JOINED;
    if (isHonorific(text, previousStart, previousEnd)) bits |= AFTER_HONORIFIC;
  } else if (previousEnd >= 0) {
    const gap = text.slice(previousEnd, start);
    const previous = text.slice(previousStart, previousEnd);
    place = placeAfter(previous, gap);
    if (/^\.?\s+$/.test(gap) && HONORIFICS.has(previous.toLowerCase())) bits |= AFTER_HONORIFIC;
    if (/^[ \t\u00a0]+$/.test(gap)) bits |= JOINED;
  }
  return bits | PLACE_CODES[place];
}

/** The word ending at `end` ends in `'s` / `’s` (either case of the s). */
function isPossessive(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const mark = text.charCodeAt(end - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

function placeAfter(previous: string, gap: string): SentencePlace {
  if (/[\r\n]/.test(gap)) return 'initial';
  if (SENTENCE_END.test(gap)) {
    if (!gap.startsWith('.') || /[!?…]/.test(gap)) return 'initial';
    const word = previous.toLowerCase();
    if (HONORIFICS.has(word)) return 'middle';
    if (ABBREVIATIONS.has(word) || previous.length === 1 || previous.includes('.')) return 'ambiguous';
    return 'initial';
  }
  if (OPENING.test(gap)) return 'initial';
  if (SOFT_BREAK.test(gap)) return 'ambiguous';
  return 'middle';
}

/** A headline-style line: most of its words start with a capital, so capitals there prove nothing. */
export function isTitleCase(line: string): boolean {
  // Words as `\p{L}[\p{L}'’-]*`; only those longer than three characters count. ASCII is
  // answered from the table inline: this runs on a line of prose for most words the casing
  // census looks at.
  let significant = 0;
  let capitalised = 0;
  for (let at = 0; at < line.length; ) {
    const code = line.charCodeAt(at);
    const first = code < 128 ? ASCII_CLASSES[code]! : classesAt(line, at);
    if ((first & LETTER) === 0) {
      at += code < 128 ? 1 : widthAt(line, at);
      continue;
    }
    const start = at;
    at += code < 128 ? 1 : widthAt(line, at);
    while (at < line.length) {
      const next = line.charCodeAt(at);
      if (next < 128) {
        if (next === 39 || next === 45 || (ASCII_CLASSES[next]! & LETTER) !== 0) at++;
        else break;
      } else if (next === 0x2019) at++;
      else if ((classesAt(line, at) & LETTER) !== 0) at += widthAt(line, at);
      else break;
    }
    if (at - start > 3) {
      significant++;
      if ((first & UPPER) !== 0) capitalised++;
      // Each further significant word takes five characters at least: when even all of them
      // capitalised could not reach three in four, a line of prose is answered halfway.
      else if (3 * significant - 4 * capitalised > Math.floor((line.length - at + 1) / 5)) return false;
    }
  }
  return significant >= 3 && capitalised / significant >= 0.75;
}

export { startsLower, startsUpper } from '../text/chars.js';
