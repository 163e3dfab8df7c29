import type { Document } from '../document.js';

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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’][sS]$/;
const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'fr', 'sir', 'dame', 'lord', 'lady', 'president', 'judge', 'mx',
]);
const ABBREVIATIONS = new Set([
  'st', 'jr', 'sr', 'mt', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'vol', 'ca', 'cf', 'al',
]);
const SENTENCE_END = /[.!?…]/;
/** An opening mark before the word. A straight quote opens only when it touches the word: `," he said` closes. */
const OPENING = /(?:[“‘(\[«„‹¿¡]\s*|(?:^|[\s(\[])["'])$/;
// After a semicolon a sentence goes on, so a capital there is a name's; after a colon or a dash either may follow.
const SOFT_BREAK = /[:–—]|\s-\s/;

export function wordTokens(doc: Document): WordToken[] {
  const tokens: WordToken[] = [];
  doc.paragraphs.forEach((paragraph, paragraphIndex) => {
    const titleLines = new Set(paragraph.lines.filter((line) => isTitleCase(line.text)).map((line) => line.start));
    let previous: WordToken | null = null;
    for (const line of paragraph.lines) {
      const inTitle = titleLines.has(line.start);
      for (const match of line.text.matchAll(WORD)) {
        const start = line.start + match.index;
        const text = match[0];
        const gap = previous ? doc.text.slice(previous.end, start) : '';
        const placeBySyntax: SentencePlace = previous ? placeAfter(previous, gap) : 'initial';
        const token: WordToken = {
          text,
          base: text.replace(POSSESSIVE, ''),
          start,
          end: start + text.length,
          place: inTitle && placeBySyntax === 'middle' ? 'ambiguous' : placeBySyntax,
          afterHonorific: previous !== null && /^\.?\s+$/.test(gap) && HONORIFICS.has(previous.text.toLowerCase()),
          paragraph: paragraphIndex,
          joinedToPrevious: previous !== null && /^[ \t\u00a0]+$/.test(gap),
        };
        tokens.push(token);
        previous = token;
      }
    }
  });
  return tokens;
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
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const significant = words.filter((word) => word.length > 3);
  if (significant.length < 3) return false;
  const capitalised = significant.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / significant.length >= 0.75;
}

// ASCII answers without a regex: these run on every word of every round.
export function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

export function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(word);
}
