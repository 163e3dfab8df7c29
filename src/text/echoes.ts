/**
 * Candidate echo sentences, found by a scan instead of the regular expression that states them:
 *
 *     /\.(?<=[\p{L}\p{M}\p{N}]\.)([ \t]+)(WORD(?:[ \t]+WORD){0,3})\.(?=\s|$)/gu
 *     WORD = [\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*
 *
 * A period after a letter or digit, one to four words, and a period before white space or the
 * end: `Paris. Paris.`. V8 takes several milliseconds to compile that expression, more than the
 * scan costs over a whole article.
 */
import { classesAt, LETTER_OR_MARK, nextOf, widthAt, WORD_CHAR } from './chars.js';

export interface EchoCandidate {
  /** Offset of the period that ends the sentence before the echo. */
  index: number;
  /** From that period to the echo's own period, inclusive. */
  length: number;
  /** The echo's words as written, with the blanks between them. */
  phrase: string;
}

const MAX_WORDS = 4;

export function echoCandidates(text: string): EchoCandidate[] {
  const found: EchoCandidate[] = [];
  for (let period = text.indexOf('.'); period >= 0; ) {
    const end = echoEnd(text, period);
    if (end < 0) {
      period = text.indexOf('.', period + 1);
      continue;
    }
    const phraseStart = blanksEnd(text, period + 1);
    found.push({ index: period, length: end - period, phrase: text.slice(phraseStart, end - 1) });
    period = text.indexOf('.', end);
  }
  return found;
}

/** Where an echo that starts with the period at `period` ends (after its own period), or -1. */
function echoEnd(text: string, period: number): number {
  if (period === 0 || (classesBefore(text, period) & WORD_CHAR) === 0) return -1;
  let at = blanksEnd(text, period + 1);
  if (at === period + 1) return -1;
  for (let words = 1; ; words++) {
    if (at >= text.length || (classesAt(text, at) & LETTER_OR_MARK) === 0) return -1;
    at = echoWordEnd(text, at);
    if (text[at] === '.') return endsSentence(text, at + 1) ? at + 1 : -1;
    const next = blanksEnd(text, at);
    if (next === at || words === MAX_WORDS) return -1;
    at = next;
  }
}

/** `[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*` from its first character. */
function echoWordEnd(text: string, start: number): number {
  let at = start + widthAt(text, start);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 39 || code === 0x2019 || code === 45) at++;
    else if ((classesAt(text, at) & WORD_CHAR) !== 0) at += widthAt(text, at);
    else break;
  }
  return at;
}

function blanksEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

const WHITE_SPACE = /\s/;

function endsSentence(text: string, at: number): boolean {
  return at >= text.length || WHITE_SPACE.test(text[at]!);
}

/** The classes of the code point that ends right before `index`. */
function classesBefore(text: string, index: number): number {
  const last = text.charCodeAt(index - 1);
  const pair = last >= 0xdc00 && last <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
  return classesAt(text, pair ? index - 2 : index - 1);
}

/** The words of `text` as `[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*` finds them. */
export function echoWords(text: string): string[] {
  const words: string[] = [];
  for (let start = nextOf(text, 0, LETTER_OR_MARK), end = 0; start < text.length; start = nextOf(text, end, LETTER_OR_MARK)) {
    end = echoWordEnd(text, start);
    words.push(text.slice(start, end));
  }
  return words;
}
