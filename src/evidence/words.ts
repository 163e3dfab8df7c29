import type { Document } from '../document.js';
import { classesAt, LETTER, runEnd, UPPER, widthAt, WORD_CHAR } from '../text/chars.js';

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
  /** Index of the paragraph the token belongs to. */
  paragraph: number;
  /** Only spaces separate it from the previous token (no punctuation, no line break). */
  joinedToPrevious: boolean;
}

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'fr', 'sir', 'dame', 'lord', 'lady', 'president', 'judge', 'mx',
]);
const HONORIFICS_BY_LENGTH: string[][] = [];
for (const title of HONORIFICS) (HONORIFICS_BY_LENGTH[title.length] ??= []).push(title);

/** `HONORIFICS.has(word.toLowerCase())` without lower-casing every word of the text. */
function isHonorific(word: string): boolean {
  const titles = HONORIFICS_BY_LENGTH[word.length];
  return titles !== undefined && titles.some((title) => equalsAsciiIgnoringCase(word, title));
}

function equalsAsciiIgnoringCase(word: string, lowerCaseTitle: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
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

export function wordTokens(doc: Document): WordToken[] {
  const text = doc.text;
  const tokens: WordToken[] = [];
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    let previous: WordToken | null = null;
    for (const line of paragraph.lines) {
      const inTitle = isTitleCase(line.text);
      for (let at = line.start; at < line.end; ) {
        if ((classesAt(text, at) & WORD_CHAR) === 0) {
          at += widthAt(text, at);
          continue;
        }
        const start = at;
        at = wordEnd(text, at, line.end);
        previous = token(text, start, at, previous, inTitle, paragraphIndex);
        tokens.push(previous);
      }
    }
  });
  return tokens;
}

/** The end of `[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*` from `at`: `U.S.-led`, `don’t`, `well-known`. */
function wordEnd(text: string, from: number, limit: number): number {
  let at = from;
  for (;;) {
    at = runEnd(text, at, limit, WORD_CHAR);
    const joiner = text.charCodeAt(at);
    const joins = joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 46;
    if (!joins || at + 1 >= limit || (classesAt(text, at + 1) & WORD_CHAR) === 0) return at;
    at++;
  }
}

function token(text: string, start: number, end: number, previous: WordToken | null, inTitle: boolean, paragraph: number): WordToken {
  const word = text.slice(start, end);
  let place: SentencePlace = 'initial';
  let afterHonorific = false;
  let joinedToPrevious = false;
  // Most words follow a single space: no gap to cut out and test.
  if (previous && start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
    place = 'middle';
    joinedToPrevious = true;
    afterHonorific = isHonorific(previous.text);
  } else if (previous) {
    const gap = text.slice(previous.end, start);
    place = placeAfter(previous, gap);
    afterHonorific = /^\.?\s+$/.test(gap) && HONORIFICS.has(previous.text.toLowerCase());
    joinedToPrevious = /^[ \t\u00a0]+$/.test(gap);
  }
  return {
    text: word,
    base: isPossessive(word) ? word.slice(0, -2) : word,
    start,
    end,
    place: inTitle && place === 'middle' ? 'ambiguous' : place,
    afterHonorific,
    paragraph,
    joinedToPrevious,
  };
}

/** Ends in `'s` / `’s` (either case of the s). */
function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const mark = word.charCodeAt(word.length - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}

function placeAfter(previous: WordToken, gap: string): SentencePlace {
  if (/[\r\n]/.test(gap)) return 'initial';
  if (SENTENCE_END.test(gap)) {
    if (!gap.startsWith('.') || /[!?…]/.test(gap)) return 'initial';
    const word = previous.text.toLowerCase();
    if (HONORIFICS.has(word)) return 'middle';
    if (ABBREVIATIONS.has(word) || previous.text.length === 1 || previous.text.includes('.')) return 'ambiguous';
    return 'initial';
  }
  if (OPENING.test(gap)) return 'initial';
  if (SOFT_BREAK.test(gap)) return 'ambiguous';
  return 'middle';
}

/** A headline-style line: most of its words start with a capital, so capitals there prove nothing. */
export function isTitleCase(line: string): boolean {
  // Words as `\p{L}[\p{L}'’-]*`; only those longer than three characters count.
  let significant = 0;
  let capitalised = 0;
  for (let at = 0; at < line.length; ) {
    const first = classesAt(line, at);
    if ((first & LETTER) === 0) {
      at += widthAt(line, at);
      continue;
    }
    const start = at;
    at += widthAt(line, at);
    while (at < line.length) {
      const code = line.charCodeAt(at);
      if (code === 39 || code === 0x2019 || code === 45) at++;
      else if ((classesAt(line, at) & LETTER) !== 0) at += widthAt(line, at);
      else break;
    }
    if (at - start > 3) {
      significant++;
      if ((first & UPPER) !== 0) capitalised++;
    }
  }
  return significant >= 3 && capitalised / significant >= 0.75;
}

export { startsLower, startsUpper } from '../text/chars.js';
